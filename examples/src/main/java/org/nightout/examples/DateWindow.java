package org.nightout.examples;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import picocli.CommandLine;

/**
 * A window of local dates, from its first day up to (not including) the day after its last: what
 * {@code nightout occurrences --from --to}, the {@code --from --before} horizon of {@code feed} and {@code convert},
 * and the feed server's {@code ?from=&to=} all take, with one meaning. The end is exclusive so that adjacent windows
 * ({@code 2025-01-01..2025-02-01}, {@code 2025-02-01..2025-03-01}) never count a day twice.
 *
 * <p>The dates are local: each event's own, in its zone (UTC for a UTC event).
 *
 * @param from the first day in the window
 * @param to the day after the last day in the window, after {@code from}
 */
record DateWindow(LocalDate from, LocalDate to) {
    /** The first day a window can name, as the model's dates begin in the year 1. */
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    /** The day after the last day the model's dates reach (9999-12-31): the end of a window without one. */
    static final LocalDate END = LocalDate.of(10_000, 1, 1);

    /**
     * Checks the window.
     *
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    DateWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the window's end " + to + " must be after its start " + from
                    + " (the end is the day after the last day in the window)");
        }
    }

    /**
     * Tells whether a day lies in the window.
     *
     * @param day a local date
     * @return true if {@code from <= day < to}
     */
    boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    /**
     * Returns the last day in the window, as {@link org.nightout.ical.ICalendarWriter.Builder#window} takes it (both
     * of its ends included).
     *
     * @return the day before {@link #to()}
     */
    LocalDate last() {
        return to.minusDays(1);
    }

    /**
     * Reads a date such as {@code 2025-08-05}.
     *
     * @param name what the date is, for the message, such as {@code from}; empty where the caller names it
     * @param text the text
     * @return the date
     * @throws IllegalArgumentException naming {@code name} and the text if it is not a date from 0001-01-01 to
     *     9999-12-31
     */
    static LocalDate parseDate(String name, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(named(name, text) + " is not a date: expected YYYY-MM-DD such as"
                    + " 2025-08-05", e);
        }
        if (date.isBefore(FIRST_DAY) || !date.isBefore(END)) {
            throw new IllegalArgumentException(named(name, text) + " is outside the years 1 to 9999");
        }
        return date;
    }

    private static String named(String name, String text) {
        return (name.isEmpty() ? "" : name + " ") + "\"" + text + "\"";
    }

    /** Reads an option's date, so that a bad one is a usage error naming the option and the value. */
    static final class Converter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return parseDate("", value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
