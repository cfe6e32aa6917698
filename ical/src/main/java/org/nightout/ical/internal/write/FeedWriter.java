package org.nightout.ical.internal.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.ical.WriteResult;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.properties.EventProperties;
import org.nightout.ical.internal.properties.KeptProperties;
import org.nightout.ical.internal.zones.TimeZoneBlocks;
import org.nightout.ical.internal.zones.ZoneYears;

/**
 * The engine behind {@link org.nightout.ical.ICalendarWriter}: the feed's header, its VTIMEZONEs, then its events
 * and series, each VEVENT written by the property homes; in two passes over the events, or in one into a spool.
 */
public final class FeedWriter {
    private static final String PRODID = "-//nightout//nightout iCalendar writer//EN";

    private final WriteOptions options;

    /**
     * Returns the engine of a writer built with {@code options}.
     *
     * @param options the writer's options
     */
    public FeedWriter(WriteOptions options) {
        this.options = options;
    }

    /** Writes in two passes over the events to {@code lines}, a Writer's or an OutputStream's. */
    public WriteResult write(Pass events, Iterable<? extends EventSeries> series, ContentLines lines)
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
            Budget budget = new Budget(this, lines, 0);
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

    /** Both {@code writeSpooled}: to {@code chars} with a spool of characters, or to {@code bytes} with one of octets. */
    public WriteResult spooled(Iterable<? extends Event> events, Iterable<? extends EventSeries> series,
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
                budget = new Budget(this, lines, header.octets());
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
        return true;
    }

    private static void writeTimeZones(ContentLines lines, ZoneYears zones) throws IOException {
        for (Map.Entry<ZoneId, int[]> z : zones.entries()) {
            TimeZoneBlocks.write(lines, z.getKey(), z.getValue()[0], z.getValue()[1]);
        }
    }

    /** Writes a series: its first event with the recurrence, then each override. */
    public void writeSeries(ContentLines lines, EventSeries s, ZoneYears zones) throws IOException {
        EventProperties.write(lines, s.first(), s, null, zones, options);
        for (Map.Entry<Temporal, Event> o : s.overrides().entrySet()) {
            EventProperties.write(lines, o.getValue(), null, o.getKey(), zones, options);
        }
    }

    /** Writes a single event. */
    public void writeEvent(ContentLines lines, Event e, ZoneYears zones) throws IOException {
        EventProperties.write(lines, e, null, null, zones, options);
    }

    /** The byte budget, for {@link Budget}. */
    public OptionalLong byteBudget() {
        return options.byteBudget();
    }

    /** Whether a day of the event falls in the window, if there is one. */
    private boolean inWindow(Event e) {
        if (options.windowFrom().isEmpty()) {
            return true;
        }
        LocalDate first = e.time().startDate();
        LocalDate last = e.time() instanceof EventTime.Timed t
                ? t.end().map(ZonedDateTime::toLocalDate).orElse(first)
                : ((EventTime.AllDay) e.time()).last();
        return !last.isBefore(options.windowFrom().get()) && !first.isAfter(options.windowTo().get());
    }

    /**
     * Whether an occurrence of the series falls in the window: the series is written whole or not at all. An
     * occurrence that started up to a month before the window and lasts into it counts.
     */
    private boolean inWindow(EventSeries s) {
        if (options.windowFrom().isEmpty()) {
            return true;
        }
        return s.occurrences(options.windowFrom().get().minusMonths(1), options.windowTo().get().plusDays(1)).anyMatch(this::inWindow);
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

    private void writeHeader(ContentLines out) throws IOException {
        out.begin("VCALENDAR");
        out.name("VERSION").value("2.0");
        out.name("PRODID").value(PRODID);
        out.name("CALSCALE").value("GREGORIAN");
        out.name("METHOD").value("PUBLISH");
        if (options.name().isPresent()) {
            out.name("NAME").text(options.name().get());
            out.name("X-WR-CALNAME").text(options.name().get());
        }
        if (options.description().isPresent()) {
            out.name("DESCRIPTION").text(options.description().get());
            out.name("X-WR-CALDESC").text(options.description().get());
        }
        if (options.url().isPresent()) {
            out.name("URL").value(options.url().get().toASCIIString());
            out.name("SOURCE").param("VALUE", "URI").value(options.url().get().toASCIIString());
        }
        if (options.refreshInterval().isPresent()) {
            out.name("REFRESH-INTERVAL").param("VALUE", "DURATION").value(options.refreshInterval().get().toString());
            out.name("X-PUBLISHED-TTL").value(options.refreshInterval().get().toString());
        }
        if (options.color().isPresent()) {
            out.name("COLOR").value(options.color().get());
        }
    }

}
