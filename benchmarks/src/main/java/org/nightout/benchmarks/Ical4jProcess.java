package org.nightout.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;

/**
 * The iCal4j side of {@code benchmarks/process-bench.sh}: one whole process that does with iCal4j what one
 * {@code nightout convert} does with ours, timed from the outside, start-up included.
 *
 * <ul>
 *   <li>{@code write N FILE}: builds a {@link Calendar} of {@code N} {@link FeedData} events (seven properties an
 *       event, as {@link WriteBenchmark#ical4j()} does) and writes it with {@code CalendarOutputter} to
 *       {@code FILE}. The script uses this both to make the input feed ("a feed iCal4j wrote") and as the baseline
 *       of {@code convert --to ics}.</li>
 *   <li>{@code read FILE}: {@code new CalendarBuilder().build(in)} on the file, the baseline of
 *       {@code convert --to json}.</li>
 * </ul>
 *
 * <p>Each prints one line to standard error: how many VEVENTs it wrote or read.
 */
public final class Ical4jProcess {
    private Ical4jProcess() {
    }

    /**
     * Runs one mode.
     *
     * @param args {@code write N FILE} or {@code read FILE}
     * @throws Exception when iCal4j fails or a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("write")) {
            int count = Integer.parseInt(args[1]);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(args[2])),
                    StandardCharsets.UTF_8), 1 << 16)) {
                WriteBenchmark.writeIcal4j(FeedData.lazyEvents(count), out);
            }
            System.err.println("iCal4j wrote " + count + " events to " + args[2]);
        } else if (args.length == 2 && args[0].equals("read")) {
            Calendar calendar;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[1])), 1 << 16)) {
                calendar = new CalendarBuilder().build(in);
            }
            long events = calendar.getComponents(Component.VEVENT).size();
            System.err.println("iCal4j read " + events + " events from " + args[1]);
        } else {
            System.err.println("usage: Ical4jProcess write N FILE | read FILE");
            System.exit(2);
        }
    }
}
