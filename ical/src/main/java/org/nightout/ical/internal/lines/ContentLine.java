package org.nightout.ical.internal.lines;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.read.Warnings;

/**
 * One unfolded content line as read: upper-case name, parameters with decoded values, the raw (still escaped) value
 * and the physical line it started on.
 */
public final class ContentLine {
    public final String name;
    public final List<String[]> params;
    public final String value;
    public final int line;
    /** Whether the line was ASCII without control characters, so that only an escape can put one in its text. */
    private final boolean plain;
    /** Set by the home that reads it; what no home reads is kept as an extension property. */
    public boolean used;
    /** Set on the first line of a name in a component when another line of that name follows. */
    public boolean repeated;
    /** {@link #text()}, once asked for, and whether it has control characters at all and other than line breaks. */
    private String text;
    private boolean textControls;
    private boolean textOtherControls;

    private ContentLine(String name, List<String[]> params, String value, int line, boolean plain) {
        this.name = name;
        this.params = params;
        this.value = value;
        this.line = line;
        this.plain = plain;
    }

    /** Thrown for a line that is not {@code name *(;param) : value}. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message, null, false, false);
        }
    }

    /** Parses {@code NAME;PARAM=a;Q="b:c":value}; parameter values lose their quotes and RFC 6868 encoding. */
    public static ContentLine parse(String text, int line) throws SyntaxException {
        return parse(text, line, false, null);
    }

