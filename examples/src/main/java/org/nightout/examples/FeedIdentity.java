package org.nightout.examples;

import java.net.URI;
import java.time.Duration;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Whose feed it is: the options every command takes, with one set of defaults, so that a feed converted to JSON and
 * back, or served, carries the same publisher, name and UIDs as the feed it came from.
 */
final class FeedIdentity {
    /** The default publisher's name. */
    static final String DEFAULT_PUBLISHER_NAME = "nightout";
    /** The default publisher's address. */
    static final String DEFAULT_PUBLISHER_ADDRESS = "https://example.org/nightout";
    /** The default calendar name. */
    static final String DEFAULT_CALENDAR_NAME = "National Night Out";
    /** The default UID domain. */
    static final String DEFAULT_UID_DOMAIN = ReadIdentity.DEFAULT_UID_DOMAIN;

    @Option(names = "--publisher-name", paramLabel = "NAME", defaultValue = DEFAULT_PUBLISHER_NAME,
            description = "The ORGANIZER's name for events that name no host or organizer (default: ${DEFAULT-VALUE}).")
    String publisherName = DEFAULT_PUBLISHER_NAME;

    @Option(names = "--publisher-address", paramLabel = "URI", defaultValue = DEFAULT_PUBLISHER_ADDRESS,
            description = "The ORGANIZER's address, such as mailto:events@example.org (default: ${DEFAULT-VALUE}).")
    URI publisherAddress = URI.create(DEFAULT_PUBLISHER_ADDRESS);

    @Option(names = "--calendar-name", paramLabel = "NAME", defaultValue = DEFAULT_CALENDAR_NAME,
            description = "The calendar's NAME and X-WR-CALNAME (default: ${DEFAULT-VALUE}).")
    String calendarName = DEFAULT_CALENDAR_NAME;

    @Mixin
    ReadIdentity read = new ReadIdentity();

    /** Returns a writer builder with this identity; callers add what only they need. */
    ICalendarWriter.Builder writer() {
        return ICalendarWriter.builder()
                .publisher(publisherName, publisherAddress)
                .name(calendarName)
                .refreshInterval(Duration.ofHours(12))
                .uidDomain(read.uidDomain);
    }

    /** Returns a reader with this identity's UID domain and zone; see {@link ReadIdentity#reader(boolean)}. */
    ICalendarReader reader(boolean strict) {
        return read.reader(strict);
    }
}
