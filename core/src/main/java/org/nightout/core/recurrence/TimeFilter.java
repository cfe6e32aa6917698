package org.nightout.core.recurrence;

import java.time.LocalDateTime;
import java.util.Arrays;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;

/**
 * The time parts of a rule (BYHOUR, BYMINUTE, BYSECOND) as an expansion from a start applies them: a part finer than
 * the frequency that the rule leaves out takes the start's value, as RFC 5545 says.
 */
final class TimeFilter {
    /** One-value time parts, {@code {v}} at index {@code v}, shared as no expansion writes to them. */
    private static final int[][] SINGLE = new int[60][];

    static {
        for (int v = 0; v < SINGLE.length; v++) {
            SINGLE[v] = new int[] {v};
        }
    }

    /** The values in effect, in ascending order; null where any value passes. */
    final int[] hours;
    final int[] minutes;
    final int[] seconds;

    TimeFilter(PreparedRule p, LocalDateTime start) {
        Frequency frequency = p.frequency;
        // A time part finer than the frequency defaults to the start's; the frequency's own and coarser ones are
        // filters (null: any value).
        hours = times(p.hours, start.getHour(), frequency.compareTo(Frequency.HOURLY) > 0);
        minutes = times(p.minutes, start.getMinute(), frequency.compareTo(Frequency.MINUTELY) > 0);
        seconds = times(p.seconds, start.getSecond(), frequency.compareTo(Frequency.SECONDLY) > 0);
    }

    boolean allowsHour(int hour) {
        return allows(hours, hour);
    }

    boolean allowsMinute(int minute) {
        return allows(minutes, minute);
    }

    boolean allowsSecond(int second) {
        return allows(seconds, second);
    }

    /** The values of a time part; where the rule has none, the start's value if it defaults to it, else null. */
    private static int[] times(int[] values, int fromStart, boolean defaults) {
        return values != null ? values : defaults ? SINGLE[fromStart] : null;
    }

    private static boolean allows(int[] sorted, int value) {
        return sorted == null || Arrays.binarySearch(sorted, value) >= 0;
    }
}
