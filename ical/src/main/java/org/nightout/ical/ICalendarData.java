package org.nightout.ical;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;

/**
 * What {@link ICalendarReader} read from one document: the calendar's name, its single events, its series,
 * and every warning about what could not be fully understood.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the calendar's NAME or X-WR-CALNAME, if it has one
 * @param events the single events, in document order
 * @param series the series (a VEVENT with RRULE or RDATE, its EXDATEs and its RECURRENCE-ID overrides), in
 *     document order of their first VEVENT
 * @param warnings what was worked around, in document order
 */
public record ICalendarData(Optional<String> name, List<Event> events, List<EventSeries> series,
        List<ReadWarning> warnings) {

    /**
     * Copies the lists.
     *
     * @param name the calendar's NAME or X-WR-CALNAME, if it has one
     * @param events the single events, in document order
     * @param series the series (a VEVENT with RRULE or RDATE, its EXDATEs and its RECURRENCE-ID overrides), in
     *     document order of their first VEVENT
     * @param warnings what was worked around, in document order
     * @throws NullPointerException if a component is null
     */
    public ICalendarData {
        Objects.requireNonNull(name, "name");
        events = List.copyOf(events);
        series = List.copyOf(series);
        warnings = List.copyOf(warnings);
    }

    /**
     * Returns the calendar's NAME or X-WR-CALNAME, if it has one.
     *
     * @return the calendar's NAME or X-WR-CALNAME, if it has one
     */
    public Optional<String> name() {
        return name;
    }

    /**
     * Returns the single events, in document order.
     *
     * @return the single events, in document order
     */
    public List<Event> events() {
        return events;
    }

    /**
     * Returns the series (a VEVENT with RRULE or RDATE, its EXDATEs and its RECURRENCE-ID overrides), in document order
     * of their first VEVENT.
     *
     * @return the series (a VEVENT with RRULE or RDATE, its EXDATEs and its RECURRENCE-ID overrides), in document order
     *     of their first VEVENT
     */
    public List<EventSeries> series() {
        return series;
    }

    /**
     * Returns what was worked around, in document order.
     *
     * @return what was worked around, in document order
     */
    public List<ReadWarning> warnings() {
        return warnings;
    }
}
