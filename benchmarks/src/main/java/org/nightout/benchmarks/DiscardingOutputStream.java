package org.nightout.benchmarks;

import java.io.OutputStream;

/** Discards what is written but counts the bytes, so no benchmark pays for I/O and none can be optimised away. */
final class DiscardingOutputStream extends OutputStream {
    private long bytes;

    @Override
    public void write(int b) {
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        bytes += len;
    }

    long bytes() {
        return bytes;
    }
}
