package org.nightout.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.ical.ICalendarWriter;

/**
 * The reading half of the memory bar: a feed larger than the heap is read as a stream. A child JVM with a heap
 * smaller than the file reads it through {@code ICalendarReader.read(InputStream, ICalendarHandler)}; it must finish
 * and hand over the very events, in the same order, that a read in this JVM's larger heap does.
 */
class StreamingReadMemoryTest {
    private static final int EVENTS = 100_000;
    private static final int HEAP_MIB = 32;

    @Test
    void readsAFeedLargerThanTheHeapAsAStream(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("feed.ics");
        try (OutputStream out = Files.newOutputStream(feed)) {
            ICalendarWriter.builder().publisher(FeedData.PUBLISHER, FeedData.PUBLISHER_ADDRESS)
                    .profile(org.nightout.core.Profile.FULL).build().write(FeedData.lazyEvents(EVENTS), out);
        }
        assertThat(Files.size(feed)).as("feed size, against the child's heap of %d MiB", HEAP_MIB)
                .isGreaterThan((long) HEAP_MIB << 20);

        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MIB + "m",
                "-cp", System.getProperty("java.class.path"),
                StreamingReadCheck.class.getName(),
                feed.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
                .start();
        boolean finished;
        try {
            finished = child.waitFor(5, TimeUnit.MINUTES);
        } finally {
            child.destroyForcibly();
        }
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(finished).as("child JVM finished within 5 minutes; output: %s", output).isTrue();
        assertThat(child.exitValue()).as("child JVM exit status; output: %s", output).isZero();

        String expected;
        try (InputStream in = Files.newInputStream(feed)) {
            expected = StreamingReadCheck.read(in);
        }
        assertThat(expected).startsWith("events=" + EVENTS + " series=0 warnings=0 ");
        assertThat(output).last().isEqualTo(expected);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }
}
