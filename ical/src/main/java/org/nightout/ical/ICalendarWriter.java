package org.nightout.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.Profile;
import org.nightout.ical.internal.write.FeedOutputs;
import org.nightout.ical.internal.write.FeedWriter;
import org.nightout.ical.internal.write.Pass;
import org.nightout.ical.internal.write.WriteSettings;

/**
 * Writes events as an iCalendar feed (RFC 5545) that calendar apps subscribe to: METHOD:PUBLISH (RFC 5546), calendar
 * name and refresh interval (RFC 7986), participants, structured venue and JSON-LD (RFC 9073).
 *
 * <p>The same events always give the same bytes: UIDs come from {@link Event#id()}, DTSTAMP and LAST-MODIFIED from
 * {@link Event#lastModified()}, never from the clock. Timed events carry a TZID and a compact VTIMEZONE built from
 * the JDK's zone rules (UTC is written as UTC); all-day events use VALUE=DATE with an exclusive DTEND. Every
 * VEVENT has an ORGANIZER, as PUBLISH requires: the first host agency, or the feed's publisher where the event
 * names no host.
 *
 * <p>What the feed shows of each event is its {@link Builder#profile(Profile) profile}: by default the
 * {@link Profile#PUBLIC public} one, for subscribers (no house number of a private residence, no person's phone or
 * e-mail, no {@code X-NIGHTOUT-*} fields); {@link Profile#FULL} for lossless exchange.
 *
 * <p><b>The write methods</b> form one set: the events as an {@code Iterable} read twice (first for the time zones
 * in use, whose VTIMEZONEs come before the events, then for the events), as a {@code Supplier} of streams called
 * twice ({@code write(() -> repository.streamEvents(), out)}: each stream must give the same events, and is closed
 * once read), or read once through a temporary file ({@code writeSpooled}); each alone or followed by series; each to
 * an {@code OutputStream} as UTF-8 (flushed, not closed), a {@code Writer} (neither flushed nor closed) or, but for
 * the spool, whose point is not to hold the feed, a {@code String} ({@code writeToString}). Memory grows with the
 * largest event, not the feed, and the same events give the same characters in every form. A supplier whose second
 * stream is one already used or empty fails with {@code IllegalStateException} before anything is written, and one
 * that gives other zones or another number of events fails once that is seen. Every method refuses, with
 * {@code IllegalArgumentException} and before writing anything, an event with an extension property the writer
 * writes itself, such as SUMMARY, or one that would open or close a component (BEGIN, END).
 *
 * <p>This class is immutable and thread-safe: one instance may serve any number of threads at once.
 *
 * <pre>{@code
 * ICalendarWriter writer = ICalendarWriter.builder()
 *     .publisher("City of Eau Claire", URI.create("mailto:police@example.org"))
 *     .name("National Night Out in the Chippewa Valley")
 *     .refreshInterval(Duration.ofHours(12))
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("nno.ics"))) {
 *     writer.write(events, out);
 * }
 * }</pre>
 */
public final class ICalendarWriter {
    /** What it was built with, a copy nothing changes, and the engine of every write when no clock moves the window. */
    private final WriteSettings settings;
    private final FeedWriter engine;

    private ICalendarWriter(Builder b) {
        this.settings = b.s.copy();
        this.engine = settings.engine();
    }

    /** The engine for one write: with a window that moves with a clock, one with the window of its today. */
    private FeedWriter engine() {
        return settings.clock.isEmpty() ? engine : settings.engine();
    }

    /**
     * Returns a builder with everything this writer was built with, to build a writer that differs in some of it.
     *
     * <pre>{@code
     * ICalendarWriter full = publicWriter.toBuilder().profile(Profile.FULL).build();
     * }</pre>
     *
     * @return a new builder; changing it changes no writer built before
     */
    public Builder toBuilder() {
        return new Builder(settings.copy());
    }

    /** Writes one event as a calendar of its own, whatever the window and byte budget, for {@link CalendarLinks}. */
    String writeOne(Event event) {
        return FeedOutputs.toText(settings.unbounded(), Pass.of(List.of(event)), List.of());
    }

