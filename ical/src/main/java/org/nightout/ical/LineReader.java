package org.nightout.ical;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Reads unfolded logical lines from iCalendar bytes. Unfolding happens on the bytes, before decoding, so a fold that
 * splits a multi-byte UTF-8 character (as some writers do) joins back into the character instead of two U+FFFD.
 * Accepts CRLF, LF or CR line ends and a leading byte order mark, and stops with an exception, not an
 * OutOfMemoryError, when a line or the input outgrows its limit.
 */
final class LineReader {
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
    private long consumed;
    private int physicalLine;
    private int lineStart;
    private int peeked = -2;
    private boolean started;

    /** @param invalidUtf8 told the line number of each logical line that held bytes that are not UTF-8 */
    LineReader(InputStream in, long maxInputBytes, int maxLineOctets, IntConsumer invalidUtf8) {
        this.in = in;
        this.maxInputBytes = maxInputBytes;
        this.maxLineOctets = maxLineOctets;
        this.invalidUtf8 = invalidUtf8;
    }

    /** The physical line (1-based) where the last logical line started. */
    int line() {
        return lineStart;
    }

    /** The physical line reached so far. */
    int physicalLine() {
        return physicalLine;
    }

    /** Returns the next non-empty logical line, or null at the end of the input. */
    String next() throws IOException {
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
        int b = read();
        if (b < 0) {
            return false;
        }
        physicalLine++;
        lineStart = physicalLine;
        while (true) {
            if (b < 0) {
                return true;
            }
            if (b == '\r' || b == '\n') {
                if (b == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                int first = read();
                if (first == ' ' || first == '\t') {
                    physicalLine++;
                    b = read();
                    continue;
                }
                unread(first);
                return true;
            }
            append((byte) b);
            b = read();
        }
    }

    private void append(byte b) throws ICalendarParseException {
        if (len == maxLineOctets) {
            throw new ICalendarParseException(lineStart, "line longer than " + maxLineOctets
                    + " octets (after unfolding); raise the limit with maxLineOctets if the input is trusted");
        }
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, Math.min(maxLineOctets, buf.length * 2));
        }
        buf[len++] = b;
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int p = peeked;
            peeked = -2;
            return p;
        }
        if (pos == limit && !fill()) {
            return -1;
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
                return read();
            }
        }
        return chunk[pos++] & 0xFF;
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

    private void unread(int b) {
        peeked = b;
    }

    private String decode() {
        // Most lines are ASCII: a Latin-1 String of them is the same text, built without a decoder.
        boolean ascii = true;
        for (int i = 0; i < len && ascii; i++) {
            ascii = buf[i] >= 0;
        }
        if (ascii) {
            return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
        }
        ByteBuffer bytes = ByteBuffer.wrap(buf, 0, len);
        try {
            CharBuffer chars = strict.reset().decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            invalidUtf8.accept(lineStart);
            return new String(buf, 0, len, StandardCharsets.UTF_8);
        }
    }
}
