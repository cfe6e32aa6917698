package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;

/**
 * {@code convert} streams end to end: a feed larger than the heap goes ics to json to ics in a child JVM with a small
 * heap, and what comes back is read event by event against what went in. The heap is also smaller than what the
 * reading would keep if it held a few hundred bytes per event (hash maps of ids and versions, as it once did): what
 * it keeps must stay at a fingerprint an event. The million-event run of this is
 * {@code benchmarks/large-feed-convert.sh}.
 */
class StreamingConvertTest {
    private static final int EVENTS = 100_000;
    private static final int HEAP_MIB = 20;

    /** The i-th event: a sample event under an id and UID of its own, built when asked for. */
    private static Event numbered(int i) {
        List<Event> samples = SampleEvents.all();
        Event e = samples.get(i % samples.size());
        return Event.builder().from(e).id("e" + i + "-" + e.id()).uid("e" + i + "-" + e.id() + "@example.org")
                .build();
    }

    private static Iterable<Event> events() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < EVENTS;
            }

            @Override
            public Event next() {
                return numbered(next++);
            }
        };
    }

    @Test
    void convert_icsToJsonToIcs_inAHeapSmallerThanTheFeed(@TempDir Path dir) throws Exception {
        Path ics = dir.resolve("in.ics");
        try (OutputStream out = Files.newOutputStream(ics)) {
            ICalendarWriter.builder().publisher("Example", java.net.URI.create("https://example.org"))
                    .profile(org.nightout.core.Profile.FULL).build()
                    .write(events(), out);
        }
        assertThat(Files.size(ics)).as("feed size, against the child's heap of %d MiB", HEAP_MIB)
                .isGreaterThan((long) HEAP_MIB << 20);
        Path json = dir.resolve("out.json");
        convert(dir, ics, "json", json);
        assertThat(Files.size(json)).isGreaterThan((long) HEAP_MIB << 20);
        Path back = dir.resolve("back.ics");
        convert(dir, json, "ics", back);

        List<String> mismatches = new ArrayList<>();
        int[] seen = new int[1];
        try (InputStream in = Files.newInputStream(back)) {
            ICalendarReader.builder().build().read(in, new ICalendarHandler() {
                @Override
                public void event(Event e) {
                    Event expected = numbered(seen[0]++);
                    if (!e.equals(expected) && mismatches.size() < 3) {
                        mismatches.add("event " + (seen[0] - 1) + ": " + e + "\n  expected " + expected);
                    }
                }
            });
        }
        assertThat(mismatches).isEmpty();
        assertThat(seen[0]).isEqualTo(EVENTS);
    }

    private static void convert(Path dir, Path in, String to, Path out) throws Exception {
        ChildJvm.run(dir, HEAP_MIB, out, "convert", "--profile", "full", "--to", to, in.toString());
    }
}
