package org.nightout.core;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.nightout.core.internal.Checks;

/**
 * A component of a source format inside an event that the model has no field for, kept as it was read so that
 * writing the event again loses nothing: an iCalendar VALARM, say. Writers decide which of them a feed should carry
 * (subscribers do not want a publisher's alarms).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * new ExtensionComponent("VALARM", List.of(ExtensionProperty.of("ACTION", "DISPLAY"),
 *         ExtensionProperty.of("TRIGGER", "-PT30M"), ExtensionProperty.of("DESCRIPTION", "Night Out")), List.of());
 * }</pre>
 *
 * @param name the component name, letters, digits and hyphens, such as {@code VALARM}
 * @param properties its properties in order, values in their wire form
 * @param components the components nested in it, in order
 */
public record ExtensionComponent(String name, List<ExtensionProperty> properties, List<ExtensionComponent> components) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{1,200}");
    /** Components that stand on their own in a calendar and so cannot be part of an event. */
    private static final Set<String> STANDALONE = Set.of("VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY",
            "VTIMEZONE", "VAVAILABILITY");

    /**
     * Checks the components and copies the lists.
     *
     * @param name the component name, letters, digits and hyphens, such as {@code VALARM}
     * @param properties its properties in order, values in their wire form
     * @param components the components nested in it, in order
     * @throws ValidationException if the name is not a token or names a component that cannot be inside an event,
     *     or a property is named BEGIN or END
     */
    public ExtensionComponent {
        Checks c = Checks.of("ExtensionComponent");
        if (c.required("name", name)) {
            if (!NAME.matcher(name).matches()) {
                c.fail("name", name, "must be 1 to 200 letters, digits and hyphens");
            } else if (STANDALONE.contains(name.toUpperCase(Locale.ROOT))) {
                c.fail("name", name, "must not name a component that stands on its own in a calendar");
            }
        }
        c.elements("properties", properties);
        if (properties != null) {
            for (ExtensionProperty p : properties) {
                String upper = p == null ? "" : p.name().toUpperCase(Locale.ROOT);
                if (upper.equals("BEGIN") || upper.equals("END")) {
                    c.fail("properties", p.name(), "must not be BEGIN or END, which open and close components");
                }
            }
        }
        c.elements("components", components);
        c.throwIfAny();
        properties = List.copyOf(properties);
        components = List.copyOf(components);
    }

    /**
     * Returns the component name, letters, digits and hyphens, such as {@code VALARM}.
     *
     * @return the component name, letters, digits and hyphens, such as {@code VALARM}
     */
    public String name() {
        return name;
    }

    /**
     * Returns its properties in order, values in their wire form.
     *
     * @return its properties in order, values in their wire form
     */
    public List<ExtensionProperty> properties() {
        return properties;
    }

    /**
     * Returns the components nested in it, in order.
     *
     * @return the components nested in it, in order
     */
    public List<ExtensionComponent> components() {
        return components;
    }
}
