package org.nightout.core;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.internal.Checks;

/**
 * When an event happens: either at a zoned time, with an optional end, or on whole days.
 *
 * <p>Timed events keep their zone, so a feed can say "6 p.m. in America/Chicago" rather than a floating time.
 * All-day events take an inclusive date range here, as people say it ("August 2 to August 3"); a writer
 * turns it into whatever its format needs, such as iCalendar's exclusive DTEND.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * EventTime.of(ZonedDateTime.parse("2022-08-02T18:00-04:00[America/New_York]"));
 * EventTime.allDay(LocalDate.of(2021, 8, 3));
 * }</pre>
 */
public sealed interface EventTime permits EventTime.Timed, EventTime.AllDay {

    /**
     * Obtains a timed event time with no end.
     *
     * @param start the start; fractions of a second are dropped, as calendars keep whole seconds
     * @return the time
     * @throws NullPointerException if {@code start} is null
     * @throws ValidationException if {@code start} is outside the years 1 to 9999
     */
    static Timed of(ZonedDateTime start) {
        return new Timed(Objects.requireNonNull(start, "start"), Optional.empty());
    }

    /**
     * Obtains a timed event time with an end.
     *
     * @param start the start; fractions of a second are dropped, as calendars keep whole seconds
     * @param end the end, after the start (both in whole seconds)
     * @return the time
     * @throws NullPointerException if an argument is null
     * @throws ValidationException if the end is not after the start in whole seconds, or a value is outside the
     *     years 1 to 9999
     */
    static Timed of(ZonedDateTime start, ZonedDateTime end) {
        return new Timed(Objects.requireNonNull(start, "start"), Optional.of(Objects.requireNonNull(end, "end")));
    }

    /**
     * Obtains an all-day event time on one day.
     *
     * @param day the day
     * @return the time
     * @throws NullPointerException if {@code day} is null
     * @throws ValidationException if {@code day} is outside the years 1 to 9999
     */
    static AllDay allDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new AllDay(day, day);
    }

    /**
     * Obtains an all-day event time over several days, both ends included.
     *
     * @param first the first day
     * @param last the last day, on or after the first
     * @return the time
     * @throws NullPointerException if an argument is null
     * @throws ValidationException if {@code last} is before {@code first}, or a day is outside the years 1 to 9999
     */
    static AllDay allDay(LocalDate first, LocalDate last) {
        return new AllDay(Objects.requireNonNull(first, "first"), Objects.requireNonNull(last, "last"));
    }

    /**
     * Returns the local date the event starts on.
     *
     * @return the date of the start, in the start's own zone for timed events
     */
    LocalDate startDate();

    /**
     * Returns when the event starts, as seen in a zone: the one start both kinds have, to sort or compare events
     * of either kind. A timed event's start is an instant, shown in {@code zone}; an all-day event floats (it
     * begins at midnight wherever one is), so its first day starts at the first moment of that day in
     * {@code zone}.
     *
     * @param zone the zone to see the start in
     * @return the start in {@code zone}
     * @throws NullPointerException if {@code zone} is null
     */
    ZonedDateTime start(ZoneId zone);

    /**
     * Returns the same kind of time moved to start on another date, keeping the local time of day, the zone and
     * the length.
     *
     * @param date the new start date
     * @return the moved time
     */
    EventTime movedTo(LocalDate date);

    /**
     * A time with a zoned start and an optional end, obtained from {@link EventTime#of(ZonedDateTime)} or
     * {@link EventTime#of(ZonedDateTime, ZonedDateTime)}.
     *
     * <p>A class rather than a record, so that an absent end is a factory without one rather than a constructor
     * that takes an {@code Optional}. This class is immutable and thread-safe.
     */
    final class Timed implements EventTime {
        private final ZonedDateTime start;
        private final Optional<ZonedDateTime> end;

        private Timed(ZonedDateTime start, Optional<ZonedDateTime> end) {
            // Calendars keep whole seconds: fractions are dropped, as Event drops them from lastModified.
            start = start.truncatedTo(ChronoUnit.SECONDS);
            end = end.map(t -> t.truncatedTo(ChronoUnit.SECONDS));
            Checks c = Checks.of("EventTime");
            c.dateTime("start", start);
            if (end.isPresent()) {
                c.dateTime("end", end.get());
                if (!end.get().toInstant().isAfter(start.toInstant())) {
                    c.fail("end", end.get(), "must be after the start " + start);
                }
            }
            c.throwIfAny();
            this.start = start;
            this.end = end;
        }

        /**
         * Returns the start.
         *
         * @return the start, in whole seconds
         */
        public ZonedDateTime start() {
            return start;
        }

        @Override
        public ZonedDateTime start(ZoneId zone) {
            return start.withZoneSameInstant(zone);
        }

        /**
         * Returns the end, after the start, if known.
         *
         * @return the end, or empty
         */
        public Optional<ZonedDateTime> end() {
            return end;
        }

        @Override
        public LocalDate startDate() {
            return start.toLocalDate();
        }

        @Override
        public Timed movedTo(LocalDate date) {
            ZonedDateTime newStart = ZonedDateTime.of(date, start.toLocalTime(), start.getZone());
            long days = ChronoUnit.DAYS.between(start.toLocalDate(), date);
            return new Timed(newStart, end.map(e -> e.plusDays(days)));
        }

        /**
         * Tells whether another object is a timed event time with an equal start and end, zones included.
         *
         * @param other the other object
         * @return true if equal
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof Timed t && start.equals(t.start) && end.equals(t.end);
        }

        /**
         * Returns a hash code of the start and end.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return 31 * start.hashCode() + end.hashCode();
        }

        /**
         * Shows the start and the end, such as {@code Timed[start=2022-08-02T18:00-04:00[America/New_York],
         * end=Optional.empty]}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "Timed[start=" + start + ", end=" + end + "]";
        }
    }

    /**
     * Whole days, both ends included.
     *
     * @param first the first day
     * @param last the last day, on or after the first
     */
    record AllDay(LocalDate first, LocalDate last) implements EventTime {

        /**
         * Checks the range.
         *
         * @param first the first day
         * @param last the last day, on or after the first
         * @throws ValidationException if a day is missing or {@code last} is before {@code first}
         */
        public AllDay {
            Checks c = Checks.of("EventTime");
            if (c.required("first", first) & c.required("last", last) && last.isBefore(first)) {
                c.fail("last", last, "must be on or after the first day " + first);
            }
            c.date("first", first).date("last", last);
            if (last != null && last.equals(LocalDate.of(9999, 12, 31))) {
                // A feed ends an all-day event on the day after its last (DTEND), and no format has a year 10000.
                c.fail("last", last, "must be before 9999-12-31: a feed writes the day after the last day, and"
                        + " no calendar has the year 10000");
            }
            c.throwIfAny();
        }

        /**
         * Returns the first day.
         *
         * @return the first day
         */
        public LocalDate first() {
            return first;
        }

        /**
         * Returns the last day, on or after the first.
         *
         * @return the last day, on or after the first
         */
        public LocalDate last() {
            return last;
        }

        /**
         * Returns the day after the last, as iCalendar's DTEND wants it.
         *
         * @return {@code last.plusDays(1)}
         */
        public LocalDate endExclusive() {
            return last.plusDays(1);
        }

        @Override
        public LocalDate startDate() {
            return first;
        }

        @Override
        public ZonedDateTime start(ZoneId zone) {
            return first.atStartOfDay(zone);
        }

        @Override
        public AllDay movedTo(LocalDate date) {
            return new AllDay(date, date.plusDays(ChronoUnit.DAYS.between(first, last)));
        }
    }
}
