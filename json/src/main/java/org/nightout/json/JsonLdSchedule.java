package org.nightout.json;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;
import org.nightout.core.recurrence.RecurrenceRule.Until;
import org.nightout.core.recurrence.RecurrenceRule.WeekdayNum;
import org.nightout.core.recurrence.RecurrenceSet;
import tools.jackson.core.JsonGenerator;

/**
 * The schema.org {@code Schedule} of a series, for the cases where it says exactly which occurrences the series has,
 * as RFC 5545 counts them; {@link #of(EventSeries)} is empty for every other series.
 *
 * <p>Exact means: a rule of frequency DAILY, WEEKLY, MONTHLY or YEARLY; no BYSECOND, BYMINUTE, BYHOUR, BYYEARDAY,
 * BYWEEKNO or BYSETPOS; no negative BYMONTHDAY (a Schedule's byMonthDay is 1 to 31); not BYDAY and BYMONTHDAY together
 * (whether a Schedule means their union or intersection is not defined); an ordinal BYDAY ({@code 1TU}) only in a
 * month (MONTHLY, or YEARLY with BYMONTH), and a YEARLY rule's BYDAY or BYMONTHDAY only with BYMONTH; no week start
 * other than Monday where it changes the result (WEEKLY, INTERVAL above 1, several days); a first event the rule
 * itself gives (RFC 5545 leaves the set undefined otherwise); no added dates (RDATE) and no override that moves an
 * occurrence; and, with COUNT above {@link EventSeries#EXACT_COUNT}, no excluded dates (a Schedule does not say
 * whether {@code repeatCount} counts them).
 *
 * <p>The parts RFC 5545 takes from DTSTART are written out ({@code byDay} of a weekly rule, {@code byMonthDay} of a
 * monthly one, {@code byMonth} and {@code byMonthDay} of a yearly one), so that a reader that adds {@code P1M} to
 * January 31 does not land on February 28. COUNT is {@code repeatCount}, and also {@code endDate}, the date of the
 * last occurrence, so that readers who count excluded dates and readers who do not agree. Excluded dates and
 * cancelled occurrences are {@code exceptDate}.
 */
final class JsonLdSchedule {
    private static final String SCHEMA_ORG = "https://schema.org/";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter TIME_WITH_OFFSET = DateTimeFormatter.ofPattern("HH:mm:ssxxx");

    private final RecurrenceRule rule;
    private final SortedSet<WeekdayNum> byDay;
    private final SortedSet<Integer> byMonth;
    private final SortedSet<Integer> byMonthDay;
    private final EventTime time;
    private final Optional<LocalDate> endDate;
    private final List<Temporal> exceptions;

    private JsonLdSchedule(RecurrenceRule rule, SortedSet<WeekdayNum> byDay, SortedSet<Integer> byMonth,
            SortedSet<Integer> byMonthDay, EventTime time, Optional<LocalDate> endDate, List<Temporal> exceptions) {
        this.rule = rule;
        this.byDay = byDay;
        this.byMonth = byMonth;
        this.byMonthDay = byMonthDay;
        this.time = time;
        this.endDate = endDate;
        this.exceptions = exceptions;
    }

