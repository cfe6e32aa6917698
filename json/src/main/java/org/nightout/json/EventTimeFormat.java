package org.nightout.json;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.nightout.core.EventTime;

/**
 * {@link EventTime} in one of two shapes, told apart by their property names:
 * <ul>
 *   <li>timed: {@code {"start": "2022-08-02T18:00:00-04:00[America/New_York]", "end": ...}}, the end optional;
 *   <li>all-day: {@code {"first": "2021-08-03", "last": "2021-08-03"}}, both days included.
 * </ul>
 */
final class EventTimeFormat extends ObjectFormat<EventTime, EventTimeFormat.Parts> {
    static final EventTimeFormat INSTANCE = new EventTimeFormat();

    private EventTimeFormat() {
        super(EventTime.class, Parts::new, EventTimeFormat::assemble,
                List.of("start", "end", "first", "last"), Set.of());
    }

    /** The components read so far, of either shape. */
    static final class Parts {
        private ZonedDateTime start;
        private ZonedDateTime end;
        private LocalDate first;
        private LocalDate last;
    }

    @Override
    void writeProperties(EventTime value, JsonOutput out) {
        if (value instanceof EventTime.Timed timed) {
            out.zonedDateTime("start", timed.start());
            if (timed.end().isPresent()) {
                out.zonedDateTime("end", timed.end().get());
            }
        } else {
            EventTime.AllDay days = (EventTime.AllDay) value;
            out.date("first", days.first());
            out.date("last", days.last());
        }
    }

    @Override
    void readProperty(String name, Parts b, JsonInput in) {
        switch (name) {
            case "start" -> b.start = in.zonedDateTime();
            case "end" -> b.end = in.zonedDateTime();
            case "first" -> b.first = in.date();
            case "last" -> b.last = in.date();
            default -> throw unhandled(name);
        }
    }

    private static EventTime assemble(Parts b) {
        boolean allDay = b.first != null || b.last != null;
        if (allDay && (b.start != null || b.end != null)) {
            throw new IllegalArgumentException("An event time is either timed, with start and end, or all-day, with "
                    + "first and last; it cannot have both");
        }
        if (allDay) {
            // The constructor, not the factory: a missing day is data that breaks a rule, reported with the other.
            return new EventTime.AllDay(b.first, b.last);
        }
        if (b.start == null) {
            throw missing("EventTime", "start");
        }
        return b.end == null ? EventTime.of(b.start) : EventTime.of(b.start, b.end);
    }
}
