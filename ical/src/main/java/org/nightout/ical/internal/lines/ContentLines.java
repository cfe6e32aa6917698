package org.nightout.ical.internal.lines;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.nightout.core.internal.DateDigits;

/**
 * Writes RFC 5545 content lines: escaped TEXT, RFC 6868 parameter values, folding at 75 octets on code point
 * boundaries, and CRLF line ends.
 *
 * <p>Written by hand rather than through iCal4j's object model because the write path is the hot path of a feed
 * server: iCal4j builds and copies a component tree per event and folds at 73 characters, not 75 octets, so its
 * lines overrun the RFC limit on non-ASCII text. Each logical line is assembled in one reusable buffer and folded
 * while it is copied out, so memory stays bounded by the largest line, or, while an item is {@link #hold() held},
 * by the largest item. Characters that need no escaping are copied in runs, not one by one, and the UTF-8 octets
 * are counted while folding, so nothing scans the text a second time to measure it.
 *
 * <p>Lines go to a {@link Writer} as characters or to an {@link OutputStream} as UTF-8, encoded while they are
 * folded: the folding measures each character's octets anyway, so writing them costs little more, and nothing
 * encodes the feed again. Either way a surrogate without its pair, which no UTF can carry, becomes {@code ?}, as
 * Java's UTF-8 encoder writes it.
 *
 * <p>Not thread-safe: one instance serves one write call.
 */
public final class ContentLines {
    private static final int MAX_OCTETS = 75;

    /** Where the lines go: one of the two is null. */
    private final Writer out;
    private final OutputStream bytesOut;
    /**
     * The logical line being built, in {@code chars[0, length)}: an array of its own rather than a StringBuilder,
     * which turns to two bytes a character for good at the first character beyond Latin-1 (an em dash in one title)
     * and from then on widens every string appended to it, one character at a time.
     */
    private char[] chars = new char[256];
    private int length;
    /** Where dates are formatted, to be copied into the line: digits only, so it stays one byte a character. */
    private final StringBuilder digits = new StringBuilder(16);
    /** A TEXT value's characters, copied out of its String to be scanned for what needs escaping. */
    private char[] text = new char[256];
    /**
     * Folded lines not yet handed to the output, as characters or as UTF-8: the current line, or every line of a held
     * item; {@link #foldedLength} counts characters or octets.
     */
    private char[] folded;
    private byte[] foldedBytes;
    private int foldedLength;
    private long foldedOctets;
    private long octets;
    private long charsOut;
    private boolean holding;

    public ContentLines(Writer out) {
        this.out = out;
        this.bytesOut = null;
        this.folded = new char[1024];
    }

    /** Lines written to {@code out} as UTF-8; each line, or each held item, goes out in one write. */
    public ContentLines(OutputStream out) {
        this.out = null;
        this.bytesOut = out;
        this.foldedBytes = new byte[1024];
    }

    public void begin(String component) throws IOException {
        raw("BEGIN", component);
    }

    public void end(String component) throws IOException {
        raw("END", component);
    }

    /**
     * Keeps the lines that follow until {@link #release()} or {@link #discard()}, so that a caller can measure an
     * item ({@link #heldOctets()}) before it decides whether it goes out.
     */
    public void hold() {
        holding = true;
    }

    /** Hands the held lines to the writer. */
    public void release() throws IOException {
        holding = false;
        drain();
    }

    /** Drops the held lines. */
    public void discard() {
        holding = false;
        foldedLength = 0;
        foldedOctets = 0;
    }

    /** The UTF-8 octets of the lines held since {@link #hold()}. */
    public long heldOctets() {
        return foldedOctets;
    }

    /** The UTF-8 octets handed to the writer so far. */
    public long octets() {
        return octets;
    }

    /** What was handed to the output so far: characters for a Writer, octets for an OutputStream. */
    public long chars() {
        return charsOut;
    }

    /** Starts a property; add parameters with {@link #param}, then finish with {@link #text} or {@link #value}. */
    public ContentLines name(String name) {
        length = 0;
        put(name);
        return this;
    }

