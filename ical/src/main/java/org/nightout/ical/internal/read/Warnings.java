package org.nightout.ical.internal.read;

import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ReadWarning;

/** Hands warnings to the handler as they arise; in strict mode the first one is thrown instead. */
public final class Warnings {
    private final boolean strict;
    private final ICalendarHandler handler;

    public Warnings(boolean strict, ICalendarHandler handler) {
        this.strict = strict;
        this.handler = handler;
    }

    public void add(int line, String rawProperty, ReadWarning.Code code, String rawMessage) {
        // Names and values from the document appear in both; a NUL or an escape sequence must not reach a log.
        String property = printable(rawProperty);
        String message = printable(rawMessage);
        if (strict) {
            throw new StrictStop(new ICalendarParseException(line, property + ": " + message));
        }
        handler.warning(new ReadWarning(line, property, code, message));
    }

    /**
     * Returns text from a document as it may appear in a message: control characters as a backslash, {@code u} and
     * four hex digits, so that a message stays one line and cannot drive the terminal or log it is printed to.
     */
    public static String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }
}
