package org.nightout.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ReadWarning;

/**
 * Reads the input of {@code convert} and {@code validate}: an iCalendar document or the library's JSON, told apart
 * by their first characters, never by the file name.
 */
final class Conversion {
    /** The most bytes read from one input, as the iCalendar reader's own default limit. */
    private static final int MAX_INPUT = 256 << 20;
    /** The longest id an event may have. */
    private static final int MAX_ID = 255;

    /** What the input held. */
    enum Format { ICS, JSON }

    /** The events read, the series (iCalendar only) and the warnings, already printed. */
    record Input(Format format, List<Event> events, List<EventSeries> series, int warnings) {
    }

    private Conversion() {
    }

    /**
     * Reads a file, or standard input for {@code -}, printing each warning to {@code err} as
     * {@code warning: line N: PROPERTY: message}. Of JSON events that share an id, the second and later get the id
     * with a suffix ({@code -2}, {@code -3}), with a warning, as the iCalendar reader does with UIDs, so that no
     * feed written from them has two VEVENTs with one UID.
     *
     * @throws IOException if the input cannot be read, or with {@code strict} has a warning
     */
    static Input read(String file, ICalendarReader reader, boolean strict, InputStream stdin, PrintWriter err)
            throws IOException {
        byte[] bytes = file.equals("-") ? readAll(stdin, "standard input") : readFile(Path.of(file));
        String source = file.equals("-") ? "standard input" : file;
        Format format = detect(bytes, source);
        if (format == Format.JSON) {
            List<Event> events = EventData.read(new ByteArrayInputStream(bytes), source);
            List<String> warnings = new ArrayList<>();
            List<Event> distinct = distinctIds(events, warnings);
            for (String w : warnings) {
                if (strict) {
                    throw new IOException(source + ": " + w);
                }
                err.println("warning: " + source + ": " + w);
            }
            return new Input(format, distinct, List.of(), warnings.size());
        }
        ICalendarData data;
        try {
            data = reader.read(new ByteArrayInputStream(bytes));
        } catch (ICalendarParseException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
        for (ReadWarning w : data.warnings()) {
            err.println("warning: " + w);
        }
        return new Input(format, data.events(), data.series(), data.warnings().size());
    }

    /** The events with every id made distinct, and a warning for each id changed. */
    static List<Event> distinctIds(List<Event> events, List<String> warnings) {
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            firstAt.putIfAbsent(events.get(i).id(), i);
        }
        if (firstAt.size() == events.size()) {
            return events;
        }
        Set<String> claimed = new HashSet<>(firstAt.keySet());
        Map<String, Integer> nextSuffix = new HashMap<>();
        List<Event> distinct = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int first = firstAt.get(e.id());
            if (first == i) {
                distinct.add(e);
                continue;
            }
            int n = nextSuffix.getOrDefault(e.id(), 1);
            String id;
            String suffix;
            do {
                suffix = "-" + ++n;
                id = e.id().substring(0, Math.min(e.id().length(), MAX_ID - suffix.length())) + suffix;
            } while (!claimed.add(id));
            nextSuffix.put(e.id(), n);
            warnings.add("/" + i + ": the id \"" + e.id() + "\" is already the id of /" + first
                    + "; this event is read as " + id);
            Event.Builder b = Event.builder().from(e).id(id);
            e.uid().ifPresent(uid -> b.uid(uid + "-" + nextSuffix.get(e.id())));
            distinct.add(b.build());
        }
        return distinct;
    }

    /**
     * The events of an input as one list: single events, then each series as its occurrences from its first year
     * through its last, or through the last year it names when it has no end.
     */
    static List<Event> flatten(Input input) {
        List<Event> all = new ArrayList<>(input.events());
        for (EventSeries s : input.series()) {
            int first = s.first().time().startDate().getYear();
            int last = s.lastYear().orElseGet(() -> Stream.of(s.exdates(), s.overrides().keySet())
                    .flatMap(Collection::stream).mapToInt(Conversion::yearOf).max().orElse(first));
            s.occurrences(LocalDate.of(first, 1, 1), LocalDate.of(Math.max(first, last), 12, 31).plusDays(1))
                    .forEach(all::add);
        }
        return all;
    }

    private static int yearOf(Temporal t) {
        return t instanceof ZonedDateTime z ? z.getYear() : ((LocalDate) t).getYear();
    }

    private static Format detect(byte[] bytes, String source) throws IOException {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i < bytes.length && (bytes[i] == '[' || bytes[i] == '{')) {
            return Format.JSON;
        }
        if (i < bytes.length && (bytes[i] == 'B' || bytes[i] == 'b')) {
            return Format.ICS;
        }
        throw new IOException(source + ": neither iCalendar (BEGIN:VCALENDAR) nor the library's JSON (a JSON array"
                + " of events)");
    }

    private static byte[] readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
    }

    private static byte[] readAll(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_INPUT + 1);
        if (bytes.length > MAX_INPUT) {
            throw new IOException(source + ": larger than " + MAX_INPUT + " bytes");
        }
        return bytes;
    }
}
