package org.nightout.core.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * Dates, times and offsets written and read digit by digit, in the basic form of iCalendar ({@code 20210803T170000},
 * {@code -0500}) and the extended form of ISO 8601 and JSON ({@code 2021-08-03T17:00:00}, {@code -05:00}). Both
 * adapters write several per event, and {@code DateTimeFormatter}'s general machinery costs more than the rest of
 * the line.
 *
 * <p>Not part of the API: this package is exported only to the adapters (ical, json and csv).
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

    /**
     * Reads the date of the basic form {@code YYYYMMDD} from the eight characters at {@code from}; what follows them
     * is not looked at. Year 0000 is read as the year 0 of {@code java.time} (1 BC), as {@code LocalDate.of} takes
     * it, so that a caller can tell a date out of its range from one that is not a date at all.
     *
     * @param s the text
     * @param from the index of the first digit of the year
     * @return the date, or null if the text has fewer than eight characters from {@code from}, one of them is not an
     *     ASCII digit, or they name no date (month 13, February 30, February 29 of a common year)
     * @throws IndexOutOfBoundsException if {@code from} is negative
     */
    public static LocalDate basicDate(CharSequence s, int from) {
        checkFrom(from);
        if (s.length() - from < 8 || !isDigits(s, from, from + 8)) {
            return null;
        }
        int year = number(s, from, from + 4);
        int month = number(s, from + 4, from + 6);
        int day = number(s, from + 6, from + 8);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * Reads the date-time of the basic form {@code YYYYMMDDTHHMMSS} from the fifteen characters at {@code from}, the
     * {@code T} in either case; what follows them (such as a {@code Z}) is not looked at. The date is read as
     * {@link #basicDate(CharSequence, int)} reads it. Second 60, a leap second, is refused: no {@code java.time}
     * value holds it.
     *
     * @param s the text
     * @param from the index of the first digit of the year
     * @return the date-time, or null if the text has fewer than fifteen characters from {@code from}, they are not
     *     of that form, or they name no date or time (hour 24, minute 60, second 60)
     * @throws IndexOutOfBoundsException if {@code from} is negative
     */
    public static LocalDateTime basicDateTime(CharSequence s, int from) {
        checkFrom(from);
        if (s.length() - from < 15) {
            return null;
        }
        char t = s.charAt(from + 8);
        LocalDate date = (t == 'T' || t == 't') && isDigits(s, from + 9, from + 15) ? basicDate(s, from) : null;
        if (date == null) {
            return null;
        }
        int hour = number(s, from + 9, from + 11);
        int minute = number(s, from + 11, from + 13);
        int second = number(s, from + 13, from + 15);
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return date.atTime(hour, minute, second);
    }

    private static void checkFrom(int from) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("from " + from + " is negative");
        }
    }

    private static void two(StringBuilder b, int n) {
        b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
