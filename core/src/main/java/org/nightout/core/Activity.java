package org.nightout.core;

import java.util.Locale;
import java.util.Objects;
import org.nightout.core.internal.Checks;

/**
 * One thing to do at an event: a kind from the shared vocabulary, or free text.
 *
 * <p>This class is immutable and thread-safe. {@link #parse(String)} reads what {@link #label()} gives, so an
 * activity survives a round trip through a feed's CATEGORIES.
 *
 * <pre>{@code
 * Activity.of(ActivityKind.DUNK_TANK);   // label "Dunk tank"
 * Activity.other("Touch-a-truck");       // kind OTHER
 * Activity.parse("dunk tank");           // kind DUNK_TANK
 * }</pre>
 *
 * @param kind the kind, {@link ActivityKind#OTHER} for free text
 * @param label the text a feed shows: the kind's own label, or the free text
 */
public record Activity(ActivityKind kind, String label) {

    /**
     * Checks the components.
     *
     * @param kind the kind, {@link ActivityKind#OTHER} for free text
     * @param label the text a feed shows: the kind's own label, or the free text
     * @throws ValidationException if a component is missing, the label is blank or spans lines, a known kind
     *     carries another label than its own, or free text is a known kind's label
     */
    public Activity {
        Checks c = Checks.of("Activity");
        c.required("kind", kind);
        c.line("label", label);
        if (kind != null && kind != ActivityKind.OTHER && label != null && !label.equals(kind.label())) {
            c.fail("label", label, "must be \"" + kind.label() + "\" for kind " + kind
                    + "; use ActivityKind.OTHER for free text");
        }
        if (kind == ActivityKind.OTHER && label != null) {
            ActivityKind known = knownKind(label);
            if (known != null) {
                c.fail("label", label, "is the label of ActivityKind." + known + "; use Activity.of(ActivityKind."
                        + known + ")");
            }
        }
        c.throwIfAny();
    }

    /**
     * Obtains an activity of a known kind.
     *
     * @param kind the kind, not {@link ActivityKind#OTHER}
     * @return the activity labelled with the kind's label
     * @throws NullPointerException if {@code kind} is null
     * @throws ValidationException if the kind is {@code OTHER}, which needs a label: use {@link #other(String)}
     */
    public static Activity of(ActivityKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (kind == ActivityKind.OTHER) {
            Checks.of("Activity").fail("kind", kind, "needs a label: use Activity.other(label)").throwIfAny();
        }
        return new Activity(kind, kind.label());
    }

    /**
     * Obtains a free-text activity.
     *
     * @param label what the activity is, such as "Touch-a-truck"
     * @return an activity of kind {@link ActivityKind#OTHER}
     * @throws NullPointerException if {@code label} is null
     * @throws ValidationException if the label is blank or spans lines
     */
    public static Activity other(String label) {
        return new Activity(ActivityKind.OTHER, Objects.requireNonNull(label, "label"));
    }

    /**
     * Reads an activity from its label: a known kind's label, ignoring case and surrounding space, gives that kind;
     * any other text gives a free-text activity.
     *
     * @param label the label
     * @return the activity
     * @throws NullPointerException if {@code label} is null
     * @throws ValidationException if the label is blank or spans lines
     */
    public static Activity parse(String label) {
        ActivityKind known = knownKind(Objects.requireNonNull(label, "label"));
        return known == null ? other(label) : of(known);
    }

    /** The known kind whose label this is, ignoring case and surrounding space, so that parse and other agree. */
    private static ActivityKind knownKind(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (ActivityKind k : ActivityKind.values()) {
            if (k != ActivityKind.OTHER && k.label().toLowerCase(Locale.ROOT).equals(wanted)) {
                return k;
            }
        }
        return null;
    }

    /**
     * Returns the kind, {@link ActivityKind#OTHER} for free text.
     *
     * @return the kind, {@link ActivityKind#OTHER} for free text
     */
    public ActivityKind kind() {
        return kind;
    }

    /**
     * Returns the text a feed shows: the kind's own label, or the free text.
     *
     * @return the text a feed shows: the kind's own label, or the free text
     */
    public String label() {
        return label;
    }
}
