package org.nightout.spring;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.FeedValidator;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers a request for a feed with a {@link ResponseEntity} that carries its {@link FeedValidator}: a strong ETag,
 * the quoted hash of the exact bytes the feed will be written as, and a Last-Modified, the newest
 * {@link Event#lastModified()} of its events in whole seconds; and decides a conditional request as the validator
 * does, as the JAX-RS integration and {@code nightout serve} do: {@code 304 Not Modified} without writing the feed
 * when the client's {@code If-None-Match} (or, without one, its {@code If-Modified-Since}) says it has this version,
 * {@code 412 Precondition Failed} when an {@code If-Match} or {@code If-Unmodified-Since} does not hold.
 *
 * <p>Why the decision is not left to Spring MVC, which checks every {@code ResponseEntity} with validators: it
 * ignores {@code If-Match} and {@code If-Unmodified-Since} on a {@code GET} and does not take {@code If-None-Match: *}
 * as a match, where RFC 9110 (13.2.2) answers 412 and 304. For a request answered 200 here, its check finds no match
 * either (the tests check each case).
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
 * ResponseEntity<ICalendarData> feed(WebRequest request) {
 *     return responses.answer(request, repository.events());
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
     * Answers a {@code GET} or {@code HEAD} request for a feed of single events: {@code 200 OK} with the feed, or
     * {@code 304} or {@code 412} without it, each with the feed's ETag and Last-Modified.
     *
     * @param request the request, whose conditional headers decide
     * @param events the events, in the order they are to appear
     * @return the response; a body, if any, is written by {@link ICalendarHttpMessageConverter}
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     * @throws NullPointerException if an argument is null
     */
    public ResponseEntity<ICalendarData> answer(WebRequest request, Collection<? extends Event> events) {
        return answer(request, events, List.of());
    }

    /**
     * Answers a {@code GET} or {@code HEAD} request for a feed of single events and series: {@code 200 OK} with the
     * feed, or {@code 304} or {@code 412} without it, each with the feed's ETag and Last-Modified.
     *
     * @param request the request, whose conditional headers decide
     * @param events the single events, in the order they are to appear
     * @param series the series
     * @return the response; a body, if any, is written by {@link ICalendarHttpMessageConverter}
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     * @throws NullPointerException if an argument is null
     */
    public ResponseEntity<ICalendarData> answer(WebRequest request, Collection<? extends Event> events,
            Collection<? extends EventSeries> series) {
        Objects.requireNonNull(request, "request");
        ICalendarData feed = new ICalendarData(Optional.empty(), List.copyOf(events), List.copyOf(series), List.of());
        FeedValidator validator = validator(feed);
        FeedValidator.Outcome outcome = validator.evaluate(name -> {
            String[] values = request.getHeaderValues(name);
            return values == null ? List.of() : List.of(values);
        });
        ResponseEntity.BodyBuilder response = ResponseEntity.status(outcome.statusCode()).eTag(validator.etag());
        validator.lastModifiedHttpDate().ifPresent(date -> response.header(HttpHeaders.LAST_MODIFIED, date));
        return outcome == FeedValidator.Outcome.SEND ? response.body(feed) : response.build();
    }

    /**
     * Returns the validators of a feed as the writer writes it: the ETag and Last-Modified {@link #answer} sends.
     *
     * @param feed the events and series (the name and warnings are not written)
     * @return the ETag and Last-Modified
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     */
    public FeedValidator validator(ICalendarData feed) {
        return FeedValidator.ofFeed(writer, feed.events(), feed.series());
    }
}
