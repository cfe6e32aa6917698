package org.nightout.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import net.fortuna.ical4j.data.FoldingWriter;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.Profile;
import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;

/**
 * Writes and compares the large feeds of {@code large-feed-convert.sh}, which converts them ics to json to ics with
 * the {@code nightout} CLI in a small heap.
 *
 * <ul>
 * <li>{@code ours COUNT FILE}: {@link FeedData}'s events, written as a stream by {@link ICalendarWriter} with the
 *     full profile.
 * <li>{@code ical4j COUNT FILE}: the same events, each a {@code VEvent} written by iCal4j (its component text through
 *     its {@code FoldingWriter}) into one VCALENDAR. iCal4j writes a {@code Calendar} only whole, which for a million
 *     events takes gigabytes, so the components are written one at a time.
 * <li>{@code compare BEFORE.ics AFTER.ics}: reads both with {@link ICalendarReader} and checks that they hold equal
 *     events in the same order, as the CLI reads them (UIDs with its default domain, {@code @example.org}, lose it);
 *     prints {@code equal events=N} and exits 0, or the first difference and exits 1.
 * </ul>
 */
public final class LargeFeedCheck {

    private LargeFeedCheck() {
    }

    /**
     * Runs one of the commands above.
     *
     * @param args the command and its arguments
     * @throws Exception if a file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        switch (args.length == 3 ? args[0] : "") {
            case "ours" -> writeOurs(Integer.parseInt(args[1]), Path.of(args[2]));
            case "ical4j" -> writeIcal4j(Integer.parseInt(args[1]), Path.of(args[2]));
            case "compare" -> System.exit(compare(Path.of(args[1]), Path.of(args[2])) ? 0 : 1);
            default -> {
                System.err.println("usage: LargeFeedCheck ours|ical4j COUNT FILE | compare BEFORE.ics AFTER.ics");
                System.exit(2);
            }
        }
    }

    private static void writeOurs(int count, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ICalendarWriter.builder().publisher(FeedData.PUBLISHER, FeedData.PUBLISHER_ADDRESS)
                    .profile(Profile.FULL).build().write(FeedData.lazyEvents(count), out);
        }
    }

    private static void writeIcal4j(int count, Path file) throws IOException {
        try (Writer out = new FoldingWriter(new OutputStreamWriter(new BufferedOutputStream(
                Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            // Not our PRODID: the reader is to take this feed as another calendar's, whose UIDs it keeps.
            out.write("BEGIN:VCALENDAR\r\nPRODID:-//nightout benchmarks//written by iCal4j//EN\r\nVERSION:2.0\r\n");
            for (Event e : FeedData.lazyEvents(count)) {
                out.write(WriteBenchmark.ical4jEvent(e).toString());
            }
            out.write("END:VCALENDAR\r\n");
        }
    }

    /** Compares by digest first, so that the checker holds 8 bytes an event, then shows the first difference. */
    private static boolean compare(Path before, Path after) throws IOException {
        long[][] digests = {new long[1 << 16]};
        int[] count = {0};
        read(before, e -> {
            if (count[0] == digests[0].length) {
                digests[0] = Arrays.copyOf(digests[0], count[0] * 2);
            }
            digests[0][count[0]++] = digest(e);
        });
        int[] seen = {0};
        int[] firstDifference = {-1};
        read(after, e -> {
            int i = seen[0]++;
            if (firstDifference[0] < 0 && (i >= count[0] || digests[0][i] != digest(e))) {
                firstDifference[0] = i;
            }
        });
        if (firstDifference[0] < 0 && seen[0] == count[0]) {
            System.out.println("equal events=" + count[0]);
            return true;
        }
        System.out.println("events before=" + count[0] + " after=" + seen[0]);
        if (firstDifference[0] >= 0) {
            int at = firstDifference[0];
            System.out.println("first difference at event " + at + ":\n  before " + eventAt(before, at)
                    + "\n  after  " + eventAt(after, at));
        }
        return false;
    }

    private static String eventAt(Path file, int index) throws IOException {
        String[] found = {"(none)"};
        int[] i = {0};
        read(file, e -> {
            if (i[0]++ == index) {
                found[0] = e.toString();
            }
        });
        return found[0];
    }

    private static void read(Path file, java.util.function.Consumer<Event> each) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            // The CLI writes the UIDs it makes from ids as ID@example.org (its default --uid-domain), and takes
            // the domain off again when it reads, as this does.
            ICalendarReader.builder().maxInputBytes(Files.size(file) + 1).uidDomain("example.org").build()
                    .read(in, new ICalendarHandler() {
                        @Override
                        public void event(Event event) {
                            each.accept(event);
                        }

                        @Override
                        public void series(EventSeries series) {
                            throw new IllegalStateException("these feeds have no series, but one was read: " + series);
                        }
                    });
        }
    }

    private static long digest(Event e) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(e.toString().getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (d[i] & 0xFF);
            }
            return v;
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException("every JVM has SHA-256", x);
        }
    }
}
