package org.nightout.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.UniqueIds;
import org.nightout.json.JsonFeed;

/**
 * Reads the input of {@code convert} and {@code validate}: an iCalendar document or the library's JSON, told apart
 * by their first characters, never by the file name.
 */
final class Conversion {
    /** The most bytes read from one input, as the iCalendar reader's own default limit. */
    private static final int MAX_INPUT = 256 << 20;

    /** What the input held: iCalendar, a JSON feed document, or a JSON array of events (the older form of a feed). */
    enum Format { ICS, JSON, JSON_ARRAY }

    private Conversion() {
    }

    /** Takes what a streaming read hands over. */
    interface Sink {
        /** Takes the calendar's name, where the input has one, before the events that follow it. */
        default void name(String name) throws IOException {
        }

        /** Takes a single event. */
        void event(Event event) throws IOException;

        /** Takes a series, after the input's last event (as the writers write them). */
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
            } catch (java.nio.file.AccessDeniedException e) {
                throw new IOException(file + ": permission denied", e);
            } catch (IOException e) {
                // The system's reason alone ("Is a directory") does not say which file it is about.
                throw new IOException(file + ": " + (Files.isDirectory(path) ? "a directory, not a file"
                        : "cannot be read: " + e.getMessage()), e);
            }
            return new Source(path, name, detect(head, name));
        }
    }

    /**
     * Reads a source as a stream, handing each event and series to {@code sink} as it is read, and printing each
     * warning to {@code err} (when {@code printWarnings}) as {@code warning: line N: PROPERTY: message}. Of JSON
     * events and series that share an id, the second and later get the id with a suffix ({@code -2}, {@code -3}),
     * with a warning, as the iCalendar reader does with UIDs ({@link UniqueIds}). Memory holds one event or series
     * (and, for iCalendar, the open series) and a fingerprint of each id read so far.
     *
     * @return the number of warnings
     * @throws IOException if the input cannot be read, or with {@code strict} has a warning
     */
    static int stream(Source source, ICalendarReader reader, boolean strict, PrintWriter err, boolean printWarnings,
            Sink sink) throws IOException {
        int[] warnings = new int[1];
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(source.file()), 1 << 16)) {
            if (source.format() != Format.ICS) {
                UniqueIds ids = UniqueIds.create();
                Pointers at = new Pointers(source.format() == Format.JSON_ARRAY);
                // Made once, not per event: a lambda that captures is a new object each time it is evaluated.
                UniqueIds.Listener renamed = (e, as, i, first) -> {
                    String w = at.of(i) + ": the id \"" + e.id() + "\" is already the id of " + at.of(first)
                            + "; this " + at.kind(i) + " is read as " + as.id();
                    if (strict) {
                        throw new UncheckedIOException(new IOException(source.name() + ": " + w));
                    }
                    warnings[0]++;
                    if (printWarnings) {
                        err.println("warning: " + source.name() + ": " + w);
                    }
                };
                EventData.read(in, source.name(), new JsonFeed.Handler() {
                    @Override
                    public void name(String name) {
                        accept(() -> sink.name(name));
                    }

                    @Override
                    public void event(Event event) {
                        at.claimed(Pointers.EVENTS);
                        Event claimed = ids.claim(event, renamed);
                        accept(() -> sink.event(claimed));
                    }

                    @Override
                    public void series(EventSeries series) {
                        at.claimed(Pointers.SERIES);
                        EventSeries claimed = claim(ids, series, renamed);
                        accept(() -> sink.series(claimed));
                    }
                });
                return warnings[0];
            }
            reader.read(in, new ICalendarHandler() {
                @Override
                public void name(String name) {
                    accept(() -> sink.name(name));
                }

                @Override
                public void event(Event event) {
                    accept(() -> sink.event(event));
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
     * read rather than before them; it takes the calendar's name before the first event, where the input gave one by
     * then. Memory holds up to {@link Replay#BATCH} times six events more than {@link #stream} does (four batches
     * queued, one being filled, one being handed out).
     *
     * @return the number of warnings
     * @throws IOException if the input cannot be read, or with {@code strict} has a warning, or the sink fails
     */
    static int streamBeside(Source source, ICalendarReader reader, boolean strict, PrintWriter err, SinkOpener opener)
            throws IOException {
        Replay replay = new Replay(source, reader, strict, err);
        java.util.Iterator<Event> events = replay.iterator();
        try (ClosingSink sink = opener.open()) {
            // The first batch (or the end) brings the name the input gave before it.
            events.hasNext();
            if (replay.name().isPresent()) {
                sink.name(replay.name().get());
            }
            while (events.hasNext()) {
                sink.event(events.next());
            }
            for (EventSeries s : replay.series()) {
                sink.series(s);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            replay.close();
        }
        return replay.warnings();
    }

    /** What a sink does with one part, which may fail as the sink's writing does. */
    private interface Delivery {
        void run() throws IOException;
    }

    private static void accept(Delivery delivery) {
        try {
            delivery.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Claims the id of a series' first event, and where an earlier event or series has it, gives the series, its
     * first event and its overrides the renamed id (and UID).
     */
    private static EventSeries claim(UniqueIds ids, EventSeries series, UniqueIds.Listener renamed) {
        Event first = ids.claim(series.first(), renamed);
        if (first == series.first()) {
            return series;
        }
        Map<Temporal, Event> overrides = new LinkedHashMap<>();
        series.overrides().forEach((start, o) -> overrides.put(start, Event.builder().from(o).id(first.id())
                .uid(first.uid()).build()));
        return EventSeries.builder().from(series).first(first).overrides(overrides).build();
    }

    /**
     * The JSON Pointer of the n-th event or series read, for messages: {@code /events/3} or {@code /series/0} in a
     * feed document, whose events and series each stand in an array of their own, one array after the other;
     * {@code /3} in an array of events.
     */
    private static final class Pointers {
        static final String EVENTS = "events";
        static final String SERIES = "series";
        private final boolean array;
        private String first;
        private String second;
        private long inFirst;

        Pointers(boolean array) {
            this.array = array;
        }

        void claimed(String kind) {
            if (first == null) {
                first = kind;
            }
            if (kind.equals(first) && second == null) {
                inFirst++;
            } else {
                second = kind;
            }
        }

        String of(long index) {
            if (array) {
                return "/" + index;
            }
            return index < inFirst ? "/" + first + "/" + index : "/" + second + "/" + (index - inFirst);
        }

        String kind(long index) {
            return (index < inFirst ? first : second).equals(SERIES) ? "series" : "event";
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
        Map<String, Event> events = new LinkedHashMap<>();
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
    static final class Replay implements Iterable<Event>, AutoCloseable {
        private static final Object END = new Object();
        /** The events handed over at once; the queue holds {@link #BATCHES} of them. */
        static final int BATCH = 128;
        private static final int BATCHES = 4;
        private final Source source;
        private final ICalendarReader reader;
        private final boolean strict;
        private final PrintWriter err;
        private volatile List<EventSeries> series = List.of();
        private volatile String name;
        private volatile int warnings;
        private boolean started;
        /** The thread reading the current pass, stopped when another pass starts or the replay is closed. */
        private Thread producer;

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

        /**
         * The calendar's name, where the input gave one before the first events an iterator handed out (or before
         * its end, where it has none): known once that iterator's {@code hasNext} has answered.
         */
        Optional<String> name() {
            return Optional.ofNullable(name);
        }

        /** The series of the last complete pass, as an {@code Iterable} that looks them up when iterated. */
        Iterable<EventSeries> series() {
            return () -> series.iterator();
        }

        @Override
        public java.util.Iterator<Event> iterator() {
            boolean first = !started;
            started = true;
            // A pass given up before its end (the writer failed, or needs no more) must not leave its reader parked
            // at the full queue with the file open.
            close();
            java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(BATCHES);
            List<EventSeries> passSeries = new ArrayList<>();
            producer = new Thread(() -> {
                Object last = END;
                List<Event> batch = new ArrayList<>(BATCH);
                try {
                    int found = stream(source, reader, strict, err, first, new Sink() {
                        @Override
                        public void name(String n) {
                            // Set before the batch that follows it is queued, so the queue publishes it.
                            if (name == null) {
                                name = n;
                            }
                        }

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
                } catch (IOException | RuntimeException | Error e) {
                    // Handed to the consumer, which throws it: an Error too, or the consumer would wait forever.
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
                        } else if (next instanceof Error e) {
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

        /**
         * Stops the pass being read, if any, so that its thread ends and closes the file: it is interrupted where it
         * waits for the consumer.
         */
        @Override
        public void close() {
            if (producer != null) {
                producer.interrupt();
                producer = null;
            }
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

    private static Format detect(byte[] bytes, String source) throws IOException {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i < bytes.length && bytes[i] == '{') {
            return Format.JSON;
        }
        if (i < bytes.length && bytes[i] == '[') {
            return Format.JSON_ARRAY;
        }
        if (i < bytes.length && (bytes[i] == 'B' || bytes[i] == 'b')) {
            return Format.ICS;
        }
        throw new IOException(source + ": neither iCalendar (BEGIN:VCALENDAR) nor the library's JSON (a feed"
                + " document, or a JSON array of events)");
    }
}
