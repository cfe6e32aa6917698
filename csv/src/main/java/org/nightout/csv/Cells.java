package org.nightout.csv;

/**
 * The value of a cell kept as an extension property, in the wire form extension values have: escaped as iCalendar
 * TEXT (RFC 5545, 3.3.11), so a line break is {@code \n} and the value stays on one line; control characters other
 * than tab and line breaks, which no value may hold, become spaces.
 */
final class Cells {

    private Cells() {
    }

    static String escape(String cell) {
        StringBuilder b = new StringBuilder(cell.length() + 8);
        String text = cell.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                default -> b.append(c != '\t' && Character.isISOControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** The cell an escaped value came from. */
    static String unescape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                b.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
