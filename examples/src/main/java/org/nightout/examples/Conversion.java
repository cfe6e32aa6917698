package org.nightout.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.UniqueIds;

/**
 * Reads the input of {@code convert} and {@code validate}: an iCalendar document or the library's JSON, told apart
 * by their first characters, never by the file name.
 */
final class Conversion {
    /** The most bytes read from one input, as the iCalendar reader's own default limit. */
    private static final int MAX_INPUT = 256 << 20;

    /** What the input held. */
    enum Format { ICS, JSON }

    private Conversion() {
    }

    /** Takes what a streaming read hands over. */
    interface Sink {
        /** Takes a single event. */
        void event(Event event) throws IOException;

        /** Takes a series (iCalendar only), after the input's last event. */
        void series(EventSeries series) throws IOException;
    }

    /** An input that can be read more than once: a file, or standard input spooled to a temporary file. */
    record Source(Path file, String name, Format format) {
        /**
         * Opens a file, or copies standard input (for {@code -}) to a temporary file deleted on exit, and tells the
         * format by its first characters.
         */
        static Source open(String file, InputStream stdin) throws IOException {
            Path path;
            String name;
            if (file.equals("-")) {
                path = Files.createTempFile("nightout-stdin", ".tmp");
                path.toFile().deleteOnExit();
                try (InputStream limited = new java.io.BufferedInputStream(stdin)) {
                    long copied = Files.copy(new java.io.FilterInputStream(limited) { }, path,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    if (copied > MAX_INPUT) {
                        throw new IOException("standard input: larger than " + MAX_INPUT + " bytes");
                    }
                }
                name = "standard input";
            } else {
                path = Path.of(file);
                name = file;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(4096);
            } catch (NoSuchFileException e) {
                throw new IOException(file + ": no such file", e);
            }
            return new Source(path, name, detect(head, name));
        }
    }

