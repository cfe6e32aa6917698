package org.nightout.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the class-data archive the build makes beside the jar (see examples/pom.xml): runs the
 * commands users run most, one after another in this one JVM, so that the archive holds the classes each of them
 * loads — the iCalendar and JSON readers' as well as the writers'. One JVM, because an archive is made from one
 * run. Not a command of its own; it writes only into the directory it is given.
 */
final class ClassDataTraining {
    private ClassDataTraining() {
    }

    /**
     * Runs the training.
     *
     * @param args one argument: the directory to write the files into
     * @throws IOException if the directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ClassDataTraining DIRECTORY");
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        String feed = dir.resolve("feed.ics").toString();
        String json = dir.resolve("feed.json").toString();
        run(null, "feed", "--out", feed);
        run(dir.resolve("feed.json"), "convert", "--to", "json", feed);
        run(dir.resolve("again.ics"), "convert", "--to", "ics", json);
        run(dir.resolve("feed.jsonld"), "convert", "--to", "jsonld", feed);
        run(null, "validate", feed);
        run(null, "validate", json);
        run(dir.resolve("occurrences.tsv"), "occurrences", "--from", "2015-01-01", "--to", "2030-01-01", feed);
        run(dir.resolve("links.jsonl"), "links", json);
    }

    /**
     * Runs one command line, its standard output to {@code out} (or nowhere) as {@link NightOut#main} sets it up, so
     * that the commands that write UTF-8 themselves load what they use for it, and fails if it fails.
     */
    private static void run(Path out, String... args) throws IOException {
        OutputStream target = out == null ? OutputStream.nullOutputStream()
                : new BufferedOutputStream(Files.newOutputStream(out));
        int status;
        try (PrintWriter stdout = new NightOut.StandardOutput(target);
                PrintWriter stderr = new PrintWriter(Writer.nullWriter())) {
            status = NightOut.run(args, stdout, stderr);
        }
        if (status != 0) {
            throw new IllegalStateException("nightout " + String.join(" ", args) + " exited with " + status);
        }
    }
}
