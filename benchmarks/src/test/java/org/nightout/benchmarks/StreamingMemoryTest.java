package org.nightout.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory bar of DESIGN.md: a 160,000-event feed is written as a stream in a 64 MB heap. A child JVM with
 * {@code -Xmx64m} streams the feed through our writer; it must finish, and write the very bytes that an
 * unconstrained run in this JVM writes. The feed is larger than that heap, so a writer that held the feed, or the
 * events, whole would run out of memory: finishing is what proves the streaming. (The child's peak heap cannot
 * exceed its maximum, so asserting that would prove nothing.)
 */
class StreamingMemoryTest {
    private static final int EVENTS = StreamingMemoryCheck.DEFAULT_EVENTS;
    private static final int HEAP_MIB = 64;
    /** Every event carries at least UID, DTSTAMP, DTSTART, DTEND, SUMMARY, LOCATION and ORGANIZER lines. */
    private static final long MIN_BYTES_PER_EVENT = 400;
    private static final Pattern RESULT =
            Pattern.compile("bytes=(\\d+) events=(\\d+) crc32=([0-9a-f]+) peakHeapMiB=(\\d+)");

    @Test
    void writesA160000EventFeedIn64MegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MIB + "m",
                "-cp", System.getProperty("java.class.path"),
                StreamingMemoryCheck.class.getName(),
                Integer.toString(EVENTS))
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

        String last = output.isEmpty() ? "" : output.get(output.size() - 1);
        Matcher m = RESULT.matcher(last);
        assertThat(m.matches()).as("result line in %s", output).isTrue();
        long bytes = Long.parseLong(m.group(1));
        assertThat(Long.parseLong(m.group(2))).isEqualTo(EVENTS);
        assertThat(bytes).isGreaterThanOrEqualTo(EVENTS * MIN_BYTES_PER_EVENT);
        assertThat(bytes).as("feed size in bytes, against the child's heap of %d MiB", HEAP_MIB)
                .isGreaterThan((long) HEAP_MIB << 20);

        // The same feed written here, in this JVM's larger heap: the small heap changed nothing in the output.
        CountingOutputStream expected = StreamingMemoryCheck.write(EVENTS);
        assertThat(last).startsWith(StreamingMemoryCheck.resultLine(expected) + " ");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }
}
