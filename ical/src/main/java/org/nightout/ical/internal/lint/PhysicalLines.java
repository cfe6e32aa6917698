package org.nightout.ical.internal.lint;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.Set;
import org.nightout.ical.LintRule;

/**
 * Looks at the bytes of a document as they pass to the {@link org.nightout.ical.internal.lines.LineReader}, for what
 * unfolding hides: the length and line end of each physical line, bytes that are not UTF-8, folds inside a UTF-8
 * character, and continuation lines that start like a property. Lines are counted as the line reader counts them
 * (CRLF, LF or a lone CR ends one), so the line numbers of both agree. One pass, a few fields of state: the document
 * is never held.
 *
 * <p>Not thread-safe: one instance belongs to one lint.
 */
public final class PhysicalLines extends FilterInputStream {
    /**
     * The longest line not reported, in characters. RFC 5545 3.1 says 75 octets, but Google's own exports fold at 75
     * characters and put the fold's space before 75 more, so its lines reach 76 characters and, with text beyond
     * ASCII, twice or three times as many octets; the apps read all of them.
     */
    static final int MAX_CHARACTERS = 76;
    /** A line this long was most likely folded by its writer, so a broken line after it is a broken fold. */
    private static final int FOLDED_OCTETS = 60;
    /** How many bytes of a continuation line are kept to see whether a property starts there. */
    private static final int CAPTURE = 24;
    /** Names of properties that, at the start of a continuation line, mean a property was indented by mistake. */
    private static final Set<String> PROPERTIES = Set.of("BEGIN", "END", "UID", "DTSTART", "DTEND", "DTSTAMP",
            "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "STATUS",
            "SEQUENCE", "ORGANIZER", "ATTENDEE", "CATEGORIES", "TRANSP", "LAST-MODIFIED", "CREATED", "TZID",
            "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "VERSION", "PRODID", "METHOD", "CALSCALE", "X-WR-CALNAME",
            "X-WR-TIMEZONE", "X-PUBLISHED-TTL", "REFRESH-INTERVAL");

    private enum State { LINE_START, IN_LINE, AFTER_CR }

    private final Findings findings;
    private State state = State.LINE_START;
    private int line;
    private int octets;
    /** The characters of the current line: its octets less UTF-8 continuation bytes. */
    private int characters;
    private boolean continuation;
    private final byte[] captured = new byte[CAPTURE];
    private int capturedLength;
    private long total;
    private int bomBytes;
    private boolean nonAscii;
    private final BitSet folded = new BitSet();

    private long crlf;
    private long bare;
    private int firstBareLine;
    private String firstBareKind;

    /** UTF-8 continuation bytes still expected, their range, and the line the character started on. */
    private int need;
    private int low;
    private int high;
    private int characterLine;
    private int lastInvalidLine;

    public PhysicalLines(InputStream in, Findings findings) {
        super(in);
        this.findings = findings;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            take(b);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int off, int len) throws IOException {
        int n = super.read(bytes, off, len);
        for (int i = 0; i < n; i++) {
            take(bytes[off + i] & 0xFF);
        }
        return n;
    }

    /** Skips by reading, so that the bytes skipped are looked at too. */
    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    /** The bytes read so far. */
    public long bytes() {
        return total;
    }

    /** Whether a byte that is not ASCII has been read. */
    public boolean nonAscii() {
        return nonAscii;
    }

    /** Whether the physical line before {@code line} was long enough that its writer most likely folded it. */
    public boolean foldedBefore(int line) {
        return line > 1 && folded.get(line - 1);
    }

    private void take(int b) {
        if (total < 3 && bomBytes == total && b == (total == 0 ? 0xEF : total == 1 ? 0xBB : 0xBF)) {
            bomBytes++;
        } else {
            nonAscii |= b >= 0x80;
        }
        total++;
        if (state == State.AFTER_CR) {
            endLine(b == '\n' ? null : "CR");
            if (b == '\n') {
                return;
            }
        }
        if (state == State.LINE_START) {
            startLine(b == ' ' || b == '\t');
            if (continuation) {
                octets++;
                characters++;
                return;
            }
        }
        if (b == '\r') {
            state = State.AFTER_CR;
        } else if (b == '\n') {
            endLine("LF");
        } else {
            octets++;
            if (b < 0x80 || b > 0xBF) {
                characters++;
            }
            if (continuation && capturedLength < CAPTURE) {
                captured[capturedLength++] = (byte) b;
            }
            utf8(b);
        }
    }

