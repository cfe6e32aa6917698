package org.nightout.core.recurrence;

/**
 * The calendar arithmetic of the expansion, on epoch days rather than {@code LocalDate}s, and its runs of up to 64
 * consecutive days as the bits of a {@code long} (bit {@code i} for the run's day {@code i}), which the day filters
 * AND together.
 */
final class EpochDays {
    /** The seconds of a day; a local day has no leap second. */
    static final int SECONDS = 86_400;
    /** The days of a common year before the first of each month, at index 1 to 12. */
    private static final int[] DAYS_BEFORE = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private EpochDays() {
    }

    /** The days before the first of a month (1 to 12) in its year. */
    static int daysBefore(int month, boolean leap) {
        return DAYS_BEFORE[month] + (leap && month > 2 ? 1 : 0);
    }

    /**
     * The length of a month (1 to 12), by arithmetic rather than {@code Month.of(month).length(leap)}, which the
     * expansion asks for every period: 31 days for odd months to July and even ones from August.
     */
    static int monthLength(int month, boolean leap) {
        return month == 2 ? leap ? 29 : 28 : 30 + ((month + (month >> 3)) & 1);
    }

    /** The weekday of an epoch day, 0 for Monday: 1970-01-01 was a Thursday. */
    static int weekday(long epochDay) {
        return Math.floorMod(epochDay + 3, 7);
    }

    /** A mask of days counted from one day, counted instead from a day {@code offset} days before it. */
    static long place(long mask, long offset) {
        if (offset >= 64 || offset <= -64) {
            return 0;
        }
        return offset >= 0 ? mask << offset : mask >>> -offset;
    }

    /** Bits {@code from} to {@code from + 63} of a bit array (zero outside it) as bits 0 to 63. */
    static long window(long[] bits, long from) {
        long found = 0;
        for (int word = 0; word < bits.length; word++) {
            found |= place(bits[word], word * 64L - from);
        }
        return found;
    }
}
