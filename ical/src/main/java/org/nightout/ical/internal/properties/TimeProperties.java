package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.ValidationException;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.lines.Formats;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.ReadContext;
import org.nightout.ical.internal.zones.TimeZoneBlocks;
import org.nightout.ical.internal.zones.ZoneYears;

/**
 * DTSTART, DTEND and DURATION: an event's time, read and written in one place, with the forms of a start that
 * RECURRENCE-ID, EXDATE and a rescheduled event's previous time share with DTSTART.
 */
public final class TimeProperties {
    /** The properties the writer writes from {@link Event#time()}. */
    public static final Set<String> WRITES = Set.of("DTSTART", "DTEND", "DURATION");

    private TimeProperties() {
    }

    public static Optional<EventTime> eventTime(ReadContext ctx, Component v, ContentLine dtstart) {
        Optional<EventTime> start = ctx.time(dtstart, dtstart.value);
        if (start.isEmpty()) {
            ctx.warnings.add(dtstart.line, "VEVENT", ReadWarning.Code.INVALID_EVENT, "DTSTART cannot be read; the event"
                    + " is skipped");
            return Optional.empty();
        }
        Optional<ContentLine> dtend = v.take("DTEND");
        Optional<ContentLine> duration = v.take("DURATION");
        if (dtend.isEmpty() && duration.isPresent()) {
            return Optional.of(withDuration(ctx, start.get(), duration.get()));
        }
        return spanFrom(ctx, v, start, dtend);
    }
    /** A start and an optional end line as one time; an end that cannot be used is reported and dropped. */
    public static Optional<EventTime> spanFrom(ReadContext ctx, Component v, Optional<EventTime> start, Optional<ContentLine> endLine) {
        if (start.isEmpty() || endLine.isEmpty()) {
            return start;
        }
        Optional<EventTime> end = ctx.time(endLine.get(), endLine.get().value);
        if (end.isEmpty()) {
            return start;
        }
        try {
            if (start.get() instanceof EventTime.AllDay s && end.get() instanceof EventTime.AllDay e) {
                LocalDate last = e.first().minusDays(1);
                return Optional.of(last.isBefore(s.first()) ? s : EventTime.allDay(s.first(), last));
            }
            if (start.get() instanceof EventTime.Timed s && end.get() instanceof EventTime.Timed e) {
                return Optional.of(EventTime.of(s.start(), e.start()));
            }
            ctx.warnings.add(endLine.get().line, endLine.get().name, ReadWarning.Code.INVALID_VALUE,
                    "end is not of the same kind (date or date-time) as the start; the end is dropped");
        } catch (ValidationException e) {
            ctx.warnings.add(endLine.get().line, endLine.get().name, ReadWarning.Code.INVALID_VALUE,
                    "end " + endLine.get().value + " is not after the start; the end is dropped");
        }
        return start;
    }
    /**
     * The end a DURATION gives. RFC 5545 3.3.6 makes days and weeks nominal: a day is a calendar day, so
     * {@code P1D} from 10:00 ends at 10:00 the next day, 23 or 25 hours later across a daylight saving change; hours,
     * minutes and seconds are exact and are added after the days. An all-day event spans every day the duration
     * touches: {@code P1DT12H} from a date covers two days.
     */
    public static EventTime withDuration(ReadContext ctx, EventTime start, ContentLine duration) {
        Optional<NominalDuration> d = NominalDuration.parse(duration.value);
        if (d.isEmpty() || d.get().isNegative()) {
            ctx.invalid(duration, "a positive duration such as PT3H or P1D");
            return start;
        }
        try {
            EventTime end;
            if (start instanceof EventTime.AllDay s) {
                long days = Math.max(1, d.get().daysTouched());
                end = EventTime.allDay(s.first(), s.first().plusDays(days - 1));
            } else {
                EventTime.Timed s = (EventTime.Timed) start;
                end = d.get().isZero() ? s : EventTime.of(s.start(), d.get().addTo(s.start()));
            }
            // An iCalendar date has four digits: an end after 9999 could never be written again.
            LocalDate written = end instanceof EventTime.AllDay a ? a.endExclusive()
                    : ((EventTime.Timed) end).end().orElse(((EventTime.Timed) end).start()).toLocalDate();
            if (written.getYear() > ReadContext.LAST_YEAR) {
                throw new DateTimeException("ends after " + ReadContext.LAST_YEAR);
            }
            return end;
        } catch (ValidationException | DateTimeException | ArithmeticException e) {
            ctx.invalid(duration, "a duration that ends after the start, within the years iCalendar can write");
            return start;
        }
    }

    /**
     * An RFC 5545 dur-value: nominal days (a week is seven of them) and an exact time. Held apart because
     * {@link Duration#parse} makes a day 24 hours and {@link java.time.Period} has no hours.
     *
     * @param days the nominal days, negative for a negative duration
     * @param time the exact part, negative for a negative duration
     */
    public record NominalDuration(long days, Duration time) {
        private static final Pattern FORM = Pattern.compile(
                "([+-])?P(?:(\\d+)W|(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?)");

