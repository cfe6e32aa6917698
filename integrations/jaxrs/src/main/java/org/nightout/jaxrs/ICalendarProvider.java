package org.nightout.jaxrs;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;

/**
 * Writes events as {@code text/calendar; charset=utf-8} with an {@link ICalendarWriter}, straight to the entity
 * stream, and reads {@code text/calendar} entities into {@link ICalendarData} with an {@link ICalendarReader}; a
 * document that is no iCalendar is a {@code 400 Bad Request}.
 *
 * <p>It writes an {@link Event}, an {@link EventSeries}, an {@link ICalendarData} (its events and series), and any
 * {@link Iterable} declared with {@code Event} or {@code EventSeries} elements, such as a resource method's
 * {@code List<Event>}. It works on servers and on clients.
 *
 * <p>This class is immutable and thread-safe: register one instance.
 *
 * <pre>{@code
 * @GET @Path("feed.ics") @Produces("text/calendar")
 * public List<Event> feed() {
 *     return repository.events();
 * }
 * }</pre>
 */
@Provider
@Produces(ICalendarProvider.TEXT_CALENDAR)
@Consumes(ICalendarProvider.TEXT_CALENDAR)
public final class ICalendarProvider implements MessageBodyWriter<Object>, MessageBodyReader<ICalendarData> {
    /** The media type written and read. */
    public static final String TEXT_CALENDAR = "text/calendar";
    /** The media type written, with its charset. */
    public static final MediaType TEXT_CALENDAR_UTF8 = new MediaType("text", "calendar", "utf-8");

    private final ICalendarWriter writer;
    private final ICalendarReader reader;

    /**
     * Creates a provider that writes with {@code writer} and reads with a reader of default options.
     *
     * @param writer writes every feed
     * @throws NullPointerException if {@code writer} is null
     */
    public ICalendarProvider(ICalendarWriter writer) {
        this(writer, ICalendarReader.builder().build());
    }

    /**
     * Creates a provider.
     *
     * @param writer writes every feed
     * @param reader reads every {@code text/calendar} entity
     * @throws NullPointerException if an argument is null
     */
    public ICalendarProvider(ICalendarWriter writer, ICalendarReader reader) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        if (isFeedItem(type) || ICalendarData.class.isAssignableFrom(type)) {
            return true;
        }
        return Iterable.class.isAssignableFrom(type) && genericType instanceof ParameterizedType p
                && p.getActualTypeArguments().length == 1 && isFeedItem(upperBound(p.getActualTypeArguments()[0]));
    }

    @Override
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        httpHeaders.putSingle("Content-Type", TEXT_CALENDAR_UTF8);
        ICalendarData feed = feed(body);
        try {
            writer.write(feed.events(), feed.series(), entityStream);
        } catch (IllegalArgumentException e) {
            // Thrown before the first byte: an event carries an extension the writer writes itself.
            throw new InternalServerErrorException("Cannot write the events as text/calendar: " + e.getMessage(), e);
        }
    }

    /** Takes the events and series out of what a resource returned: a feed, one of them, or an iterable of them. */
    static ICalendarData feed(Object body) {
        if (body instanceof ICalendarData d) {
            return d;
        }
        List<Event> events = new ArrayList<>();
        List<EventSeries> series = new ArrayList<>();
        for (Object item : body instanceof Iterable<?> items ? items : List.of(body)) {
            if (item instanceof Event e) {
                events.add(e);
            } else if (item instanceof EventSeries s) {
                series.add(s);
            } else {
                throw new InternalServerErrorException("Cannot write " + item + " as text/calendar: only Event "
                        + "and EventSeries elements can be written");
            }
        }
        return new ICalendarData(Optional.empty(), events, series, List.of());
    }

    /**
     * Returns the server filter that gives the feeds this provider writes a strong ETag and a Last-Modified, and
     * answers conditional GETs with {@code 304 Not Modified} (see {@link FeedPreconditions}). Register it beside the
     * provider:
     * <pre>{@code
     * ICalendarProvider calendars = new ICalendarProvider(writer);
     * config.register(calendars).register(calendars.preconditions());
     * }</pre>
     *
     * @return the filter, computing ETags with this provider's writer
     */
    public FeedPreconditions preconditions() {
        return new FeedPreconditions(this, writer);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ICalendarData.class;
    }

    @Override
    public ICalendarData readFrom(Class<ICalendarData> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> httpHeaders, InputStream entityStream)
            throws IOException {
        try {
            return reader.read(entityStream);
        } catch (ICalendarParseException e) {
            throw new BadRequestException("Cannot read the text/calendar entity: " + e.getMessage(), e);
        }
    }

    private static boolean isFeedItem(Type type) {
        return type instanceof Class<?> c
                && (Event.class.isAssignableFrom(c) || EventSeries.class.isAssignableFrom(c));
    }

    private static Type upperBound(Type type) {
        return type instanceof WildcardType w ? w.getUpperBounds()[0] : type;
    }
}
