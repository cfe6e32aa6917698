package org.nightout.core.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.SortedSet;
import org.nightout.core.internal.Checks;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;
import org.nightout.core.recurrence.RecurrenceRule.WeekdayNum;

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
 * {@code long}, worked out by epoch-day arithmetic from the rule's {@link Prepared masks}, and the days the parts
 * have in common are the bits of the masks ANDed. So the candidates come out in order, without sorting, and a
 * period with one candidate in a 31-day month costs one AND, not 31 tests. The same masks decide the day of a
 * sub-daily rule. Only a candidate that is returned becomes a {@code LocalDate}, and a {@code LocalDateTime} only
 * where the set is not all-day.
 *
 * <p>Whole days, hours and minutes that no part allows are stepped over at once, so a sub-daily rule costs a
 * period per matching hour or minute, not per second. A run of {@link RecurrenceSet#SEARCH_LIMIT} periods
 * without a candidate ends the expansion and marks it {@link #truncated()}; so does the year 9999.
 */
final class RuleExpander {
    private static final int DAY = 86_400;
    private static final long MAX_DAY = LocalDate.of(Checks.MAX_YEAR, 12, 31).toEpochDay();
    private static final int ALL_MONTHS = 0x1FFE;
    /** The days of a common year before the first of each month, at index 1 to 12. */
    private static final int[] DAYS_BEFORE = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    /** One-value time parts, {@code {v}} at index {@code v}, shared as no expansion writes to them. */
    private static final int[][] SINGLE = new int[60][];

    static {
        for (int v = 0; v < SINGLE.length; v++) {
            SINGLE[v] = new int[] {v};
        }
    }

    private final Prepared rule;
    private final LocalDateTime start;
    private final long startSecond;
    private final long startDay;
    private final long startMonth;
    private final long firstWeek;
    private final Frequency frequency;
    private final int interval;
    /** The parts in effect, with the start's defaults: bit m for month m (0: any); masks by month length. */
    private final int months;
    private final long[] monthDays;
    /** Bit d for weekday d (0 Monday) where every such day is allowed. */
    private final int everyWeekday;
    private final boolean byDay;
    /** Whether a part counts days by month or year, so that a run needs the date of its first day. */
    private final boolean byCalendar;
    private final int[] hours;
    private final int[] minutes;
    private final int[] seconds;
    private final int unit;
    private final long base;

    private long last = Long.MAX_VALUE;
    /** The first epoch day of the period last loaded, or a week before it for a yearly rule. */
    private long periodStart = Long.MIN_VALUE;
    private long period;
    private int emptyPeriods;
    private boolean done;
    private boolean truncated;

    /** The candidate days of the period, as epoch days in ascending order. */
    private int[] days = new int[8];
    private int dayCount;
    private int[] periodHours;
    private int[] periodMinutes;
    private int[] periodSeconds;
    /** The candidates of a day in the period, and of an hour. */
    private int perDay;
    private int perHour;
    /** Where the period has one time of day: its second of the day, and the time once made; else -1 and null. */
    private int oneTime = -1;
    private LocalTime oneLocalTime;
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

    /** The week-numbering year last looked up for BYWEEKNO: its number and its first and end epoch days. */
    private int weekYear = Integer.MIN_VALUE;
    private long weekYearStart;
    private long weekYearEnd;
    /** The epoch day a sub-daily rule last matched against, and whether it matched. */
    private long testedDay = Long.MIN_VALUE;
    private boolean testedDayMatches;

    RuleExpander(RecurrenceRule rule, LocalDateTime start) {
        this.rule = rule.prepared();
        this.start = start;
        this.frequency = this.rule.frequency;
        this.interval = this.rule.interval;
        this.startDay = start.toLocalDate().toEpochDay();
        this.startSecond = startDay * DAY + start.toLocalTime().toSecondOfDay();
        this.startMonth = start.getYear() * 12L + start.getMonthValue() - 1;
        this.firstWeek = startDay - Math.floorMod(weekday(startDay) - this.rule.weekStart, 7);
        Prepared p = this.rule;
        int startMonthBit = 1 << start.getMonthValue();
        int startWeekdayBit = 1 << weekday(startDay);
        int monthMask = p.months;
        long[] monthDayMasks = p.monthDays;
        int every = p.everyWeekday;
        if (frequency == Frequency.YEARLY && !p.dayParts) {
            if (monthMask == 0) {
                monthMask = startMonthBit;
            }
            monthDayMasks = Prepared.monthDayMasks(new int[] {start.getDayOfMonth()});
        } else if (frequency == Frequency.YEARLY && monthMask == 0 && p.monthDays != null && p.weekNos == null
                && p.yearDays == null) {
            // Days of a month, but no month: RFC 5545 takes what the rule leaves out from DTSTART.
            monthMask = startMonthBit;
        } else if (frequency == Frequency.YEARLY && p.weekNos != null && !p.byDay && p.monthDays == null
                && p.yearDays == null) {
            // Weeks, but no day of the week: DTSTART's, likewise.
            every = startWeekdayBit;
        } else if (frequency == Frequency.MONTHLY && p.monthDays == null && !p.byDay) {
            monthDayMasks = Prepared.monthDayMasks(new int[] {start.getDayOfMonth()});
        } else if (frequency == Frequency.WEEKLY && !p.byDay) {
            every = startWeekdayBit;
        }
        months = monthMask;
        monthDays = monthDayMasks;
        everyWeekday = every;
        byDay = every != 0 || p.ordinals != null;
        byCalendar = months != 0 || monthDays != null || p.ordinals != null || p.yearDays != null;
        // A time part finer than the frequency defaults to the start's; the frequency's own and coarser ones are
        // filters (null: any value).
        hours = times(p.hours, start.getHour(), frequency.compareTo(Frequency.HOURLY) > 0);
        minutes = times(p.minutes, start.getMinute(), frequency.compareTo(Frequency.MINUTELY) > 0);
        seconds = times(p.seconds, start.getSecond(), frequency.compareTo(Frequency.SECONDLY) > 0);
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
        if (oneTime >= 0) {
            if (oneLocalTime == null) {
                oneLocalTime = LocalTime.ofSecondOfDay(oneTime);
            }
            return LocalDateTime.of(lastDate, oneLocalTime);
        }
        int inDay = (int) lastK % perDay;
        return LocalDateTime.of(lastDate,
                LocalTime.of(periodHours[inDay / perHour], periodMinutes[inDay % perHour / periodSeconds.length],
                        periodSeconds[inDay % periodSeconds.length]));
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
                    long second = second(k);
                    if (second >= startSecond) {
                        emittedInPeriod = true;
                        lastSecond = second;
                        setCandidate(k);
                        return true;
                    }
                }
            } else if (cursor < candidates) {
                emittedInPeriod = true;
                lastSecond = second(cursor);
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
        dayCount = 0;
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
                int firstMonth = months != 0 ? Integer.numberOfTrailingZeros(months) : 1;
                periodYear = y;
                periodMonth = firstMonth;
                periodMonthLength = monthLength(firstMonth, leap);
                periodDay = first + daysBefore(firstMonth, leap);
                periodStart = first - 7;
                if (rule.weekNos != null) {
                    // The weeks of the ISO week-numbering year, which may begin in December and end in January.
                    long end = week1(y + 1);
                    for (long day = week1(y); day < end; day += 64) {
                        addDays(day, (int) Math.min(64, end - day));
                    }
                } else {
                    for (int bits = months != 0 ? months : ALL_MONTHS; bits != 0; bits &= bits - 1) {
                        int month = Integer.numberOfTrailingZeros(bits);
                        addDays(first + daysBefore(month, leap), monthLength(month, leap), y, month, 1);
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
                    periodMonthLength = monthLength(m, m == 2 && Year.isLeap(y));
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
        setTimes(hours, minutes, seconds);
        candidates = (long) dayCount * hours.length * minutes.length * seconds.length;
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
        long epochDay = Math.floorDiv(t, DAY);
        if (epochDay > MAX_DAY) {
            done = true;
            return false;
        }
        periodStart = epochDay;
        int ofDay = Math.floorMod(t, DAY);
        int h = ofDay / 3600;
        int m = ofDay / 60 % 60;
        int s = ofDay % 60;
        dayCount = 0;
        if (!dayMatches(epochDay)) {
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
        add(epochDay);
        subDailyHour[0] = h;
        subDailyMinute[0] = m;
        subDailySecond[0] = s;
        setTimes(subDailyHour, frequency == Frequency.HOURLY ? minutes : subDailyMinute,
                frequency == Frequency.SECONDLY ? subDailySecond : seconds);
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
        if (rule.setPositions.length == 0) {
            picked = null;
            if (second(0) < startSecond) {
                long low = 0;
                long high = candidates;
                while (low < high) {
                    long mid = (low + high) >>> 1;
                    if (second(mid) < startSecond) {
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

    /** Sets the times of day of the period's candidates. */
    private void setTimes(int[] h, int[] m, int[] s) {
        if (h == periodHours && m == periodMinutes && s == periodSeconds && h != subDailyHour) {
            return;
        }
        periodHours = h;
        periodMinutes = m;
        periodSeconds = s;
        perHour = m.length * s.length;
        perDay = h.length * perHour;
        oneTime = perDay == 1 ? h[0] * 3600 + m[0] * 60 + s[0] : -1;
        oneLocalTime = null;
    }

    /**
     * The local time of candidate {@code k}, as seconds from the epoch in UTC's reckoning. A period has at most 366
     * days of 86,400 seconds, so {@code k} is an {@code int}.
     */
    private long second(long k) {
        if (oneTime >= 0) {
            return days[(int) k] * (long) DAY + oneTime;
        }
        int inDay = (int) k % perDay;
        return days[(int) k / perDay] * (long) DAY + periodHours[inDay / perHour] * 3600
                + periodMinutes[inDay % perHour / periodSeconds.length] * 60
                + periodSeconds[inDay % periodSeconds.length];
    }

    private void setCandidate(long k) {
        long day = days[oneTime >= 0 ? (int) k : (int) k / perDay];
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
        if (byCalendar) {
            LocalDate date = LocalDate.ofEpochDay(first);
            addDays(first, length, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        } else {
            addDays(first, length, 0, 0, 0);
        }
    }

    /** Adds the days of a run of at most 64 that every part allows, given the date of its first day. */
    private void addDays(long first, int length, int year, int month, int dayOfMonth) {
        for (long mask = days(first, length, year, month, dayOfMonth); mask != 0; mask &= mask - 1) {
            add(first + Long.numberOfTrailingZeros(mask));
        }
    }

    private void add(long epochDay) {
        if (dayCount == days.length) {
            days = Arrays.copyOf(days, dayCount * 2);
        }
        days[dayCount++] = (int) epochDay;
    }

    private boolean dayMatches(long epochDay) {
        if (epochDay != testedDay) {
            testedDay = epochDay;
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            testedDayMatches = days(epochDay, 1, date.getYear(), date.getMonthValue(), date.getDayOfMonth()) != 0;
        }
        return testedDayMatches;
    }

    /**
     * The days of a run of 1 to 64 days from an epoch day that pass every day-level part, as bit {@code i} for the
     * day {@code first + i}: the AND of one mask per part, each found per month, year or week the run touches. The
     * year, month and day of the month of the first day are needed only where {@link #byCalendar}.
     */
    private long days(long first, int length, int year, int month, int dayOfMonth) {
        long end = first + length;
        long mask = length == 64 ? -1L : (1L << length) - 1;
        long weekdays = everyWeekday != 0 ? everyWeekdays(weekday(first)) : 0;
        boolean ordinalsInMonth = rule.ordinals != null && !rule.ordinalsInYear;
        if (months != 0 || monthDays != null || ordinalsInMonth) {
            int y = year;
            int m = month;
            long monthStart = first - dayOfMonth + 1;
            long inMonths = 0;
            long onMonthDays = 0;
            while (monthStart < end) {
                int length0 = monthLength(m, m == 2 && Year.isLeap(y));
                long offset = monthStart - first;
                if ((months >>> m & 1) != 0) {
                    inMonths |= place((1L << length0) - 1, offset);
                }
                if (monthDays != null) {
                    onMonthDays |= place(monthDays[length0 - 28], offset);
                }
                if (ordinalsInMonth) {
                    weekdays |= place(rule.monthOrdinals[weekday(monthStart) * 4 + length0 - 28], offset);
                }
                monthStart += length0;
                if (++m > 12) {
                    m = 1;
                    y++;
                }
            }
            if (months != 0) {
                mask &= inMonths;
            }
            if (monthDays != null) {
                mask &= onMonthDays;
            }
        }
        boolean ordinalsInYear = rule.ordinals != null && rule.ordinalsInYear;
        if (mask != 0 && (rule.yearDays != null || ordinalsInYear)) {
            int y = year;
            long yearStart = first - Month.of(month).firstDayOfYear(Year.isLeap(year)) - dayOfMonth + 2;
            long onYearDays = 0;
            while (yearStart < end) {
                int yearLength = Year.isLeap(y) ? 366 : 365;
                if (rule.yearDays != null) {
                    onYearDays |= window(rule.yearDays[yearLength - 365], first - yearStart);
                }
                if (ordinalsInYear) {
                    weekdays |= ordinalDays(yearStart, yearLength, first, length);
                }
                yearStart += yearLength;
                y++;
            }
            if (rule.yearDays != null) {
                mask &= onYearDays;
            }
        }
        if (mask != 0 && rule.weekNos != null) {
            mask &= inWeekNos(first, end);
        }
        return byDay ? mask & weekdays : mask;
    }

    /** The days of every weekday BYDAY names without an ordinal, in a run whose first day is a given weekday. */
    private long everyWeekdays(int firstWeekday) {
        long week = (everyWeekday >>> firstWeekday | everyWeekday << (7 - firstWeekday)) & 0x7F;
        week |= week << 7;
        week |= week << 14;
        week |= week << 28;
        return week | week << 56;
    }

    /**
     * The days of a month or year that BYDAY's ordinals name, as bit {@code i} for its day {@code i + 1}; at most
     * 64 days, so for a month.
     */
    static long ordinalDays(int[][] ordinals, int ordinalWeekdays, int unitWeekday, int unitLength) {
        long found = 0;
        for (int bits = ordinalWeekdays; bits != 0; bits &= bits - 1) {
            int d = Integer.numberOfTrailingZeros(bits);
            int offset = d - unitWeekday < 0 ? d - unitWeekday + 7 : d - unitWeekday;
            int count = (unitLength - 1 - offset) / 7 + 1;
            for (int n : ordinals[d]) {
                int index = n > 0 ? n - 1 : count + n;
                if (index >= 0 && index < count) {
                    found |= 1L << (offset + 7 * index);
                }
            }
        }
        return found;
    }

    /** The days of a run that are the nth weekday of a month or year, as BYDAY's ordinals name them. */
    private long ordinalDays(long unitStart, int unitLength, long first, int length) {
        long found = 0;
        int unitWeekday = weekday(unitStart);
        for (int bits = rule.ordinalWeekdays; bits != 0; bits &= bits - 1) {
            int d = Integer.numberOfTrailingZeros(bits);
            int[] ordinals = rule.ordinals[d];
            // Both weekdays are 0 to 6, and a month or year is longer than a week.
            int offset = d - unitWeekday < 0 ? d - unitWeekday + 7 : d - unitWeekday;
            long firstDay = unitStart + offset;
            int count = (unitLength - 1 - offset) / 7 + 1;
            for (int n : ordinals) {
                int index = n > 0 ? n - 1 : count + n;
                long day = firstDay + 7L * index;
                if (index >= 0 && index < count && day >= first && day < first + length) {
                    found |= 1L << (day - first);
                }
            }
        }
        return found;
    }

    /**
     * The days of a run in the weeks BYWEEKNO names. Weeks are numbered as ISO 8601 does, with weeks starting on
     * WKST: a week belongs to the year that holds at least four of its days, and a negative number counts from that
     * year's last week. A yearly period with BYWEEKNO is that week-numbering year, so week 1 of 2003 includes
     * 2002-12-30 and 31.
     */
    private long inWeekNos(long first, long end) {
        long found = 0;
        for (long week = first - Math.floorMod(weekday(first) - rule.weekStart, 7); week < end; week += 7) {
            if (week < weekYearStart || week >= weekYearEnd) {
                weekYear = LocalDate.ofEpochDay(week + 3).getYear();
                weekYearStart = week1(weekYear);
                weekYearEnd = week1(weekYear + 1);
            }
            int number = (int) ((week - weekYearStart) / 7);
            int weeks = (int) ((weekYearEnd - weekYearStart) / 7);
            if ((rule.weekNos[weeks - 52] >>> number & 1) != 0) {
                found |= place(0x7F, week - first);
            }
        }
        return found;
    }

    /** The first day of week 1 of a week-numbering year: the week, starting on WKST, that holds January 4. */
    private long week1(int year) {
        long jan4 = LocalDate.of(year, 1, 4).toEpochDay();
        return jan4 - Math.floorMod(weekday(jan4) - rule.weekStart, 7);
    }

    /** The days before the first of a month (1 to 12) in its year. */
    private static int daysBefore(int month, boolean leap) {
        return DAYS_BEFORE[month] + (leap && month > 2 ? 1 : 0);
    }

    /**
     * The length of a month (1 to 12), by arithmetic rather than {@code Month.of(month).length(leap)}, which the
     * expansion asks for every period: 31 days for odd months to July and even ones from August.
     */
    private static int monthLength(int month, boolean leap) {
        return month == 2 ? leap ? 29 : 28 : 30 + ((month + (month >> 3)) & 1);
    }

    /** The weekday of an epoch day, 0 for Monday: 1970-01-01 was a Thursday. */
    private static int weekday(long epochDay) {
        return Math.floorMod(epochDay + 3, 7);
    }

    /** A mask of days counted from one day, counted instead from a day {@code offset} days before it. */
    private static long place(long mask, long offset) {
        if (offset >= 64 || offset <= -64) {
            return 0;
        }
        return offset >= 0 ? mask << offset : mask >>> -offset;
    }

    /** Bits {@code from} to {@code from + 63} of a bit array (zero outside it) as bits 0 to 63. */
    private static long window(long[] bits, long from) {
        long found = 0;
        for (int word = 0; word < bits.length; word++) {
            found |= place(bits[word], word * 64L - from);
        }
        return found;
    }

    /** The values of a time part; where the rule has none, the start's value if it defaults to it, else null. */
    private static int[] times(int[] values, int fromStart, boolean defaults) {
        return values != null ? values : defaults ? SINGLE[fromStart] : null;
    }

    private static boolean allows(int[] sorted, int value) {
        return sorted == null || Arrays.binarySearch(sorted, value) >= 0;
    }

    /**
     * A rule's parts as the expansion reads them, prepared once per rule ({@link RecurrenceRule#prepared()}): each
     * day part as bit masks, one per length of the month, year or week-numbering year it counts in, so that a
     * negative value is just another bit.
     */
    static final class Prepared {
        final Frequency frequency;
        final int interval;
        /** WKST, 0 for Monday. */
        final int weekStart;
        final boolean dayParts;
        /** Bit m for each month of BYMONTH; 0 when not given. */
        final int months;
        /** For months of 28 to 31 days, bit d - 1 for each day d BYMONTHDAY allows; null when not given. */
        final long[] monthDays;
        /** For years of 365 and 366 days, bit d - 1 for each day of the year BYYEARDAY allows; null when not given. */
        final long[][] yearDays;
        /** For week-numbering years of 52 and 53 weeks, bit w - 1 for each week BYWEEKNO allows; null when not given. */
        final long[] weekNos;
        final boolean byDay;
        /** Bit d for each weekday (0 Monday) BYDAY gives without an ordinal. */
        final int everyWeekday;
        /** For each weekday, the ordinals BYDAY gives it; null when there are none. */
        final int[][] ordinals;
        /** Bit d for each weekday (0 Monday) BYDAY gives with an ordinal. */
        final int ordinalWeekdays;
        /**
         * The days of a month that BYDAY's ordinals name, bit d - 1 for day d, at {@code 4 * w + length - 28} for
         * a month that starts on weekday w (0 Monday) and has 28 to 31 days; null when there are no ordinals.
         */
        final long[] monthOrdinals;
        final boolean ordinalsInYear;
        /** The values of BYHOUR, BYMINUTE and BYSECOND, null when not given. */
        final int[] hours;
        final int[] minutes;
        final int[] seconds;
        final int[] setPositions;

        Prepared(RecurrenceRule rule) {
            frequency = rule.frequency();
            interval = rule.interval();
            weekStart = rule.effectiveWeekStart().ordinal();
            dayParts = !rule.byWeekNo().isEmpty() || !rule.byYearDay().isEmpty() || !rule.byMonthDay().isEmpty()
                    || !rule.byDay().isEmpty();
            int monthBits = 0;
            for (int m : rule.byMonth()) {
                monthBits |= 1 << m;
            }
            months = monthBits;
            monthDays = rule.byMonthDay().isEmpty() ? null : monthDayMasks(values(rule.byMonthDay(), 31));
            if (rule.byYearDay().isEmpty()) {
                yearDays = null;
            } else {
                int[] values = values(rule.byYearDay(), 366);
                yearDays = new long[][] {bits(values, 365), bits(values, 366)};
            }
            if (rule.byWeekNo().isEmpty()) {
                weekNos = null;
            } else {
                int[] values = values(rule.byWeekNo(), 53);
                weekNos = new long[] {bits(values, 52)[0], bits(values, 53)[0]};
            }
            byDay = !rule.byDay().isEmpty();
            int every = 0;
            int[][] byOrdinal = new int[7][0];
            int withOrdinal = 0;
            for (WeekdayNum w : rule.byDay()) {
                int d = w.day().ordinal();
                if (w.ordinal() == 0) {
                    every |= 1 << d;
                } else {
                    withOrdinal |= 1 << d;
                    byOrdinal[d] = Arrays.copyOf(byOrdinal[d], byOrdinal[d].length + 1);
                    byOrdinal[d][byOrdinal[d].length - 1] = w.ordinal();
                }
            }
            everyWeekday = every;
            ordinals = withOrdinal != 0 ? byOrdinal : null;
            ordinalWeekdays = withOrdinal;
            if (ordinals == null) {
                monthOrdinals = null;
            } else {
                monthOrdinals = new long[7 * 4];
                for (int w = 0; w < 7; w++) {
                    for (int length = 28; length <= 31; length++) {
                        monthOrdinals[w * 4 + length - 28] = ordinalDays(ordinals, withOrdinal, w, length);
                    }
                }
            }
            ordinalsInYear = frequency == Frequency.YEARLY && rule.byMonth().isEmpty();
            // Second 60, a leap second, is allowed in a rule but exists in no java.time value, so it is never a
            // candidate.
            hours = rule.byHour().isEmpty() ? null : values(rule.byHour(), 23);
            minutes = rule.byMinute().isEmpty() ? null : values(rule.byMinute(), 59);
            seconds = rule.bySecond().isEmpty() ? null : values(rule.bySecond(), 59);
            setPositions = values(rule.bySetPos(), Integer.MAX_VALUE);
        }

        /** The masks of BYMONTHDAY's values for months of 28 to 31 days. */
        static long[] monthDayMasks(int[] values) {
            long[] masks = new long[4];
            for (int length = 28; length <= 31; length++) {
                masks[length - 28] = bits(values, length)[0];
            }
            return masks;
        }

        /**
         * A bit array with bit {@code n - 1} set for each value {@code n} from 1 to {@code count}, and for each
         * negative value the bit of {@code count + 1 + n}, counted from the end.
         */
        private static long[] bits(int[] values, int count) {
            long[] bits = new long[(count + 63) / 64];
            for (int v : values) {
                int n = v > 0 ? v : count + 1 + v;
                if (n >= 1 && n <= count) {
                    bits[(n - 1) / 64] |= 1L << (n - 1);
                }
            }
            return bits;
        }

        /** The values of a part up to a largest one, in ascending order. */
        private static int[] values(SortedSet<Integer> part, int max) {
            int[] values = new int[part.size()];
            int n = 0;
            for (int v : part) {
                if (v <= max) {
                    values[n++] = v;
                }
            }
            return Arrays.copyOf(values, n);
        }
    }
}
