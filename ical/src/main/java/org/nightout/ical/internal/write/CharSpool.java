package org.nightout.ical.internal.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;

/**
 * The spool of {@link #writeSpooled}: characters kept as they are, two bytes each, and copied back in bulk. Lines
 * go through it twice, so an encoding to UTF-8 and back would cost twice what the feed's own encoding costs.
 */
public final class CharSpool extends Writer {
    private final FileChannel file;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = bytes.asCharBuffer();

    public CharSpool(FileChannel file) {
        this.file = file;
    }

    @Override
    public void write(char[] c, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, chars.remaining());
            chars.put(c, off, n);
            off += n;
            len -= n;
            if (!chars.hasRemaining()) {
                flush();
            }
        }
    }

    @Override
    public void flush() throws IOException {
        bytes.limit(chars.position() * 2).position(0);
        while (bytes.hasRemaining()) {
            file.write(bytes);
        }
        bytes.clear();
        chars.clear();
    }

    /** Writes what is buffered; the file channel stays open, its owner closes it. */
    @Override
    public void close() throws IOException {
        flush();
    }

    /** Copies the first {@code count} characters of a spool to {@code out}. */
    public static void copy(FileChannel file, long count, Writer out) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = bytes.asCharBuffer();
        char[] c = new char[chars.capacity()];
        long left = count;
        while (left > 0) {
            bytes.clear().limit((int) Math.min(bytes.capacity(), left * 2));
            while (bytes.hasRemaining()) {
                if (file.read(bytes) < 0) {
                    throw new IOException("The spool ended " + left + " characters early");
                }
            }
            int n = bytes.position() / 2;
            chars.clear();
            chars.get(c, 0, n);
            out.write(c, 0, n);
            left -= n;
        }
    }
}
