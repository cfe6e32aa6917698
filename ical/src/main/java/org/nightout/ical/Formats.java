package org.nightout.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The iCalendar forms of dates, times and offsets, written digit by digit: a feed writes several per event, and
 * DateTimeFormatter's general machinery costs more than the rest of the line.
 */
final class Formats {

    private Formats() {
    }

    /** {@code 20210803} */
    static String date(LocalDate d) {
        StringBuilder b = new StringBuilder(8);
        appendDate(b, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        return b.toString();
    }

    /** {@code 20210803T170000} */
    static String localDateTime(LocalDateTime t) {
        StringBuilder b = new StringBuilder(15);
        appendDate(b, t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        appendTime(b, t.getHour(), t.getMinute(), t.getSecond());
        return b.toString();
    }

    /** {@code 20210803T220000Z} */
    static String utc(Instant instant) {
        return localDateTime(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC)) + 'Z';
    }

    /** {@code -0500}, or {@code +053000} where the offset has seconds. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        StringBuilder b = new StringBuilder(7).append(total < 0 ? '-' : '+');
        int abs = Math.abs(total);
        two(b, abs / 3600);
        two(b, abs / 60 % 60);
        if (abs % 60 != 0) {
            two(b, abs % 60);
        }
        return b.toString();
    }

    private static void appendDate(StringBuilder b, int year, int month, int day) {
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("Year " + year + " cannot be written in iCalendar, which takes 0000 to 9999");
        }
        two(b, year / 100);
        two(b, year % 100);
        two(b, month);
        two(b, day);
    }

    private static void appendTime(StringBuilder b, int hour, int minute, int second) {
        b.append('T');
        two(b, hour);
        two(b, minute);
        two(b, second);
    }

    private static void two(StringBuilder b, int n) {
        b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
