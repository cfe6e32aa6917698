package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One mapper with NightOutModule, and one JSON-LD writer, shared by eight threads give what one thread gets. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 50;
    private static final TypeReference<List<Event>> EVENTS = new TypeReference<>() {
    };

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

    private static List<Event> events() {
        List<Event> events = new ArrayList<>(TestEvents.samples());
        events.add(TestEvents.everyField());
        return events;
    }

    @Test
    void sharedMapper_writesTheSameBytes_andReadsEqualEvents() {
        JsonMapper mapper = JsonMapper.builder().addModule(new NightOutModule()).build();
        List<Event> events = events();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            byte[] alone = mapper.writeValueAsBytes(events);
            assertThat(mapper.readValue(alone, EVENTS)).isEqualTo(events);
            List<byte[]> written = onEightThreads(() -> mapper.writeValueAsBytes(events));
            assertThat(written).hasSize(THREADS * ROUNDS).allSatisfy(bytes -> assertThat(bytes).isEqualTo(alone));
            List<List<Event>> read = onEightThreads(() -> mapper.readValue(alone, EVENTS));
            assertThat(read).allSatisfy(r -> assertThat(r).isEqualTo(events));
        });
    }

    @Test
    void sharedLimitedMapper_andJsonLdWriter_giveWhatOneThreadGets() {
        JsonMapper mapper = NightOutModule.jsonMapper();
        JsonLdWriter jsonLd = JsonLdWriter.create();
        List<Event> events = events();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String alone = mapper.writeValueAsString(events);
            List<String> pages = new ArrayList<>();
            for (Event e : events) {
                pages.add(jsonLd.write(e));
            }
            List<String> written = onEightThreads(() -> mapper.writeValueAsString(mapper.readValue(alone, EVENTS)));
            assertThat(written).allSatisfy(json -> assertThat(json).isEqualTo(alone));
            List<List<String>> ld = onEightThreads(() -> {
                List<String> each = new ArrayList<>();
                for (Event e : events) {
                    each.add(jsonLd.write(e));
                }
                return each;
            });
            assertThat(ld).allSatisfy(l -> assertThat(l).isEqualTo(pages));
        });
    }
}