    /**
     * Returns a new builder. The publisher is required; everything else is optional.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes a feed of single events as UTF-8.
     *
     * @param events the events, in the order they are to appear
     * @param out where the bytes go; flushed, not closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public WriteResult write(Iterable<? extends Event> events, OutputStream out) throws IOException {
        return FeedOutputs.toStream(engine(), Pass.of(events), List.of(), out);
    }

    /**
     * Writes a feed of single events.
     *
     * @param events the events, in the order they are to appear
     * @param out where the characters go; not flushed or closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public WriteResult write(Iterable<? extends Event> events, Writer out) throws IOException {
        return FeedOutputs.toWriter(engine(), Pass.of(events), List.of(), out);
    }

    /**
     * Returns a feed of single events as text.
     *
     * @param events the events, in the order they are to appear
     * @return the feed, with CRLF line ends
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public String writeToString(Iterable<? extends Event> events) {
        return FeedOutputs.toText(engine(), Pass.of(events), List.of());
    }

    /**
     * Writes a feed of single events and series as UTF-8.
     *
     * @param events the single events, in the order they are to appear
     * @param series the series, written after the single events
     * @param out where the bytes go; flushed, not closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public WriteResult write(Iterable<? extends Event> events, Iterable<? extends EventSeries> series,
            OutputStream out) throws IOException {
        return FeedOutputs.toStream(engine(), Pass.of(events), series, out);
    }

    /**
     * Writes a feed of single events and series.
     *
     * @param events the single events, in the order they are to appear
     * @param series the series, written after the single events
     * @param out where the characters go; not flushed or closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public WriteResult write(Iterable<? extends Event> events, Iterable<? extends EventSeries> series, Writer out)
            throws IOException {
        return FeedOutputs.toWriter(engine(), Pass.of(events), series, out);
    }

    /**
     * Returns a feed of single events and series as text.
     *
     * @param events the single events, in the order they are to appear
     * @param series the series, written after the single events
     * @return the feed, with CRLF line ends
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public String writeToString(Iterable<? extends Event> events, Iterable<? extends EventSeries> series) {
        return FeedOutputs.toText(engine(), Pass.of(events), series);
    }

    /**
     * Writes a feed from a stream of events as UTF-8. The supplier is called twice, as the class comment says.
     *
     * @param events gives a fresh stream of the events each time it is called
     * @param out where the bytes go; flushed, not closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     * @throws IllegalStateException if the second stream gives other events than the first
     */
    public WriteResult write(Supplier<? extends Stream<? extends Event>> events, OutputStream out) throws IOException {
        return FeedOutputs.toStream(engine(), Pass.of(events), List.of(), out);
    }

    /**
     * Writes a feed from a stream of events. The supplier is called twice, as the class comment says.
     *
     * @param events gives a fresh stream of the events each time it is called
     * @param out where the characters go; not flushed or closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     * @throws IllegalStateException if the second stream gives other events than the first
     */
    public WriteResult write(Supplier<? extends Stream<? extends Event>> events, Writer out) throws IOException {
        return FeedOutputs.toWriter(engine(), Pass.of(events), List.of(), out);
    }

    /**
     * Returns a feed from a stream of events as text. The supplier is called twice, as the class comment says.
     *
     * @param events gives a fresh stream of the events each time it is called
     * @return the feed, with CRLF line ends
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     * @throws IllegalStateException if the second stream gives other events than the first
     */
    public String writeToString(Supplier<? extends Stream<? extends Event>> events) {
        return FeedOutputs.toText(engine(), Pass.of(events), List.of());
    }

    /**
     * Writes a feed from a stream of single events, and series, as UTF-8. The supplier is called twice.
     *
     * @param events gives a fresh stream of the single events each time it is called
     * @param series the series, written after the single events
     * @param out where the bytes go; flushed, not closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     * @throws IllegalStateException if the second stream gives other events than the first
     */
    public WriteResult write(Supplier<? extends Stream<? extends Event>> events,
            Iterable<? extends EventSeries> series, OutputStream out) throws IOException {
        return FeedOutputs.toStream(engine(), Pass.of(events), series, out);
    }

