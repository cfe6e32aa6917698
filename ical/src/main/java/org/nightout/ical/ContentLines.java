package org.nightout.ical;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 5545 content lines: escaped TEXT, RFC 6868 parameter values, folding at 75 octets on code point
 * boundaries, and CRLF line ends.
 *
 * <p>Written by hand rather than through iCal4j's object model because the write path is the hot path of a feed
 * server: iCal4j builds and copies a component tree per event and folds at 73 characters, not 75 octets, so its
 * lines overrun the RFC limit on non-ASCII text. Each logical line is assembled in one reusable buffer and folded
 * while it is copied out, so memory stays bounded by the largest line.
 *
 * <p>Not thread-safe: one instance serves one write call.
 */
final class ContentLines {
    private static final int MAX_OCTETS = 75;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    ContentLines(Writer out) {
        this.out = out;
    }

    void begin(String component) throws IOException {
        raw("BEGIN", component);
    }

    void end(String component) throws IOException {
        raw("END", component);
    }

    /** Starts a property; add parameters with {@link #param}, then finish with {@link #text} or {@link #value}. */
    ContentLines name(String name) {
        line.setLength(0);
        line.append(name);
        return this;
    }

    /** Adds a parameter, quoting and RFC 6868-encoding the value where needed. */
    ContentLines param(String name, String value) {
        line.append(';').append(name).append('=');
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ':' || c == ';' || c == ',';
        }
        if (quote) {
            line.append('"');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '^' -> line.append("^^");
                case '"' -> line.append("^'");
                case '\n' -> line.append("^n");
                case '\r' -> { }
                // A tab is allowed in a parameter value (RFC 5545 SAFE-CHAR); no other control character is.
                default -> line.append(c != '\t' && Character.isISOControl(c) ? ' ' : c);
            }
        }
        if (quote) {
            line.append('"');
        }
        return this;
    }

    /** Ends the property with a TEXT value, escaped so that no character of it can start a property or parameter. */
    void text(String value) throws IOException {
        line.append(':');
        appendText(value);
        flush();
    }

    /** Ends the property with a list of TEXT values, such as CATEGORIES. */
    void textList(Iterable<String> values) throws IOException {
        line.append(':');
        boolean first = true;
        for (String v : values) {
            if (!first) {
                line.append(',');
            }
            appendText(v);
            first = false;
        }
        flush();
    }

    /**
     * Ends the property with a value that needs no TEXT escaping (dates, numbers, URIs, durations, extension values in
     * their wire form). Line breaks and other control characters but the tab RFC 5545 allows are still dropped, so
     * even a malformed URI cannot start a new property.
     */
    void value(String value) throws IOException {
        line.append(':');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || !Character.isISOControl(c)) {
                line.append(c);
            }
        }
        flush();
    }

    private void raw(String name, String value) throws IOException {
        line.setLength(0);
        line.append(name).append(':').append(value);
        flush();
    }

    private void appendText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case ';' -> line.append("\\;");
                case ',' -> line.append("\\,");
                case '\n' -> line.append("\\n");
                case '\r' -> {
                    // CRLF and a lone CR both become one escaped line break.
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        line.append("\\n");
                    }
                }
                // Core rejects other control characters in text; dropping them here keeps the output valid even so.
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        line.append(c);
                    }
                }
            }
        }
    }

    /** Copies the buffered line out, folding before any code point that would take it past 75 octets. */
    private void flush() throws IOException {
        StringBuilder b = line;
        int n = b.length();
        int octets = 0;
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = b.charAt(i);
            int width;
            int chars = 1;
            if (c < 0x80) {
                width = 1;
            } else if (c < 0x800) {
                width = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(b.charAt(i + 1))) {
                width = 4;
                chars = 2;
            } else {
                width = 3;
            }
            if (octets + width > MAX_OCTETS) {
                out.append(b, start, i).write("\r\n ");
                start = i;
                octets = 1;
            }
            octets += width;
            i += chars;
        }
        out.append(b, start, n).write("\r\n");
    }
}
