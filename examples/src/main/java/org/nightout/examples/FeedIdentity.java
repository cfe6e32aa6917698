package org.nightout.examples;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
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
    static final String DEFAULT_UID_DOMAIN = "example.org";

    @Option(names = "--publisher-name", paramLabel = "NAME", defaultValue = DEFAULT_PUBLISHER_NAME,
            description = "The ORGANIZER's name for events that name no host or organizer (default: ${DEFAULT-VALUE}).")
    String publisherName = DEFAULT_PUBLISHER_NAME;

    @Option(names = "--publisher-address", paramLabel = "URI", defaultValue = DEFAULT_PUBLISHER_ADDRESS,
            description = "The ORGANIZER's address, such as mailto:events@example.org (default: ${DEFAULT-VALUE}).")
    URI publisherAddress = URI.create(DEFAULT_PUBLISHER_ADDRESS);

    @Option(names = "--calendar-name", paramLabel = "NAME", defaultValue = DEFAULT_CALENDAR_NAME,
            description = "The calendar's NAME and X-WR-CALNAME (default: ${DEFAULT-VALUE}).")
    String calendarName = DEFAULT_CALENDAR_NAME;

    @Option(names = "--uid-domain", paramLabel = "DOMAIN", defaultValue = DEFAULT_UID_DOMAIN,
            description = "UIDs of events without one of their own are ID@DOMAIN, and reading iCalendar takes"
                    + " @DOMAIN off again (default: ${DEFAULT-VALUE}).")
    String uidDomain = DEFAULT_UID_DOMAIN;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The IANA time zone of iCalendar times that name none (floating), such as America/Chicago"
                    + " (default: UTC).")
    ZoneId zone;

    /** Returns a writer builder with this identity; callers add what only they need. */
    ICalendarWriter.Builder writer() {
        return ICalendarWriter.builder()
                .publisher(publisherName, publisherAddress)
                .name(calendarName)
                .refreshInterval(Duration.ofHours(12))
                .uidDomain(uidDomain);
    }

    /**
     * Returns the UID the writer of {@link #writer()} gives an event: its own {@link Event#uid() UID} exactly, else
     * its id with {@code @DOMAIN} where the id has no {@code @}, as {@link ICalendarWriter.Builder#uidDomain(String)}
     * documents it. The writer keeps this rule to itself, so it is followed here for what prints UIDs without
     * writing iCalendar ({@code nightout occurrences}).
     */
    String uid(Event event) {
        if (event.uid().isPresent()) {
            return event.uid().get();
        }
        return event.id().indexOf('@') < 0 ? event.id() + "@" + uidDomain : event.id();
    }

    /** Returns a reader with this identity's UID domain and zone. */
    ICalendarReader reader(boolean strict) {
        return reader(strict, null);
    }

    /**
     * Returns a reader with this identity's UID domain, which reads floating times in {@code --zone}, or where that
     * is not given, in {@code otherwise} (null: as the reader does by default, in UTC with a warning).
     */
    ICalendarReader reader(boolean strict, ZoneId otherwise) {
        // No limit on the document's size: it is read as a stream, so memory does not grow with it.
        ICalendarReader.Builder b = ICalendarReader.builder().strict(strict).uidDomain(uidDomain)
                .maxInputBytes(Long.MAX_VALUE);
        ZoneId floating = zone != null ? zone : otherwise;
        if (floating != null) {
            b.floatingTimeZone(floating);
        }
        return b.build();
    }
}
