package org.nightout.benchmarks;

import java.io.Writer;

/** Discards what is written but counts it, so no benchmark pays for I/O and none can be optimised away. */
final class CountingWriter extends Writer {
    private long chars;

    @Override
    public void write(char[] cbuf, int off, int len) {
        chars += len;
    }

    @Override
    public void write(int c) {
        chars++;
    }

    @Override
    public void write(String str, int off, int len) {
        chars += len;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    long chars() {
        return chars;
    }
}
