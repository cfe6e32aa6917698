package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Activity;
import org.nightout.core.ActivityKind;

/**
 * {@link Activity} as {@code {"kind": "DUNK_TANK", "label": "Dunk tank"}} or {@code {"kind": "OTHER",
 * "label": "Touch-a-truck"}}. Both are always written, so a reader needs no table of labels; when reading, the
 * label of a known kind may be left out.
 */
final class ActivityFormat extends ObjectFormat<Activity, ActivityFormat.Parts> {
    static final ActivityFormat INSTANCE = new ActivityFormat();

    private ActivityFormat() {
        super(Activity.class, Parts::new, ActivityFormat::assemble,
                List.of("kind", "label"), Set.of());
    }

    /** The components read so far. */
    static final class Parts {
        private ActivityKind kind;
        private String label;
    }

    @Override
    void writeProperties(Activity value, JsonOutput out) {
        out.enumValue("kind", value.kind());
        out.text("label", value.label());
    }

    @Override
    void readProperty(String name, Parts b, JsonInput in) {
        switch (name) {
            case "kind" -> b.kind = in.enumValue(ActivityKind.class);
            case "label" -> b.label = in.text();
            default -> throw unhandled(name);
        }
    }

    private static Activity assemble(Parts b) {
        boolean labelImplied = b.label == null && b.kind != null && b.kind != ActivityKind.OTHER;
        return new Activity(b.kind, labelImplied ? b.kind.label() : b.label);
    }
}
