package org.nightout.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nightout.core.internal.Checks;
import org.nightout.core.recurrence.RecurrenceRule;

/**
 * A yearly date rule of the form "the <i>n</i>th weekday of a month", such as "first Tuesday of August".
 *
 * <p>This class is immutable and thread-safe. {@link #parse(CharSequence)} reads what {@link #toString()} writes.
 *
 * <pre>{@code
 * DateRule nno = DateRule.of(1, DayOfWeek.TUESDAY, Month.AUGUST);
 * nno.dateIn(2022);                               // 2022-08-02
 * DateRule.parse("last Friday of September");     // ordinal -1
 * }</pre>
 *
 * @param ordinal which occurrence in the month: 1 to 4, or -1 for the last
 * @param dayOfWeek the weekday
 * @param month the month
 */
public record DateRule(int ordinal, DayOfWeek dayOfWeek, Month month) {
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};
    private static final Pattern TEXT = Pattern.compile(
            "(first|second|third|fourth|last) ([a-z]+) (?:of|in) ([a-z]+)", Pattern.CASE_INSENSITIVE);

    /**
     * Checks the components.
     *
     * @param ordinal which occurrence in the month: 1 to 4, or -1 for the last
     * @param dayOfWeek the weekday
     * @param month the month
     * @throws NullPointerException if {@code dayOfWeek} or {@code month} is null
     * @throws ValidationException if {@code ordinal} is not 1 to 4 or -1
     */
    public DateRule {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(month, "month");
        if (!(ordinal >= 1 && ordinal <= 4) && ordinal != -1) {
            Checks.of("DateRule").fail("ordinal", ordinal, "must be 1 to 4, or -1 for the last").throwIfAny();
        }
    }

    /**
     * Obtains a rule such as "first Tuesday of August".
     *
     * @param ordinal 1 to 4, or -1 for the last occurrence in the month
     * @param dayOfWeek the weekday
     * @param month the month
     * @return the rule
     * @throws NullPointerException if {@code dayOfWeek} or {@code month} is null
     * @throws ValidationException if {@code ordinal} is out of range
     */
    public static DateRule of(int ordinal, DayOfWeek dayOfWeek, Month month) {
        return new DateRule(ordinal, dayOfWeek, month);
    }

    /**
     * Parses text such as {@code "first Tuesday of August"} or {@code "last Friday in September"}, ignoring case.
     *
     * @param text the rule as {@link #toString()} writes it
     * @return the rule
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static DateRule parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text.toString().trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot parse date rule \"" + text
                    + "\": expected text such as \"first Tuesday of August\"");
        }
        String ord = m.group(1).toLowerCase(Locale.ROOT);
        int ordinal = ord.equals("last") ? -1 : java.util.List.of(ORDINALS).indexOf(ord) + 1;
        try {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            Month month = Month.valueOf(m.group(3).toUpperCase(Locale.ROOT));
            return new DateRule(ordinal, day, month);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot parse date rule \"" + text
                    + "\": unknown weekday or month name", e);
        }
    }

    /**
     * Returns the date this rule gives in a year.
     *
     * @param year the year
     * @return the date, such as 2022-08-02 for the first Tuesday of August 2022
     */
    public LocalDate dateIn(int year) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.with(ordinal == -1
                ? TemporalAdjusters.lastInMonth(dayOfWeek)
                : TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
    }

    /**
     * Tells whether a date is the one this rule gives in its year.
     *
     * @param date the date to test
     * @return true if {@code date.equals(dateIn(date.getYear()))}
     */
    public boolean matches(LocalDate date) {
        return date.equals(dateIn(date.getYear()));
    }

    /**
     * Returns the same rule as an RFC 5545 recurrence rule: yearly, in the month, on the <i>n</i>th weekday, such as
     * {@code FREQ=YEARLY;BYDAY=1TU;BYMONTH=8} for the first Tuesday of August. Expanded from any date this rule
     * gives, it gives the same dates as {@link #dateIn(int)}.
     *
     * @return the recurrence rule
     */
    public RecurrenceRule toRecurrenceRule() {
        return RecurrenceRule.builder(RecurrenceRule.Frequency.YEARLY)
                .addByDay(RecurrenceRule.WeekdayNum.of(ordinal, dayOfWeek))
                .addByMonth(month.getValue())
                .build();
    }

    /**
     * Returns the rule as text, such as {@code "first Tuesday of August"}.
     *
     * @return text that {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        String ord = ordinal == -1 ? "last" : ORDINALS[ordinal - 1];
        return ord + " " + capitalized(dayOfWeek.name()) + " of " + capitalized(month.name());
    }

    private static String capitalized(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Returns which occurrence in the month: 1 to 4, or -1 for the last.
     *
     * @return which occurrence in the month: 1 to 4, or -1 for the last
     */
    public int ordinal() {
        return ordinal;
    }

    /**
     * Returns the weekday.
     *
     * @return the weekday
     */
    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    /**
     * Returns the month.
     *
     * @return the month
     */
    public Month month() {
        return month;
    }
}
