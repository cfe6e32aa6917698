package org.nightout.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nightout.core.RecurrenceRule.Frequency;
import org.nightout.core.RecurrenceRule.WeekdayNum;

/**
 * Expands a rule from a start in local (wall-clock) time: the candidates of each period of the rule's frequency, in
 * ascending order, from the start on, with BYSETPOS applied; COUNT, UNTIL and time zones are left to
 * {@link RecurrenceSet}.
 *
 * <p>Every BYxxx part is a filter on the days of the period (and its times): the RFC's table of which part
 * "expands" and which "limits" in which frequency comes to the same set, since the period is the range an
 * expanding part works within. Parts the rule leaves out are taken from the start, as RFC 5545 says: the month
 * and day of the month of a plain yearly rule, the month of a yearly rule with days of the month only, the weekday
 * of a yearly rule with weeks only, the day of the month of a monthly one, the weekday of a weekly one, and the
 * time of day of any rule coarser than the part. A date that does not exist (February 30, the 31st of a
 * 30-day month) is no candidate, so it is skipped rather than moved.
 *
 * <p>Whole days, hours and minutes that no part allows are stepped over at once, so a sub-daily rule costs a
 * period per matching hour or minute, not per second. A run of {@link RecurrenceSet#SEARCH_LIMIT} periods
 * without a candidate ends the expansion and marks it {@link #truncated()}; so does the year 9999.
 */
final class RuleExpander {
    private static final int DAY = 86_400;

    private final LocalDateTime start;
    private final Frequency frequency;
    private final int interval;
    private final DayOfWeek weekStart;
    private final boolean[] months;
    private final boolean[] monthDays;
    private final boolean[] negativeMonthDays;
    private final boolean[] yearDays;
    private final boolean[] negativeYearDays;
    private final boolean[] weekNos;
    private final boolean[] negativeWeekNos;
    /** For each weekday 0 (Monday) to 6: every such day, and the ordinals; null when BYDAY is not in effect. */
    private final boolean[] everyWeekday;
    private final int[][] ordinals;
    private final boolean ordinalsInYear;
    private final int[] hours;
    private final int[] minutes;
    private final int[] seconds;
    private final int[] setPositions;
    private final int unit;
    private final long base;

    private LocalDate last = LocalDate.MAX;
    /** The first day of the period last loaded, or a week before it for a yearly rule with BYWEEKNO. */
    private LocalDate periodStart = LocalDate.MIN;
    private long period;
    private int emptyPeriods;
    private boolean done;
    private boolean truncated;

    private LocalDate[] dates = new LocalDate[0];
    private int dateCount;
    private int[] periodHours = new int[0];
    private int[] periodMinutes = new int[0];
    private int[] periodSeconds = new int[0];
    private long candidates;
    private long[] picked;
    private long cursor;
    private boolean emittedInPeriod;