    /**
     * Returns the schedule of a series, or empty where a Schedule cannot say exactly which occurrences it has.
     *
     * @param series the series
     * @return the schedule, if exact
     */
    static Optional<JsonLdSchedule> of(EventSeries series) {
        if (series.rule().isEmpty() || !series.rdates().isEmpty()) {
            return Optional.empty();
        }
        RecurrenceRule r = series.rule().get();
        EventTime time = series.first().time();
        LocalDate start = time.startDate();
        if (!expressible(r)) {
            return Optional.empty();
        }
        List<Temporal> exceptions = new ArrayList<>(series.exdates());
        for (Map.Entry<Temporal, Event> o : series.overrides().entrySet()) {
            if (!startOf(o.getValue().time()).equals(o.getKey())) {
                return Optional.empty();
            }
            if (o.getValue().status().kind() == EventStatus.Kind.CANCELLED) {
                exceptions.add(o.getKey());
            }
        }
        exceptions.sort(JsonLdSchedule::compare);
        SortedSet<WeekdayNum> byDay = new TreeSet<>(r.byDay());
        SortedSet<Integer> byMonth = new TreeSet<>(r.byMonth());
        SortedSet<Integer> byMonthDay = new TreeSet<>(r.byMonthDay());
        switch (r.frequency()) {
            case WEEKLY -> {
                if (byDay.isEmpty()) {
                    byDay.add(WeekdayNum.every(start.getDayOfWeek()));
                }
            }
            case MONTHLY -> {
                if (byDay.isEmpty() && byMonthDay.isEmpty()) {
                    byMonthDay.add(start.getDayOfMonth());
                }
            }
            case YEARLY -> {
                if (byMonth.isEmpty()) {
                    byMonth.add(start.getMonthValue());
                }
                if (byDay.isEmpty() && byMonthDay.isEmpty()) {
                    byMonthDay.add(start.getDayOfMonth());
                }
            }
            default -> {
                // DAILY takes nothing from DTSTART but its time.
            }
        }
        if (!matches(start, byDay, byMonth, byMonthDay)) {
            return Optional.empty();
        }
        Optional<LocalDate> endDate = Optional.empty();
        if (r.count().isPresent()) {
            if (r.count().getAsInt() <= EventSeries.EXACT_COUNT) {
                endDate = lastOfCount(series.first().time(), r);
            } else if (!exceptions.isEmpty()) {
                return Optional.empty();
            }
        } else if (r.until().isPresent()) {
            endDate = Optional.of(untilDate(time, r.until().get()));
        }
        return Optional.of(new JsonLdSchedule(r, byDay, byMonth, byMonthDay, time, endDate, List.copyOf(exceptions)));
    }

    private static boolean expressible(RecurrenceRule r) {
        Frequency f = r.frequency();
        if (f == Frequency.SECONDLY || f == Frequency.MINUTELY || f == Frequency.HOURLY) {
            return false;
        }
        if (!r.bySecond().isEmpty() || !r.byMinute().isEmpty() || !r.byHour().isEmpty() || !r.byYearDay().isEmpty()
                || !r.byWeekNo().isEmpty() || !r.bySetPos().isEmpty()) {
            return false;
        }
        if (r.byMonthDay().stream().anyMatch(d -> d < 1) || !r.byDay().isEmpty() && !r.byMonthDay().isEmpty()) {
            return false;
        }
        boolean inMonth = f == Frequency.MONTHLY || f == Frequency.YEARLY && !r.byMonth().isEmpty();
        if (r.byDay().stream().anyMatch(d -> d.ordinal() != 0) && !inMonth) {
            return false;
        }
        if (f == Frequency.YEARLY && r.byMonth().isEmpty() && (!r.byDay().isEmpty() || !r.byMonthDay().isEmpty())) {
            return false;
        }
        return !(f == Frequency.WEEKLY && r.interval() > 1 && r.byDay().size() > 1
                && r.effectiveWeekStart() != DayOfWeek.MONDAY);
    }

    /** Whether the rule's explicit parts give the date: the first event must be one of its occurrences. */
    private static boolean matches(LocalDate d, SortedSet<WeekdayNum> byDay, SortedSet<Integer> byMonth,
            SortedSet<Integer> byMonthDay) {
        if (!byMonth.isEmpty() && !byMonth.contains(d.getMonthValue())) {
            return false;
        }
        if (!byMonthDay.isEmpty() && !byMonthDay.contains(d.getDayOfMonth())) {
            return false;
        }
        return byDay.isEmpty() || byDay.stream().anyMatch(w -> w.day() == d.getDayOfWeek()
                && (w.ordinal() == 0 || d.equals(nthInMonth(d, w))));
    }

    private static LocalDate nthInMonth(LocalDate d, WeekdayNum w) {
        return w.ordinal() > 0
                ? d.with(TemporalAdjusters.dayOfWeekInMonth(w.ordinal(), w.day()))
                : d.with(TemporalAdjusters.lastInMonth(w.day())).minusWeeks(-w.ordinal() - 1L);
    }

    /** The date of the last occurrence of a rule with COUNT, excluded dates included as RFC 5545 counts them. */
    private static Optional<LocalDate> lastOfCount(EventTime time, RecurrenceRule r) {
        if (time instanceof EventTime.Timed t) {
            return RecurrenceSet.timed(t.start()).withRule(r).occurrences().reduce((a, b) -> b)
                    .map(ZonedDateTime::toLocalDate);
        }
        return RecurrenceSet.allDay(time.startDate()).withRule(r).occurrences().reduce((a, b) -> b);
    }