        /**
         * Reads {@code P1W}, {@code P1DT12H}, {@code -PT15M} and the like.
         *
         * @param text the value
         * @return the duration, or empty where the text is none
         */
        public static Optional<NominalDuration> parse(String text) {
            String t = text.strip().toUpperCase(Locale.ROOT);
            Matcher m = FORM.matcher(t);
            if (!m.matches() || t.endsWith("P") || t.endsWith("T")) {
                return Optional.empty();
            }
            try {
                long days = m.group(2) != null ? Math.multiplyExact(7L, Long.parseLong(m.group(2))) : number(m.group(3));
                Duration time = Duration.ofHours(number(m.group(4))).plusMinutes(number(m.group(5)))
                        .plusSeconds(number(m.group(6)));
                return Optional.of("-".equals(m.group(1)) ? new NominalDuration(-days, time.negated())
                        : new NominalDuration(days, time));
            } catch (NumberFormatException | ArithmeticException e) {
                // Digits too many for a long, or a Duration: no duration a calendar means.
                return Optional.empty();
            }
        }

        private static long number(String digits) {
            return digits == null ? 0 : Long.parseLong(digits);
        }

        boolean isNegative() {
            return days < 0 || time.isNegative();
        }

        boolean isZero() {
            return days == 0 && time.isZero();
        }

        /** The days an all-day event lasting this long covers: a part of a day counts as a day. */
        long daysTouched() {
            return days + (time.isZero() ? 0 : (time.toSeconds() + 86_399) / 86_400);
        }

        /** The end of something that starts at {@code start} and lasts this long: days on the wall clock first. */
        ZonedDateTime addTo(ZonedDateTime start) {
            return start.plusDays(days).plus(time);
        }
    }

    /**
     * Writes DTSTART and DTEND. Where {@code exact} and a local time falls in the hour that repeats when clocks go
     * back, and the time is the second of the two, it is written in UTC: written as a local time with TZID, every
     * client reads the first (RFC 5545 3.3.5). Our reader gets its zone back from a parameter. Not for a series'
     * first event, whose DTSTART is the form its RRULE repeats in.
     */
    public static void writeTime(ContentLines out, EventTime time, ZoneYears zones, boolean exact) throws IOException {
        if (time instanceof EventTime.Timed t) {
            writeDateTime(out, "DTSTART", t.start(), zones, exact);
            if (t.end().isPresent()) {
                writeDateTime(out, "DTEND", t.end().get(), zones, exact);
            }
        } else {
            writeStart(out, "DTSTART", time, zones);
            out.name("DTEND").param("VALUE", "DATE").value(Formats.date(((EventTime.AllDay) time).endExclusive()));
        }
    }

    /**
     * Writes the DTSTART of a series as written, a local time its zone skips, and its DTEND: RFC 5545 3.3.10 repeats
     * the written time, so only the first instance moves forward by the gap.
     */
    public static void writeWallStart(ContentLines out, EventTime.Timed time, LocalDateTime wallStart,
            ZoneYears zones) throws IOException {
        zones.add(time.start());
        out.name("DTSTART").param("TZID", TimeZoneBlocks.tzid(time.start().getZone())).value(wallStart);
        if (time.end().isPresent()) {
            writeDateTime(out, "DTEND", time.end().get(), zones);
        }
    }

    private static void writeDateTime(ContentLines out, String property, ZonedDateTime t, ZoneYears zones,
            boolean exact) throws IOException {
        if (exact && isLaterOfRepeated(t)) {
            zones.add(t);
            out.name(property).param(NightOutFields.ZONE_PARAM, TimeZoneBlocks.tzid(t.getZone())).value(t.toInstant());
        } else {
            writeDateTime(out, property, t, zones);
        }
    }

    /** Whether the local time of {@code t} comes twice in its zone and {@code t} is the second. */
    static boolean isLaterOfRepeated(ZonedDateTime t) {
        if (TimeZoneBlocks.isUtc(t.getZone())) {
            return false;
        }
        ZoneOffsetTransition change = t.getZone().getRules().getTransition(t.toLocalDateTime());
        return change != null && change.isOverlap() && t.getOffset().equals(change.getOffsetAfter());
    }

    /** Writes the start of a time in the exact form DTSTART takes, so RECURRENCE-ID and EXDATE match it. */
    public static void writeStart(ContentLines out, String property, EventTime time, ZoneYears zones)
            throws IOException {
        if (time instanceof EventTime.Timed t) {
            writeDateTime(out, property, t.start(), zones);
        } else {
            out.name(property).param("VALUE", "DATE").value(Formats.date(time.startDate()));
        }
    }
    public static void writeDateTime(ContentLines out, String property, ZonedDateTime t, ZoneYears zones)
            throws IOException {
        ZoneId zone = t.getZone();
        if (TimeZoneBlocks.isUtc(zone)) {
            out.name(property).value(t.toInstant());
        } else {
            zones.add(t);
            out.name(property).param("TZID", TimeZoneBlocks.tzid(zone)).value(t.toLocalDateTime());
        }
    }
}