    RuleExpander(RecurrenceRule rule, LocalDateTime start) {
        this.start = start;
        this.frequency = rule.frequency();
        this.interval = rule.interval();
        this.weekStart = rule.effectiveWeekStart();
        boolean dayParts = !rule.byWeekNo().isEmpty() || !rule.byYearDay().isEmpty()
                || !rule.byMonthDay().isEmpty() || !rule.byDay().isEmpty();
        SortedSet<Integer> byMonth = rule.byMonth();
        SortedSet<Integer> byMonthDay = rule.byMonthDay();
        SortedSet<WeekdayNum> byDay = rule.byDay();
        if (frequency == Frequency.YEARLY && !dayParts) {
            if (byMonth.isEmpty()) {
                byMonth = new TreeSet<>(Arrays.asList(start.getMonthValue()));
            }
            byMonthDay = new TreeSet<>(Arrays.asList(start.getDayOfMonth()));
        } else if (frequency == Frequency.YEARLY && byMonth.isEmpty() && !byMonthDay.isEmpty()
                && rule.byWeekNo().isEmpty() && rule.byYearDay().isEmpty()) {
            // Days of a month, but no month: RFC 5545 takes what the rule leaves out from DTSTART.
            byMonth = new TreeSet<>(Arrays.asList(start.getMonthValue()));
        } else if (frequency == Frequency.YEARLY && !rule.byWeekNo().isEmpty() && byDay.isEmpty()
                && byMonthDay.isEmpty() && rule.byYearDay().isEmpty()) {
            // Weeks, but no day of the week: DTSTART's, likewise.
            byDay = new TreeSet<>(Arrays.asList(WeekdayNum.every(start.getDayOfWeek())));
        } else if (frequency == Frequency.MONTHLY && byMonthDay.isEmpty() && byDay.isEmpty()) {
            byMonthDay = new TreeSet<>(Arrays.asList(start.getDayOfMonth()));
        } else if (frequency == Frequency.WEEKLY && byDay.isEmpty()) {
            byDay = new TreeSet<>(Arrays.asList(WeekdayNum.every(start.getDayOfWeek())));
        }
        months = mask(byMonth, 12, false);
        monthDays = mask(byMonthDay, 31, false);
        negativeMonthDays = mask(byMonthDay, 31, true);
        yearDays = mask(rule.byYearDay(), 366, false);
        negativeYearDays = mask(rule.byYearDay(), 366, true);
        weekNos = mask(rule.byWeekNo(), 53, false);
        negativeWeekNos = mask(rule.byWeekNo(), 53, true);
        if (byDay.isEmpty()) {
            everyWeekday = null;
            ordinals = null;
        } else {
            everyWeekday = new boolean[7];
            ordinals = new int[7][];
            for (int d = 0; d < 7; d++) {
                int day = d;
                ordinals[d] = byDay.stream().filter(w -> w.day().ordinal() == day && w.ordinal() != 0)
                        .mapToInt(WeekdayNum::ordinal).toArray();
            }
            byDay.stream().filter(w -> w.ordinal() == 0).forEach(w -> everyWeekday[w.day().ordinal()] = true);
        }
        ordinalsInYear = frequency == Frequency.YEARLY && rule.byMonth().isEmpty();
        // A time part finer than the frequency defaults to the start's; the frequency's own and coarser ones are
        // filters (null: any value). Second 60, a leap second, is allowed in a rule but exists in no java.time
        // value, so it is never a candidate.
        hours = times(rule.byHour(), start.getHour(), 23, frequency.compareTo(Frequency.HOURLY) > 0);
        minutes = times(rule.byMinute(), start.getMinute(), 59, frequency.compareTo(Frequency.MINUTELY) > 0);
        seconds = times(rule.bySecond(), start.getSecond(), 59, frequency.compareTo(Frequency.SECONDLY) > 0);
        setPositions = rule.bySetPos().stream().mapToInt(Integer::intValue).toArray();
        unit = frequency == Frequency.HOURLY ? 3600 : frequency == Frequency.MINUTELY ? 60 : 1;
        long s = start.toEpochSecond(ZoneOffset.UTC);
        base = Math.floorDiv(s, unit) * unit;
    }

    /**
     * Ends the expansion at the first period that starts after a local date, so that a rule whose UNTIL has passed
     * is not searched further.
     */
    void stopAfter(LocalDate last) {
        this.last = last;
    }

    /** Whether the expansion stopped because {@link RecurrenceSet#SEARCH_LIMIT} periods in a row had no candidate. */
    boolean truncated() {
        return truncated;
    }

    /**
     * Skips the periods that end before a local time, so that a window far from the start costs no more than one
     * near it. Called before the first {@link #next()} only.
     */
    void skipTo(LocalDateTime target) {
        long skip;
        switch (frequency) {
            case YEARLY -> skip = (target.getYear() - start.getYear()) / interval;
            case MONTHLY -> skip = (monthIndex(target.toLocalDate()) - monthIndex(start.toLocalDate())) / interval;
            case WEEKLY -> skip = ChronoUnit.DAYS.between(firstWeek(), target.toLocalDate()) / (7L * interval);
            case DAILY -> skip = ChronoUnit.DAYS.between(start.toLocalDate(), target.toLocalDate()) / interval;
            default -> skip = (target.toEpochSecond(ZoneOffset.UTC) - base) / ((long) unit * interval);
        }
        period = Math.max(period, skip - 1);
    }

    /** Returns the next candidate, or null when there is none. */
    LocalDateTime next() {
        while (true) {
            if (picked != null) {
                while (cursor < picked.length) {
                    LocalDateTime c = candidate(picked[(int) cursor++]);
                    if (!c.isBefore(start)) {
                        emittedInPeriod = true;
                        return c;
                    }
                }
            } else if (cursor < candidates) {
                emittedInPeriod = true;
                return candidate(cursor++);
            }
            if (!loadPeriod()) {
                return null;
            }
        }
    }

    /** Loads the next period that has candidates; false at the end. */
    private boolean loadPeriod() {
        while (!done) {
            if (!emittedInPeriod && ++emptyPeriods >= RecurrenceSet.SEARCH_LIMIT) {
                truncated = true;
                done = true;
                return false;
            }
            if (emittedInPeriod) {
                emptyPeriods = 0;
            }
            emittedInPeriod = false;
            boolean loaded = frequency.compareTo(Frequency.DAILY) >= 0 ? loadDays() : loadSubDaily();
            if (periodStart.isAfter(last)) {
                done = true;
                return false;
            }
            period++;
            if (loaded && candidates > 0) {
                pick();
                return true;
            }
        }
        return false;
    }