    /** The last date an occurrence can start on: UNTIL's date in the series' zone, a day earlier if it is too early. */
    private static LocalDate untilDate(EventTime time, Until until) {
        if (time instanceof EventTime.Timed t && until instanceof Until.AtUtc utc) {
            LocalDateTime local = LocalDateTime.ofInstant(utc.instant(), t.start().getZone());
            return local.toLocalTime().isBefore(t.start().toLocalTime()) ? local.toLocalDate().minusDays(1)
                    : local.toLocalDate();
        }
        return until.date();
    }

    private static Temporal startOf(EventTime time) {
        return time instanceof EventTime.Timed t ? t.start() : time.startDate();
    }

    private static int compare(Temporal a, Temporal b) {
        if (a instanceof ZonedDateTime za && b instanceof ZonedDateTime zb) {
            return za.toInstant().compareTo(zb.toInstant());
        }
        return ((LocalDate) a).compareTo((LocalDate) b);
    }

    /** Writes the {@code Schedule} node as the value of the property the generator stands at. */
    void write(JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("@type", "Schedule");
        g.writeStringProperty("repeatFrequency", repeatFrequency());
        if (!byDay.isEmpty()) {
            g.writeName("byDay");
            JsonLdNodes.oneOrMany(g, byDay.size() > 1, () -> byDay.forEach(d -> g.writeString(byDay(d))));
        }
        integers(g, "byMonth", byMonth);
        integers(g, "byMonthDay", byMonthDay);
        rule.count().ifPresent(c -> g.writeNumberProperty("repeatCount", c));
        g.writeStringProperty("startDate", time.startDate().toString());
        endDate.ifPresent(d -> g.writeStringProperty("endDate", d.toString()));
        if (time instanceof EventTime.Timed t) {
            ZoneId zone = t.start().getZone();
            boolean offset = zone instanceof ZoneOffset;
            g.writeStringProperty("startTime", timeOfDay(t.start(), offset));
            if (t.end().isPresent()) {
                ZonedDateTime end = t.end().get().withZoneSameInstant(zone);
                if (end.toLocalDate().equals(t.start().toLocalDate())) {
                    g.writeStringProperty("endTime", timeOfDay(end, offset));
                } else {
                    g.writeStringProperty("duration", Duration.between(t.start(), end).toString());
                }
            }
            if (!offset) {
                g.writeStringProperty("scheduleTimezone", zone.getId());
            }
        } else {
            EventTime.AllDay a = (EventTime.AllDay) time;
            long days = ChronoUnit.DAYS.between(a.first(), a.last()) + 1;
            if (days > 1) {
                g.writeStringProperty("duration", "P" + days + "D");
            }
        }
        if (!exceptions.isEmpty()) {
            g.writeName("exceptDate");
            JsonLdNodes.oneOrMany(g, exceptions.size() > 1, () -> exceptions.forEach(e -> g.writeString(
                    e instanceof ZonedDateTime z ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z) : e.toString())));
        }
        g.writeEndObject();
    }

    private String repeatFrequency() {
        String unit = switch (rule.frequency()) {
            case YEARLY -> "Y";
            case MONTHLY -> "M";
            case WEEKLY -> "W";
            default -> "D";
        };
        return "P" + rule.interval() + unit;
    }

    /** A plain weekday as its schema.org {@code DayOfWeek}; one with an ordinal in the iCalendar form schema.org takes. */
    private static String byDay(WeekdayNum d) {
        if (d.ordinal() != 0) {
            return d.toString();
        }
        String name = d.day().name();
        return SCHEMA_ORG + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A local time such as {@code 18:00:00}, with the offset where the zone is a fixed offset. */
    private static String timeOfDay(ZonedDateTime t, boolean withOffset) {
        return (withOffset ? TIME_WITH_OFFSET : TIME).format(t);
    }

    private static void integers(JsonGenerator g, String name, SortedSet<Integer> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            JsonLdNodes.oneOrMany(g, values.size() > 1, () -> values.forEach(g::writeNumber));
        }
    }
}