    /** Adds a parameter, quoting and RFC 6868-encoding the value where needed. */
    public ContentLines param(String name, String value) {
        put(';');
        put(name);
        put('=');
        boolean quote = false;
        boolean plain = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            quote |= c == ':' || c == ';' || c == ',';
            plain &= c != '^' && c != '"' && !control(c);
        }
        if (quote) {
            put('"');
        }
        if (plain) {
            put(value);
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '^' -> put("^^");
                    case '"' -> put("^'");
                    case '\n' -> put("^n");
                    case '\r' -> { }
                    // A tab is allowed in a parameter value (RFC 5545 SAFE-CHAR); no other control character is.
                    default -> put(c != '\t' && control(c) ? ' ' : c);
                }
            }
        }
        if (quote) {
            put('"');
        }
        return this;
    }

    /** Ends the property with a TEXT value, escaped so that no character of it can start a property or parameter. */
    public void text(String value) throws IOException {
        put(':');
        appendText(value);
        flush();
    }

    /** Ends the property with a list of TEXT values, such as CATEGORIES. */
    public void textList(Iterable<String> values) throws IOException {
        put(':');
        boolean first = true;
        for (String v : values) {
            if (!first) {
                put(',');
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
    public void value(String value) throws IOException {
        put(':');
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && control(c)) {
                put(value, run, i);
                run = i + 1;
            }
        }
        put(value, run, value.length());
        flush();
    }

    /** Ends the property with a local date and time, {@code 20210803T170000}. */
    public void value(LocalDateTime t) throws IOException {
        put(':');
        digits.setLength(0);
        DateDigits.appendDate(digits, t.getYear(), t.getMonthValue(), t.getDayOfMonth(), false);
        DateDigits.appendTime(digits, t.getHour(), t.getMinute(), t.getSecond(), false);
        putDigits();
        flush();
    }

    /** Ends the property with a time in UTC, {@code 20210803T220000Z}, to the second. */
    public void value(Instant instant) throws IOException {
        put(':');
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        digits.setLength(0);
        DateDigits.appendDate(digits, t.getYear(), t.getMonthValue(), t.getDayOfMonth(), false);
        DateDigits.appendTime(digits, t.getHour(), t.getMinute(), t.getSecond(), false);
        putDigits();
        put('Z');
        flush();
    }

    private void raw(String name, String value) throws IOException {
        length = 0;
        put(name);
        put(':');
        put(value);
        flush();
    }

    private void put(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[length++] = c;
    }

    private void put(String s) {
        put(s, 0, s.length());
    }

    private void put(String s, int from, int to) {
        room(to - from);
        s.getChars(from, to, chars, length);
        length += to - from;
    }

    private void put(char[] c, int from, int count) {
        room(count);
        System.arraycopy(c, from, chars, length, count);
        length += count;
    }

    private void putDigits() {
        room(digits.length());
        digits.getChars(0, digits.length(), chars, length);
        length += digits.length();
    }

    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
        }
    }

    /** Whether a character is a control character: C0, DEL or C1. */
    private static boolean control(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    private void appendText(String value) {
        int run = 0;
        int n = value.length();
        // Scanned as an array: without C2 (the command-line launcher runs C1 only), String.charAt is a call with a
        // bounds check for each character, and StringBuilder appends a range of a String one charAt at a time.
        if (text.length < n) {
            text = new char[Math.max(n, text.length * 2)];
        }
        char[] v = text;
        value.getChars(0, n, v, 0);
        for (int i = 0; i < n; i++) {
            char c = v[i];
            if (c > ';' ? c != '\\' && (c < 0x7f || c > 0x9f) : c >= 0x20 && c != ',' && c != ';') {
                continue;
            }
            put(v, run, i - run);
            run = i + 1;
            switch (c) {
                case '\\' -> put("\\\\");
                case ';' -> put("\\;");
                case ',' -> put("\\,");
                case '\n' -> put("\\n");
                case '\r' -> {
                    // CRLF and a lone CR both become one escaped line break.
                    if (i + 1 >= n || v[i + 1] != '\n') {
                        put("\\n");
                    }
                }
                // Core rejects other control characters in text; dropping them here keeps the output valid even so.
                default -> {
                    if (c == '\t') {
                        put(c);
                    }
                }
            }
        }
        put(v, run, n - run);
    }

    /**
     * Folds the buffered line into {@link #folded} (or, for an OutputStream, encodes it into {@link #foldedBytes}),
     * breaking before any code point that would take a physical line past 75 octets, and hands it to the output
     * unless an item is held.
     */
    private void flush() throws IOException {
        if (bytesOut != null) {
            flushBytes();
            return;
        }
        int n = length;
        // At most a fold per 24 characters (of three octets each), three characters a fold, and the CRLF.
        int room = foldedLength + n + 3 * (n / 24 + 1) + 2;
        if (folded.length < room) {
            folded = Arrays.copyOf(folded, Math.max(room, folded.length * 2));
        }
        char[] c = chars;
        char[] f = folded;
        int at = foldedLength;
        long total = 0;
        int lineOctets = 0;
        int start = 0;
        int i = 0;
        while (i < n) {
            int width = c[i] < 0x80 ? 1 : octets(c, i, n);
            int count = width == 4 ? 2 : 1;
            if (lineOctets + width > MAX_OCTETS) {
                System.arraycopy(c, start, f, at, i - start);
                at += i - start;
                f[at++] = '\r';
                f[at++] = '\n';
                f[at++] = ' ';
                total += 3;
                start = i;
                lineOctets = 1;
            }
            lineOctets += width;
            total += width;
            i += count;
        }
        System.arraycopy(c, start, f, at, n - start);
        at += n - start;
        f[at++] = '\r';
        f[at++] = '\n';
        foldedLength = at;
        foldedOctets += total + 2;
        if (!holding) {
            drain();
        }
    }

    /**
     * The UTF-8 octets of the character at {@code c[i]}, not ASCII (which both folding loops tell inline): 2 or 3, or
     * 4 for a surrogate pair starting there; a surrogate without its pair, which no UTF can carry, is replaced with
     * {@code ?} in the line and takes 1.
     */
    private static int octets(char[] c, int i, int n) {
        char ch = c[i];
        if (ch < 0x800) {
            return 2;
        }
        if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
            return 4;
        }
        if (Character.isSurrogate(ch)) {
            c[i] = '?';
            return 1;
        }
        return 3;
    }

    /** {@link #flush()} for an OutputStream: folds the line as UTF-8 octets, encoding each character as it goes. */
    private void flushBytes() throws IOException {
        int n = length;
        // At most three octets a UTF-16 unit (a pair takes four), a fold per 24 units, and the CRLF.
        int room = foldedLength + 3 * n + 3 * (n / 24 + 1) + 2;
        if (foldedBytes.length < room) {
            foldedBytes = Arrays.copyOf(foldedBytes, Math.max(room, foldedBytes.length * 2));
        }
        char[] c = chars;
        byte[] f = foldedBytes;
        int at = foldedLength;
        int lineOctets = 0;
        int i = 0;
        while (i < n) {
            int width = c[i] < 0x80 ? 1 : octets(c, i, n);
            char ch = c[i];
            if (lineOctets + width > MAX_OCTETS) {
                f[at++] = '\r';
                f[at++] = '\n';
                f[at++] = ' ';
                lineOctets = 1;
            }
            lineOctets += width;
            switch (width) {
                case 1 -> f[at++] = (byte) ch;
                case 2 -> {
                    f[at++] = (byte) (0xC0 | ch >> 6);
                    f[at++] = (byte) (0x80 | ch & 0x3F);
                }
                case 3 -> {
                    f[at++] = (byte) (0xE0 | ch >> 12);
                    f[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
                    f[at++] = (byte) (0x80 | ch & 0x3F);
                }
                default -> {
                    int cp = Character.toCodePoint(ch, c[i + 1]);
                    f[at++] = (byte) (0xF0 | cp >> 18);
                    f[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    f[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    f[at++] = (byte) (0x80 | cp & 0x3F);
                    i++;
                }
            }
            i++;
        }
        f[at++] = '\r';
        f[at++] = '\n';
        foldedOctets += at - foldedLength;
        foldedLength = at;
        if (!holding) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (bytesOut != null) {
            bytesOut.write(foldedBytes, 0, foldedLength);
        } else {
            out.write(folded, 0, foldedLength);
        }
        octets += foldedOctets;
        charsOut += foldedLength;
        foldedLength = 0;
        foldedOctets = 0;
    }
}
