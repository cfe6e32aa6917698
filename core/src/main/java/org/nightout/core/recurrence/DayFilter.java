package org.nightout.core.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;

/**
 * The day-level parts of a rule (BYMONTH, BYMONTHDAY, BYYEARDAY, BYDAY, and BYWEEKNO through {@link WeekNumbering})
 * as an expansion from a start applies them, with what the rule leaves out taken from the start. It gives the days of
 * a run that pass every part as one mask: the AND of one mask per part.
 */
final class DayFilter {
    private final PreparedRule rule;
    /** Null for a rule without BYWEEKNO. */
    private final WeekNumbering weeks;
    /** The parts in effect, with the start's defaults: bit m for month m (0: any); masks by month length. */
    final int months;
    private final long[] monthDays;
    /** Bit d for weekday d (0 Monday) where every such day is allowed. */
    private final int everyWeekday;
    private final boolean byDay;
    /** Whether a part counts days by month or year, so that a run needs the date of its first day. */
    final boolean byCalendar;
    /** The epoch day a sub-daily rule last matched against, and whether it matched. */
    private long testedDay = Long.MIN_VALUE;
    private boolean testedDayMatches;

    DayFilter(PreparedRule p, LocalDateTime start, WeekNumbering weeks) {
        this.rule = p;
        this.weeks = weeks;
        Frequency frequency = p.frequency;
        int startMonthBit = 1 << start.getMonthValue();
        int startWeekdayBit = 1 << EpochDays.weekday(start.toLocalDate().toEpochDay());
        int monthMask = p.months;
        long[] monthDayMasks = p.monthDays;
        int every = p.everyWeekday;
        if (frequency == Frequency.YEARLY && !p.dayParts) {
            if (monthMask == 0) {
                monthMask = startMonthBit;
            }
            monthDayMasks = PreparedRule.monthDayMasks(new int[] {start.getDayOfMonth()});
        } else if (frequency == Frequency.YEARLY && monthMask == 0 && p.monthDays != null && p.weekNos == null
                && p.yearDays == null) {
            // Days of a month, but no month: RFC 5545 takes what the rule leaves out from DTSTART.
            monthMask = startMonthBit;
        } else if (frequency == Frequency.YEARLY && p.weekNos != null && !p.byDay && p.monthDays == null
                && p.yearDays == null) {
            // Weeks, but no day of the week: DTSTART's, likewise.
            every = startWeekdayBit;
        } else if (frequency == Frequency.MONTHLY && p.monthDays == null && !p.byDay) {
            monthDayMasks = PreparedRule.monthDayMasks(new int[] {start.getDayOfMonth()});
        } else if (frequency == Frequency.WEEKLY && !p.byDay) {
            every = startWeekdayBit;
        }
        months = monthMask;
        monthDays = monthDayMasks;
        everyWeekday = every;
        byDay = every != 0 || p.ordinals != null;
        byCalendar = months != 0 || monthDays != null || p.ordinals != null || p.yearDays != null;
    }

    /** Whether a day passes every day-level part; asked of each period of a sub-daily rule, so mostly of one day. */
    boolean matches(long epochDay) {
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
    long days(long first, int length, int year, int month, int dayOfMonth) {
        long end = first + length;
        long mask = length == 64 ? -1L : (1L << length) - 1;
        long weekdays = everyWeekday != 0 ? everyWeekdays(EpochDays.weekday(first)) : 0;
        boolean ordinalsInMonth = rule.ordinals != null && !rule.ordinalsInYear;
        if (months != 0 || monthDays != null || ordinalsInMonth) {
            int y = year;
            int m = month;
            long monthStart = first - dayOfMonth + 1;
            long inMonths = 0;
            long onMonthDays = 0;
            while (monthStart < end) {
                int length0 = EpochDays.monthLength(m, m == 2 && Year.isLeap(y));
                long offset = monthStart - first;
                if ((months >>> m & 1) != 0) {
                    inMonths |= EpochDays.place((1L << length0) - 1, offset);
                }
                if (monthDays != null) {
                    onMonthDays |= EpochDays.place(monthDays[length0 - 28], offset);
                }
                if (ordinalsInMonth) {
                    int firstWeekday = EpochDays.weekday(monthStart);
                    weekdays |= EpochDays.place(rule.monthOrdinals[firstWeekday * 4 + length0 - 28], offset);
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
                    onYearDays |= EpochDays.window(rule.yearDays[yearLength - 365], first - yearStart);
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
        if (mask != 0 && weeks != null) {
            mask &= weeks.days(first, end);
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

    /** The days of a run that are the nth weekday of a month or year, as BYDAY's ordinals name them. */
    private long ordinalDays(long unitStart, int unitLength, long first, int length) {
        long found = 0;
        int unitWeekday = EpochDays.weekday(unitStart);
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
}
