package org.nightout.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The recurrence benchmark compares like with like: the three engines count the same occurrences. Each rule starts on
 * one of its own dates, as lib-recur and iCal4j, unlike RFC 5545, leave out a DTSTART that the rule does not give.
 */
class RecurrenceBenchmarkTest {
    @Test
    void allThreeEnginesFindTheSameNumberOfOccurrences() throws Exception {
        RecurrenceBenchmark benchmark = new RecurrenceBenchmark();
        benchmark.setUp();

        assertThat(benchmark.nightoutWeekly()).isEqualTo(103)
                .isEqualTo(benchmark.libRecurWeekly()).isEqualTo(benchmark.ical4jWeekly());
        assertThat(benchmark.nightoutMonthly()).isEqualTo(12)
                .isEqualTo(benchmark.libRecurMonthly()).isEqualTo(benchmark.ical4jMonthly());
        assertThat(benchmark.nightoutNno()).isEqualTo(500)
                .isEqualTo(benchmark.libRecurNno()).isEqualTo(benchmark.ical4jNno());
    }
}
