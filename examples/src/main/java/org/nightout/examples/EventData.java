package org.nightout.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.nightout.core.Event;
import org.nightout.json.JsonEvents;
import org.nightout.json.NightOutModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a list of events in the library's own JSON format: a JSON array of events as
 * {@link NightOutModule} writes them.
 */
final class EventData {
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(NightOutModule.streamReadConstraints()).build())
            .addModule(new NightOutModule())
            // read() takes the array apart itself and checks what follows it; Jackson 3 would refuse each event's rest.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final JsonEvents JSON = JsonEvents.of(MAPPER);

    private EventData() {
    }

    /**
     * Reads the events of a file.
     *
     * @param file a JSON array of events
     * @return the events, in the file's order
     * @throws IOException if the file cannot be read or is not such an array, with a one-line message that names
     *     the file, the line and the JSON path
     */
    static List<Event> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
    }

    /**
     * Reads events from a stream, which is not closed.
     *
     * @param in a JSON array of events
     * @param source what to call the stream in messages, such as its file name
     * @return the events, in the stream's order
     * @throws IOException if the stream cannot be read or holds no such array
     */
    static List<Event> read(InputStream in, String source) throws IOException {
        List<Event> events = new ArrayList<>();
        read(in, source, events::add);
        return List.copyOf(events);
    }

    /**
     * Reads events from a stream one at a time, handing each over as soon as it is read; the stream is not closed.
     *
     * @param in a JSON array of events
     * @param source what to call the stream in messages, such as its file name
     * @param each takes each event, in the stream's order
     * @throws IOException if the stream cannot be read or holds no such array
     */
    static void read(InputStream in, String source, Consumer<Event> each) throws IOException {
        try {
            JSON.read(in, each);
        } catch (StreamReadException e) {
            String at = e.getPath().isEmpty() ? "" : "/" + e.getPath().get(0).getIndex();
            throw new IOException(source + ": " + where(e.getLocation(), at) + "not valid JSON: "
                    + firstSentence(e.getOriginalMessage()), e);
        } catch (JacksonException e) {
            throw new IOException(source + ": " + describe(e), e);
        }
    }

    /**
     * Opens an indented JSON array of events on {@code out}, written one event at a time.
     *
     * @param out where to write; flushed by close, not closed
     * @return the open array
     */
    static JsonEvents.ArrayWriter arrayWriter(Writer out) {
        return JSON.arrayWriter(out);
    }

    /**
     * Writes events as an indented JSON array. The stream is flushed, not closed.
     *
     * @param events the events
     * @param out where to write
     */
    static void write(List<Event> events, OutputStream out) {
        JSON.write(events, out);
    }

    /**
     * Returns events as an indented JSON array.
     *
     * @param events the events
     * @return the JSON text
     */
    static String toJson(List<Event> events) {
        return MAPPER.writeValueAsString(events);
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

    /** Says what went wrong in an event, in the words of the format rather than of Java classes. */
    private static String describe(JacksonException e) {
        String pointer = e.getPath().stream()
                .map(r -> "/" + (r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex())))
                .collect(Collectors.joining());
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : "; expected one of " + u.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            message = "unknown property \"" + u.getPropertyName() + "\" in " + article(u.getReferringClass())
                    + known;
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

    private static String article(Class<?> type) {
        String name = type == null ? "object" : type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

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
}
