package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.ExtensionComponent;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.ValidationException;
import org.nightout.core.Venue;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.ReadContext;
import org.nightout.ical.internal.write.WriteOptions;

/**
 * What the model has no field for: a VEVENT's other properties and components, kept as they were read and written
 * again, except what a published feed should not carry unless asked (ATTENDEE, VALARM).
 */
public final class KeptProperties {

    private KeptProperties() {
    }

    /**
     * The components inside a VEVENT that the model has no field for (VALARM, and another writer's RFC 9073
     * VLOCATION and PARTICIPANT), kept as they were read; our own VLOCATION and PARTICIPANT come from fields.
     */
    public static List<ExtensionComponent> components(ReadContext ctx, Component v) {
        List<ExtensionComponent> kept = new ArrayList<>();
        for (Component child : v.children) {
            if (ctx.ours && (child.name.equals("VLOCATION") || child.name.equals("PARTICIPANT"))) {
                continue;
            }
            List<ExtensionProperty> properties = new ArrayList<>(child.properties.size());
            for (ContentLine p : child.properties) {
                extension(ctx, p).ifPresent(properties::add);
            }
            List<ExtensionComponent> nested = components(ctx, child);
            try {
                kept.add(new ExtensionComponent(child.name, properties, nested));
            } catch (ValidationException e) {
                ctx.warnings.add(child.line, child.name, ReadWarning.Code.INVALID_VALUE, e.getMessage()
                        + "; the component is skipped");
            }
        }
        return kept;
    }
    public static Optional<ExtensionProperty> extension(ReadContext ctx, ContentLine p) {
        List<ExtensionProperty.Parameter> params = new ArrayList<>(p.params.size());
        for (String[] param : p.params) {
            params.add(ExtensionProperty.Parameter.of(param[0], ReadContext.stripControls(param[1]).replace('\n', ' ')));
        }
        return ctx.nested(p, () -> new ExtensionProperty(p.name, params, p.value));
    }
    /**
     * The properties of a VEVENT that no home read, kept as they were; our own {@code X-NIGHTOUT-*} lines are all
     * read by {@link NightOutFields}, and one this version does not know cannot be written again, so it goes.
     */
    public static List<ExtensionProperty> extensions(ReadContext ctx, Component v) {
        List<ExtensionProperty> kept = new ArrayList<>();
        for (ContentLine p : v.properties) {
            if (!p.used && !p.name.startsWith("X-NIGHTOUT-")) {
                extension(ctx, p).ifPresent(kept::add);
            }
        }
        return kept;
    }

    public static void writeExtension(ContentLines out, ExtensionProperty x) throws IOException {
        out.name(x.name());
        for (var p : x.parameters()) {
            out.param(p.name(), p.value());
        }
        out.value(x.value());
    }
    /**
     * Whether a kept component goes into the feed: a publisher's w.alarms() only when asked for, since subscribers set
     * their own; RFC 9073 components only where the feed has them on, as widely deployed parsers reject them.
     */
    public static boolean writes(ExtensionComponent c, WriteOptions w) {
        String name = c.name().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "VALARM" -> w.alarms();
            case "VLOCATION", "PARTICIPANT", "VRESOURCE" -> w.eventPublishing();
            default -> true;
        };
    }
    public static void writeComponent(ContentLines out, ExtensionComponent c, WriteOptions w) throws IOException {
        out.begin(c.name());
        for (ExtensionProperty x : c.properties()) {
            if (w.attendees() || !x.name().equalsIgnoreCase("ATTENDEE")) {
                writeExtension(out, x);
            }
        }
        for (ExtensionComponent child : c.components()) {
            if (writes(child, w)) {
                writeComponent(out, child, w);
            }
        }
        out.end(c.name());
    }
    /**
     * Refuses extension properties that would duplicate what the writer derives from the event's fields or its series,
     * or change the feed's structure: an extension is written as it is, so BEGIN:VALARM would open a component, a
     * second SUMMARY or DTSTART would give clients two answers, and an RRULE would make a single event repeat.
     */
    public static void checkExtensions(Event e) {
        checkExtensions(e, "event");
    }

    /**
     * Checks the extension properties of a series' first event and its overrides, as {@link #checkExtensions(Event)};
     * they carry no RECURRENCE-ID either, which the writer writes for each override.
     */
    public static void checkSeriesExtensions(EventSeries s) {
        checkExtensions(s.first(), "series");
        for (Event o : s.overrides().values()) {
            checkExtensions(o, "series");
        }
    }

    private static void checkExtensions(Event e, String from) {
        boolean ofSeries = from.equals("series");
        for (var x : e.extensions()) {
            String name = x.name().toUpperCase(Locale.ROOT);
            // LOCATION and GEO kept from another calendar are written where the event has no venue to give them.
            boolean free = name.equals("GEO") && e.venue().flatMap(Venue::geo).isEmpty()
                    || name.equals("LOCATION") && PlaceProperties.location(e).isEmpty();
            if (!free && EventProperties.FROM_FIELDS.contains(name) || name.startsWith("X-NIGHTOUT-")
                    || ofSeries && name.equals("RECURRENCE-ID")) {
                throw new IllegalArgumentException("Event " + e.id() + ": extension property " + x.name()
                        + " cannot be written, because the writer " + (name.equals("BEGIN") || name.equals("END")
                                ? "would open or close a component with it"
                                : "writes " + name + " itself from the " + from));
            }
        }
    }

    /** Writes the event's extension properties as they were read; ATTENDEE only where the writer is asked to. */
    public static void writeExtensions(ContentLines out, Event e, WriteOptions w) throws IOException {
        for (ExtensionProperty x : e.extensions()) {
            // ATTENDEE lines carry people's e-mail addresses: a PUBLISH feed goes to strangers.
            if (w.attendees() || !x.name().equalsIgnoreCase("ATTENDEE")) {
                writeExtension(out, x);
            }
        }
    }

    /** Writes the event's kept components that the feed should carry. */
    public static void writeComponents(ContentLines out, Event e, WriteOptions w) throws IOException {
        for (ExtensionComponent c : e.extensionComponents()) {
            if (writes(c, w)) {
                writeComponent(out, c, w);
            }
        }
    }
}
