package org.nightout.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.nightout.core.Profile;
import org.nightout.ical.ICalendarWriter;

/**
 * Streams a large feed through our writer into a stream that keeps nothing, and prints what was written: run it
 * in a small heap ({@code java -Xmx64m ...}) to show that the writer's memory does not grow with the feed. The
 * events are built one at a time as the writer reads them, so the heap holds only the writer's own state.
 *
 * <p>Prints one line, {@code bytes=<n> events=<n> crc32=<hex> peakHeapMiB=<n>}, and exits 0; an
 * {@link OutOfMemoryError} ends the JVM with a non-zero status.
 */
public final class StreamingMemoryCheck {
    /** The feed size DESIGN.md sets for the memory bar. */
    public static final int DEFAULT_EVENTS = 160_000;

    private StreamingMemoryCheck() {
    }

    /**
     * Writes the feed and prints the result line.
     *
     * @param args optionally, the number of events (160,000 when absent)
     * @throws IOException never, as the output keeps nothing
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_EVENTS;
        CountingOutputStream out = write(count);
        System.out.println(resultLine(out) + " peakHeapMiB=" + peakHeapBytes() / (1024 * 1024));
    }

    static CountingOutputStream write(int count) throws IOException {
        ICalendarWriter writer = ICalendarWriter.builder()
                .publisher(FeedData.PUBLISHER, FeedData.PUBLISHER_ADDRESS).profile(Profile.FULL)
                .build();
        CountingOutputStream out = new CountingOutputStream();
        writer.write(FeedData.lazyEvents(count), out);
        return out;
    }

    static String resultLine(CountingOutputStream out) {
        return "bytes=" + out.bytes() + " events=" + out.events() + " crc32=" + Long.toHexString(out.crc32());
    }

    /** The sum of the heap pools' peak use: an upper bound on the heap in use at any one time. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
