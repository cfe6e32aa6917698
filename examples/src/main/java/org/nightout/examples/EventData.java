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
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.Profile;
import org.nightout.json.FeedDocument;
import org.nightout.json.JsonFeed;
import org.nightout.json.NightOutModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes events and series in the library's own JSON format: a feed document as {@link NightOutModule}
 * writes it, {@code {"schemaVersion": 1, "name": ..., "events": [...], "series": [...]}}, indented; reading also
 * takes the older form, a JSON array of events.
 */
final class EventData {
    // No limit on the document's length: events are read one at a time, so memory does not grow with it.
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(NightOutModule.streamReadConstraints().rebuild()
                            .maxDocumentLength(Long.MAX_VALUE).build()).build())
            .addModule(new NightOutModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final JsonFeed JSON = JsonFeed.of(MAPPER);
    /** Writes what the public may see of each event, with the same reading as {@link #JSON}. */
    private static final JsonFeed PUBLIC_JSON = JsonFeed.of(MAPPER.rebuild()
            .addModule(new NightOutModule().withProfile(Profile.PUBLIC)).build());

    private EventData() {
    }

    /**
     * Reads a file whole.
     *
     * @param file a feed document or a JSON array of events
     * @return what the file holds
     * @throws IOException if the file cannot be read or is no such document, with a one-line message that names
     *     the file, the line and the JSON path
     */
    static FeedDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
    }

    /**
     * Reads a stream whole; the stream is not closed.
     *
     * @param in a feed document or a JSON array of events
     * @param source what to call the stream in messages, such as its file name
     * @return what the stream holds
     * @throws IOException if the stream cannot be read or holds no such document
     */
    static FeedDocument read(InputStream in, String source) throws IOException {
        List<Event> events = new ArrayList<>();
        List<EventSeries> series = new ArrayList<>();
        String[] name = new String[1];
        read(in, source, new JsonFeed.Handler() {
            @Override
            public void name(String n) {
                name[0] = n;
            }

            @Override
            public void event(Event event) {
                events.add(event);
            }

            @Override
            public void series(EventSeries s) {
                series.add(s);
            }
        });
        return new FeedDocument(Optional.ofNullable(name[0]), events, series);
    }

    /**
     * Reads a stream one part at a time, handing each over as soon as it is read; the stream is not closed.
     *
     * @param in a feed document or a JSON array of events
     * @param source what to call the stream in messages, such as its file name
     * @param handler takes the name, each event and each series, in the stream's order
     * @throws IOException if the stream cannot be read or holds no such document
     */
    static void read(InputStream in, String source, JsonFeed.Handler handler) throws IOException {
        try {
            JSON.read(in, handler);
        } catch (JacksonException e) {
            throw new IOException(source + ": " + JsonFeed.describe(e), e);
        }
    }

    /**
     * Starts an indented feed document on {@code out}, written one event or series at a time.
     *
     * @param out where to write; flushed by close, not closed
     * @param profile what is written of each event, alone or in a series
     * @return the open document
     */
    static JsonFeed.FeedWriter writer(Writer out, Profile profile) {
        return (profile == Profile.PUBLIC ? PUBLIC_JSON : JSON).writer(out);
    }

    /**
     * Starts an indented feed document on a byte stream, as UTF-8; see {@link #writer(Writer, Profile)}.
     *
     * @param out where to write; flushed by close, not closed
     * @param profile what is written of each event, alone or in a series
     * @return the open document
     */
    static JsonFeed.FeedWriter writer(OutputStream out, Profile profile) {
        return (profile == Profile.PUBLIC ? PUBLIC_JSON : JSON).writer(out);
    }

    /**
     * Writes a feed document, indented. The stream is flushed, not closed.
     *
     * @param feed the document
     * @param out where to write
     */
    static void write(FeedDocument feed, OutputStream out) {
        try (JsonFeed.FeedWriter w = JSON.writer(out)) {
            feed.name().ifPresent(w::name);
            feed.events().forEach(w::write);
            feed.series().forEach(w::write);
        }
    }

    /**
     * Returns events as an indented feed document of single events.
     *
     * @param events the events
     * @return the JSON text
     */
    static String toJson(List<Event> events) {
        return toJson(FeedDocument.of(events, List.of()));
    }

    /**
     * Returns a feed document, indented.
     *
     * @param feed the document
     * @return the JSON text
     */
    static String toJson(FeedDocument feed) {
        return MAPPER.writeValueAsString(feed);
    }
}