    private void startLine(boolean fold) {
        line++;
        octets = 0;
        characters = 0;
        capturedLength = 0;
        continuation = fold;
        state = State.IN_LINE;
        if (need > 0 && !fold) {
            invalid(characterLine, "a UTF-8 character is cut off at the end of the line");
            need = 0;
        } else if (need > 0) {
            findings.add(LintRule.FOLD_SPLITS_CHARACTER, characterLine, null, "the fold after this line splits"
                    + " the bytes of one UTF-8 character");
        }
    }

    /** Ends the current line; {@code bareKind} is "LF" or "CR" for a line end other than CRLF, else null. */
    private void endLine(String bareKind) {
        if (bareKind == null) {
            crlf++;
        } else {
            bare++;
            if (firstBareLine == 0) {
                firstBareLine = line;
                firstBareKind = bareKind;
            }
        }
        closeLine();
        state = State.LINE_START;
    }

    /** Checks the line just ended, whatever ended it. */
    private void closeLine() {
        int length = line == 1 ? octets - bomBytes : octets;
        int chars = line == 1 && bomBytes == 3 ? characters - 1 : characters;
        if (chars > MAX_CHARACTERS) {
            findings.add(LintRule.LONG_LINE, line, null, "the line is " + length + " octets long ("
                    + chars + " characters), over 75");
        }
        if (length >= FOLDED_OCTETS) {
            folded.set(line);
        }
        if (continuation) {
            checkContinuation();
        }
    }

    /** Reports a continuation line that starts with an upper-case property name and its ':' or ';'. */
    private void checkContinuation() {
        int i = 0;
        while (i < capturedLength && (captured[i] >= 'A' && captured[i] <= 'Z' || captured[i] == '-')) {
            i++;
        }
        if (i > 0 && i < capturedLength && (captured[i] == ':' || captured[i] == ';')) {
            String name = new String(captured, 0, i, java.nio.charset.StandardCharsets.US_ASCII);
            if (PROPERTIES.contains(name)) {
                findings.add(LintRule.BROKEN_FOLD, line, name, "this line starts with a space, so \"" + name
                        + (char) captured[i] + "...\" is read as part of the line before it, not as a property of"
                        + " its own");
            }
        }
    }

    /** Feeds one byte of content to the UTF-8 check (Unicode 15, table 3-7: no overlong forms, no surrogates). */
    private void utf8(int b) {
        if (need > 0) {
            if (b >= low && b <= high) {
                need--;
                low = 0x80;
                high = 0xBF;
                return;
            }
            invalid(characterLine, "a UTF-8 character is cut off by byte 0x" + hex(b));
            need = 0;
        }
        if (b < 0x80) {
            return;
        }
        characterLine = line;
        low = 0x80;
        high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            invalid(line, "byte 0x" + hex(b) + " is not UTF-8 (Latin-1 or Windows-1252 text?)");
        }
    }

    private void invalid(int at, String message) {
        if (at != lastInvalidLine) {
            lastInvalidLine = at;
            findings.add(LintRule.INVALID_UTF8, at, null, message);
        }
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }

    /** Ends the last line at the end of the input and reports the line ends of the whole document. */
    public void finish() {
        if (state == State.AFTER_CR) {
            endLine("CR");
        } else if (state == State.IN_LINE) {
            closeLine();
        }
        if (need > 0) {
            invalid(characterLine, "the input ends inside a UTF-8 character");
        }
        if (bare > 0 && crlf == 0) {
            findings.add(LintRule.LINE_ENDING, 0, null, "every line ends with " + firstBareKind + " alone, not"
                    + " CRLF");
        } else if (bare > 0) {
            findings.add(LintRule.LINE_ENDING, firstBareLine, null, "this line ends with " + firstBareKind
                    + " alone, not CRLF, as " + bare + " of " + (bare + crlf) + " lines do");
        }
    }
}
