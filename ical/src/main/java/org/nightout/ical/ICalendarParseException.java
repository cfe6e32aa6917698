package org.nightout.ical;

import java.io.IOException;

/**
 * Thrown when an iCalendar document cannot be read at all, when it exceeds a limit of the reader, or, in strict
 * mode, at the first warning. It names the line where reading stopped.
 */
public final class ICalendarParseException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The physical line (1-based) where reading stopped, or 0 before the first line. */
    private final int line;

    /**
     * Creates an exception.
     *
     * @param line the physical line (1-based) where reading stopped, or 0 before the first line
     * @param message what went wrong
     */
    public ICalendarParseException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /**
     * Returns the physical line (1-based) where reading stopped.
     *
     * @return the line, or 0 before the first line
     */
    public int line() {
        return line;
    }
}
