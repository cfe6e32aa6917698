package org.nightout.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractSmartHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Writes events as {@code text/calendar; charset=utf-8} with an {@link ICalendarWriter}, straight to the response
 * (nothing is buffered beyond the writer's own 64 KiB), and reads {@code text/calendar} bodies into
 * {@link ICalendarData} with an {@link ICalendarReader}.
 *
 * <p>It writes an {@link Event}, an {@link EventSeries}, an {@link ICalendarData} (its events and series), and any
 * {@link Iterable} declared with {@code Event} or {@code EventSeries} elements, such as a controller method's
 * {@code List<Event>}. The writer reads the events twice (first for their time zones), so an {@code Iterable} must
 * give its elements again, as every collection does. It reads only {@code ICalendarData}, which keeps the reader's
 * warnings.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * @GetMapping(value = "/feed.ics", produces = "text/calendar")
 * List<Event> feed() {
 *     return repository.events();
 * }
 * }</pre>
 */
public final class ICalendarHttpMessageConverter extends AbstractSmartHttpMessageConverter<Object> {
    /** The media type written, with its charset. */
    public static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ICalendarWriter writer;
    private final ICalendarReader reader;

    /**
     * Creates a converter that writes with {@code writer} and reads with a reader of default options.
     *
     * @param writer writes every feed
     * @throws NullPointerException if {@code writer} is null
     */
    public ICalendarHttpMessageConverter(ICalendarWriter writer) {
        this(writer, ICalendarReader.builder().build());
    }

    /**
     * Creates a converter.
     *
     * @param writer writes every feed
     * @param reader reads every {@code text/calendar} request body
     * @throws NullPointerException if an argument is null
     */
    public ICalendarHttpMessageConverter(ICalendarWriter writer, ICalendarReader reader) {
        super(TEXT_CALENDAR);
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
        setDefaultCharset(StandardCharsets.UTF_8);
    }

    /**
     * Returns the writer this converter writes with, so that an ETag can be computed over the same bytes.
     *
     * @return the writer
     */
    public ICalendarWriter writer() {
        return writer;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Event.class.isAssignableFrom(clazz) || EventSeries.class.isAssignableFrom(clazz)
                || ICalendarData.class.isAssignableFrom(clazz);
    }

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return ICalendarData.class.equals(type.toClass()) && canRead(mediaType);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        // A method declared to return Object says nothing of its elements; the value's class may still be writable.
        ResolvableType declared = type.toClass() == Object.class && valueClass != null
                ? ResolvableType.forClass(valueClass) : type;
        return Feed.isWritable(declared) && canWrite(mediaType);
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints)
            throws IOException {
        try (InputStream in = inputMessage.getBody()) {
            return reader.read(in);
        } catch (ICalendarParseException e) {
            throw new HttpMessageNotReadableException("Cannot read the text/calendar body: " + e.getMessage(), e,
                    inputMessage);
        }
    }

    @Override
    protected void writeInternal(Object body, ResolvableType type, HttpOutputMessage outputMessage,
            Map<String, Object> hints) throws IOException {
        Feed feed = Feed.of(body);
        try {
            writer.write(feed.events(), feed.series(), outputMessage.getBody());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Thrown before the first byte: an extension the writer refuses, or an Iterable that cannot be read twice.
            throw new HttpMessageNotWritableException("Cannot write the events as text/calendar: " + e.getMessage(),
                    e);
        }
    }

    /** The events and series of a body, in the writer's terms. */
    record Feed(List<Event> events, List<EventSeries> series) {

        static boolean isWritable(ResolvableType type) {
            Class<?> raw = type.toClass();
            if (Event.class.isAssignableFrom(raw) || EventSeries.class.isAssignableFrom(raw)
                    || ICalendarData.class.isAssignableFrom(raw)) {
                return true;
            }
            if (!Iterable.class.isAssignableFrom(raw)) {
                return false;
            }
            Class<?> element = type.as(Iterable.class).getGeneric(0).toClass();
            return Event.class.isAssignableFrom(element) || EventSeries.class.isAssignableFrom(element);
        }

        static Feed of(Object body) {
            if (body instanceof Event e) {
                return new Feed(List.of(e), List.of());
            }
            if (body instanceof EventSeries s) {
                return new Feed(List.of(), List.of(s));
            }
            if (body instanceof ICalendarData d) {
                return new Feed(d.events(), d.series());
            }
            if (body instanceof Iterable<?> items) {
                List<Event> events = new ArrayList<>();
                List<EventSeries> series = new ArrayList<>();
                for (Object item : items) {
                    if (item instanceof Event e) {
                        events.add(e);
                    } else if (item instanceof EventSeries s) {
                        series.add(s);
                    } else {
                        throw new HttpMessageNotWritableException("Cannot write " + describe(item)
                                + " as text/calendar: only Event and EventSeries elements can be written");
                    }
                }
                return new Feed(events, series);
            }
            throw new HttpMessageNotWritableException("Cannot write " + describe(body) + " as text/calendar");
        }

        private static String describe(Object item) {
            return Optional.ofNullable(item).map(i -> "a " + i.getClass().getName()).orElse("null");
        }
    }
}
