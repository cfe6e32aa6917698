package org.nightout.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads and writes a {@link FeedDocument feed document} one event or series at a time, with Jackson's streaming
 * parser and generator, so that a feed of a million events needs the memory of one.
 *
 * <p>The document is {@code {"schemaVersion": 1, "name": ..., "events": [...], "series": [...]}} (see
 * {@link FeedDocument} and its schema, {@link NightOutModule.Document#FEED}); reading also takes the older form of a
 * feed, a JSON array of events ({@link NightOutModule.Document#EVENTS}). Each event and series is read and written
 * by the mapper given, which must have {@link NightOutModule} registered, so that its settings (indentation,
 * unknown properties, limits) apply; the document around them is read by the module's own format, and written here
 * to the same bytes as the mapper writes for the whole {@link FeedDocument}. This class is immutable and thread-safe
 * when the mapper is (a configured Jackson mapper is).
 *
 * <pre>{@code
 * JsonFeed json = JsonFeed.of(NightOutModule.jsonMapper());
 * try (InputStream in = Files.newInputStream(Path.of("feed.json"));
 *      OutputStream out = Files.newOutputStream(Path.of("copy.json"));
 *      JsonFeed.FeedWriter copy = json.writer(out)) {
 *     json.read(in, new JsonFeed.Handler() {            // one event or series in memory at a time
 *         @Override public void event(Event event) { copy.write(event); }
 *         @Override public void series(EventSeries series) { copy.write(series); }
 *     });
 * }
 * }</pre>
 */
public final class JsonFeed {
    private static final String FROM_STRING = " from String \"";

    private final ObjectMapper mapper;
    /** Reads the document; made once, so that each read starts without looking up its deserializer. */
    private final ObjectReader documentReader;

    private JsonFeed(ObjectMapper mapper) {
        this.mapper = mapper;
        // What follows the document is checked here, to say so in the format's words.
        this.documentReader = mapper.readerFor(FeedDocument.class).without(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Returns a reader and writer of feed documents that reads and writes each event and series with
     * {@code mapper}.
     *
     * @param mapper a mapper with {@link NightOutModule} registered
     * @return the reader and writer
     * @throws IllegalArgumentException if the mapper has no {@link NightOutModule}
     */
    public static JsonFeed of(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        if (mapper.registeredModules().stream().noneMatch(m -> m instanceof NightOutModule)) {
            throw new IllegalArgumentException("The mapper must have a NightOutModule registered");
        }
        return new JsonFeed(mapper);
    }

    /**
     * Receives what {@link #read(InputStream, Handler)} reads, as it is read: the name, each event and each series,
     * in the document's order (the writer writes the name, then the events, then the series). Every method does
     * nothing unless overridden. A method may throw an unchecked exception to stop the read; it leaves the read as
     * it is thrown.
     */
    public interface Handler {
        /**
         * Takes the calendar's name, where the document has one.
         *
         * @param name the name
         */
        default void name(String name) {
        }

        /**
         * Takes a single event.
         *
         * @param event the event
         */
        default void event(Event event) {
        }

        /**
         * Takes a series, with its rule, dates and overrides.
         *
         * @param series the series
         */
        default void series(EventSeries series) {
        }
    }

    /**
     * Reads a feed document, or a JSON array of events, handing each part to {@code handler} as soon as it is read.
     * The stream is read to the end of the document and checked for anything after it; it is not closed.
     *
     * @param in the JSON text, UTF-8
     * @param handler takes the name, each event and each series
     * @throws JacksonException if the input is no feed document, with the JSON path of what is wrong
     *     ({@code /events/3/community/state}; {@code /3/...} in an array of events); what was handed over before
     *     stays handed over
     */
    public void read(InputStream in, Handler handler) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(handler, "handler");
        ObjectReader reader = documentReader.withAttribute(Handler.class, handler);
        // On failure the parser is left unclosed (it holds only buffers), so that the exception's processor still
        // shows the token where reading stopped.
        JsonParser p = reader.createParser(in);
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            throw MismatchedInputException.from(p, FeedDocument.class, "expected a feed document (a JSON object)"
                    + " or a JSON array of events, found " + found(t));
        }
        reader.readValue(p);
        t = p.nextToken();
        if (t != null) {
            throw MismatchedInputException.from(p, FeedDocument.class, "expected nothing after the feed document,"
                    + " found " + found(t));
        }
        p.close();
    }

    /**
     * Starts a feed document on {@code out}: {@link FeedWriter#name(String) name} it, {@link FeedWriter#write(Event)
     * write} its events and then its series, each let go once written, and {@link FeedWriter#close() close} it. The
     * stream is flushed, never closed.
     *
     * @param out where to write, UTF-8
     * @return the open document
     * @throws JacksonException if writing fails
     */
    public FeedWriter writer(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return new FeedWriter(mapper, mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out));
    }

    /**
     * Starts a feed document on {@code out}, as {@link #writer(OutputStream)} does on a byte stream.
     *
     * @param out where to write
     * @return the open document
     * @throws JacksonException if writing fails
     */
    public FeedWriter writer(Writer out) {
        Objects.requireNonNull(out, "out");
        return new FeedWriter(mapper, mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out));
    }

    /**
     * Describes a failure to read this library's JSON in one line for people, in the words of the format rather than
     * of Java classes: where (line and column, and the JSON Pointer of the value when known) and what, such as
     * {@code line 1, column 55: /events/0/title: expected a string, found a number} or
     * {@code line 1, column 48: /events/0/location: unknown property "location" in an event; expected one of
     * activities, ...}. A string this format cannot read gives the string and why ({@code /events/0/rainDate:
     * "2023-02-30": Text ...; expected a date such as 2021-08-03}); a value the core types refuse keeps their
     * message; a syntax error says {@code not valid JSON:} and the first sentence of the parser's message.
     *
     * <pre>{@code
     * try {
     *     json.read(in, handler);
     * } catch (JacksonException e) {
     *     System.err.println("feed.json: " + JsonFeed.describe(e));
     * }
     * }</pre>
     *
     * @param e what {@link #read(InputStream, Handler)} or a mapper with {@link NightOutModule} threw
     * @return the message, on one line
     * @throws NullPointerException if {@code e} is null
     */
    public static String describe(JacksonException e) {
        Objects.requireNonNull(e, "e");
        String pointer = e.getPath().stream()
                .map(r -> "/" + (r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex())))
                .collect(Collectors.joining());
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : "; expected one of " + u.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            message = "unknown property \"" + u.getPropertyName() + "\" in " + article(u.getReferringClass()) + known;
        } else if (e instanceof InvalidFormatException f && f.getValue() instanceof String value
                && e.getOriginalMessage().contains(FROM_STRING)) {
            // The reason follows Jackson's "Cannot deserialize value of type `...` from String "...": ".
            String reason = e.getOriginalMessage().substring(e.getOriginalMessage().indexOf(FROM_STRING)
                    + FROM_STRING.length() + value.length() + 3);
            message = "\"" + value + "\": " + reason.replaceAll("\\s*\\R\\s*", " ");
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && e.getOriginalMessage().startsWith("Cannot deserialize")) {
            message = "expected " + expected(m.getTargetType()) + ", found "
                    + found(m.processor() instanceof JsonParser p ? p.currentToken() : null);
        } else if (e instanceof StreamReadException) {
            message = "not valid JSON: " + firstSentence(e.getOriginalMessage());
        } else {
            message = e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ");
        }
        return where(e.getLocation(), pointer) + message;
    }

    /** Says where the document went wrong, as "line 3, column 12: /events/0/community/state: ". */
    private static String where(TokenStreamLocation location, String pointer) {
        StringBuilder where = new StringBuilder();
        if (location != null && location.getLineNr() > 0) {
            where.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr())
                    .append(": ");
        }
        if (!pointer.isEmpty()) {
            where.append(pointer).append(": ");
        }
        return where.toString();
    }

    /** A type in words, such as "an event", "a geo point" or "a feed document". */
    private static String article(Class<?> type) {
        String name = type == null ? "object" : type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** What a value of the type looks like in JSON. */
    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        } else if (type == Integer.class || type == Integer.TYPE || type == Long.class || type == Long.TYPE) {
            return "an integer";
        } else if (type == Double.class || type == Double.TYPE) {
            return "a number";
        } else if (type == Boolean.class || type == Boolean.TYPE) {
            return "true or false";
        } else if (List.class.isAssignableFrom(type)) {
            return "a JSON array";
        } else if (Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        } else if (type == FeedDocument.class) {
            return "a feed document (a JSON object) or a JSON array of events";
        }
        return article(type) + " (a JSON object)";
    }

    /** A token in words, such as "an object" or "a number". */
    private static String found(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "\"" + t.asString() + "\"";
        };
    }

    /** Jackson's syntax messages go on about how to fix the parser; the first sentence is the user's. */
    private static String firstSentence(String message) {
        if (message.startsWith("Unexpected end-of-input")) {
            return "the input ends before the JSON does";
        }
        String line = message.replaceAll("\\s*\\R\\s*", " ");
        int cut = line.indexOf(": was expecting");
        return cut > 0 ? line.substring(0, cut) : line;
    }

    /**
     * An open feed document: its name first, if any, then its events, then its series, each written as it comes
     * and let go; {@link #close()} ends the document. The bytes are those the mapper writes for the whole
     * {@link FeedDocument}. Not thread-safe.
     */
    public static final class FeedWriter implements AutoCloseable {
        /** Where the document stands: before its events, in them, in the series, or closed. */
        private enum State { START, EVENTS, SERIES, CLOSED }

        private final ObjectMapper mapper;
        private final JsonGenerator g;
        private State state = State.START;
        private boolean named;
        private long events;
        private long series;

        /** Takes a generator that leaves the caller's stream open (Jackson closes it by default). */
        private FeedWriter(ObjectMapper mapper, JsonGenerator g) {
            this.mapper = mapper;
            this.g = g;
            g.writeStartObject();
            g.writeNumberProperty(FeedDocumentFormat.SCHEMA_VERSION, NightOutModule.SCHEMA_VERSION);
        }

        /**
         * Writes the calendar's name.
         *
         * @param name the name, not blank
         * @return this writer
         * @throws IllegalStateException if a name, an event or a series was written already, or the document is
         *     closed
         * @throws org.nightout.core.ValidationException if the name is not a valid text (see
         *     {@link FeedDocument#FeedDocument})
         * @throws JacksonException if writing fails
         */
        public FeedWriter name(String name) {
            if (named || state != State.START) {
                throw new IllegalStateException("The name goes first, once: before any event or series");
            }
            FeedDocument.checkName(Optional.of(Objects.requireNonNull(name, "name")));
            named = true;
            g.writeStringProperty(FeedDocumentFormat.NAME, name);
            return this;
        }

        /**
         * Writes one single event.
         *
         * @param event the event
         * @throws IllegalStateException if a series was written already (events go first), or the document is
         *     closed
         * @throws JacksonException if writing fails
         */
        public void write(Event event) {
            Objects.requireNonNull(event, "event");
            if (state == State.SERIES || state == State.CLOSED) {
                throw new IllegalStateException(state == State.CLOSED ? "The feed document is closed"
                        : "Events go before the series: a series was written already");
            }
            if (state == State.START) {
                g.writeArrayPropertyStart(FeedDocumentFormat.EVENTS);
                state = State.EVENTS;
            }
            mapper.writeValue(g, event);
            events++;
        }

        /**
         * Writes one series, after every event.
         *
         * @param series the series
         * @throws IllegalStateException if the document is closed
         * @throws JacksonException if writing fails
         */
        public void write(EventSeries series) {
            Objects.requireNonNull(series, "series");
            if (state == State.CLOSED) {
                throw new IllegalStateException("The feed document is closed");
            }
            if (state != State.SERIES) {
                if (state == State.EVENTS) {
                    g.writeEndArray();
                }
                g.writeArrayPropertyStart(FeedDocumentFormat.SERIES);
                state = State.SERIES;
            }
            mapper.writeValue(g, series);
            this.series++;
        }

        /**
         * Returns how many events were written.
         *
         * @return the count
         */
        public long eventCount() {
            return events;
        }

        /**
         * Returns how many series were written.
         *
         * @return the count
         */
        public long seriesCount() {
            return series;
        }

        /**
         * Ends the document and flushes the stream, which stays open. Closing twice does nothing.
         *
         * @throws JacksonException if writing fails
         */
        @Override
        public void close() {
            if (state != State.CLOSED) {
                if (state != State.START) {
                    g.writeEndArray();
                }
                state = State.CLOSED;
                g.writeEndObject();
                g.close();
            }
        }
    }
}
