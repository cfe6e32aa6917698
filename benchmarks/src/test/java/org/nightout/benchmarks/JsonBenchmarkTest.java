package org.nightout.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JSON benchmark compares like with like: both sides write the same bytes and read them back whole. */
class JsonBenchmarkTest {
    @Test
    void plainRecordsWriteTheSameJsonAsTheModuleAndBothReadItBack() {
        JsonBenchmark benchmark = new JsonBenchmark();
        benchmark.events = 1_000;
        benchmark.setUp();

        assertThat(new String(benchmark.plainJson(), StandardCharsets.UTF_8))
                .isEqualTo(new String(benchmark.json(), StandardCharsets.UTF_8));
        assertThat(benchmark.nightoutRead()).isEqualTo(benchmark.feed());
        assertThat(benchmark.jacksonRead()).isEqualTo(benchmark.plainFeed()).hasSize(1_000);
        assertThat(benchmark.plainFeed().get(0).time().start()).endsWith("]");
        assertThat(benchmark.nightoutWrite()).isEqualTo(benchmark.jacksonWrite()).isEqualTo(benchmark.json().length);
    }
}
