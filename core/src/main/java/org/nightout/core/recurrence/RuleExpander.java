package org.nightout.core.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.nightout.core.internal.Checks;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;

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
 * <p>The days are found without looking at each one: a period is cut into runs of at most 64 days (a month, a
 * week, a day, or a stretch of a week-numbering year), each part gives the days of a run it allows as the bits of a
 * {@code long}, worked out by epoch-day arithmetic from the rule's {@link PreparedRule masks}, and the days the parts
 * have in common are the bits of the masks ANDed. So the candidates come out in order, without sorting, and a
 * period with one candidate in a 31-day month costs one AND, not 31 tests. The same masks decide the day of a
 * sub-daily rule. Only a candidate that is returned becomes a {@code LocalDate}, and a {@code LocalDateTime} only
 * where the set is not all-day.
 *
 * <p>Whole days, hours and minutes that no part allows are stepped over at once, so a sub-daily rule costs a
 * period per matching hour or minute, not per second. A run of {@link RecurrenceSet#SEARCH_LIMIT} periods
 * without a candidate ends the expansion and marks it {@link #truncated()}; so does the year 9999.
 *
 * <p>This class steps through the periods, applies BYSETPOS and keeps the current candidate; the parts are applied by
 * {@link DayFilter} (with {@link WeekNumbering}) and {@link TimeFilter}, and a period's candidates are numbered by
 * {@link PeriodCandidates}.
 */
final class RuleExpander {
    private static final long MAX_DAY = LocalDate.of(Checks.MAX_YEAR, 12, 31).toEpochDay();
    private static final int ALL_MONTHS = 0x1FFE;

    private final PreparedRule rule;
    private final LocalDateTime start;
    private final long startSecond;
    private final long startDay;
    private final long startMonth;
    private final long firstWeek;
    private final Frequency frequency;
    private final int interval;
    /** Null for a rule without BYWEEKNO. */
    private final WeekNumbering weeks;
    private final DayFilter dayFilter;
    private final TimeFilter timeFilter;
    private final int unit;
    private final long base;

    private long last = Long.MAX_VALUE;
    /** The first epoch day of the period last loaded, or a week before it for a yearly rule. */
    private long periodStart = Long.MIN_VALUE;
    private long period;
    private int emptyPeriods;
    private boolean done;
    private boolean truncated;

    private final PeriodCandidates inPeriod = new PeriodCandidates();
    /** The hour, minute and second of a sub-daily period; made only for a sub-daily rule. */
    private int[] subDailyHour;
    private int[] subDailyMinute;
    private int[] subDailySecond;
    private long candidates;
    private long[] picked;
    private long cursor;
    private boolean emittedInPeriod;
    /** The date of the candidate returned last, and its epoch day. */
    private LocalDate lastDate = LocalDate.EPOCH;
    private long lastDay;
    /** The local time of the candidate returned last, as seconds from the epoch in UTC's reckoning. */
    private long lastSecond;
    /** The index of the current candidate in its period. */
    private long lastK;
    /**
     * The first month of the period last loaded, for a yearly or monthly rule: its year, month, length and the epoch
     * day of its first; kept as numbers, as a {@code LocalDate} kept in a field would be made for every period.
     */
    private int periodYear;
    private int periodMonth;
    private int periodMonthLength;
    private long periodDay;
    /**
     * The year after the one a yearly rule loaded last, or the month after the one a monthly rule loaded last (as
     * year * 12 + month - 1), and its first epoch day.
     */
    private long followingUnit = -1;
    private long followingUnitDay;

    RuleExpander(RecurrenceRule rule, LocalDateTime start) {
        this.rule = rule.prepared();
        this.start = start;
        this.frequency = this.rule.frequency;
        this.interval = this.rule.interval;
        this.startDay = start.toLocalDate().toEpochDay();
        this.startSecond = startDay * EpochDays.SECONDS + start.toLocalTime().toSecondOfDay();
        this.startMonth = start.getYear() * 12L + start.getMonthValue() - 1;
        this.firstWeek = startDay - Math.floorMod(EpochDays.weekday(startDay) - this.rule.weekStart, 7);
        this.weeks = this.rule.weekNos == null ? null : new WeekNumbering(this.rule);
        this.dayFilter = new DayFilter(this.rule, start, weeks);
        this.timeFilter = new TimeFilter(this.rule, start);
        unit = frequency == Frequency.HOURLY ? 3600 : frequency == Frequency.MINUTELY ? 60 : 1;
        base = Math.floorDiv(startSecond, unit) * unit;
        if (frequency.compareTo(Frequency.DAILY) < 0) {
            subDailyHour = new int[1];
            subDailyMinute = new int[1];
            subDailySecond = new int[1];
        }
    }

    /**
     * Ends the expansion at the first period that starts after a local date, so that a rule whose UNTIL has passed
     * is not searched further.
     */
    void stopAfter(LocalDate last) {
        this.last = last.toEpochDay();
    }

    /** Whether the expansion stopped because {@link RecurrenceSet#SEARCH_LIMIT} periods in a row had no candidate. */
    boolean truncated() {
        return truncated;
    }

    /**
     * The epoch day of the last period looked at (a week earlier for a yearly rule, whose weeks may begin in December):
     * once {@link #truncated()}, no local time from the last candidate to that day is one.
     */
    long lastPeriodDay() {
        return periodStart;
    }

    /**
     * Skips the periods that end before a local time, so that a window far from the start costs no more than one
     * near it. Called before the first {@link #next()} only.
     */
    void skipTo(LocalDateTime target) {
        long skip;
        long targetDay = target.toLocalDate().toEpochDay();
        switch (frequency) {
            case YEARLY -> skip = (target.getYear() - start.getYear()) / interval;
            case MONTHLY -> skip = (target.getYear() * 12L + target.getMonthValue() - 1 - startMonth) / interval;
            case WEEKLY -> skip = (targetDay - firstWeek) / (7L * interval);
            case DAILY -> skip = ChronoUnit.DAYS.between(start.toLocalDate(), target.toLocalDate()) / interval;
            default -> skip = (target.toEpochSecond(ZoneOffset.UTC) - base) / ((long) unit * interval);
        }
        period = Math.max(period, skip - 1);
    }

    /**
     * The local time of the current candidate, as seconds from the epoch in UTC's reckoning
     * ({@code LocalDateTime.toEpochSecond(ZoneOffset.UTC)}); candidates have no fraction of a second.
     */
    long second() {
        return lastSecond;
    }

    /** The start's local time, as {@link #second()} gives a candidate's; no candidate comes before it. */
    long startSecond() {
        return startSecond;
    }

    /** The date of the current candidate. */
    LocalDate date() {
        return lastDate;
    }

    /** The current candidate as a local date and time, made on each call. */
    LocalDateTime local() {
        return inPeriod.local(lastDate, lastK);
    }

    /**
     * Moves to the next candidate, which {@link #second()}, {@link #date()} and {@link #local()} then give; an
     * all-day set needs only its date, so no {@code LocalDateTime} is made unless asked for.
     *
     * @return false when there is none
     */
    boolean advance() {
        while (true) {
            if (picked != null) {
                while (cursor < picked.length) {
                    long k = picked[(int) cursor++];
                    long second = inPeriod.second(k);
                    if (second >= startSecond) {
                        emittedInPeriod = true;
                        lastSecond = second;
                        setCandidate(k);
                        return true;
                    }
                }
            } else if (cursor < candidates) {
                emittedInPeriod = true;
                lastSecond = inPeriod.second(cursor);
                setCandidate(cursor++);
                return true;
            }
            if (!loadPeriod()) {
                return false;
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
            if (periodStart > last) {
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
        inPeriod.clearDays();
        switch (frequency) {
            case YEARLY -> {
                long year = start.getYear() + period * interval;
                if (year > Checks.MAX_YEAR) {
                    done = true;
                    return false;
                }
                int y = (int) year;
                boolean leap = Year.isLeap(y);
                // The year after the one loaded last starts where that one ended.
                long first = y == followingUnit ? followingUnitDay : LocalDate.of(y, 1, 1).toEpochDay();
                followingUnit = y + 1;
                followingUnitDay = first + (leap ? 366 : 365);
                int months = dayFilter.months;
                int firstMonth = months != 0 ? Integer.numberOfTrailingZeros(months) : 1;
                periodYear = y;
                periodMonth = firstMonth;
                periodMonthLength = EpochDays.monthLength(firstMonth, leap);
                periodDay = first + EpochDays.daysBefore(firstMonth, leap);
                periodStart = first - 7;
                if (weeks != null) {
                    // The weeks of the ISO week-numbering year, which may begin in December and end in January.
                    long end = weeks.week1(y + 1);
                    for (long day = weeks.week1(y); day < end; day += 64) {
                        addDays(day, (int) Math.min(64, end - day));
                    }
                } else {
                    for (int bits = months != 0 ? months : ALL_MONTHS; bits != 0; bits &= bits - 1) {
                        int month = Integer.numberOfTrailingZeros(bits);
                        addDays(first + EpochDays.daysBefore(month, leap), EpochDays.monthLength(month, leap), y,
                                month, 1);
                    }
                }
            }
            case MONTHLY -> {
                long index = startMonth + period * interval;
                if (index / 12 > Checks.MAX_YEAR) {
                    done = true;
                    return false;
                }
                int y = (int) (index / 12);
                int m = (int) (index % 12) + 1;
                if (index == followingUnit) {
                    // The month after the one loaded last: its first day follows from that one's length.
                    periodYear = y;
                    periodMonth = m;
                    periodMonthLength = EpochDays.monthLength(m, m == 2 && Year.isLeap(y));
                    periodDay = followingUnitDay;
                } else {
                    setPeriodMonth(LocalDate.of(y, m, 1));
                }
                followingUnit = index + 1;
                followingUnitDay = periodDay + periodMonthLength;
                periodStart = periodDay;
                addDays(periodStart, periodMonthLength, y, m, 1);
            }
            case WEEKLY -> {
                long first = firstWeek + 7L * interval * period;
                if (first > MAX_DAY) {
                    done = true;
                    return false;
                }
                periodStart = first;
                addDays(first, 7);
            }
            default -> {
                long day = startDay + (long) interval * period;
                if (day > MAX_DAY) {
                    done = true;
                    return false;
                }
                periodStart = day;
                addDays(day, 1);
            }
        }
        int[] hours = timeFilter.hours;
        int[] minutes = timeFilter.minutes;
        int[] seconds = timeFilter.seconds;
        inPeriod.setTimes(hours, minutes, seconds);
        candidates = (long) inPeriod.dayCount() * hours.length * minutes.length * seconds.length;
        return true;
    }

    private void setPeriodMonth(LocalDate first) {
        periodYear = first.getYear();
        periodMonth = first.getMonthValue();
        periodMonthLength = first.lengthOfMonth();
        periodDay = first.toEpochDay();
    }

    private boolean loadSubDaily() {
        long step = (long) unit * interval;
        long t = base + period * step;
        long epochDay = Math.floorDiv(t, EpochDays.SECONDS);
        if (epochDay > MAX_DAY) {
            done = true;
            return false;
        }
        periodStart = epochDay;
        int ofDay = Math.floorMod(t, EpochDays.SECONDS);
        int h = ofDay / 3600;
        int m = ofDay / 60 % 60;
        int s = ofDay % 60;
        inPeriod.clearDays();
        if (!dayFilter.matches(epochDay)) {
            jumpTo((epochDay + 1) * EpochDays.SECONDS, step);
            return false;
        }
        if (!timeFilter.allowsHour(h)) {
            jumpTo(t - ofDay % 3600 + 3600, step);
            return false;
        }
        if (frequency != Frequency.HOURLY && !timeFilter.allowsMinute(m)) {
            jumpTo(t - ofDay % 60 + 60, step);
            return false;
        }
        if (frequency == Frequency.SECONDLY && !timeFilter.allowsSecond(s)) {
            return false;
        }
        inPeriod.addDay(epochDay);
        subDailyHour[0] = h;
        subDailyMinute[0] = m;
        subDailySecond[0] = s;
        int[] minutes = frequency == Frequency.HOURLY ? timeFilter.minutes : subDailyMinute;
        int[] seconds = frequency == Frequency.SECONDLY ? subDailySecond : timeFilter.seconds;
        // The one-value arrays were changed in place, so the times are set again even where they are the same arrays.
        inPeriod.resetTimes(subDailyHour, minutes, seconds);
        candidates = (long) minutes.length * seconds.length;
        return true;
    }

    /** Moves to the last period that starts before a local second, so that the next one is the first at or after it. */
    private void jumpTo(long target, long step) {
        long next = (target - base + step - 1) / step;
        period = Math.max(period, next - 1);
    }

    private void pick() {
        cursor = 0;
        if (rule.setPositions.length == 0) {
            picked = null;
            if (inPeriod.second(0) < startSecond) {
                long low = 0;
                long high = candidates;
                while (low < high) {
                    long mid = (low + high) >>> 1;
                    if (inPeriod.second(mid) < startSecond) {
                        low = mid + 1;
                    } else {
                        high = mid;
                    }
                }
                cursor = low;
            }
            return;
        }
        long[] chosen = new long[rule.setPositions.length];
        int n = 0;
        for (int pos : rule.setPositions) {
            long index = pos > 0 ? pos - 1L : candidates + pos;
            if (index >= 0 && index < candidates) {
                chosen[n++] = index;
            }
        }
        picked = Arrays.stream(chosen, 0, n).sorted().distinct().toArray();
    }

    private void setCandidate(long k) {
        long day = inPeriod.epochDay(k);
        // Candidates are mostly days or weeks apart, and LocalDate.plusDays steps within a month or into the next
        // without the divisions of LocalDate.ofEpochDay; a candidate months after the last one (a yearly rule) is
        // mostly in its period's first month, whose date the period knows.
        long step = day - lastDay;
        long inPeriodMonth = day - periodDay;
        if (step >= 0 && step <= 59) {
            lastDate = lastDate.plusDays(step);
        } else if (inPeriodMonth >= 0 && inPeriodMonth < periodMonthLength) {
            lastDate = LocalDate.of(periodYear, periodMonth, (int) inPeriodMonth + 1);
        } else {
            lastDate = LocalDate.ofEpochDay(day);
        }
        lastDay = day;
        lastK = k;
    }

    /** Adds the days of a run of at most 64 that every part allows. */
    private void addDays(long first, int length) {
        if (dayFilter.byCalendar) {
            LocalDate date = LocalDate.ofEpochDay(first);
            addDays(first, length, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        } else {
            addDays(first, length, 0, 0, 0);
        }
    }

    /** Adds the days of a run of at most 64 that every part allows, given the date of its first day. */
    private void addDays(long first, int length, int year, int month, int dayOfMonth) {
        for (long mask = dayFilter.days(first, length, year, month, dayOfMonth); mask != 0; mask &= mask - 1) {
            inPeriod.addDay(first + Long.numberOfTrailingZeros(mask));
        }
    }
}
