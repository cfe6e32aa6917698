package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;

/** One writer and one reader shared by eight threads give what one thread alone gets. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 40;

    /** Runs {@code task} on eight threads released together, {@link #ROUNDS} times each; returns every result. */
    private static <T> List<T> onEightThreads(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<T> results = new ArrayList<>();
                    for (int i = 0; i < ROUNDS; i++) {
                        results.add(task.call());
                    }
                    return results;
                }));
            }
            List<T> all = new ArrayList<>();
            for (Future<List<T>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] write(ICalendarWriter writer, List<Event> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(events, out);
        return out.toByteArray();
    }

    private static List<Event> events() {
        List<Event> events = new ArrayList<>();
        RoundTripTest.data_events().forEach(e -> events.add(Event.builder().from(e).id("e" + events.size()).build()));
        return events;
    }

    @Test
    void sharedWriter_writesTheSameBytesAsOneThread() {
        ICalendarWriter writer = Events.writer().uidDomain("example.org").eventPublishingComponents(true)
                .structuredData(e -> "{\"name\":\"" + e.title() + "\"}").build();
        List<Event> events = events();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            byte[] alone = write(writer, events);
            List<byte[]> together = onEightThreads(() -> write(writer, events));
            assertThat(together).hasSize(THREADS * ROUNDS).allSatisfy(bytes -> assertThat(bytes).isEqualTo(alone));
        });
    }

    @Test
    void sharedReader_readsWhatOneThreadReads() {
        ICalendarReader reader = ICalendarReader.builder().uidDomain("example.org").community(Events.eauClaire())
                .addHost(Events.ecpd()).build();
        List<byte[]> documents = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            documents.add(write(Events.writer().uidDomain("example.org").build(), events()));
            for (String name : List.of("google-export.ics", "outlook-export.ics", "apple-export.ics")) {
                try (InputStream in = ConcurrencyTest.class.getResourceAsStream(name)) {
                    documents.add(in.readAllBytes());
                }
            }
            List<ICalendarData> alone = new ArrayList<>();
            for (byte[] d : documents) {
                alone.add(reader.read(new ByteArrayInputStream(d)));
            }
            List<List<ICalendarData>> together = onEightThreads(() -> {
                List<ICalendarData> read = new ArrayList<>();
                for (byte[] d : documents) {
                    read.add(reader.read(new ByteArrayInputStream(d)));
                }
                return read;
            });
            assertThat(alone.get(0).events()).hasSize(events().size());
            assertThat(together).hasSize(THREADS * ROUNDS).allSatisfy(read -> assertThat(read).isEqualTo(alone));
        });
    }
}
