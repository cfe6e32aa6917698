package org.nightout.spring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarWriter;
import org.springframework.http.ResponseEntity;

/**
 * Wraps a feed in a {@link ResponseEntity} that carries a strong ETag, the quoted SHA-256 of the exact bytes the
 * feed will be written as, and a Last-Modified, the newest {@link Event#lastModified()} of its events. Spring MVC
 * compares both with the request's {@code If-None-Match} and {@code If-Modified-Since} and answers
 * {@code 304 Not Modified} itself, without writing the feed.
 *
 * <p>Why not Spring's {@code ShallowEtagHeaderFilter}: it buffers the whole response to hash it, so a feed would no
 * longer stream, and it sets no Last-Modified. Here the writer runs once into a digest that keeps no bytes (the
 * writer gives the same bytes for the same events, so the hash is that of the response), and once more into the
 * response, only if the client lacks that version: twice the CPU of a write, for memory that does not grow with the
 * feed. The ETag is strong because the bytes are identical, which is what a calendar client's cache needs.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * @GetMapping(value = "/feed.ics", produces = "text/calendar")
 * ResponseEntity<ICalendarData> feed() {
 *     return responses.ok(repository.events());
 * }
 * }</pre>
 */
public final class ICalendarResponses {
    private final ICalendarWriter writer;

    /**
     * Creates responses whose ETag is computed with {@code writer}, which must be the writer of the
     * {@link ICalendarHttpMessageConverter} that writes them.
     *
     * @param writer the feed's writer
     * @throws NullPointerException if {@code writer} is null
     */
    public ICalendarResponses(ICalendarWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * Returns a {@code 200 OK} response for a feed of single events, with its ETag and Last-Modified.
     *
     * @param events the events, in the order they are to appear
     * @return the response; its body is written by {@link ICalendarHttpMessageConverter}
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     */
    public ResponseEntity<ICalendarData> ok(Collection<? extends Event> events) {
        return ok(events, List.of());
    }

    /**
     * Returns a {@code 200 OK} response for a feed of single events and series, with its ETag and
     * Last-Modified.
     *
     * @param events the single events, in the order they are to appear
     * @param series the series
     * @return the response; its body is written by {@link ICalendarHttpMessageConverter}
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     */
    public ResponseEntity<ICalendarData> ok(Collection<? extends Event> events,
            Collection<? extends EventSeries> series) {
        ICalendarData feed = new ICalendarData(Optional.empty(), List.copyOf(events), List.copyOf(series), List.of());
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().eTag(etag(feed));
        lastModified(feed).ifPresent(response::lastModified);
        return response.body(feed);
    }

    /**
     * Returns the strong ETag of a feed: the quoted lower-case hex SHA-256 of the bytes the writer writes for it.
     *
     * @param feed the events and series (the name and warnings are not written)
     * @return the ETag, with its quotes
     */
    public String etag(ICalendarData feed) {
        MessageDigest sha256 = sha256();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            writer.write(feed.events(), feed.series(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("A digest cannot fail to write", e);
        }
        return '"' + HexFormat.of().formatHex(sha256.digest()) + '"';
    }

    /**
     * Returns the newest last change of a feed's events, series and overrides.
     *
     * @param feed the events and series
     * @return the newest {@link Event#lastModified()}, or empty for an empty feed
     */
    public static Optional<Instant> lastModified(ICalendarData feed) {
        Stream<Event> all = Stream.concat(feed.events().stream(), feed.series().stream()
                .flatMap(s -> Stream.concat(Stream.of(s.first()), s.overrides().values().stream())));
        return all.map(Event::lastModified).max(Instant::compareTo);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
