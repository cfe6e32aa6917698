package org.nightout.ical;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Agency;
import org.nightout.core.Community;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.internal.lines.LineReader;
import org.nightout.ical.internal.read.ComponentParser;
import org.nightout.ical.internal.read.EventMapper;
import org.nightout.ical.internal.read.ReadOptions;
import org.nightout.ical.internal.read.StrictStop;
import org.nightout.ical.internal.read.Warnings;

/**
 * Reads iCalendar documents (RFC 5545) into nightout events: our own feeds back to equal events, and the world's
 * feeds (Google, Outlook, Apple exports) as far as they go, with a warning for everything worked around.
 *
 * <p>Reading never stops at a bad property: it records a {@link ReadWarning} with the line, the property, a stable
 * code and a message, and goes on. {@link Builder#strict(boolean) Strict} mode turns the first warning into an
 * {@link ICalendarParseException}; so does a document that is no iCalendar at all or that exceeds a limit.
 * Properties the model has no field for are kept with the event as {@link org.nightout.core.ExtensionProperty
 * extension properties}, so a read-then-write keeps them.
 *
 * <p>Our own content-line parser is used instead of iCal4j's: iCal4j decodes characters before it unfolds, so a
 * fold inside a multi-byte character becomes two U+FFFD, and its parser stops at the first error, where this reader
 * must report the line and go on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * ICalendarReader reader = ICalendarReader.builder()
 *     .community(eauClaire)           // the feed is this community's
 *     .addHost(ecpd)                  // ... and this agency's
 *     .build();
 * ICalendarData data = reader.read(Files.newInputStream(Path.of("department.ics")));
 * data.warnings().forEach(w -> System.err.println("warning: " + w));
 * }</pre>
 */
public final class ICalendarReader {
    private final ReadOptions options;

    private ICalendarReader(Builder b) {
        this.options = new ReadOptions(b.strict, b.uidDomain, b.community, List.copyOf(b.hosts), b.floatingZone,
                b.maxInputBytes, b.maxLineOctets, b.maxComponents, b.maxProperties, b.maxDepth);
    }