    private boolean loadDays() {
        dateCount = 0;
        switch (frequency) {
            case YEARLY -> {
                long year = start.getYear() + period * interval;
                if (year > Checks.MAX_YEAR) {
                    done = true;
                    return false;
                }
                periodStart = LocalDate.of((int) year, 1, 1).minusDays(7);
                if (weekNos != null) {
                    // The weeks of the ISO week-numbering year, which may begin in December and end in January.
                    LocalDate day = LocalDate.ofEpochDay(week1((int) year));
                    LocalDate end = LocalDate.ofEpochDay(week1((int) year + 1));
                    for (; day.isBefore(end); day = day.plusDays(1)) {
                        addIfMatches(day);
                    }
                } else {
                    for (int m = 1; m <= 12; m++) {
                        if (months == null || months[m]) {
                            addDaysOfMonth((int) year, m);
                        }
                    }
                }
            }
            case MONTHLY -> {
                long index = monthIndex(start.toLocalDate()) + period * interval;
                if (index / 12 > Checks.MAX_YEAR) {
                    done = true;
                    return false;
                }
                periodStart = LocalDate.of((int) (index / 12), (int) (index % 12) + 1, 1);
                addDaysOfMonth((int) (index / 12), (int) (index % 12) + 1);
            }
            case WEEKLY -> {
                LocalDate first = firstWeek().plusDays(7 * interval * period);
                if (first.getYear() > Checks.MAX_YEAR) {
                    done = true;
                    return false;
                }
                periodStart = first;
                for (int i = 0; i < 7; i++) {
                    addIfMatches(first.plusDays(i));
                }
            }
            default -> {
                LocalDate day = start.toLocalDate().plusDays(interval * period);
                if (day.getYear() > Checks.MAX_YEAR) {
                    done = true;
                    return false;
                }
                periodStart = day;
                addIfMatches(day);
            }
        }
        periodHours = hours;
        periodMinutes = minutes;
        periodSeconds = seconds;
        candidates = (long) dateCount * hours.length * minutes.length * seconds.length;
        return true;
    }

    private boolean loadSubDaily() {
        long step = (long) unit * interval;
        long t = base + period * step;
        long epochDay = Math.floorDiv(t, DAY);
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        if (day.getYear() > Checks.MAX_YEAR) {
            done = true;
            return false;
        }
        periodStart = day;
        int ofDay = Math.floorMod(t, DAY);
        int h = ofDay / 3600;
        int m = ofDay / 60 % 60;
        int s = ofDay % 60;
        dateCount = 0;
        if (!matches(day)) {
            jumpTo((epochDay + 1) * DAY, step);
            return false;
        }
        if (!allows(hours, h)) {
            jumpTo(t - ofDay % 3600 + 3600, step);
            return false;
        }
        if (frequency != Frequency.HOURLY && !allows(minutes, m)) {
            jumpTo(t - ofDay % 60 + 60, step);
            return false;
        }
        if (frequency == Frequency.SECONDLY && !allows(seconds, s)) {
            return false;
        }
        add(day);
        periodHours = new int[] {h};
        periodMinutes = frequency == Frequency.HOURLY ? minutes : new int[] {m};
        periodSeconds = frequency == Frequency.SECONDLY ? new int[] {s} : seconds;
        candidates = (long) periodMinutes.length * periodSeconds.length;
        return true;
    }

    /** Moves to the last period that starts before a local second, so that the next one is the first at or after it. */
    private void jumpTo(long target, long step) {
        long next = (target - base + step - 1) / step;
        period = Math.max(period, next - 1);
    }

    private void pick() {
        cursor = 0;
        if (setPositions.length == 0) {
            picked = null;
            if (candidate(0).isBefore(start)) {
                long low = 0;
                long high = candidates;
                while (low < high) {
                    long mid = (low + high) >>> 1;
                    if (candidate(mid).isBefore(start)) {
                        low = mid + 1;
                    } else {
                        high = mid;
                    }
                }
                cursor = low;
            }
            return;
        }
        long[] chosen = new long[setPositions.length];
        int n = 0;
        for (int pos : setPositions) {
            long index = pos > 0 ? pos - 1L : candidates + pos;
            if (index >= 0 && index < candidates) {
                chosen[n++] = index;
            }
        }
        picked = Arrays.stream(chosen, 0, n).sorted().distinct().toArray();
    }

