package org.nightout.ical.internal.lines;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.nightout.core.internal.DateDigits;

/**
 * The iCalendar forms of dates, times and offsets, written digit by digit: a feed writes several per event, and
 * DateTimeFormatter's general machinery costs more than the rest of the line.
 */
public final class Formats {

    private Formats() {
    }

    /** {@code 20210803} */
    public static String date(LocalDate d) {
        StringBuilder b = new StringBuilder(8);
        DateDigits.appendDate(b, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false);
        return b.toString();
    }

    /** {@code -0500}, or {@code +053000} where the offset has seconds. */
    public static String offset(ZoneOffset offset) {
        StringBuilder b = new StringBuilder(7);
        DateDigits.appendOffset(b, offset, false);
        return b.toString();
    }

    /**
     * A decimal number in plain digits, such as 0.0001 where {@code Double.toString} gives 1.0E-4: GEO is a FLOAT,
     * which has no exponent. The digits are those of {@code Double.toString}, so the value reads back exactly;
     * trailing zeros go (1.0 is written 1).
     */
    public static String decimal(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