    /**
     * Returns a new builder with lenient reading and the default limits.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a whole document from UTF-8 bytes into memory. The stream is read to its end, not closed. This is
     * {@link #read(InputStream, ICalendarHandler)} with a handler that keeps everything, where a later version of an
     * event takes the older one's place.
     *
     * @param in the bytes
     * @return the events, series and warnings
     * @throws ICalendarParseException if the input is no iCalendar, exceeds a limit, or (when strict) has a warning
     * @throws IOException if reading the stream fails
     */
    public ICalendarData read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        Collector all = new Collector();
        read(in, all);
        return new ICalendarData(all.name, List.copyOf(all.events.values()), all.series, all.warnings);
    }

    /**
     * Reads a document from UTF-8 bytes as a stream, handing each event to {@code handler} as soon as its VEVENT ends
     * and each warning as it arises; series follow after the last line. The stream is read to its end, not
     * closed. Memory grows with the largest event and with the VEVENTs that have an RRULE, an RDATE or a RECURRENCE-ID (held
     * until the end, where series are put together), and by about 30 bytes for each single event (fingerprints of
     * its id and UID); see {@link ICalendarHandler} for what arrives when, for later versions of an event already handed
     * over, and for memory.
     *
     * <p>A callback rather than an {@code Iterator}: the reader pushes what it reads, so there is nothing to close
     * and no event is read ahead; an exception thrown by the handler stops the read and leaves this method.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("big.ics"))) {
     *     reader.read(in, new ICalendarHandler() {
     *         @Override public void event(Event event) { index.add(event); }
     *         @Override public void warning(ReadWarning w) { System.err.println("warning: " + w); }
     *     });
     * }
     * }</pre>
     *
     * @param in the bytes
     * @param handler takes events, series, warnings and the calendar's name as they are read
     * @throws ICalendarParseException if the input is no iCalendar, exceeds a limit, or (when strict) has a warning;
     *     what was handed over before stays handed over
     * @throws IOException if reading the stream fails
     */
    public void read(InputStream in, ICalendarHandler handler) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(handler, "handler");
        Warnings warnings = new Warnings(options.strict(), handler);
        LineReader lines = new LineReader(in, options.maxInputBytes(), options.maxLineOctets(),
                line -> warnings.add(line, "(line)", ReadWarning.Code.INVALID_UTF8,
                        "bytes that are not UTF-8 were replaced with U+FFFD"));
        try {
            EventMapper mapper = new EventMapper(options, warnings, handler);
            ComponentParser.parse(lines, options, warnings, mapper);
            mapper.finish();
        } catch (StrictStop stop) {
            throw (ICalendarParseException) stop.getCause();
        }
    }

    /** Keeps everything a read hands over, events by id so that a later version takes the older one's place. */
    private static final class Collector implements ICalendarHandler {
        Optional<String> name = Optional.empty();
        final Map<String, Event> events = new LinkedHashMap<>();
        final List<EventSeries> series = new ArrayList<>();
        final List<ReadWarning> warnings = new ArrayList<>();

        @Override
        public void name(String name) {
            this.name = Optional.of(name);
        }

        @Override
        public void event(Event event) {
            events.put(event.id(), event);
        }

        @Override
        public void series(EventSeries s) {
            series.add(s);
        }

        @Override
        public void warning(ReadWarning warning) {
            warnings.add(warning);
        }
    }

    /**
     * Reads a document from text.
     *
     * @param text the document
     * @return the events, series and warnings
     * @throws ICalendarParseException if the text is no iCalendar, exceeds a limit, or (when strict) has a warning
     */
    public ICalendarData read(String text) throws ICalendarParseException {
        Objects.requireNonNull(text, "text");
        try {
            return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (ICalendarParseException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory does not fail", e);
        }
    }

    /** Builds an {@link ICalendarReader}. Not thread-safe; the reader it builds is. */
    public static final class Builder {
        private boolean strict;
        private Optional<String> uidDomain = Optional.empty();
        private Optional<Community> community = Optional.empty();
        private final List<Agency> hosts = new ArrayList<>();
        private Optional<ZoneId> floatingZone = Optional.empty();
        private long maxInputBytes = 256L << 20;
        private int maxLineOctets = 4 << 20;
        private int maxComponents = 2_000_000;
        private int maxProperties = 10_000;
        private int maxDepth = 16;

        private Builder() {
        }

        /**
         * Makes any warning an {@link ICalendarParseException}.
         *
         * @param strict whether to stop at the first warning
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets the domain a writer appended to event ids; UIDs ending in {@code @domain} lose it again.
         *
         * @param domain the domain, as given to {@link ICalendarWriter.Builder#uidDomain(String)}
         * @return this builder
         */
        public Builder uidDomain(String domain) {
            this.uidDomain = Optional.of(Objects.requireNonNull(domain, "domain"));
            return this;
        }

        /**
         * Sets the community a feed belongs to, for events that name none.
         *
         * @param community the community
         * @return this builder
         */
        public Builder community(Community community) {
            this.community = Optional.of(Objects.requireNonNull(community, "community"));
            return this;
        }

        /**
         * Adds a host agency for events that name none, such as the department whose calendar this is.
         *
         * @param host the agency
         * @return this builder
         */
        public Builder addHost(Agency host) {
            hosts.add(Objects.requireNonNull(host, "host"));
            return this;
        }

        /**
         * Sets the zone for floating times (a DATE-TIME without TZID or Z) where the calendar names none in
         * X-WR-TIMEZONE. Unless set, they are read in the zone of the {@link #community(Community) community}, and
         * without one in UTC, with a {@link ReadWarning.Code#FLOATING_TIME} warning.
         *
         * @param zone the zone, such as the feed's community's
         * @return this builder
         */
        public Builder floatingTimeZone(ZoneId zone) {
            this.floatingZone = Optional.of(Objects.requireNonNull(zone, "zone"));
            return this;
        }

        /**
         * Sets the most bytes a document may have. 256 MiB unless set.
         *
         * @param bytes the limit, at least 1
         * @return this builder
         */
        public Builder maxInputBytes(long bytes) {
            this.maxInputBytes = positive(bytes, "maxInputBytes");
            return this;
        }

        /**
         * Sets the most octets one unfolded line may have. 4 MiB unless set.
         *
         * @param octets the limit, at least 1
         * @return this builder
         */
        public Builder maxLineOctets(int octets) {
            this.maxLineOctets = (int) positive(octets, "maxLineOctets");
            return this;
        }

        /**
         * Sets the most components (VEVENT, VTIMEZONE, ...) a document may have. 2,000,000 unless set.
         *
         * @param count the limit, at least 1
         * @return this builder
         */
        public Builder maxComponents(int count) {
            this.maxComponents = (int) positive(count, "maxComponents");
            return this;
        }

        /**
         * Sets the most properties one component may have. 10,000 unless set.
         *
         * @param count the limit, at least 1
         * @return this builder
         */
        public Builder maxPropertiesPerComponent(int count) {
            this.maxProperties = (int) positive(count, "maxPropertiesPerComponent");
            return this;
        }

        /**
         * Sets how deep components may nest. 16 unless set.
         *
         * @param depth the limit, at least 1
         * @return this builder
         */
        public Builder maxDepth(int depth) {
            this.maxDepth = (int) positive(depth, "maxDepth");
            return this;
        }

        private static long positive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }

        /**
         * Builds the reader.
         *
         * @return a thread-safe reader
         */
        public ICalendarReader build() {
            return new ICalendarReader(this);
        }
    }
}
