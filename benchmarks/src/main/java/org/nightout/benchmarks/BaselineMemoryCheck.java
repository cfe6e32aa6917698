package org.nightout.benchmarks;

import java.util.Locale;

/**
 * Writes a large feed with iCal4j's {@code CalendarOutputter} or biweekly, the same events as
 * {@link StreamingMemoryCheck}, built lazily, into a writer that keeps nothing. Both libraries hold the whole
 * calendar as objects before writing it, so run in a small heap ({@code java -Xmx64m ...}) this shows where they
 * run out of memory. Not a test: the outcome is recorded in the README.
 *
 * <p>Prints {@code chars=<n> peakHeapMiB=<n>} and exits 0 when the feed was written; an {@link OutOfMemoryError}
 * ends the JVM with a non-zero status.
 */
public final class BaselineMemoryCheck {
    private BaselineMemoryCheck() {
    }

    /**
     * Writes the feed with one library.
     *
     * @param args {@code ical4j} or {@code biweekly}, then optionally the number of events (160,000 when absent)
     * @throws Exception when the library fails
     */
    public static void main(String[] args) throws Exception {
        String library = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "ical4j";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : StreamingMemoryCheck.DEFAULT_EVENTS;
        CountingWriter out = new CountingWriter();
        switch (library) {
            case "ical4j" -> WriteBenchmark.writeIcal4j(FeedData.lazyEvents(count), out);
            case "biweekly" -> WriteBenchmark.writeBiweekly(FeedData.lazyEvents(count), out);
            default -> throw new IllegalArgumentException("ical4j or biweekly, not " + library);
        }
        System.out.println("chars=" + out.chars() + " peakHeapMiB=" + StreamingMemoryCheck.peakHeapBytes() / (1024 * 1024));
    }
}
