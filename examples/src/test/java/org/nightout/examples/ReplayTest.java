package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarReader;

/** The reader thread of a conversion: what it hands over, and that it ends when its pass is given up. */
class ReplayTest {
    @TempDir
    Path dir;

    private Conversion.Source feedOf(int count) throws IOException {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Event e = SampleEvents.all().get(i % SampleEvents.all().size());
            events.add(Event.builder().from(e).id("e" + i + "-" + e.id()).build());
        }
        Path file = dir.resolve("feed.ics");
        try (OutputStream out = Files.newOutputStream(file)) {
            new FeedIdentity().writer().build().write(events, out);
        }
        return Conversion.Source.open(file.toString(), System.in);
    }

    private static List<Thread> readers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("nightout-read"))
                .filter(Thread::isAlive).toList();
    }

    @Test
    void anErrorInTheReader_reachesTheConsumer_ratherThanLeavingItWaiting() throws IOException {
        Path file = Files.writeString(dir.resolve("floating.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                + "PRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20220801T000000Z\r\nDTSTART:20220802T180000\r\n"
                + "SUMMARY:Floating\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", StandardCharsets.UTF_8);
        // Printing the warning fails with an Error, on the reader's thread.
        PrintWriter failing = new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int off, int len) {
                throw new AssertionError("printing failed");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        try (Conversion.Replay replay = new Conversion.Replay(Conversion.Source.open(file.toString(), System.in),
                ICalendarReader.builder().build(), false, failing)) {
            Iterator<Event> events = replay.iterator();
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> {
                while (events.hasNext()) {
                    events.next();
                }
            }).isInstanceOf(AssertionError.class).hasMessage("printing failed"));
        }
    }

    @Test
    void aPassGivenUp_endsItsReader_onClose() throws Exception {
        Conversion.Source source = feedOf(Conversion.Replay.BATCH * 12);
        Conversion.Replay replay = new Conversion.Replay(source, ICalendarReader.builder().build(), false,
                new PrintWriter(new StringWriter()));
        Iterator<Event> events = replay.iterator();
        assertThat(events.next()).isNotNull();   // the reader now waits at the full queue
        replay.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!readers().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(readers()).isEmpty();
    }

    @Test
    void aSecondPass_endsTheFirstOne_givenUp() throws Exception {
        Conversion.Source source = feedOf(Conversion.Replay.BATCH * 12);
        try (Conversion.Replay replay = new Conversion.Replay(source, ICalendarReader.builder().build(), false,
                new PrintWriter(new StringWriter()))) {
            assertThat(replay.iterator().next()).isNotNull();
            Iterator<Event> second = replay.iterator();
            int count = 0;
            while (second.hasNext()) {
                second.next();
                count++;
            }
            assertThat(count).isEqualTo(Conversion.Replay.BATCH * 12);
            Thread.sleep(200);
            assertThat(readers()).isEmpty();
        }
    }
}