    private LocalDateTime candidate(long k) {
        int perDay = periodHours.length * periodMinutes.length * periodSeconds.length;
        int inDay = (int) (k % perDay);
        int perHour = periodMinutes.length * periodSeconds.length;
        return dates[(int) (k / perDay)].atTime(periodHours[inDay / perHour],
                periodMinutes[inDay % perHour / periodSeconds.length], periodSeconds[inDay % periodSeconds.length]);
    }

    private void addDaysOfMonth(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        int length = first.lengthOfMonth();
        for (int d = 0; d < length; d++) {
            addIfMatches(first.plusDays(d));
        }
    }

    private void addIfMatches(LocalDate day) {
        if (matches(day)) {
            add(day);
        }
    }

    private void add(LocalDate day) {
        if (dateCount == dates.length) {
            dates = Arrays.copyOf(dates, Math.max(8, dateCount * 2));
        }
        dates[dateCount++] = day;
    }

    /** Tells whether a day passes every day-level part. */
    private boolean matches(LocalDate day) {
        if (months != null && !months[day.getMonthValue()]) {
            return false;
        }
        if (monthDays != null) {
            int d = day.getDayOfMonth();
            if (!monthDays[d] && !negativeMonthDays[day.lengthOfMonth() + 1 - d]) {
                return false;
            }
        }
        if (yearDays != null) {
            int d = day.getDayOfYear();
            if (!yearDays[d] && !negativeYearDays[day.lengthOfYear() + 1 - d]) {
                return false;
            }
        }
        if (weekNos != null && !weekNoMatches(day)) {
            return false;
        }
        return everyWeekday == null || weekdayMatches(day);
    }

    private boolean weekdayMatches(LocalDate day) {
        int w = day.getDayOfWeek().ordinal();
        if (everyWeekday[w]) {
            return true;
        }
        if (ordinals[w].length == 0) {
            return false;
        }
        int index;
        int length;
        if (ordinalsInYear) {
            index = day.getDayOfYear();
            length = day.lengthOfYear();
        } else {
            index = day.getDayOfMonth();
            length = day.lengthOfMonth();
        }
        int fromStart = (index - 1) / 7 + 1;
        int fromEnd = -((length - index) / 7 + 1);
        for (int n : ordinals[w]) {
            if (n == fromStart || n == fromEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * Numbers weeks as ISO 8601 does, with weeks starting on WKST: a week belongs to the year that holds at least
     * four of its days, and a negative number counts from that year's last week. A yearly period with BYWEEKNO is
     * that week-numbering year, so week 1 of 2003 includes 2002-12-30 and 31.
     */
    private boolean weekNoMatches(LocalDate day) {
        LocalDate first = day.minusDays(Math.floorMod(day.getDayOfWeek().getValue() - weekStart.getValue(), 7));
        int weekYear = first.plusDays(3).getYear();
        long week1 = week1(weekYear);
        int number = (int) ((first.toEpochDay() - week1) / 7) + 1;
        int weeks = (int) ((week1(weekYear + 1) - week1) / 7);
        return weekNos[number] || negativeWeekNos[weeks + 1 - number];
    }

    private long week1(int year) {
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        return jan4.toEpochDay() - Math.floorMod(jan4.getDayOfWeek().getValue() - weekStart.getValue(), 7);
    }

    private LocalDate firstWeek() {
        LocalDate day = start.toLocalDate();
        return day.minusDays(Math.floorMod(day.getDayOfWeek().getValue() - weekStart.getValue(), 7));
    }

    private static long monthIndex(LocalDate date) {
        return date.getYear() * 12L + date.getMonthValue() - 1;
    }

    /** A mask indexed 1 to {@code max} of the positive values, or of the negated negative ones; null for no values. */
    private static boolean[] mask(SortedSet<Integer> values, int max, boolean negative) {
        if (values.isEmpty()) {
            return null;
        }
        boolean[] mask = new boolean[max + 2];
        for (int v : values) {
            if (negative ? v < 0 : v > 0) {
                mask[Math.abs(v)] = true;
            }
        }
        return mask;
    }

    /** The values of a time part; where it is empty, the start's value if it defaults to it, else null for any. */
    private static int[] times(SortedSet<Integer> values, int fromStart, int max, boolean defaults) {
        if (values.isEmpty()) {
            return defaults ? new int[] {fromStart} : null;
        }
        return values.stream().mapToInt(Integer::intValue).filter(v -> v <= max).toArray();
    }

    private static boolean allows(int[] sorted, int value) {
        return sorted == null || Arrays.binarySearch(sorted, value) >= 0;
    }
}
