package org.nightout.ical.internal.lines;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntConsumer;
import org.nightout.ical.ICalendarParseException;

/**
 * Reads unfolded logical lines from iCalendar bytes. Unfolding happens on the bytes, before decoding, so a fold that
 * splits a multi-byte UTF-8 character (as some writers do) joins back into the character instead of two U+FFFD.
 * Accepts CRLF, LF or CR line ends and a leading byte order mark, and stops with an exception, not an
 * OutOfMemoryError, when a line or the input outgrows its limit.
 *
 * <p>The bytes between line ends are found by a tight scan of the input buffer and copied in runs: this is the
 * innermost loop of every read, run for each byte of the document.
 */
public final class LineReader {
    private final InputStream in;
    private final long maxInputBytes;
    private final int maxLineOctets;
    private final IntConsumer invalidUtf8;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] buf = new byte[256];
    private int len;
    /** Whether every byte of the logical line in {@link #buf} is ASCII, and whether one is a control character. */
    private boolean ascii;
    private boolean controls;
    private long consumed;
    private int physicalLine;
    private int lineStart;
    private boolean started;
    private boolean ended;

    /** @param invalidUtf8 told the line number of each logical line that held bytes that are not UTF-8 */
    public LineReader(InputStream in, long maxInputBytes, int maxLineOctets, IntConsumer invalidUtf8) {
        this.in = in;
        this.maxInputBytes = maxInputBytes;
        this.maxLineOctets = maxLineOctets;
        this.invalidUtf8 = invalidUtf8;
    }

    /** The physical line (1-based) where the last logical line started. */
    public int line() {
        return lineStart;
    }

    /** The physical line reached so far. */
    public int physicalLine() {
        return physicalLine;
    }

    /**
     * Whether the last line returned is ASCII without control characters (tabs included), so that what is read from
     * it needs no check for them.
     */
    public boolean plain() {
        return ascii && !controls;
    }

    /** Returns the next non-empty logical line, or null at the end of the input. */
    public String next() throws IOException {
        while (true) {
            if (!readLogicalLine()) {
                return null;
            }
            if (len > 0) {
                return decode();
            }
        }
    }

    private boolean readLogicalLine() throws IOException {
        len = 0;
        ascii = true;
        controls = false;
        if (!available()) {
            return false;
        }
        physicalLine++;
        lineStart = physicalLine;
        while (true) {
            byte[] c = chunk;
            int end = limit;
            int i = pos;
            while (i < end) {
                byte b = c[i];
                // One test for the printable ASCII most bytes are; the rest are a line end, a control or not ASCII.
                if (b < 0x20 || b == 0x7f) {
                    if (b == '\n' || b == '\r') {
                        break;
                    }
                    if (b < 0) {
                        ascii = false;
                    } else {
                        controls = true;
                    }
                }
                i++;
            }
            append(c, pos, i - pos);
            pos = i;
            if (i == end) {
                if (!available()) {
                    return true;
                }
                continue;
            }
            pos++;
            if (c[i] == '\r' && available() && chunk[pos] == '\n') {
                pos++;
            }
            if (available() && (chunk[pos] == ' ' || chunk[pos] == '\t')) {
                // A fold: the logical line goes on after the white space.
                pos++;
                physicalLine++;
                continue;
            }
            return true;
        }
    }

    private void append(byte[] bytes, int from, int count) throws ICalendarParseException {
        if (count > maxLineOctets - len) {
            throw new ICalendarParseException(lineStart, "line longer than " + maxLineOctets
                    + " octets (after unfolding); raise the limit with maxLineOctets if the input is trusted");
        }
        if (len + count > buf.length) {
            buf = Arrays.copyOf(buf, Math.min(maxLineOctets, Math.max(len + count, buf.length * 2)));
        }
        System.arraycopy(bytes, from, buf, len, count);
        len += count;
    }

    /** Whether a byte is there to read at {@link #pos}, reading more input if needed; skips a leading byte order mark. */
    private boolean available() throws IOException {
        if (pos == limit && (ended || !fill())) {
            ended = true;
            return false;
        }
        if (!started) {
            started = true;
            if ((chunk[pos] & 0xFF) == 0xEF) {
                // A UTF-8 byte order mark: EF BB BF. Anything else starting with EF is no iCalendar line.
                int b2 = pos + 1 < limit || fill() ? chunk[pos + 1] & 0xFF : -1;
                int b3 = pos + 2 < limit || fill() ? chunk[pos + 2] & 0xFF : -1;
                if (b2 != 0xBB || b3 != 0xBF) {
                    throw new ICalendarParseException(1, "input starts with bytes that are neither iCalendar nor a"
                            + " UTF-8 byte order mark");
                }
                pos += 3;
                return available();
            }
        }
        return true;
    }

    /** Reads more input, keeping unread bytes; returns false at the end. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(chunk, pos, chunk, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(chunk, limit, chunk.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        consumed += n;
        if (consumed > maxInputBytes) {
            throw new ICalendarParseException(physicalLine, "input larger than " + maxInputBytes
                    + " bytes; raise the limit with maxInputBytes if the input is trusted");
        }
        return true;
    }

    private String decode() {
        // Most lines are ASCII: a Latin-1 String of them is the same text, built without a decoder.
        if (ascii) {
            return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
        }
        // Decoding replaces each malformed sequence with U+FFFD, so text without one came from valid UTF-8; only a
        // line with one is decoded again, strictly, to tell a U+FFFD that was written from bytes that were broken.
        String text = new String(buf, 0, len, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                strict.reset().decode(ByteBuffer.wrap(buf, 0, len));
            } catch (CharacterCodingException e) {
                invalidUtf8.accept(lineStart);
            }
        }
        return text;
    }
}
