package org.nightout.core.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * SHA-256 as lower-case hex, the one place that names the algorithm: of bytes, of a string's UTF-8, and of what is
 * written into a {@link Sink}, which keeps no bytes, so a document of any size is hashed in constant memory.
 *
 * <p>Not part of the API: this package is exported only to the adapters.
 */
public final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /**
     * Returns the SHA-256 of bytes.
     *
     * @param bytes the bytes
     * @return 64 lower-case hex digits
     */
    public static String hex(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return HEX.formatHex(digest().digest(bytes));
    }

    /**
     * Returns the SHA-256 of a string's UTF-8 bytes.
     *
     * @param text the string
     * @return 64 lower-case hex digits
     */
    public static String hex(String text) {
        Objects.requireNonNull(text, "text");
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns an empty sink: what is written into it is hashed and counted, and not kept.
     *
     * @return the sink
     */
    public static Sink sink() {
        return new Sink();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256 (java.security.MessageDigest)", e);
        }
    }

    /**
     * An output stream that hashes and counts what is written into it and keeps nothing. {@link #hex()} ends it.
     * Not thread-safe.
     */
    public static final class Sink extends OutputStream {
        private final MessageDigest digest = digest();
        private long length;
        private String hex;

        private Sink() {
        }

        /**
         * Hashes one byte.
         *
         * @param b the byte, in the low eight bits
         * @throws IllegalStateException if {@link #hex()} has ended the sink
         */
        @Override
        public void write(int b) {
            open();
            digest.update((byte) b);
            length++;
        }

        /**
         * Hashes bytes.
         *
         * @param b the bytes
         * @param off the first byte's index
         * @param len how many bytes
         * @throws IndexOutOfBoundsException if the range is not within {@code b}
         * @throws IllegalStateException if {@link #hex()} has ended the sink
         */
        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            open();
            digest.update(b, off, len);
            length += len;
        }

        /**
         * Returns how many bytes were written.
         *
         * @return the count
         */
        public long length() {
            return length;
        }

        /**
         * Returns the SHA-256 of the bytes written, and ends the sink: the same value on every later call, and no
         * more writes.
         *
         * @return 64 lower-case hex digits
         */
        public String hex() {
            if (hex == null) {
                hex = HEX.formatHex(digest.digest());
            }
            return hex;
        }

        private void open() {
            if (hex != null) {
                throw new IllegalStateException("The SHA-256 is taken: nothing more can be written");
            }
        }
    }
}
