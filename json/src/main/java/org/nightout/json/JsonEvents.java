package org.nightout.json;

import java.io.OutputStream;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.nightout.core.Event;
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
 * Reads and writes a JSON array of events one event at a time, with Jackson's streaming parser and generator, so a
 * file of a million events needs the memory of one.
 *
 * <p>The events are read and written by the mapper given, which must have {@link NightOutModule} registered; the
 * array around them is this class's. This class is immutable and thread-safe when the mapper is (a configured
 * Jackson mapper is).
 *
 * <pre>{@code
 * JsonEvents json = JsonEvents.of(NightOutModule.jsonMapper());
 * try (InputStream in = Files.newInputStream(Path.of("events.json"));
 *      OutputStream out = Files.newOutputStream(Path.of("copy.json"));
 *      JsonEvents.ArrayWriter writer = json.arrayWriter(out)) {
 *     json.read(in, writer::write);          // one event in memory at a time
 * }
 * }</pre>
 */
public final class JsonEvents {
    private static final String FROM_STRING = " from String \"";

    private final ObjectMapper mapper;
    /** Reads one event; made once, so that each event is read without looking up its type and deserializer. */
    private final ObjectReader eventReader;

    private JsonEvents(ObjectMapper mapper) {
        // Each event is read as a value inside the array; what follows it is the array's, not the event's rest.
        this.mapper = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.eventReader = this.mapper.readerFor(Event.class);
    }

    /**
     * Returns a reader and writer of event arrays that reads and writes each event with {@code mapper}.
     *
     * @param mapper a mapper with {@link NightOutModule} registered
     * @return the reader and writer
     * @throws IllegalArgumentException if the mapper has no {@link NightOutModule}
     */
    public static JsonEvents of(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        if (mapper.registeredModules().stream().noneMatch(m -> m instanceof NightOutModule)) {
            throw new IllegalArgumentException("The mapper must have a NightOutModule registered");
        }
        return new JsonEvents(mapper);
    }

    /**
     * Reads a JSON array of events, handing each to {@code each} as soon as it is read. The stream is read to the
     * end of the array and checked for anything after it; it is not closed.
     *
     * @param in the JSON text, UTF-8
     * @param each takes each event, in the array's order
     * @return the number of events read
     * @throws JacksonException if the input is no JSON array of events, with the event's index first in
     *     {@link JacksonException#getPath() the path} where an event is wrong; what was handed over before stays
     *     handed over
     */
    public long read(InputStream in, Consumer<? super Event> each) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(each, "each");
        long count = 0;
        // The caller's stream stays open. On failure the parser is left unclosed too (it holds only buffers), so
        // that the exception's processor still shows the token where reading stopped.
        JsonParser p = mapper.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(in);
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_ARRAY) {
            throw MismatchedInputException.from(p, Event.class, "expected a JSON array of events, found "
                    + found(t));
        }
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw MismatchedInputException.from(p, Event.class, "expected an event (a JSON object), found "
                        + found(t)).prependPath(null, (int) count);
            }
            Event event;
            try {
                event = eventReader.readValue(p);
            } catch (JacksonException e) {
                throw e.prependPath(null, (int) count);
            }
            count++;
            each.accept(event);
        }
        t = p.nextToken();
        if (t != null) {
            throw MismatchedInputException.from(p, Event.class, "expected nothing after the array of events,"
                    + " found " + found(t));
        }
        p.close();
        return count;
    }

    /**
     * Starts a JSON array of events on {@code out}; each {@link ArrayWriter#write(Event) write} adds one event and
     * lets it go, {@link ArrayWriter#close() close} ends the array. The stream is flushed, never closed.
     *
     * @param out where to write, UTF-8
     * @return the open array
     * @throws JacksonException if writing fails
     */
    public ArrayWriter arrayWriter(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return new ArrayWriter(mapper, mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out));
    }

    /**
     * Starts a JSON array of events on {@code out}, as {@link #arrayWriter(OutputStream)} does on a byte stream.
     *
     * @param out where to write
     * @return the open array
     * @throws JacksonException if writing fails
     */
    public ArrayWriter arrayWriter(Writer out) {
        Objects.requireNonNull(out, "out");
        return new ArrayWriter(mapper, mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out));
    }

    /**
     * Writes events as one JSON array, taking them from the iterable one at a time. The stream is flushed, not
     * closed.
     *
     * @param events the events, which may be produced as they are asked for
     * @param out where to write, UTF-8
     * @return the number of events written
     * @throws JacksonException if writing fails
     */
    public long write(Iterable<? extends Event> events, OutputStream out) {
        Objects.requireNonNull(events, "events");
        try (ArrayWriter w = arrayWriter(out)) {
            for (Event e : events) {
                w.write(e);
            }
            return w.count();
        }
    }

    /**
     * Describes a failure to read this library's JSON in one line for people, in the words of the format rather than
     * of Java classes: where (line and column, and the JSON Pointer of the value when known) and what, such as
     * {@code line 1, column 43: /0/title: expected a string, found a number} or
     * {@code line 1, column 36: /0/location: unknown property "location" in an event; expected one of activities, ...}.
     * A string this format cannot read gives the string and why ({@code /0/rainDate: "2023-02-30": Text ...; expected
     * a date such as 2021-08-03}); a value the core types refuse keeps their message; a syntax error says
     * {@code not valid JSON:} and the first sentence of the parser's message.
     *
     * <pre>{@code
     * try {
     *     json.read(in, events::add);
     * } catch (JacksonException e) {
     *     System.err.println("events.json: " + JsonEvents.describe(e));
     * }
     * }</pre>
     *
     * @param e what {@link #read(InputStream, Consumer)} or a mapper with {@link NightOutModule} threw
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

    /** Says where the document went wrong, as "line 3, column 12: /0/community/state: ". */
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

    /** A core type in words, such as "an event" or "a geo point". */
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
     * An open JSON array of events: events go out as they are written, and {@link #close()} ends the array. Not
     * thread-safe.
     */
    public static final class ArrayWriter implements AutoCloseable {
        private final ObjectMapper mapper;
        private final JsonGenerator g;
        private long count;
        private boolean closed;

        /** Takes a generator that leaves the caller's stream open (Jackson closes it by default). */
        private ArrayWriter(ObjectMapper mapper, JsonGenerator g) {
            this.mapper = mapper;
            this.g = g;
            g.writeStartArray();
        }

        /**
         * Writes one event into the array.
         *
         * @param event the event
         * @throws IllegalStateException if the array is closed
         * @throws JacksonException if writing fails
         */
        public void write(Event event) {
            Objects.requireNonNull(event, "event");
            if (closed) {
                throw new IllegalStateException("The array of events is closed");
            }
            mapper.writeValue(g, event);
            count++;
        }

        /**
         * Returns how many events were written.
         *
         * @return the count
         */
        public long count() {
            return count;
        }

        /**
         * Ends the array and flushes the stream, which stays open. Closing twice does nothing.
         *
         * @throws JacksonException if writing fails
         */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                g.writeEndArray();
                g.close();
            }
        }
    }
}
