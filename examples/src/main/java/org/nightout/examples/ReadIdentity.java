package org.nightout.examples;

import java.time.ZoneId;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import picocli.CommandLine.Option;

/**
 * How a command reads a file: the options every command that reads takes, with one set of defaults. The commands
 * that only read (validate, occurrences, links) take these alone; those that also write take them through
 * {@link FeedIdentity}, so that no command lists an option that does nothing there.
 */
final class ReadIdentity {
    /** The default UID domain. */
    static final String DEFAULT_UID_DOMAIN = "example.org";

    @Option(names = "--uid-domain", paramLabel = "DOMAIN", defaultValue = DEFAULT_UID_DOMAIN,
            description = "UIDs of events without one of their own are ID@DOMAIN, and reading iCalendar takes"
                    + " @DOMAIN off again (default: ${DEFAULT-VALUE}).")
    String uidDomain = DEFAULT_UID_DOMAIN;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The IANA time zone of iCalendar times that name none (floating), such as America/Chicago"
                    + " (default: UTC).")
    ZoneId zone;

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
