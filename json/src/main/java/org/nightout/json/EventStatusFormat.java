package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.EventStatus;

/**
 * {@link EventStatus} as {@code {"kind": "CANCELLED", "reason": "COVID-19 pandemic"}}; a rescheduled status also has
 * {@code "previousTime"}, an event time in the same form as the event's own.
 */
final class EventStatusFormat extends ObjectFormat<EventStatus, EventStatus.Builder> {
    static final EventStatusFormat INSTANCE = new EventStatusFormat();

    private EventStatusFormat() {
        super(EventStatus.class, EventStatus::builder, b -> b.build(), List.of("kind", "reason", "previousTime"),
                Set.of());
    }

    @Override
    void writeProperties(EventStatus value, JsonOutput out) {
        out.enumValue("kind", value.kind());
        out.text("reason", value.reason());
        out.object("previousTime", value.previousTime(), EventTimeFormat.INSTANCE);
    }

    @Override
    void readProperty(String name, EventStatus.Builder b, JsonInput in) {
        switch (name) {
            case "kind" -> b.kind(in.enumValue(EventStatus.Kind.class));
            case "reason" -> b.reason(in.text());
            case "previousTime" -> b.previousTime(in.object(EventTimeFormat.INSTANCE));
            default -> throw unhandled(name);
        }
    }
}
