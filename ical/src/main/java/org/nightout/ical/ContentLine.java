package org.nightout.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One unfolded content line as read: upper-case name, parameters with decoded values, the raw (still escaped) value
 * and the physical line it started on.
 */
final class ContentLine {
    final String name;
    final List<String[]> params;
    final String value;
    final int line;
    /** Set by the home that reads it; what no home reads is kept as an extension property. */
    boolean used;
    /** Set on the first line of a name in a component when another line of that name follows. */
    boolean repeated;

    private ContentLine(String name, List<String[]> params, String value, int line) {
        this.name = name;
        this.params = params;
        this.value = value;
        this.line = line;
    }

    /** Thrown for a line that is not {@code name *(;param) : value}. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message, null, false, false);
        }
    }

    /** Parses {@code NAME;PARAM=a;Q="b:c":value}; parameter values lose their quotes and RFC 6868 encoding. */
    static ContentLine parse(String text, int line) throws SyntaxException {
        return parse(text, line, null);
    }

    /**
     * Parses one unfolded line, repairing a malformed parameter value where the intent is clear and telling
     * {@code warnings} (when not null) about each repair.
     */
    static ContentLine parse(String text, int line, ICalendarReader.Warnings warnings) throws SyntaxException {
        int i = 0;
        int n = text.length();
        while (i < n && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i == 0) {
            throw new SyntaxException("expected a property name");
        }
        String name = text.substring(0, i).toUpperCase(Locale.ROOT);
        List<String[]> params = new ArrayList<>(2);
        while (i < n && text.charAt(i) == ';') {
            int start = ++i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i == start || i >= n || text.charAt(i) != '=') {
                throw new SyntaxException("expected a parameter name and '=' after ';'");
            }
            String pname = text.substring(start, i).toUpperCase(Locale.ROOT);
            i++;
            StringBuilder value = new StringBuilder();
            while (true) {
                if (i < n && text.charAt(i) == '"') {
                    int close = text.indexOf('"', i + 1);
                    if (close < 0) {
                        // An unterminated quote: the value most likely ends where the property value begins.
                        int colon = text.indexOf(':', i + 1);
                        if (colon < 0 || warnings == null) {
                            throw new SyntaxException("unterminated quoted value of parameter " + pname);
                        }
                        warnings.add(line, name, ReadWarning.Code.INVALID_VALUE, "the quoted value of parameter "
                                + pname + " has no closing '\"'; read up to the first ':'");
                        value.append(text, i + 1, colon);
                        i = colon;
                        break;
                    }
                    value.append(text, i + 1, close);
                    i = close + 1;
                } else {
                    int start2 = i;
                    boolean quote = false;
                    while (i < n && text.charAt(i) != ';' && text.charAt(i) != ':' && text.charAt(i) != ',') {
                        quote |= text.charAt(i) == '"';
                        i++;
                    }
                    value.append(text, start2, i);
                    if (quote && warnings != null) {
                        // RFC 5545 allows no DQUOTE in an unquoted value; it is kept, as no meaning can be guessed.
                        warnings.add(line, name, ReadWarning.Code.INVALID_VALUE, "parameter " + pname + " has a '\"'"
                                + " inside an unquoted value; kept as it is");
                    }
                }
                if (i < n && text.charAt(i) == ',') {
                    value.append(',');
                    i++;
                } else {
                    break;
                }
            }
            params.add(new String[] {pname, decode6868(value)});
        }
        if (i >= n || text.charAt(i) != ':') {
            throw new SyntaxException("expected ':' before the value");
        }
        return new ContentLine(name, params, text.substring(i + 1), line);
    }

    private static boolean isNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    private static String decode6868(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '^' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if (next == 'n' || next == 'N') {
                    b.append('\n');
                    i++;
                    continue;
                } else if (next == '\'') {
                    b.append('"');
                    i++;
                    continue;
                } else if (next == '^') {
                    b.append('^');
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    Optional<String> param(String pname) {
        for (String[] p : params) {
            if (p[0].equals(pname)) {
                return Optional.of(p[1]);
            }
        }
        return Optional.empty();
    }

    /** The value with TEXT escapes undone: {@code \n}, {@code \,}, {@code \;}, {@code \\}. */
    String text() {
        return unescape(value, 0, value.length());
    }

    /** The value as a TEXT list: split at unescaped commas, each item unescaped. */
    List<String> textList() {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',') {
                items.add(unescape(value, start, i));
                start = i + 1;
            }
        }
        items.add(unescape(value, start, value.length()));
        return items;
    }

    private static String unescape(String s, int from, int to) {
        StringBuilder b = null;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to) {
                if (b == null) {
                    b = new StringBuilder(to - from).append(s, from, i);
                }
                char next = s.charAt(++i);
                b.append(next == 'n' || next == 'N' ? '\n' : next);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s.substring(from, to) : b.toString();
    }
}
