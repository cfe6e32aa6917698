package org.nightout.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ReadWarning;

/**
 * Streams an iCalendar file through {@link ICalendarReader#read(InputStream, ICalendarHandler)} and prints what was
 * handed over: run it in a small heap ({@code java -Xmx32m ...}) to show that reading does not hold the feed.
 *
 * <p>Prints one line, {@code events=<n> series=<n> warnings=<n> crc32=<hex>}, where the checksum is over every
 * event's id and start in the order they came, and exits 0; an {@link OutOfMemoryError} ends the JVM with a
 * non-zero status.
 */
public final class StreamingReadCheck {

    private StreamingReadCheck() {
    }

    /**
     * Reads the file and prints the result line.
     *
     * @param args the file to read
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            System.out.println(read(in));
        }
    }

    /**
     * Reads a document as a stream and returns the result line.
     *
     * @param in the document
     * @return {@code events=<n> series=<n> warnings=<n> crc32=<hex>}
     * @throws IOException if the input cannot be read
     */
    public static String read(InputStream in) throws IOException {
        Tally tally = new Tally();
        ICalendarReader.builder().build().read(in, tally);
        return "events=" + tally.events + " series=" + tally.series + " warnings=" + tally.warnings
                + " crc32=" + Long.toHexString(tally.crc.getValue());
    }

    private static final class Tally implements ICalendarHandler {
        final CRC32 crc = new CRC32();
        long events;
        long series;
        long warnings;

        @Override
        public void event(Event event) {
            events++;
            crc.update((event.id() + " " + event.time().startDate() + "\n").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void series(EventSeries s) {
            series++;
        }

        @Override
        public void warning(ReadWarning warning) {
            warnings++;
        }
    }
}
