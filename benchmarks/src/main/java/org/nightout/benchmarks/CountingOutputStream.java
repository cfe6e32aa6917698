package org.nightout.benchmarks;

import java.io.OutputStream;
import java.util.zip.CRC32;

/**
 * Discards the bytes written to it but counts them, checksums them and counts the lines that open a VEVENT, so
 * that a feed of any size can be checked without being kept.
 */
final class CountingOutputStream extends OutputStream {
    private static final byte[] BEGIN_VEVENT = "BEGIN:VEVENT\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final CRC32 crc = new CRC32();
    private long bytes;
    private long events;
    /** How much of {@code BEGIN:VEVENT\r\n} the current line has matched so far, or -1 once it cannot match. */
    private int matched;

    @Override
    public void write(int b) {
        crc.update(b);
        bytes++;
        scan((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        crc.update(b, off, len);
        bytes += len;
        for (int i = off; i < off + len; i++) {
            scan(b[i]);
        }
    }

    private void scan(byte b) {
        if (matched >= 0) {
            if (b == BEGIN_VEVENT[matched]) {
                matched++;
                if (matched == BEGIN_VEVENT.length) {
                    events++;
                    matched = 0;
                }
                return;
            }
            matched = -1;
        }
        if (b == '\n') {
            matched = 0;
        }
    }

    long bytes() {
        return bytes;
    }

    /** The number of lines that are exactly {@code BEGIN:VEVENT}. */
    long events() {
        return events;
    }

    long crc32() {
        return crc.getValue();
    }
}
