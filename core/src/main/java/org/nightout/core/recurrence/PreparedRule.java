package org.nightout.core.recurrence;

import java.util.Arrays;
import java.util.SortedSet;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;
import org.nightout.core.recurrence.RecurrenceRule.WeekdayNum;

/**
 * A rule's parts as the expansion reads them, prepared once per rule ({@link RecurrenceRule#prepared()}): each
 * day part as bit masks, one per length of the month, year or week-numbering year it counts in, so that a
 * negative value is just another bit.
 */
final class PreparedRule {
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

    PreparedRule(RecurrenceRule rule) {
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
     * The days of a month or year that BYDAY's ordinals name, as bit {@code i} for its day {@code i + 1}; at most
     * 64 days, so for a month.
     */
    private static long ordinalDays(int[][] ordinals, int ordinalWeekdays, int unitWeekday, int unitLength) {
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