    /**
     * Parses one unfolded line, repairing a malformed parameter value where the intent is clear and telling
     * {@code warnings} (when not null) about each repair. {@code plain} says that the line is ASCII without
     * control characters.
     *
     * <p>One pass over the line by index, by hand rather than with a regular expression: it runs for every line of
     * every document. Names come back as the shared constants of {@link #upperCase} where known, and a parameter
     * value is cut out of the line where it needs no decoding.
     */
    public static ContentLine parse(String text, int line, boolean plain, Warnings warnings)
            throws SyntaxException {
        int i = 0;
        int n = text.length();
        while (i < n && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i == 0) {
            throw new SyntaxException("expected a property name");
        }
        String name = upperCase(text, 0, i);
        List<String[]> params = List.of();
        while (i < n && text.charAt(i) == ';') {
            int start = ++i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i == start || i >= n || text.charAt(i) != '=') {
                throw new SyntaxException("expected a parameter name and '=' after ';'");
            }
            String pname = upperCase(text, start, i);
            i++;
            String value;
            int end = plainValueEnd(text, i);
            if (end >= 0) {
                // The common case: one unquoted or quoted value without RFC 6868 escapes, taken as it stands.
                boolean quoted = text.charAt(i) == '"';
                value = quoted ? text.substring(i + 1, end - 1) : text.substring(i, end);
                i = end;
            } else {
                StringBuilder b = new StringBuilder();
                i = paramValue(text, i, line, name, pname, warnings, b);
                value = decode6868(b);
            }
            if (params.isEmpty()) {
                params = new ArrayList<>(2);
            }
            params.add(new String[] {pname, value});
        }
        if (i >= n || text.charAt(i) != ':') {
            throw new SyntaxException("expected ':' before the value");
        }
        return new ContentLine(name, params, text.substring(i + 1), line, plain);
    }

    /**
     * Returns where a parameter value that starts at {@code i} ends when it is a single value that needs nothing
     * undone (no '^', no list, no stray '"'), followed by ';' or ':'; otherwise -1.
     */
    private static int plainValueEnd(String text, int i) {
        int n = text.length();
        boolean quoted = i < n && text.charAt(i) == '"';
        for (int j = quoted ? i + 1 : i; j < n; j++) {
            char c = text.charAt(j);
            if (c == '^') {
                return -1;
            }
            if (quoted) {
                if (c == '"') {
                    return j + 1 < n && text.charAt(j + 1) == ',' ? -1 : j + 1;
                }
            } else if (c == ';' || c == ':') {
                return j;
            } else if (c == ',' || c == '"') {
                return -1;
            }
        }
        return quoted ? -1 : n;
    }

    /** Reads a parameter value (a list of quoted or unquoted parts) into {@code value}; returns where it ends. */
    private static int paramValue(String text, int i, int line, String name, String pname,
            Warnings warnings, StringBuilder value) throws SyntaxException {
        int n = text.length();
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
                    return colon;
                }
                value.append(text, i + 1, close);
                i = close + 1;
            } else {
                int start = i;
                boolean quote = false;
                while (i < n && text.charAt(i) != ';' && text.charAt(i) != ':' && text.charAt(i) != ',') {
                    quote |= text.charAt(i) == '"';
                    i++;
                }
                value.append(text, start, i);
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
                return i;
            }
        }
    }

    /**
     * The names the reader looks for: properties, parameters and components. A name read from a document comes back
     * as one of these constants, so that reading it copies nothing and the lookups by name that follow (a dozen
     * per event) compare it by reference and find its hash code cached.
     */
    private static final String[] KNOWN = {
        "BEGIN", "END", "VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM", "VTODO", "VJOURNAL",
        "VFREEBUSY", "VAVAILABILITY", "VLOCATION", "PARTICIPANT",
        "PRODID", "VERSION", "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME", "X-WR-TIMEZONE", "X-WR-CALDESC",
        "X-PUBLISHED-TTL", "REFRESH-INTERVAL", "COLOR", "SOURCE",
        "UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "ORGANIZER",
        "CONTACT", "ATTENDEE", "STATUS", "SEQUENCE", "LAST-MODIFIED", "CREATED", "CATEGORIES", "URL", "IMAGE",
        "CLASS", "TRANSP", "PRIORITY", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "STRUCTURED-DATA",
        "PARTICIPANT-TYPE", "X-APPLE-STRUCTURED-LOCATION", "X-MICROSOFT-CDO-BUSYSTATUS", "ACTION", "TRIGGER",
        "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "TZURL", "X-LIC-LOCATION",
        "VALUE", "CN", "ROLE", "PARTSTAT", "RSVP", "LANGUAGE", "ALTREP", "FMTTYPE", "SCHEMA", "DISPLAY",
        "X-NIGHTOUT-ID", "X-NIGHTOUT-UID", "X-NIGHTOUT-ORGANIZER", "X-NIGHTOUT-CAMPAIGN", "X-NIGHTOUT-COMMUNITY",
        "X-NIGHTOUT-HOST", "X-NIGHTOUT-VENUE", "X-NIGHTOUT-PARTICIPANT", "X-NIGHTOUT-AUDIENCE",
        "X-NIGHTOUT-FIRST-EVENT", "X-NIGHTOUT-HOSTING-SINCE", "X-NIGHTOUT-EXPECTED-ATTENDANCE",
        "X-NIGHTOUT-RAIN-DATE", "X-NIGHTOUT-COVERAGE", "X-NIGHTOUT-LAST-MODIFIED", "X-NIGHTOUT-STATUS",
        "X-NIGHTOUT-STATUS-REASON", "X-NIGHTOUT-PREVIOUS-START", "X-NIGHTOUT-PREVIOUS-END",
        "X-EDITION", "X-NAME", "X-FIRST-YEAR", "X-RULE", "X-STATE-RULES", "X-ORGANIZER", "X-URL", "X-KIND",
        "X-STATE", "X-ZONE", "X-REGION", "X-OCD-ID", "X-GEOID", "X-SHORT-NAME", "X-ORI", "X-WEBSITE",
        "X-JURISDICTION", "X-J-NAME", "X-J-KIND", "X-J-STATE", "X-J-ZONE", "X-J-REGION", "X-J-OCD-ID",
        "X-J-GEOID", "X-RANK", "X-TITLE", "X-AFFILIATION", "X-PHONE", "X-EMAIL", "X-STREET", "X-LOCALITY",
        "X-POSTAL-CODE", "X-LATITUDE", "X-LONGITUDE", "X-PRIVATE", "X-ROLE", "X-PARTY", "X-OUTLET", "X-PUBLISHED",
        "X-ADDRESS", "X-APPLE-RADIUS",
    };
    /** {@link #KNOWN} by {@link #hash}, open addressing with linear probing; twice as many slots as names or more. */
    private static final String[] KNOWN_BY_HASH = byHash(KNOWN);

    private static String[] byHash(String[] names) {
        String[] table = new String[Integer.highestOneBit(names.length * 4)];
        for (String name : names) {
            int slot = hash(name, 0, name.length()) & (table.length - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = name;
        }
        return table;
    }

    /**
     * A hash of a name of ASCII letters, digits and hyphens that ignores the case of its letters: its length and
     * first and last characters, which tell the known names apart well enough, without a loop over the name.
     */
    private static int hash(String s, int from, int to) {
        int h = ((to - from) * 31 + (s.charAt(from) & ~0x20)) * 31 + (s.charAt(to - 1) & ~0x20);
        return h ^ h >>> 7;
    }

    /**
     * Returns {@code text[from, to)} in upper case, as {@code toUpperCase(Locale.ROOT)} gives it: the constant of
     * {@link #KNOWN} where the text is one of those names in any case of its ASCII letters, else a new string.
     */
    public static String upperCase(String text, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        int mask = KNOWN_BY_HASH.length - 1;
        for (int slot = hash(text, from, to) & mask; KNOWN_BY_HASH[slot] != null; slot = (slot + 1) & mask) {
            String known = KNOWN_BY_HASH[slot];
            if (known.length() == length && (text.startsWith(known, from) || asciiEqualsIgnoringCase(known, text,
                    from))) {
                return known;
            }
        }
        return text.substring(from, to).toUpperCase(Locale.ROOT);
    }

    /** Whether {@code text} from {@code from} holds {@code upper}, an upper-case ASCII name, in any case of ASCII. */
    private static boolean asciiEqualsIgnoringCase(String upper, String text, int from) {
        for (int i = 0; i < upper.length(); i++) {
            char c = text.charAt(from + i);
            char u = upper.charAt(i);
            if (c != u && !(u >= 'A' && u <= 'Z' && c == (char) (u + 0x20))) {
                return false;
            }
        }
        return true;
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

    public Optional<String> param(String pname) {
        int at = paramIndex(pname);
        return at < 0 ? Optional.empty() : Optional.of(params.get(at)[1]);
    }

    /** Whether the first parameter of a name has a value, ignoring case; as {@code param(name)} would say. */
    public boolean paramIs(String pname, String pvalue) {
        int at = paramIndex(pname);
        return at >= 0 && params.get(at)[1].equalsIgnoreCase(pvalue);
    }

    /** Where the first parameter of a name is, or -1; by index, since an iterator per look-up is not always elided. */
    private int paramIndex(String pname) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i)[0].equals(pname)) {
                return i;
            }
        }
        return -1;
    }

    /** The value with TEXT escapes undone: {@code \n}, {@code \,}, {@code \;}, {@code \\}. */
    public String text() {
        if (text == null) {
            readText();
        }
        return text;
    }

    /** Whether {@link #text()} has a control character (C0, DEL or C1), tabs and line breaks included. */
    public boolean textHasControls() {
        text();
        return textControls;
    }

    /** Whether {@link #text()} has a control character other than a tab, CR or LF. */
    public boolean textHasOtherControls() {
        text();
        return textOtherControls;
    }

    /**
     * Undoes the escapes of the value and notes its control characters in the same pass, so that the checks of
     * one-line and multi-line text that follow need not look at each character again.
     */
    private void readText() {
        if (plain) {
            readPlainText();
            return;
        }
        String s = value;
        int n = s.length();
        char[] unescaped = null;
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                if (unescaped == null) {
                    unescaped = new char[n];
                    s.getChars(0, i, unescaped, 0);
                    length = i;
                }
                char next = s.charAt(++i);
                c = next == 'n' || next == 'N' ? '\n' : next;
            }
            if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                textControls = true;
                textOtherControls |= c != '\n' && c != '\r' && c != '\t';
            }
            if (unescaped != null) {
                unescaped[length++] = c;
            }
        }
        text = unescaped == null ? s : new String(unescaped, 0, length);
    }

    /**
     * {@link #readText()} for a value of ASCII without control characters: found by a search for the first escape
     * and undone in its bytes, which are its characters, without looking at each character through the string.
     */
    private void readPlainText() {
        String s = value;
        int escape = s.indexOf('\\');
        if (escape < 0 || escape == s.length() - 1) {
            text = s;
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        int length = escape;
        for (int i = escape; i < b.length; i++) {
            byte c = b[i];
            if (c == '\\' && i + 1 < b.length) {
                c = b[++i];
                if (c == 'n' || c == 'N') {
                    c = '\n';
                    textControls = true;
                }
            }
            b[length++] = c;
        }
        text = new String(b, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** The value as a TEXT list: split at unescaped commas, each item unescaped. */
    public List<String> textList() {
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
