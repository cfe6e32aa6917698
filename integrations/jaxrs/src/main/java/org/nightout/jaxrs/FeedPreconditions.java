package org.nightout.jaxrs;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.nightout.core.Event;
import org.nightout.ical.FeedValidator;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarWriter;

/**
 * Gives every {@code text/calendar} feed that {@link ICalendarProvider} is to write its {@link FeedValidator}: a
 * strong {@code ETag}, the quoted hash of the exact bytes of the feed, and a {@code Last-Modified}, the newest
 * {@link Event#lastModified()} of its events in whole seconds; and answers a conditional {@code GET} as the validator
 * decides: {@code 304 Not Modified} without a body when the client's {@code If-None-Match} (or, without one, its
 * {@code If-Modified-Since}) says it has this version, {@code 412 Precondition Failed} when an {@code If-Match} or
 * {@code If-Unmodified-Since} does not hold. The decision is the validator's rather than
 * {@code Request.evaluatePreconditions}, so that every server of a nightout feed gives the same answers.
 *
 * <p>Resource methods need nothing for it: one returning {@code List<Event>} gets both headers and 304s. A response
 * that already has an {@code ETag}, is no {@code 200}, or answers another method than {@code GET} or {@code HEAD} is
 * left as it is.
 *
 * <p>The entity is read once, into the events and series the provider then writes (the provider holds them so too),
 * so a resource may return an {@code Iterable} that gives its elements only once. The writer runs once into a digest
 * that keeps no bytes and, unless the client has this version, once more into the response, which still streams:
 * twice the CPU of a write, and no bytes held for the ETag. Get one with
 * {@link ICalendarProvider#preconditions()}, so that the ETag is computed with the writer that writes the body.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeedPreconditions implements ContainerResponseFilter {
    private final ICalendarProvider provider;
    private final ICalendarWriter writer;

    FeedPreconditions(ICalendarProvider provider, ICalendarWriter writer) {
        this.provider = provider;
        this.writer = writer;
    }

    /**
     * Sets the ETag and Last-Modified of a feed about to be written, and turns the response into a 304 or a 412,
     * without a body, when the request's conditions say so.
     *
     * @param request the request
     * @param response the response, whose entity is not yet written
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        MediaType type = response.getMediaType();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200
                || !response.hasEntity() || type == null || !type.isCompatible(ICalendarProvider.TEXT_CALENDAR_UTF8)
                || response.getHeaders().containsKey(HttpHeaders.ETAG)
                || !provider.isWriteable(response.getEntityClass(), response.getEntityType(),
                        response.getEntityAnnotations(), type)) {
            return;
        }
        // The entity is read once: what the provider writes is the feed the ETag was computed over, even where the
        // entity was an Iterable that gives its elements only once (a database cursor), which would otherwise be
        // written empty under the full feed's ETag.
        ICalendarData feed = ICalendarProvider.feed(response.getEntity());
        response.setEntity(feed, response.getEntityAnnotations(), type);
        FeedValidator validator = validator(feed);
        response.getHeaders().putSingle(HttpHeaders.ETAG, validator.etag());
        validator.lastModifiedHttpDate().ifPresent(d -> response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, d));
        FeedValidator.Outcome outcome = validator.evaluate(request.getHeaders()::get);
        if (outcome != FeedValidator.Outcome.SEND) {
            response.setStatus(outcome.statusCode());
            response.setEntity(null);
        }
    }

    /**
     * Returns the validators of a feed as the provider's writer writes it.
     *
     * @param feed the events and series (the name and warnings are not written)
     * @return the ETag and Last-Modified
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     */
    public FeedValidator validator(ICalendarData feed) {
        return FeedValidator.ofFeed(writer, feed.events(), feed.series());
    }
}
