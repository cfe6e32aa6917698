package org.nightout.ical;

import java.util.Objects;

/**
 * Something the reader could not fully understand and worked around: which line, which property, a stable code
 * and a message for people.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the physical line (1-based) where the property or component starts
 * @param property the property or component name, such as {@code DTSTART} or {@code VEVENT}
 * @param code what kind of problem it is; stable across versions, for programs to act on
 * @param message what was wrong and what the reader did about it
 */
public record ReadWarning(int line, String property, Code code, String message) {

    /** The kinds of problems the reader works around. */
    public enum Code {
        /** A line is not a content line; it was skipped. */
        INVALID_LINE,
        /** Bytes that are not UTF-8; they were replaced with U+FFFD. */
        INVALID_UTF8,
        /** A value could not be read; the property was skipped. */
        INVALID_VALUE,
        /** A property the event needs is missing; what was done instead is in the message. */
        MISSING_PROPERTY,
        /** A TZID that names no zone the reader knows; the message says which offset was used. */
        UNKNOWN_TIME_ZONE,
        /**
         * A VTIMEZONE whose rules match no IANA zone in a year an event uses: its times keep their exact instants at
         * the fixed offsets the rules give, so repeats of the event do not follow the zone's daylight saving changes.
         */
        CUSTOM_TIME_ZONE,
        /** A time without zone; it was read in the reader's default zone. */
        FLOATING_TIME,
        /** An invalid recurrence rule or date; the event is kept alone, its recurrence as extension properties. */
        UNSUPPORTED_RECURRENCE,
        /** The data broke a rule of the domain model; the message says what was dropped. */
        INVALID_EVENT,
        /** A component or END line out of place, or the document ended early. */
        STRUCTURE
    }

    /**
     * Checks the components.
     *
     * @param line the physical line (1-based) where the property or component starts
     * @param property the property or component name, such as {@code DTSTART} or {@code VEVENT}
     * @param code what kind of problem it is; stable across versions, for programs to act on
     * @param message what was wrong and what the reader did about it
     * @throws NullPointerException if a component is null
     */
    public ReadWarning {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the warning as {@code line 12: DTSTART: message}.
     *
     * @return one line of text
     */
    @Override
    public String toString() {
        return "line " + line + ": " + property + ": " + message;
    }

    /**
     * Returns the physical line (1-based) where the property or component starts.
     *
     * @return the physical line (1-based) where the property or component starts
     */
    public int line() {
        return line;
    }

    /**
     * Returns the property or component name, such as {@code DTSTART} or {@code VEVENT}.
     *
     * @return the property or component name, such as {@code DTSTART} or {@code VEVENT}
     */
    public String property() {
        return property;
    }

    /**
     * Returns what kind of problem it is; stable across versions, for programs to act on.
     *
     * @return what kind of problem it is; stable across versions, for programs to act on
     */
    public Code code() {
        return code;
    }

    /**
     * Returns what was wrong and what the reader did about it.
     *
     * @return what was wrong and what the reader did about it
     */
    public String message() {
        return message;
    }
}
