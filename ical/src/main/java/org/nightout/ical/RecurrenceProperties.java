package org.nightout.ical;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.DateRule;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.ical.ICalendarWriter.ZoneYears;

/**
 * RRULE, EXDATE and RECURRENCE-ID of a yearly series: the one recurrence the model has.
 */
final class RecurrenceProperties {
    /** Written from a series' rule, cancelled years and overrides; a single event may carry them as extensions. */
    static final Set<String> NAMES = Set.of("RRULE", "EXDATE", "RDATE", "RECURRENCE-ID");
    /** The same: a series writes all of them itself. */
    static final Set<String> WRITES = NAMES;

    private RecurrenceProperties() {
    }

    /** A yearly RRULE on the nth weekday of a month, the one recurrence the model has. */
    static final class YearlyRule {
        private static final int LAST_ICALENDAR_YEAR = 9999;

        final DateRule rule;
        final Optional<String> until;
        final Optional<Integer> count;

        private YearlyRule(DateRule rule, Optional<String> until, Optional<Integer> count) {
            this.rule = rule;
            this.until = until;
            this.count = count;
        }

        static Optional<YearlyRule> parse(String rrule) {
            Map<String, String> parts = new HashMap<>();
            for (String part : rrule.strip().toUpperCase(Locale.ROOT).split(";")) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    return Optional.empty();
                }
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
            if (!"YEARLY".equals(parts.remove("FREQ")) || !"1".equals(parts.getOrDefault("INTERVAL", "1"))) {
                return Optional.empty();
            }
            parts.remove("INTERVAL");
            parts.remove("WKST");
            String month = parts.remove("BYMONTH");
            String byday = parts.remove("BYDAY");
            String until = parts.remove("UNTIL");
            String count = parts.remove("COUNT");
            if (!parts.isEmpty() || month == null || byday == null || !byday.matches("[+-]?[1-4]?[0-9]?(MO|TU|WE|TH|FR|SA|SU)")) {
                return Optional.empty();
            }
            try {
                int ordinal = Integer.parseInt(byday.substring(0, byday.length() - 2).replace("+", ""));
                DayOfWeek day = dayOf(byday.substring(byday.length() - 2));
                if (until != null) {
                    // Checked here, so that lastYear cannot fail on it later.
                    if (until.length() == 8) {
                        ReadContext.date(until);
                    } else {
                        ReadContext.localDateTime(until.endsWith("Z") ? until.substring(0, until.length() - 1) : until);
                    }
                }
                return Optional.of(new YearlyRule(DateRule.of(ordinal, day, Month.of(Integer.parseInt(month))),
                        Optional.ofNullable(until), Optional.ofNullable(count).map(Integer::parseInt)));
            } catch (IllegalArgumentException | DateTimeException e) {
                return Optional.empty();
            }
        }

        private static DayOfWeek dayOf(String two) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(two)) {
                    return d;
                }
            }
            throw new IllegalArgumentException(two);
        }

        /**
         * The last year the rule gives an occurrence in, from UNTIL or COUNT. A COUNT that reaches past the year 9999,
         * the last an iCalendar date can name, is read as no end: nothing could tell the two apart, and a writer
         * would otherwise have to describe time zones for a billion years.
         */
        Optional<Integer> lastYear(Event first) {
            int firstYear = first.time().startDate().getYear();
            if (count.isPresent()) {
                long last = (long) firstYear + count.get() - 1;
                return last > LAST_ICALENDAR_YEAR ? Optional.empty() : Optional.of((int) last);
            }
            if (until.isEmpty()) {
                return Optional.empty();
            }
            String u = until.get();
            int year = Integer.parseInt(u.substring(0, 4));
            EventTime occurrence = first.time().movedTo(rule.dateIn(year));
            boolean after;
            if (occurrence instanceof EventTime.Timed t && u.length() > 8) {
                boolean utc = u.endsWith("Z");
                LocalDateTime local = ReadContext.localDateTime(utc ? u.substring(0, u.length() - 1) : u);
                Instant limit = utc ? local.toInstant(ZoneOffset.UTC) : local.atZone(t.start().getZone()).toInstant();
                after = t.start().toInstant().isAfter(limit);
            } else {
                after = occurrence.startDate().isAfter(ReadContext.date(u.substring(0, 8)));
            }
            return Optional.of(after ? year - 1 : year);
        }
    }

    static void writeRecurrence(ContentLines out, EventSeries s, ZoneYears zones) throws IOException {
        DateRule rule = s.rule();
        StringBuilder rrule = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.month().getValue())
                .append(";BYDAY=").append(rule.ordinal()).append(rule.dayOfWeek().name(), 0, 2);
        EventTime first = s.first().time();
        if (s.lastYear().isPresent()) {
            EventTime last = first.movedTo(rule.dateIn(s.lastYear().getAsInt()));
            rrule.append(";UNTIL=").append(last instanceof EventTime.Timed t
                    ? Formats.utc(t.start().toInstant())
                    : Formats.date(last.startDate()));
        }
        out.name("RRULE").value(rrule.toString());
        for (int year : s.cancelledYears()) {
            TimeProperties.writeStart(out, "EXDATE", first.movedTo(rule.dateIn(year)), zones);
        }
    }
}
