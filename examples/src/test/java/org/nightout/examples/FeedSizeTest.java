package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nightout.core.Profile;
import org.nightout.ical.ICalendarWriter;

/**
 * Measures the sample feed's bytes per event in each profile and checks that the README gives those figures, so
 * that they are measured, not guessed, and stay true as the writer changes. Counts bytes, not time.
 */
class FeedSizeTest {
    private static final Path README = Path.of("..", "README.md");

    /**
     * The feed's bytes, and its bytes past the empty feed (header and closing line) per event, rounded; with
     * {@code budget}, also how many such events fit into Google's fetch of about 1 MB.
     */
    private static String figures(ICalendarWriter writer, boolean budget) throws IOException {
        long bytes = writer.write(SampleEvents.all(), OutputStream.nullOutputStream()).bytes();
        long empty = writer.write(List.of(), OutputStream.nullOutputStream()).bytes();
        double perEvent = (double) (bytes - empty) / SampleEvents.all().size();
        return String.format(Locale.US, "%,d bytes (%d an event)", bytes, Math.round(perEvent))
                + (budget ? String.format(Locale.US, " | %,d", (long) ((1_000_000 - empty) / perEvent)) : "");
    }

    @Test
    void readme_givesTheSampleFeedsMeasuredSize() throws IOException {
        String readme = Files.readString(README);
        String fullFigures = figures(new FeedIdentity().writer().profile(Profile.FULL).build(), false);
        String publicFigures = figures(NightOut.DEFAULT_WRITER, true);
        String row = readme.lines().filter(l -> l.startsWith("| sample feed (")).findFirst()
                .orElseThrow(() -> new AssertionError("README has no row \"| sample feed (\" in its Feed size table"));
        assertThat(row).startsWith("| sample feed (" + SampleEvents.all().size() + " events")
                .endsWith(" | " + fullFigures + " | " + publicFigures + " |");
    }
}