    /**
     * Writes a feed from a stream of single events, and series. The supplier is called twice.
     *
     * @param events gives a fresh stream of the single events each time it is called
     * @param series the series, written after the single events
     * @param out where the characters go; not flushed or closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     * @throws IllegalStateException if the second stream gives other events than the first
     */
    public WriteResult write(Supplier<? extends Stream<? extends Event>> events,
            Iterable<? extends EventSeries> series, Writer out) throws IOException {
        return FeedOutputs.toWriter(engine(), Pass.of(events), series, out);
    }

    /**
     * Returns a feed from a stream of single events, and series, as text. The supplier is called twice.
     *
     * @param events gives a fresh stream of the single events each time it is called
     * @param series the series, written after the single events
     * @return the feed, with CRLF line ends
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     * @throws IllegalStateException if the second stream gives other events than the first
     */
    public String writeToString(Supplier<? extends Stream<? extends Event>> events,
            Iterable<? extends EventSeries> series) {
        return FeedOutputs.toText(engine(), Pass.of(events), series);
    }

    /**
     * Writes a feed of events that can be read only once, such as events parsed from a file or taken from a network
     * stream as they arrive. Which zones a feed uses, whose VTIMEZONEs come first, is known only after its last event,
     * so each VEVENT goes to a temporary file in {@code spoolDirectory} as it is read; then the header and the
     * VTIMEZONEs go to {@code out}, and the VEVENTs copied from the file, which is deleted. Memory holds one event at a
     * time; the disk holds the feed's events, no more than the {@link Builder#byteBudget(long) byte budget} when there
     * is one. The characters are those {@link #write(Iterable, Iterable, Writer)} writes for the same events, and
     * nothing reaches {@code out} when an event is refused or the iterable fails.
     *
     * <pre>{@code
     * try (Stream<Event> events = repository.streamEvents()) {         // one query, read once
     *     writer.writeSpooled(events::iterator, List.of(), out, Path.of(System.getProperty("java.io.tmpdir")));
     * }
     * }</pre>
     *
     * @param events the single events, in the order they are to appear; iterated once
     * @param series the series, written after the single events; iterated once, after the events
     * @param out where the characters go; not flushed or closed
     * @param spoolDirectory an existing directory for the temporary file
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails, or the temporary file cannot be written or read
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public WriteResult writeSpooled(Iterable<? extends Event> events, Iterable<? extends EventSeries> series,
            Writer out, Path spoolDirectory) throws IOException {
        return FeedOutputs.spooledToWriter(engine(), events, series, out, spoolDirectory);
    }

    /**
     * Writes, as UTF-8, a feed of events that can be read only once, as {@link #writeSpooled(Iterable, Iterable,
     * Writer, Path)} does, with the bytes {@link #write(Iterable, Iterable, OutputStream)} writes for them.
     *
     * @param events the single events, in the order they are to appear; iterated once
     * @param series the series, written after the single events; iterated once, after the events
     * @param out where the bytes go; flushed, not closed
     * @param spoolDirectory an existing directory for the temporary file
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails, or the temporary file cannot be written or read
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public WriteResult writeSpooled(Iterable<? extends Event> events, Iterable<? extends EventSeries> series,
            OutputStream out, Path spoolDirectory) throws IOException {
        return FeedOutputs.spooledToStream(engine(), events, series, out, spoolDirectory);
    }

    /**
     * Writes a feed of single events that can be read only once, as {@link #writeSpooled(Iterable, Iterable, Writer,
     * Path)} does with no series.
     *
     * @param events the events, in the order they are to appear; iterated once
     * @param out where the characters go; not flushed or closed
     * @param spoolDirectory an existing directory for the temporary file
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails, or the temporary file cannot be written or read
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public WriteResult writeSpooled(Iterable<? extends Event> events, Writer out, Path spoolDirectory)
            throws IOException {
        return FeedOutputs.spooledToWriter(engine(), events, List.of(), out, spoolDirectory);
    }

    /**
     * Writes, as UTF-8, a feed of single events that can be read only once, as {@link #writeSpooled(Iterable,
     * Iterable, OutputStream, Path)} does with no series.
     *
     * @param events the events, in the order they are to appear; iterated once
     * @param out where the bytes go; flushed, not closed
     * @param spoolDirectory an existing directory for the temporary file
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails, or the temporary file cannot be written or read
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public WriteResult writeSpooled(Iterable<? extends Event> events, OutputStream out, Path spoolDirectory)
            throws IOException {
        return FeedOutputs.spooledToStream(engine(), events, List.of(), out, spoolDirectory);
    }

    /**
     * Builds an {@link ICalendarWriter}. Not thread-safe; the writer it builds is.
     */
    public static final class Builder {
        private final WriteSettings s;

