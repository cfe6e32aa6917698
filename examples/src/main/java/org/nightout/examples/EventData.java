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
import java.util.function.Consumer;
import org.nightout.core.Event;
import org.nightout.json.JsonEvents;
import org.nightout.json.NightOutModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a list of events in the library's own JSON format: a JSON array of events as
 * {@link NightOutModule} writes them.
 */
final class EventData {
    // No limit on the document's length: events are read one at a time, so memory does not grow with it.
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(NightOutModule.streamReadConstraints().rebuild()
                            .maxDocumentLength(Long.MAX_VALUE).build()).build())
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
        } catch (JacksonException e) {
            throw new IOException(source + ": " + JsonEvents.describe(e), e);
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
     * Starts an indented JSON array of events on a byte stream, as UTF-8; see {@link #arrayWriter(Writer)}.
     *
     * @param out where to write; flushed by close, not closed
     * @return the open array
     */
    static JsonEvents.ArrayWriter arrayWriter(OutputStream out) {
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
}
