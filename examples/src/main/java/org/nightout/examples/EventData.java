package org.nightout.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.nightout.core.Event;
import org.nightout.json.NightOutModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a list of events in the library's own JSON format: a JSON array of events as
 * {@link NightOutModule} writes them.
 */
final class EventData {
    private static final TypeReference<List<Event>> EVENT_LIST = new TypeReference<>() {
    };
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new NightOutModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

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
        List<Event> events;
        try {
            events = MAPPER.readValue(in, EVENT_LIST);
        } catch (JacksonException e) {
            throw new IOException(source + ": " + describe(e), e);
        }
        if (events == null) {
            throw new IOException(source + ": expected a JSON array of events, found null");
        }
        return List.copyOf(events);
    }

    /**
     * Writes events as an indented JSON array. The stream is flushed, not closed.
     *
     * @param events the events
     * @param out where to write
     */
    static void write(List<Event> events, OutputStream out) {
        MAPPER.writeValue(out, events);
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

    /** Says where the document went wrong, as "line 3, column 12: /0/community/state: message". */
    private static String describe(JacksonException e) {
        StringBuilder where = new StringBuilder();
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr())
                    .append(": ");
        }
        String pointer = e.getPath().stream()
                .map(r -> "/" + (r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex())))
                .collect(Collectors.joining());
        if (!pointer.isEmpty()) {
            where.append(pointer).append(": ");
        }
        return where + e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ");
    }
}