        private Builder() {
            this(new WriteSettings());
        }

        private Builder(WriteSettings s) {
            this.s = s;
        }

        /**
         * Keeps only events with a day from {@code before} the clock's today to {@code after} it, both included, as
         * {@link #window(LocalDate, LocalDate)} does, with today read from {@code clock} at each write: a writer that
         * serves a feed for months keeps "the last month and the next year and a half" of the day it writes, not of the
         * day it was built. The same events give the same bytes on the same day.
         *
         * <pre>{@code
         * builder.window(Clock.system(ZoneId.of("America/Chicago")), Period.ofMonths(1), Period.ofMonths(18));
         * }</pre>
         *
         * @param clock where today comes from, in the zone whose today counts
         * @param before how far back from today the window starts
         * @param after how far ahead of today it ends
         * @return this builder
         * @throws IllegalArgumentException if a period is negative
         */
        public Builder window(Clock clock, Period before, Period after) {
            s.window(clock, before, after);
            return this;
        }

        /**
         * Keeps only events with a day from {@code from} to {@code to}, both included, in their own time: events that
         * ended before {@code from} (a cancelled event too, once it has passed) and events that start after
         * {@code to} are left out, and counted in {@link WriteResult#outsideWindow()}. A series is written whole when
         * one of its occurrences falls in the window, and left out when none does. The writer reads no clock, so the
         * same events give the same bytes: the application computes the window from its own today.
         *
         * <pre>{@code
         * LocalDate today = LocalDate.now(clock);
         * builder.window(today.minusDays(30), today.plusMonths(18));   // the last month and the next year and a half
         * }</pre>
         *
         * @param from the first day kept
         * @param to the last day kept
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is before {@code from}
         */
        public Builder window(LocalDate from, LocalDate to) {
            s.window(from, to);
            return this;
        }

        /**
         * Caps the feed's size: the writer stops before the event (or series) that would take the feed past
         * {@code bytes} UTF-8 bytes, closes the calendar, and reports what it left out in
         * {@link WriteResult#truncated()} and {@link WriteResult#eventsOverBudget()}. Google Calendar fetches about
         * 1 MB of a subscribed feed, so {@code 1_000_000} keeps a feed whole there; write events in order of
         * importance (the soonest first) for the cut to fall on the least important.
         *
         * @param bytes the most bytes the feed may have, header and time zones included
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is not positive
         */
        public Builder byteBudget(long bytes) {
            s.byteBudget(bytes);
            return this;
        }

        /**
         * In the {@link Profile#FULL full} profile, prefixes the title of each cancelled event, such as
         * {@code "Cancelled: "}, for calendar apps that ignore STATUS:CANCELLED; the public profile marks every
         * cancelled event's title and description already ({@link Profile#PUBLIC}). The event keeps STATUS:CANCELLED
         * and stays in the feed until it has passed; a title that starts with the prefix is left as it is.
         *
         * @param prefix the text put before the title, such as "Cancelled: "
         * @return this builder
         * @throws IllegalArgumentException if the prefix is blank or has a line break or control character
         */
        public Builder cancelledPrefix(String prefix) {
            s.cancelledPrefix(prefix);
            return this;
        }

        /**
         * Sets what the feed shows of each event. {@link Profile#PUBLIC} by default, because a feed goes to strangers:
         * a private residence shows only its street and community, people's phone numbers and e-mail addresses
         * never, nor the lossless {@code X-NIGHTOUT-*} fields, kept properties or kept organizers. Choose
         * {@link Profile#FULL} for exchange between systems that trust each other: it reads back to an equal event.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(Profile profile) {
            s.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Sets who publishes the feed: the ORGANIZER of every event that names no host, and the address of hosts
         * that have none of their own.
         *
         * @param name the publisher's name, such as "City of Eau Claire"
         * @param address where to reach the publisher, such as {@code mailto:police@example.org}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the address is not an absolute URI
         */
        public Builder publisher(String name, URI address) {
            s.publisher(name, address);
            return this;
        }

