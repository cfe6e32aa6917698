package org.nightout.csv;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them in a sheet: {@code 2026-08-04}, {@code 8/4/2026}, {@code 08/04/2026}, {@code 8/4/26},
 * {@code August 4, 2026}, {@code Aug. 4 2026}, {@code Tue, Aug 4, 2026}, {@code 4 August 2026}, {@code 4-Aug-26}.
 * Numbers with slashes are month first, as in the United States. A weekday, where given, must be the date's. A date
 * without its year ({@code 8/5}, {@code Aug 5}) takes the year it is read in, where there is one: a rain date takes
 * its event's. Years run from 1900 to 2999.
 */
final class DateText {
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern US = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?");
    private static final String WEEKDAY = "(?:([a-z]+)\\.?,?\\s+)?";
    private static final Pattern MONTH_FIRST = Pattern.compile(WEEKDAY
            + "([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_FIRST = Pattern.compile(WEEKDAY
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)\\.?(?:,?\\s+(\\d{4}))?");
    /** Excel's d-mmm-yy: {@code 4-Aug-26}. */
    private static final Pattern EXCEL = Pattern.compile("(\\d{1,2})[- ]([a-z]{3,9})[- ](\\d{4}|\\d{2})");

    /** The years a sheet's dates may have: a typo such as 9999 or 0026 is an error, not an event. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private DateText() {
    }

    /**
     * Reads a date, which must give its year.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    static LocalDate parse(String text) {
        return parse(text, 0);
    }

    /**
     * Reads a date; one without its year takes {@code year}, or is an error where that is 0.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    static LocalDate parse(String text, int year) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = ISO.matcher(t)).matches()) {
            return date(num(m, 1), num(m, 3), num(m, 4));
        }
        if ((m = US.matcher(t)).matches()) {
            return date(year(m.group(3), year, text), num(m, 1), num(m, 2));
        }
        if ((m = MONTH_FIRST.matcher(t)).matches()) {
            return checked(m.group(1), date(year(m.group(4), year, text), month(m.group(2)), num(m, 3)));
        }
        if ((m = EXCEL.matcher(t)).matches()) {
            return date(year(m.group(3), year, text), month(m.group(2)), num(m, 1));
        }
        if ((m = DAY_FIRST.matcher(t)).matches()) {
            return checked(m.group(1), date(year(m.group(4), year, text), month(m.group(3)), num(m, 2)));
        }
        throw new IllegalArgumentException("not a date: write 2026-08-04, 8/4/2026 or August 4, 2026");
    }

    /** The year written (two digits are this century's), else the year given. */
    private static int year(String digits, int otherwise, String text) {
        if (digits != null) {
            int y = Integer.parseInt(digits);
            return digits.length() == 2 ? 2000 + y : y;
        }
        if (otherwise == 0) {
            throw new IllegalArgumentException("no year: write it, as in " + text.strip() + "/2026 or "
                    + text.strip() + ", 2026");
        }
        return otherwise;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("the year must be from " + FIRST_YEAR + " to " + LAST_YEAR + ", was "
                    + year);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date (month " + month + ", day " + day + ", year " + year
                    + "); dates with slashes are month/day/year");
        }
    }

    /** The month a name or an abbreviation of at least three letters gives. */
    private static int month(String name) {
        if (name.length() >= 3) {
            for (java.time.Month month : java.time.Month.values()) {
                String full = month.getDisplayName(TextStyle.FULL, Locale.US).toLowerCase(Locale.ROOT);
                if (full.startsWith(name) || name.equals("sept") && month == java.time.Month.SEPTEMBER) {
                    return month.getValue();
                }
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not a month");
    }

    /** The date, if the weekday written before it, if any, is the date's own. */
    private static LocalDate checked(String weekday, LocalDate date) {
        if (weekday == null) {
            return date;
        }
        DayOfWeek actual = date.getDayOfWeek();
        String full = actual.getDisplayName(TextStyle.FULL, Locale.US).toLowerCase(Locale.ROOT);
        if (weekday.length() < 2 || !full.startsWith(weekday)) {
            throw new IllegalArgumentException(date + " is a " + actual.getDisplayName(TextStyle.FULL, Locale.US)
                    + ", not \"" + weekday + "\"");
        }
        return date;
    }
}
