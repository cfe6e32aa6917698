package org.nightout.ical;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.Profile;

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
 * <p>Events are written as they are read from the iterable, so memory grows with the largest event, not with the
 * feed. The iterable is read twice: first for the time zones in use, whose VTIMEZONEs come before the events, then
 * for the events themselves; events that can be read only once go through
 * {@link #writeSpooled(Iterable, Iterable, Writer, Path) writeSpooled}, which keeps the written events in a temporary
 * file instead.
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
 *
 * <h2>Status</h2>
 * iCalendar knows TENTATIVE, CONFIRMED and CANCELLED. A scheduled event has no STATUS; confirmed, tentative and
 * cancelled map to their names; a postponed event is TENTATIVE and a rescheduled one CONFIRMED, in the full profile each with
 * {@code X-NIGHTOUT-STATUS} naming the exact status, {@code X-NIGHTOUT-PREVIOUS-START} for the time a rescheduled
 * event had before, and {@code X-NIGHTOUT-STATUS-REASON} for the reason.
 */
public final class ICalendarWriter {
    private static final Pattern CSS_COLOR = Pattern.compile("[a-z]{3,20}");
    private static final String PRODID = "-//nightout//nightout iCalendar writer//EN";

    final String publisherName;
    /** The publisher's address as written, encoded once rather than for each event. */
    final String publisherAddress;
    private final Optional<String> name;
    private final Optional<String> description;
    private final Optional<URI> url;
    private final Optional<Duration> refreshInterval;
    private final Optional<String> color;
    final Optional<String> uidDomain;
    final Optional<Function<? super Event, String>> structuredData;
    final boolean eventPublishing;
    final boolean alarms;
    final boolean attendees;
    final Profile profile;
    final Optional<String> cancelledPrefix;
    private final Optional<LocalDate> windowFrom;
    private final Optional<LocalDate> windowTo;
    private final OptionalLong byteBudget;

    private ICalendarWriter(Builder b) {
        this.publisherName = b.publisherName;
        this.publisherAddress = b.publisherAddress.toASCIIString();
        this.name = b.name;
        this.description = b.description;
        this.url = b.url;
        this.refreshInterval = b.refreshInterval;
        this.color = b.color;
        this.uidDomain = b.uidDomain;
        this.structuredData = b.structuredData;
        this.eventPublishing = b.eventPublishing;
        this.alarms = b.alarms;
        this.attendees = b.attendees;
        this.profile = b.profile;
        this.cancelledPrefix = b.cancelledPrefix;
        this.windowFrom = b.windowFrom;
        this.windowTo = b.windowTo;
        this.byteBudget = b.byteBudget;
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
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public WriteResult write(Iterable<? extends Event> events, OutputStream out) throws IOException {
        return write(events, List.of(), out);
    }

    /**
     * Writes a feed of single events and series as UTF-8.
     *
     * @param events the single events, in the order they are to appear
     * @param series the series, written after the single events
     * @param out where the bytes go; flushed, not closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public WriteResult write(Iterable<? extends Event> events, Iterable<? extends EventSeries> series,
            OutputStream out) throws IOException {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(out, "out");
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        WriteResult result = write(Pass.of(events), series, new ContentLines(buffered));
        buffered.flush();
        return result;
    }

    /**
     * Writes a feed of single events.
     *
     * @param events the events, in the order they are to appear
     * @param out where the characters go; not flushed or closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public WriteResult write(Iterable<? extends Event> events, Writer out) throws IOException {
        return write(events, List.of(), out);
    }

    /**
     * Writes a feed from a stream of events. The supplier is called twice: once to learn which time zones the feed
     * uses, so their VTIMEZONEs can come first as some parsers need, and once to write the events. Each stream must
     * give the same events, such as two queries of the same database cursor; each is closed once read, so a stream
     * backed by a cursor or a file lets it go.
     *
     * <pre>{@code
     * writer.write(() -> repository.streamEvents(), out);   // two queries, each stream closed after its pass
     * }</pre>
     *
     * @param events gives a fresh stream of the events each time it is called
     * @param out where the characters go; not flushed or closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     * @throws IllegalStateException if the second stream gives other events than the first: one already used (the
     *     same stream returned twice) or an empty one fails before anything is written; one that uses a time zone
     *     the first did not, or gives another number of events, fails once that is seen
     */
    public WriteResult write(Supplier<? extends Stream<? extends Event>> events, Writer out) throws IOException {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(out, "out");
        return write(Pass.of(events), List.of(), new ContentLines(out));
    }

    /**
     * Writes a feed of single events and series.
     *
     * @param events the single events, in the order they are to appear
     * @param series the series, written after the single events
     * @param out where the characters go; not flushed or closed
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public WriteResult write(Iterable<? extends Event> events, Iterable<? extends EventSeries> series, Writer out)
            throws IOException {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(out, "out");
        return write(Pass.of(events), series, new ContentLines(out));
    }

    /** Writes in two passes over the events to {@code lines}, a Writer's or an OutputStream's. */
    private WriteResult write(Pass events, Iterable<? extends EventSeries> series, ContentLines lines)
            throws IOException {
        Objects.requireNonNull(series, "series");
        // A first pass learns the zones, so that their VTIMEZONEs precede the events: ruby-icalendar, for one,
        // resolves a TZID only against the VTIMEZONEs it has already read. The pass reads times only.
        ZoneYears zones = new ZoneYears();
        int eventCount = 0;
        int outside = 0;
        try (Pass.Cursor first = events.open()) {
            while (first.hasNext()) {
                Event e = first.next();
                if (admit(e, zones)) {
                    eventCount++;
                } else {
                    outside++;
                }
            }
        }
        int seriesCount = 0;
        for (EventSeries s : series) {
            if (admit(s, zones)) {
                seriesCount++;
            } else {
                outside++;
            }
        }
        try (Pass.Cursor second = events.open()) {
            Iterator<? extends EventSeries> secondSeries = series.iterator();
            // Checked before anything is written: a one-shot Iterable gives nothing the second time, and that must
            // not pass for an empty feed.
            if (eventCount > 0 && !second.hasNext() || seriesCount > 0 && !secondSeries.hasNext()) {
                throw new IllegalStateException(secondPassMessage(eventCount > 0 ? "events" : "series"));
            }
            Budget budget = new Budget(lines, 0);
            writeHeader(lines);
            writeTimeZones(lines, zones);
            int written = 0;
            while (second.hasNext()) {
                Event e = second.next();
                if (inWindow(e)) {
                    budget.event(e, zones);
                    written++;
                }
            }
            checkSecondPass("events", eventCount, written);
            written = 0;
            while (secondSeries.hasNext()) {
                EventSeries s = secondSeries.next();
                if (!inWindow(s)) {
                    continue;
                }
                budget.series(s, zones);
                written++;
            }
            checkSecondPass("series", seriesCount, written);
            lines.end("VCALENDAR");
            int seriesOver = budget.seriesOver(eventCount);
            return new WriteResult(eventCount - budget.eventsOver, seriesCount - seriesOver, outside, budget.over,
                    lines.octets());
        }
    }

    /**
     * Writes a feed of events that can be read only once, such as events parsed from a file or taken from a network
     * stream as they arrive. The VTIMEZONEs come before the events, and which zones a feed uses is known only after
     * its last event, so each VEVENT goes to a temporary file in {@code spoolDirectory} as it is read; once the last
     * event and series are in, the header and the VTIMEZONEs go to {@code out}, then the VEVENTs copied from the
     * file, which is deleted. Memory holds one event at a time; the disk holds the feed's events, no more than the
     * {@link Builder#byteBudget(long) byte budget} when there is one.
     *
     * <p>The bytes are those {@link #write(Iterable, Iterable, Writer)} writes for the same events, and nothing
     * reaches {@code out} when an event is refused or the iterable fails. Choose this method when reading the events
     * twice costs more than writing the feed once more to a local disk.
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
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public WriteResult writeSpooled(Iterable<? extends Event> events, Iterable<? extends EventSeries> series,
            Writer out, Path spoolDirectory) throws IOException {
        Objects.requireNonNull(out, "out");
        return spooled(events, series, out, null, spoolDirectory);
    }

    /**
     * Writes, as UTF-8, a feed of events that can be read only once, as {@link #writeSpooled(Iterable, Iterable,
     * Writer, Path)} writes it as characters: the VEVENTs go to a temporary file in {@code spoolDirectory} until the
     * zones are known. The file holds the feed's own octets, so they are copied to {@code out} as they are, and the
     * bytes are those {@link #write(Iterable, Iterable, OutputStream)} writes for the same events.
     *
     * <pre>{@code
     * try (OutputStream out = Files.newOutputStream(Path.of("feed.ics"))) {
     *     writer.writeSpooled(events, List.of(), out, Path.of(System.getProperty("java.io.tmpdir")));
     * }
     * }</pre>
     *
     * @param events the single events, in the order they are to appear; iterated once
     * @param series the series, written after the single events; iterated once, after the events
     * @param out where the bytes go; flushed, not closed
     * @param spoolDirectory an existing directory for the temporary file
     * @return what was written, left out for the window and cut for the byte budget
     * @throws IOException if writing fails, or the temporary file cannot be written or read
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public WriteResult writeSpooled(Iterable<? extends Event> events, Iterable<? extends EventSeries> series,
            OutputStream out, Path spoolDirectory) throws IOException {
        Objects.requireNonNull(out, "out");
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        WriteResult result = spooled(events, series, null, buffered, spoolDirectory);
        buffered.flush();
        return result;
    }

    /** Both {@code writeSpooled}: to {@code chars} with a spool of characters, or to {@code bytes} with one of octets. */
    private WriteResult spooled(Iterable<? extends Event> events, Iterable<? extends EventSeries> series,
            Writer chars, OutputStream bytes, Path spoolDirectory) throws IOException {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(spoolDirectory, "spoolDirectory");
        // The header is known before any event: its size is the least that precedes the events, which bounds what
        // the byte budget lets into the spool.
        StringWriter headerText = new StringWriter();
        ContentLines header = new ContentLines(headerText);
        writeHeader(header);
        Path spool = Files.createTempFile(spoolDirectory, "nightout-", ".ics.part");
        try {
            ZoneYears zones = new ZoneYears();
            int eventCount = 0;
            int seriesCount = 0;
            int outside = 0;
            Budget budget;
            try (FileChannel file = FileChannel.open(spool, StandardOpenOption.WRITE)) {
                CharSpool charSpool = bytes == null ? new CharSpool(file) : null;
                OutputStream byteSpool = bytes == null ? null
                        : new BufferedOutputStream(Channels.newOutputStream(file), 1 << 16);
                ContentLines lines = bytes == null ? new ContentLines(charSpool) : new ContentLines(byteSpool);
                budget = new Budget(lines, header.octets());
                for (Event e : events) {
                    if (admit(e, zones)) {
                        budget.event(e, zones);
                        eventCount++;
                    } else {
                        outside++;
                    }
                }
                for (EventSeries s : series) {
                    if (admit(s, zones)) {
                        budget.series(s, zones);
                        seriesCount++;
                    } else {
                        outside++;
                    }
                }
                if (bytes == null) {
                    charSpool.flush();
                } else {
                    byteSpool.flush();
                }
            }
            ContentLines lines;
            if (bytes == null) {
                chars.write(headerText.toString());
                lines = new ContentLines(chars);
            } else {
                bytes.write(headerText.toString().getBytes(StandardCharsets.UTF_8));
                lines = new ContentLines(bytes);
            }
            writeTimeZones(lines, zones);
            budget.settle(header.octets() + lines.octets());
            try (FileChannel file = FileChannel.open(spool, StandardOpenOption.READ)) {
                if (bytes == null) {
                    CharSpool.copy(file, budget.keptChars, chars);
                } else {
                    copy(file, budget.keptChars, bytes);
                }
            }
            lines.end("VCALENDAR");
            int seriesOver = budget.seriesOver(eventCount);
            return new WriteResult(eventCount - budget.eventsOver, seriesCount - seriesOver, outside, budget.over,
                    header.octets() + lines.octets() + budget.keptOctets);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Copies the first {@code count} octets of a spool to {@code out}. */
    private static void copy(FileChannel file, long count, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long left = count;
        while (left > 0) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), left));
            while (buffer.hasRemaining()) {
                if (file.read(buffer) < 0) {
                    throw new IOException("The spool ended " + left + " octets early");
                }
            }
            out.write(buffer.array(), 0, buffer.position());
            left -= buffer.position();
        }
    }

    /**
     * The spool of {@link #writeSpooled}: characters kept as they are, two bytes each, and copied back in bulk. Lines
     * go through it twice, so an encoding to UTF-8 and back would cost twice what the feed's own encoding costs.
     */
    private static final class CharSpool extends Writer {
        private final FileChannel file;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        private final CharBuffer chars = bytes.asCharBuffer();

        CharSpool(FileChannel file) {
            this.file = file;
        }

        @Override
        public void write(char[] c, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, chars.remaining());
                chars.put(c, off, n);
                off += n;
                len -= n;
                if (!chars.hasRemaining()) {
                    flush();
                }
            }
        }

        @Override
        public void flush() throws IOException {
            bytes.limit(chars.position() * 2).position(0);
            while (bytes.hasRemaining()) {
                file.write(bytes);
            }
            bytes.clear();
            chars.clear();
        }

        /** Writes what is buffered; the file channel stays open, its owner closes it. */
        @Override
        public void close() throws IOException {
            flush();
        }

        /** Copies the first {@code count} characters of a spool to {@code out}. */
        static void copy(FileChannel file, long count, Writer out) throws IOException {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = bytes.asCharBuffer();
            char[] c = new char[chars.capacity()];
            long left = count;
            while (left > 0) {
                bytes.clear().limit((int) Math.min(bytes.capacity(), left * 2));
                while (bytes.hasRemaining()) {
                    if (file.read(bytes) < 0) {
                        throw new IOException("The spool ended " + left + " characters early");
                    }
                }
                int n = bytes.position() / 2;
                chars.clear();
                chars.get(c, 0, n);
                out.write(c, 0, n);
                left -= n;
            }
        }
    }

    /**
     * Whether an event goes into the feed, being in the window; if so, records its zones and checks its extension
     * properties, so that a refused one fails before anything is written.
     */
    private boolean admit(Event e, ZoneYears zones) {
        if (!inWindow(e)) {
            return false;
        }
        zones.addAll(e);
        KeptProperties.checkExtensions(e);
        return true;
    }

    /** Whether a series goes into the feed, as {@link #admit(Event, ZoneYears)} says for an event. */
    private boolean admit(EventSeries s, ZoneYears zones) {
        if (!inWindow(s)) {
            return false;
        }
        zones.addAll(s);
        KeptProperties.checkSeriesExtensions(s);
        for (Event o : s.overrides().values()) {
            KeptProperties.checkOverrideExtensions(o);
        }
        return true;
    }

    private static void writeTimeZones(ContentLines lines, ZoneYears zones) throws IOException {
        for (Map.Entry<ZoneId, int[]> z : zones.entries()) {
            TimeZoneBlocks.write(lines, z.getKey(), z.getValue()[0], z.getValue()[1]);
        }
    }

    /** Writes a series: its first event with the recurrence, then each override. */
    private void writeSeries(ContentLines lines, EventSeries s, ZoneYears zones) throws IOException {
        writeEvent(lines, s.first(), s, null, zones);
        for (Map.Entry<Temporal, Event> o : s.overrides().entrySet()) {
            writeEvent(lines, o.getValue(), null, o.getKey(), zones);
        }
    }

    /** Whether a day of the event falls in the window, if there is one. */
    private boolean inWindow(Event e) {
        if (windowFrom.isEmpty()) {
            return true;
        }
        LocalDate first = e.time().startDate();
        LocalDate last = e.time() instanceof EventTime.Timed t
                ? t.end().map(ZonedDateTime::toLocalDate).orElse(first)
                : ((EventTime.AllDay) e.time()).last();
        return !last.isBefore(windowFrom.get()) && !first.isAfter(windowTo.get());
    }

    /**
     * Whether an occurrence of the series falls in the window: the series is written whole or not at all. An
     * occurrence that started up to a month before the window and lasts into it counts.
     */
    private boolean inWindow(EventSeries s) {
        if (windowFrom.isEmpty()) {
            return true;
        }
        return s.occurrences(windowFrom.get().minusMonths(1), windowTo.get().plusDays(1)).anyMatch(this::inWindow);
    }

    /**
     * Writes each item (an event or a series) as one piece and, with a byte budget, only if it and the calendar's
     * closing line still fit; after the first that does not, none is written.
     */
    private final class Budget {
        private static final int END_BYTES = "END:VCALENDAR\r\n".length();
        private final ContentLines lines;
        /** What precedes the lines' own in the feed, or, while spooling, the least of it: the header. */
        private final long before;
        /**
         * While spooling with a budget, the octets of the items kept so far after each of them, for {@link #settle}:
         * no more than fit the budget.
         */
        private long[] ends = new long[0];
        /** The characters of the same items, where the spool's copy ends. */
        private long[] endChars = new long[0];
        private int kept;
        /** After {@link #settle}: the octets and characters of the items that fit. */
        long keptOctets;
        long keptChars;
        int over;
        int eventsOver;
        private int itemsSeen;
        private int firstOverItem = -1;

        Budget(ContentLines lines, long before) {
            this.lines = lines;
            this.before = before;
        }

        void event(Event e, ZoneYears zones) throws IOException {
            item(e, null, zones);
        }

        void series(EventSeries s, ZoneYears zones) throws IOException {
            item(null, s, zones);
        }

        /**
         * Writes an event or a series. Told apart by which is null rather than handed over as a lambda: one that
         * captures is a new object per event, which the quick compiler of a short run makes slowly.
         */
        private void item(Event e, EventSeries s, ZoneYears zones) throws IOException {
            itemsSeen++;
            if (over > 0) {
                countOver();
                return;
            }
            // Held, the item's lines go out in one write, and can be measured before they do.
            lines.hold();
            if (e != null) {
                writeEvent(lines, e, null, null, zones);
            } else {
                writeSeries(lines, s, zones);
            }
            if (byteBudget.isPresent()
                    && before + lines.octets() + lines.heldOctets() + END_BYTES > byteBudget.getAsLong()) {
                lines.discard();
                countOver();
                return;
            }
            lines.release();
            if (before > 0 && byteBudget.isPresent()) {
                if (kept == ends.length) {
                    ends = Arrays.copyOf(ends, Math.max(16, kept * 2));
                    endChars = Arrays.copyOf(endChars, ends.length);
                }
                endChars[kept] = lines.chars();
                ends[kept++] = lines.octets();
            }
        }

        /**
         * Once the spool is written and {@code preceding}, the octets of the header and the VTIMEZONEs, is known,
         * leaves out the items kept that no longer fit, and sets {@link #keptOctets} and {@link #keptChars} to the
         * length of those that do.
         */
        void settle(long preceding) {
            keptOctets = lines.octets();
            keptChars = lines.chars();
            if (byteBudget.isEmpty()) {
                return;
            }
            int fit = 0;
            while (fit < kept && preceding + ends[fit] + END_BYTES <= byteBudget.getAsLong()) {
                fit++;
            }
            if (fit < kept) {
                over += kept - fit;
                firstOverItem = fit + 1;
            }
            keptOctets = fit == 0 ? 0 : ends[fit - 1];
            keptChars = fit == 0 ? 0 : endChars[fit - 1];
        }

        private void countOver() {
            if (firstOverItem < 0) {
                firstOverItem = itemsSeen;
            }
            over++;
        }

        /** Of the items left out, how many were series: those after the single events. */
        int seriesOver(int eventCount) {
            if (over == 0) {
                return 0;
            }
            int firstSeries = eventCount + 1;
            int lastItem = firstOverItem + over - 1;
            int series = Math.max(0, lastItem - Math.max(firstOverItem, firstSeries) + 1);
            eventsOver = over - series;
            return series;
        }
    }

    private static String secondPassMessage(String what) {
        return "The " + what + " gave nothing on the writer's second pass: the writer reads them twice (first for "
                + "the time zones), so give a collection or an Iterable that can be read again, or a Supplier that "
                + "returns a fresh stream on each call";
    }

    private static void checkSecondPass(String what, int first, int second) {
        if (first != second) {
            throw new IllegalStateException("The " + what + " gave " + first + " items on the writer's first pass and "
                    + second + " on the second: each pass must give the same " + what);
        }
    }

    /**
     * The events of a feed, read twice: an {@link Iterable}, or a {@link Supplier} of streams, each closed after
     * its pass.
     */
    private interface Pass {
        /** Opens one pass over the events. */
        Cursor open();

        static Pass of(Iterable<? extends Event> items) {
            return () -> new Cursor(items.iterator(), () -> { });
        }

        static Pass of(Supplier<? extends Stream<? extends Event>> streams) {
            return () -> {
                Stream<? extends Event> stream = Objects.requireNonNull(streams.get(), "the supplier gave a null stream");
                try {
                    return new Cursor(stream.iterator(), stream::close);
                } catch (IllegalStateException e) {
                    stream.close();
                    throw new IllegalStateException("The supplier gave a stream already read: the writer reads the "
                            + "events twice (first for the time zones), so the supplier must return a fresh stream on"
                            + " each call", e);
                }
            };
        }

        /** One pass: the iterator, and what closes the stream it came from. */
        record Cursor(Iterator<? extends Event> iterator, Runnable closer) implements AutoCloseable {
            boolean hasNext() {
                return iterator.hasNext();
            }

            Event next() {
                return iterator.next();
            }

            @Override
            public void close() {
                closer.run();
            }
        }
    }

    /**
     * Returns a feed of single events as text.
     *
     * @param events the events, in the order they are to appear
     * @return the feed, with CRLF line ends
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public String writeToString(Iterable<? extends Event> events) {
        StringWriter out = new StringWriter();
        try {
            write(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    private void writeHeader(ContentLines out) throws IOException {
        out.begin("VCALENDAR");
        out.name("VERSION").value("2.0");
        out.name("PRODID").value(PRODID);
        out.name("CALSCALE").value("GREGORIAN");
        out.name("METHOD").value("PUBLISH");
        if (name.isPresent()) {
            out.name("NAME").text(name.get());
            out.name("X-WR-CALNAME").text(name.get());
        }
        if (description.isPresent()) {
            out.name("DESCRIPTION").text(description.get());
            out.name("X-WR-CALDESC").text(description.get());
        }
        if (url.isPresent()) {
            out.name("URL").value(url.get().toASCIIString());
            out.name("SOURCE").param("VALUE", "URI").value(url.get().toASCIIString());
        }
        if (refreshInterval.isPresent()) {
            out.name("REFRESH-INTERVAL").param("VALUE", "DURATION").value(refreshInterval.get().toString());
            out.name("X-PUBLISHED-TTL").value(refreshInterval.get().toString());
        }
        if (color.isPresent()) {
            out.name("COLOR").value(color.get());
        }
    }

    /**
     * Writes one VEVENT: a single event, the master of a series (with {@code series}), or an override of one
     * occurrence (with {@code recurrenceId}, the occurrence's original time). Each group of properties is written by
     * the home that also reads it.
     */
    private void writeEvent(ContentLines out, Event given, EventSeries series, Temporal recurrenceId,
            ZoneYears zones) throws IOException {
        Event e = profile.apply(given);
        boolean full = profile == Profile.FULL;
        String uid = IdentityProperties.uid(e, uidDomain);
        out.begin("VEVENT");
        IdentityProperties.write(out, e, uid, full);
        TimeProperties.writeTime(out, e.time(), zones);
        if (series != null) {
            RecurrenceProperties.writeRecurrence(out, series, zones);
        }
        if (recurrenceId != null) {
            RecurrenceProperties.writeDate(out, "RECURRENCE-ID", recurrenceId, zones);
        }
        TextProperties.write(out, e, this);
        PlaceProperties.write(out, e);
        PeopleProperties.write(out, e, this);
        StatusProperties.writeStatus(out, e.status(), zones, full);
        if (full) {
            NightOutFields.writeNightOutFields(out, e);
        }
        KeptProperties.writeExtensions(out, e, this);
        if (eventPublishing) {
            PeopleProperties.writeEventPublishing(out, e, uid, this);
        }
        KeptProperties.writeComponents(out, e, this);
        out.end("VEVENT");
    }

    /** The zones a feed uses and the first and last year each is used in, in a stable order. */
    static final class ZoneYears {
        /** The years after its start that the VTIMEZONEs of an infinite series describe one by one: 10. */
        static final int HORIZON = 10;
        /** By zone, in a hash map (looked up for every time written); sorted by id once, for writing. */
        private final Map<ZoneId, int[]> years = new java.util.HashMap<>();

        void addAll(Event e) {
            add(e.time());
            if (e.status().previousTime().isPresent()) {
                add(e.status().previousTime().get());
            }
        }

        /**
         * Records the zones of a series for the years it spans: from its start to its {@link EventSeries#lastYear()},
         * or, for an infinite series, {@link #HORIZON} years from its start; past them the VTIMEZONE's observances
         * repeat the zone's current rules with their own RRULE, which is what a calendar applies to later years.
         */
        void addAll(EventSeries s) {
            addAll(s.first());
            if (s.first().time() instanceof EventTime.Timed t) {
                int from = t.start().getYear();
                int last = s.lastYear().orElse(Math.min(ReadContext.LAST_YEAR, from + HORIZON));
                record(ZonedDateTime.of(last, 12, 31, 12, 0, 0, 0, t.start().getZone()));
            }
            s.overrides().values().forEach(this::addAll);
        }

        private void add(EventTime time) {
            if (time instanceof EventTime.Timed t) {
                record(t.start());
                if (t.end().isPresent()) {
                    record(t.end().get());
                }
            }
        }

        private void record(ZonedDateTime t) {
            ZoneId zone = t.getZone();
            if (TimeZoneBlocks.isUtc(zone)) {
                return;
            }
            int year = t.getYear();
            int[] range = years.get(zone);
            if (range == null) {
                years.put(zone, new int[] {year, year});
                return;
            }
            range[0] = Math.min(range[0], year);
            range[1] = Math.max(range[1], year);
        }

        /**
         * Checks that the zone of a time being written is one {@link #addAll} recorded, so that the feed has its
         * VTIMEZONE; the years were recorded then, from the event's own times.
         */
        void add(ZonedDateTime t) {
            ZoneId zone = t.getZone();
            if (!TimeZoneBlocks.isUtc(zone) && !years.containsKey(zone)) {
                throw new IllegalStateException("Time zone " + zone + " appeared only on the second pass over"
                        + " the events: the iterable or stream supplier must give the same events each time");
            }
        }

        /** The zones and their years, by zone id: the order of the VTIMEZONEs. */
        List<Map.Entry<ZoneId, int[]>> entries() {
            List<Map.Entry<ZoneId, int[]>> sorted = new ArrayList<>(years.entrySet());
            sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(ZoneId::getId)));
            return sorted;
        }
    }

    /**
     * Builds an {@link ICalendarWriter}. Not thread-safe; the writer it builds is.
     */
    public static final class Builder {
        private String publisherName;
        private URI publisherAddress;
        private Optional<String> name = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<URI> url = Optional.empty();
        private Optional<Duration> refreshInterval = Optional.empty();
        private Optional<String> color = Optional.empty();
        private Optional<String> uidDomain = Optional.empty();
        private Optional<Function<? super Event, String>> structuredData = Optional.empty();
        private boolean eventPublishing;
        private boolean alarms;
        private boolean attendees;
        private Profile profile = Profile.PUBLIC;
        private Optional<String> cancelledPrefix = Optional.empty();
        private Optional<LocalDate> windowFrom = Optional.empty();
        private Optional<LocalDate> windowTo = Optional.empty();
        private OptionalLong byteBudget = OptionalLong.empty();

        private Builder() {
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
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("Window end " + to + " must be on or after its start " + from);
            }
            this.windowFrom = Optional.of(from);
            this.windowTo = Optional.of(to);
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
            if (bytes <= 0) {
                throw new IllegalArgumentException("Byte budget " + bytes + " must be positive, such as 1000000");
            }
            this.byteBudget = OptionalLong.of(bytes);
            return this;
        }

        /**
         * Prefixes the title of each cancelled event, such as {@code "Cancelled: "}, for calendar apps that ignore
         * STATUS:CANCELLED and would show the event as if it went ahead. The event keeps STATUS:CANCELLED either way
         * and stays in the feed until it has passed (then a {@link #window(LocalDate, LocalDate) window} drops it); a
         * title that already starts with the prefix is left as it is. A reader sees the prefix as part of the title.
         *
         * <pre>{@code
         * ICalendarWriter.builder().publisher(name, address).cancelledPrefix("Cancelled: ").build();
         * }</pre>
         *
         * @param prefix the text put before the title, such as "Cancelled: "
         * @return this builder
         * @throws IllegalArgumentException if the prefix is blank or has a line break or control character
         */
        public Builder cancelledPrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (prefix.isBlank() || prefix.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("Cancelled prefix \"" + prefix
                        + "\" must be visible text on one line, such as \"Cancelled: \"");
            }
            this.cancelledPrefix = Optional.of(prefix);
            return this;
        }

        /**
         * Sets what the feed shows of each event. {@link Profile#PUBLIC} by default, because a feed goes to strangers
         * and a library default should be the safe one: a private residence shows only its street and community,
         * people's phone numbers and e-mail addresses never, and none of the lossless {@code X-NIGHTOUT-*} fields,
         * kept properties or kept organizers are written. Choose {@link Profile#FULL} for exchange between systems
         * that trust each other: what it writes reads back to an equal event.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(Profile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
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
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(address, "address");
            if (name.isBlank()) {
                throw new IllegalArgumentException("Publisher name must not be blank");
            }
            if (!address.isAbsolute()) {
                throw new IllegalArgumentException("Publisher address \"" + address
                        + "\" must be an absolute URI such as mailto:events@example.org");
            }
            this.publisherName = name;
            this.publisherAddress = address;
            return this;
        }

        /**
         * Sets the calendar's name (NAME and X-WR-CALNAME).
         *
         * @param name the name calendar apps show for the subscription
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets the calendar's description (DESCRIPTION and X-WR-CALDESC).
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Optional.of(Objects.requireNonNull(description, "description"));
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
            Objects.requireNonNull(url, "url");
            if (!url.isAbsolute()) {
                throw new IllegalArgumentException("Feed URL \"" + url + "\" must be absolute");
            }
            this.url = Optional.of(url);
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
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero() || interval.getNano() != 0) {
                throw new IllegalArgumentException("Refresh interval " + interval
                        + " must be positive and in whole seconds, such as PT12H");
            }
            this.refreshInterval = Optional.of(interval);
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
            Objects.requireNonNull(cssColorName, "cssColorName");
            String lower = cssColorName.toLowerCase(Locale.ROOT);
            if (!CSS_COLOR.matcher(lower).matches()) {
                throw new IllegalArgumentException("Color \"" + cssColorName + "\" must be a CSS3 color name such as navy");
            }
            this.color = Optional.of(lower);
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
            Objects.requireNonNull(domain, "domain");
            if (domain.isBlank() || domain.chars().anyMatch(c -> c <= ' ' || c == '@')) {
                throw new IllegalArgumentException("UID domain \"" + domain + "\" must be a domain name such as example.org");
            }
            this.uidDomain = Optional.of(domain);
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
            this.structuredData = Optional.of(Objects.requireNonNull(jsonLd, "jsonLd"));
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
            this.eventPublishing = on;
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
            this.alarms = on;
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
            this.attendees = on;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return a thread-safe writer
         * @throws IllegalStateException if no publisher was set
         */
        public ICalendarWriter build() {
            if (publisherName == null) {
                throw new IllegalStateException("A publisher is required: METHOD:PUBLISH needs an ORGANIZER for"
                        + " events that name no host. Call publisher(name, address).");
            }
            return new ICalendarWriter(this);
        }
    }
}