        /**
         * Sets the calendar's name (NAME and X-WR-CALNAME).
         *
         * @param name the name calendar apps show for the subscription
         * @return this builder
         */
        public Builder name(String name) {
            s.name = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets the calendar's description (DESCRIPTION and X-WR-CALDESC).
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            s.description = Optional.of(Objects.requireNonNull(description, "description"));
            return this;
        }

        /**
         * Sets where the feed is published (URL and SOURCE).
         *
         * @param url the feed's own URL
         * @return this builder
         * @throws IllegalArgumentException if the URL is not absolute
         */
        public Builder url(URI url) {
            s.url(url);
            return this;
        }

        /**
         * Sets how often clients should poll (REFRESH-INTERVAL and X-PUBLISHED-TTL).
         *
         * @param interval a positive duration in whole seconds
         * @return this builder
         * @throws IllegalArgumentException if the interval is not positive or has fractions of a second
         */
        public Builder refreshInterval(Duration interval) {
            s.refreshInterval(interval);
            return this;
        }

        /**
         * Sets the calendar's color (COLOR), a CSS3 color name.
         *
         * @param cssColorName a name such as "navy"
         * @return this builder
         * @throws IllegalArgumentException if the name is not lowercase letters
         */
        public Builder color(String cssColorName) {
            s.color(cssColorName);
            return this;
        }

        /**
         * Sets the domain appended to event ids that have no {@code @}, so UIDs are unique across publishers. It
         * applies to the ids the application made: an event with a {@link Event#uid() UID} of its own, such as one
         * read from another calendar, keeps that UID exactly.
         *
         * @param domain a domain such as "eauclairewi.gov"
         * @return this builder
         */
        public Builder uidDomain(String domain) {
            s.uidDomain(domain);
            return this;
        }

        /**
         * Sets a function that gives each event's schema.org JSON-LD, written as RFC 9073 STRUCTURED-DATA when
         * {@link #eventPublishingComponents(boolean)} is on. The iCalendar module does not depend on the JSON module;
         * the application wires the two.
         *
         * @param jsonLd from event to JSON-LD text, or to null to write none for that event
         * @return this builder
         */
        public Builder structuredData(Function<? super Event, String> jsonLd) {
            s.structuredData = Optional.of(Objects.requireNonNull(jsonLd, "jsonLd"));
            return this;
        }

        /**
         * Turns on the RFC 9073 event-publishing components: a PARTICIPANT for each host and participant, a VLOCATION
         * for the venue, and STRUCTURED-DATA where {@link #structuredData(Function)} gives JSON-LD. Off by default,
         * because widely deployed parsers reject them: libical 3.0 (Evolution) fails on PARTICIPANT-TYPE, calcurse
         * 4.7 takes a participant's DESCRIPTION for the event's and drops the event, and ruby-icalendar 2.8 stops at
         * the PARTICIPANT component. Turn it on for consumers known to read RFC 9073, such as event aggregators.
         *
         * @param on whether to write the components
         * @return this builder
         */
        public Builder eventPublishingComponents(boolean on) {
            s.eventPublishing = on;
            return this;
        }

        /**
         * Writes the alarms (VALARM) that events kept from the calendars they were read from. Off by default:
         * subscribers set their own reminders, and a publisher's alarms would ring on every subscriber's devices.
         *
         * @param on whether to write kept alarms
         * @return this builder
         */
        public Builder alarms(boolean on) {
            s.alarms = on;
            return this;
        }

        /**
         * Writes the ATTENDEE properties that events kept from the calendars they were read from. Off by default:
         * they carry people's names and e-mail addresses, and a published feed goes to strangers. Turn it on only
         * for exchange between systems that trust each other.
         *
         * @param on whether to write kept attendees
         * @return this builder
         */
        public Builder attendees(boolean on) {
            s.attendees = on;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return a thread-safe writer
         * @throws IllegalStateException if no publisher was set
         */
        public ICalendarWriter build() {
            s.requirePublisher();
            return new ICalendarWriter(this);
        }
    }
}
