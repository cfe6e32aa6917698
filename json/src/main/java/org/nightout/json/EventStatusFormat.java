package org.nightout.json;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;

/**
 * {@link EventStatus} as {@code {"kind": "CANCELLED", "reason": "COVID-19 pandemic"}}; a rescheduled status also has
 * {@code "previousTime"}, an event time in the same form as the event's own.
 */
final class EventStatusFormat extends ObjectFormat<EventStatus, EventStatusFormat.Parts> {
    static final EventStatusFormat INSTANCE = new EventStatusFormat();

    private EventStatusFormat() {
        super(EventStatus.class, Parts::new, b -> new EventStatus(b.kind, b.reason, b.previousTime),
                List.of("kind", "reason", "previousTime"), Set.of());
    }

    /** The components read so far. */
    static final class Parts {
        private EventStatus.Kind kind;
        private Optional<String> reason = Optional.empty();
        private Optional<EventTime> previousTime = Optional.empty();
    }

    @Override
    void writeProperties(EventStatus value, JsonOutput out) {
        out.enumValue("kind", value.kind());
        out.text("reason", value.reason());
        out.object("previousTime", value.previousTime(), EventTimeFormat.INSTANCE);
    }

    @Override
    void readProperty(String name, Parts b, JsonInput in) {
        switch (name) {
            case "kind" -> b.kind = in.enumValue(EventStatus.Kind.class);
            case "reason" -> b.reason = Optional.of(in.text());
            case "previousTime" -> b.previousTime = Optional.of(in.object(EventTimeFormat.INSTANCE));
            default -> throw unhandled(name);
        }
    }
}
