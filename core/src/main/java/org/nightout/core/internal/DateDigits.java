package org.nightout.core.internal;

import java.time.ZoneOffset;

/**
 * Dates, times and offsets written and read digit by digit, in the basic form of iCalendar ({@code 20210803T170000},
 * {@code -0500}) and the extended form of ISO 8601 and JSON ({@code 2021-08-03T17:00:00}, {@code -05:00}). Both
 * adapters write several per event, and {@code DateTimeFormatter}'s general machinery costs more than the rest of
 * the line.
 *
 * <p>Not part of the API: this package is exported only to the adapters and the examples.
 */
public final class DateDigits {

    private DateDigits() {
    }

    /**
     * Appends a date: {@code 20210803} in the basic form, {@code 2021-08-03} in the extended form.
     *
     * @param b where to append
     * @param year the year, 0 to 9999
     * @param month the month, 1 to 12
     * @param day the day of the month
     * @param extended true for hyphens between the fields
     * @throws IllegalArgumentException if the year has more than four digits or is negative
     */
    public static void appendDate(StringBuilder b, int year, int month, int day, boolean extended) {
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("Year " + year + " has no four-digit form; dates take 0000 to 9999");
        }
        two(b, year / 100);
        two(b, year % 100);
        if (extended) {
            b.append('-');
        }
        two(b, month);
        if (extended) {
            b.append('-');
        }
        two(b, day);
    }

    /**
     * Appends {@code T} and a time of day: {@code T170000} in the basic form, {@code T17:00:00} in the extended form.
     *
     * @param b where to append
     * @param hour the hour
     * @param minute the minute
     * @param second the second
     * @param extended true for colons between the fields
     */
    public static void appendTime(StringBuilder b, int hour, int minute, int second, boolean extended) {
        b.append('T');
        two(b, hour);
        if (extended) {
            b.append(':');
        }
        two(b, minute);
        if (extended) {
            b.append(':');
        }
        two(b, second);
    }

    /**
     * Appends an offset with its sign: {@code -0500} in the basic form, {@code -05:00} in the extended form, and the
     * seconds only where the offset has them.
     *
     * @param b where to append
     * @param offset the offset
     * @param extended true for colons between the fields
     */
    public static void appendOffset(StringBuilder b, ZoneOffset offset, boolean extended) {
        int total = offset.getTotalSeconds();
        b.append(total < 0 ? '-' : '+');
        int abs = Math.abs(total);
        two(b, abs / 3600);
        if (extended) {
            b.append(':');
        }
        two(b, abs / 60 % 60);
        if (abs % 60 != 0) {
            if (extended) {
                b.append(':');
            }
            two(b, abs % 60);
        }
    }

    /**
     * Tells whether the characters from {@code from} to {@code to} are all ASCII digits.
     *
     * @param s the text
     * @param from the first index
     * @param to the index after the last
     * @return true if each is {@code 0} to {@code 9}
     */
    public static boolean isDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the number the digits from {@code from} to {@code to} spell; check them with
     * {@link #isDigits(CharSequence, int, int)} first.
     *
     * @param s the text
     * @param from the first index
     * @param to the index after the last
     * @return the number
     */
    public static int number(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private static void two(StringBuilder b, int n) {
        b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
