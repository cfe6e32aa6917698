package org.nightout.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.Profile;

/**
 * Measures the benchmark feed's bytes per event in each profile and checks that the README gives those figures, so
 * that they are measured, not guessed, and stay true as the writer or the feed changes. Counts bytes, not time.
 */
class FeedSizeTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void readme_givesTheBenchmarkFeedsMeasuredSize() throws IOException {
        List<Event> events = FeedData.events(FeedSize.DEFAULT_EVENTS);
        FeedSize.Result full = FeedSize.measure(events, FeedSize.writer(Profile.FULL));
        FeedSize.Result shown = FeedSize.measure(events, FeedSize.writer(Profile.PUBLIC));
        assertThat(full.bytes()).isGreaterThan(shown.bytes());
        String row = String.format(Locale.US, " | %,d bytes (%d an event) | %,d bytes (%d an event) | %,d |",
                full.bytes(), Math.round(full.perEvent()), shown.bytes(), Math.round(shown.perEvent()),
                shown.eventsInOneMegabyte());
        String line = Files.readString(README).lines().filter(l -> l.startsWith("| benchmark feed (")).findFirst()
                .orElseThrow(() -> new AssertionError("README has no row \"| benchmark feed (\" in its Feed size table"));
        assertThat(line).startsWith("| benchmark feed (16,000 events").endsWith(row);
    }

    @Test
    void readme_givesTheBenchmarkFeedsLinkLengths() throws IOException {
        double[] lengths = FeedSize.averageLinkLengths(FeedData.events(FeedSize.DEFAULT_EVENTS));
        String sentence = String.format(Locale.US, "links average %.0f characters for Google, %.0f and %.0f for"
                + " outlook.com and Microsoft 365 and %.0f for Yahoo", lengths[0], lengths[1], lengths[2], lengths[3]);
        assertThat(Files.readString(README).replaceAll("\\s+", " ")).contains(sentence);
    }
}
