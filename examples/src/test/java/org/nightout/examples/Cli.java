package org.nightout.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code nightout} command in-process and keeps what it printed. */
final class Cli {

    /** The exit status and what went to standard output and standard error. */
    record Result(int status, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = NightOut.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }
}
