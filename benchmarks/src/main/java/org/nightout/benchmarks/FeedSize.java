package org.nightout.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.ical.CalendarLinks;
import org.nightout.ical.ICalendarWriter;

/**
 * Measures how many bytes a feed takes per event, in each profile, and how long the add-to-calendar links of its
 * events are: the figures the README gives for the benchmark feed. Counts bytes, not time.
 *
 * <p>Run {@code java -cp benchmarks/target/benchmarks.jar org.nightout.benchmarks.FeedSize [EVENTS]}; it prints one
 * line per profile and one for the links.
 */
public final class FeedSize {
    /** The benchmark feed's size: 16,000 events. */
    public static final int DEFAULT_EVENTS = 16_000;
    /** About what Google Calendar fetches of a subscribed feed. */
    public static final long GOOGLE_BYTES = 1_000_000;

    private FeedSize() {
    }

    /**
     * What a feed of some events takes.
     *
     * @param events how many events
     * @param bytes the whole feed in UTF-8 bytes
     * @param emptyBytes the same writer's feed of no events: its header and closing line
     */
    public record Result(int events, long bytes, long emptyBytes) {
        /**
         * Returns the bytes of the feed past the empty feed (its VTIMEZONEs and events), per event.
         *
         * @return the average, in bytes
         */
        public double perEvent() {
            return (double) (bytes - emptyBytes) / events;
        }

        /**
         * Returns how many events of this kind fit into Google's fetch of about 1 MB.
         *
         * @return whole events
         */
        public long eventsInOneMegabyte() {
            return (long) ((GOOGLE_BYTES - emptyBytes) / perEvent());
        }
    }

    /**
     * Writes the events with the writer into a counter that keeps nothing.
     *
     * @param events the events
     * @param writer the writer, with the profile to measure
     * @return the sizes
     */
    public static Result measure(List<Event> events, ICalendarWriter writer) {
        try {
            long bytes = writer.write(events, OutputStream.nullOutputStream()).bytes();
            long empty = writer.write(List.of(), OutputStream.nullOutputStream()).bytes();
            return new Result(events.size(), bytes, empty);
        } catch (IOException e) {
            throw new UncheckedIOException("The null stream does not fail", e);
        }
    }

    /**
     * Returns the average length, in characters, of the events' Google, outlook.com, Microsoft 365 and Yahoo links.
     *
     * @param events the events
     * @return the four averages, in that order
     */
    public static double[] averageLinkLengths(List<Event> events) {
        CalendarLinks links = CalendarLinks.create();
        double[] sums = new double[4];
        for (Event e : events) {
            sums[0] += links.google(e).toString().length();
            sums[1] += links.outlook(e).toString().length();
            sums[2] += links.office365(e).toString().length();
            sums[3] += links.yahoo(e).toString().length();
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= events.size();
        }
        return sums;
    }

    /**
     * Prints the figures for the benchmark feed.
     *
     * @param args optionally, the number of events (16,000 when absent)
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_EVENTS;
        List<Event> events = FeedData.events(count);
        for (Profile profile : Profile.values()) {
            Result r = measure(events, writer(profile));
            System.out.println(String.format(Locale.ROOT, "profile=%s events=%d bytes=%d empty=%d perEvent=%.1f"
                    + " eventsIn1MB=%d", profile.name().toLowerCase(Locale.ROOT), r.events(), r.bytes(),
                    r.emptyBytes(), r.perEvent(), r.eventsInOneMegabyte()));
        }
        double[] links = averageLinkLengths(events);
        System.out.println(String.format(Locale.ROOT, "links google=%.0f outlook=%.0f office365=%.0f yahoo=%.0f",
                links[0], links[1], links[2], links[3]));
    }

    /**
     * The writer the benchmarks use, in a profile.
     *
     * @param profile the profile
     * @return the writer
     */
    static ICalendarWriter writer(Profile profile) {
        return ICalendarWriter.builder().publisher(FeedData.PUBLISHER, FeedData.PUBLISHER_ADDRESS).profile(profile)
                .build();
    }
}