    /**
     * Reads a source as a stream, handing each event and series to {@code sink} as it is read, and printing each
     * warning to {@code err} (when {@code printWarnings}) as {@code warning: line N: PROPERTY: message}. Of JSON
     * events that share an id, the second and later get the id with a suffix ({@code -2}, {@code -3}), with a
     * warning, as the iCalendar reader does with UIDs ({@link UniqueIds}). Memory holds one event (and, for
     * iCalendar, the open series) and a fingerprint of each id read so far.
     *
     * @return the number of warnings
     * @throws IOException if the input cannot be read, or with {@code strict} has a warning
     */
    static int stream(Source source, ICalendarReader reader, boolean strict, PrintWriter err, boolean printWarnings,
            Sink sink) throws IOException {
        int[] warnings = new int[1];
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(source.file()), 1 << 16)) {
            if (source.format() == Format.JSON) {
                UniqueIds ids = UniqueIds.create();
                // Made once, not per event: a lambda that captures is a new object each time it is evaluated.
                UniqueIds.Listener renamed = (e, as, i, first) -> {
                    String w = "/" + i + ": the id \"" + e.id() + "\" is already the id of /" + first
                            + "; this event is read as " + as.id();
                    if (strict) {
                        throw new UncheckedIOException(new IOException(source.name() + ": " + w));
                    }
                    warnings[0]++;
                    if (printWarnings) {
                        err.println("warning: " + source.name() + ": " + w);
                    }
                };
                EventData.read(in, source.name(), e -> accept(sink, ids.claim(e, renamed)));
                return warnings[0];
            }
            reader.read(in, new ICalendarHandler() {
                @Override
                public void event(Event event) {
                    accept(sink, event);
                }

                @Override
                public void series(EventSeries series) {
                    try {
                        sink.series(series);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void warning(ReadWarning w) {
                    warnings[0]++;
                    if (printWarnings) {
                        err.println("warning: " + w);
                    }
                }
            });
        } catch (ICalendarParseException e) {
            throw new IOException(source.name() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return warnings[0];
    }

    /** A sink that is opened for a conversion and closed after its last event and series. */
    interface ClosingSink extends Sink, AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** Opens the sink of {@link #streamBeside}. */
    interface SinkOpener {
        ClosingSink open() throws IOException;
    }

    /**
     * Reads a source as {@link #stream} does, but on a thread of its own, handing each event and then each series to
     * the sink on the calling thread: reading and checking the input runs beside what the sink does with it, such as
     * writing JSON, so a conversion takes about as long as the slower of the two rather than both. The sink is
     * opened once the reading has started, so that setting it up (Jackson, for JSON) runs beside the first events
     * read rather than before them. Memory holds up to {@link Replay#BATCH} times six events more than
     * {@link #stream} does (four batches queued, one being filled, one being handed out).
     *
     * @return the number of warnings
     * @throws IOException if the input cannot be read, or with {@code strict} has a warning, or the sink fails
     */
    static int streamBeside(Source source, ICalendarReader reader, boolean strict, PrintWriter err, SinkOpener opener)
            throws IOException {
        Replay replay = new Replay(source, reader, strict, err);
        java.util.Iterator<Event> events = replay.iterator();
        try (ClosingSink sink = opener.open()) {
            while (events.hasNext()) {
                sink.event(events.next());
            }
            for (EventSeries s : replay.series()) {
                sink.series(s);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return replay.warnings();
    }

    private static void accept(Sink sink, Event event) {
        try {
            sink.event(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a source holds: its single events and its series. */
    record Loaded(List<Event> events, List<EventSeries> series) {
    }

    /**
     * Reads a source whole, for what must be held (the feed server's data): single events by id, a later version
     * taking the earlier one's place, and the series.
     */
    static Loaded load(Source source, ICalendarReader reader, boolean strict, PrintWriter err)
            throws IOException {
        Map<String, Event> events = new java.util.LinkedHashMap<>();
        List<EventSeries> series = new ArrayList<>();
        stream(source, reader, strict, err, true, new Sink() {
            @Override
            public void event(Event event) {
                events.put(event.id(), event);
            }

            @Override
            public void series(EventSeries s) {
                series.add(s);
            }
        });
        return new Loaded(List.copyOf(events.values()), List.copyOf(series));
    }

    /**
     * The single events of a source as an {@code Iterable} that reads the source again for each iterator, on a
     * thread of its own that hands events over through a small queue (of batches: at most 768 events in all): the
     * input is read and checked beside the writing, and no pass holds more than a queue of events, whether
     * {@link ICalendarWriter} reads the events once (spooled) or twice. The series of the last complete pass are in
     * {@link #series()}; warnings are printed by the first pass only.
     *
     * <p>Events cross in batches of {@link #BATCH}: handed over one at a time, the two threads met at the queue's lock
     * and could wake each other for every event.
     */
    static final class Replay implements Iterable<Event> {
        private static final Object END = new Object();
        /** The events handed over at once; the queue holds {@link #BATCHES} of them. */
        static final int BATCH = 128;
        private static final int BATCHES = 4;
        private final Source source;
        private final ICalendarReader reader;
        private final boolean strict;
        private final PrintWriter err;
        private volatile List<EventSeries> series = List.of();
        private volatile int warnings;
        private boolean started;

        Replay(Source source, ICalendarReader reader, boolean strict, PrintWriter err) {
            this.source = source;
            this.reader = reader;
            this.strict = strict;
            this.err = err;
        }

        /** The number of warnings the first pass found, once it is complete. */
        int warnings() {
            return warnings;
        }

        /** The series of the last complete pass, as an {@code Iterable} that looks them up when iterated. */
        Iterable<EventSeries> series() {
            return () -> series.iterator();
        }

        @Override
        public java.util.Iterator<Event> iterator() {
            boolean first = !started;
            started = true;
            java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(BATCHES);
            List<EventSeries> passSeries = new ArrayList<>();
            Thread producer = new Thread(() -> {
                Object last = END;
                List<Event> batch = new ArrayList<>(BATCH);
                try {
                    int found = stream(source, reader, strict, err, first, new Sink() {
                        @Override
                        public void event(Event event) throws IOException {
                            batch.add(event);
                            if (batch.size() == BATCH) {
                                put(queue, List.copyOf(batch));
                                batch.clear();
                            }
                        }

                        @Override
                        public void series(EventSeries s) {
                            passSeries.add(s);
                        }
                    });
                    if (first) {
                        warnings = found;
                    }
                } catch (IOException | RuntimeException e) {
                    last = e;
                }
                try {
                    // What was read before a failure is handed over before it.
                    if (!batch.isEmpty()) {
                        put(queue, List.copyOf(batch));
                    }
                    put(queue, last);
                } catch (IOException e) {
                    // Interrupted: the consumer has gone.
                }
            }, "nightout-read");
            producer.setDaemon(true);
            producer.start();
            return new java.util.Iterator<>() {
                /** The batch being handed out, and the index of its next event. */
                private List<?> events = List.of();
                private int at;
                private boolean ended;

                @Override
                public boolean hasNext() {
                    while (at == events.size() && !ended) {
                        Object next;
                        try {
                            next = queue.take();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted"));
                        }
                        if (next == END) {
                            series = List.copyOf(passSeries);
                            ended = true;
                        } else if (next instanceof IOException e) {
                            ended = true;
                            throw new UncheckedIOException(e);
                        } else if (next instanceof RuntimeException e) {
                            ended = true;
                            throw e;
                        } else {
                            events = (List<?>) next;
                            at = 0;
                        }
                    }
                    return at < events.size();
                }

                @Override
                public Event next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return (Event) events.get(at++);
                }
            };
        }

        private static void put(java.util.concurrent.BlockingQueue<Object> queue, Object o) throws IOException {
            try {
                queue.put(o);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted");
            }
        }
    }

    /**
     * The occurrences of a series as events, from its first year through its last, or through the last year it
     * names (an excluded date or an override) when it has no end.
     */
    static List<Event> occurrences(EventSeries s) {
        int first = s.first().time().startDate().getYear();
        int last = s.lastYear().orElseGet(() -> Stream.of(s.exdates(), s.overrides().keySet())
                .flatMap(Collection::stream).mapToInt(Conversion::yearOf).max().orElse(first));
        return s.occurrences(LocalDate.of(first, 1, 1), LocalDate.of(Math.max(first, last), 12, 31).plusDays(1))
                .toList();
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
}
