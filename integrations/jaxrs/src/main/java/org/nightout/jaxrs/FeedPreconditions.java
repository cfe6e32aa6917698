package org.nightout.jaxrs;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarWriter;

/**
 * Gives every {@code text/calendar} feed that {@link ICalendarProvider} is to write a strong {@code ETag}, the quoted
 * SHA-256 of the exact bytes of the feed, and a {@code Last-Modified}, the newest {@link Event#lastModified()} of its
 * events; and answers a conditional {@code GET} through Jakarta REST's own
 * {@link Request#evaluatePreconditions(Date, EntityTag)}: {@code 304 Not Modified} without a body when the client's
 * {@code If-None-Match} (or, without one, its {@code If-Modified-Since}) says it has this version.
 *
 * <p>Resource methods need nothing for it: one returning {@code List<Event>} gets both headers and 304s. A response
 * that already has an {@code ETag}, is no {@code 200}, or answers another method than {@code GET} or {@code HEAD} is
 * left as it is.
 *
 * <p>Why the bytes, and written twice: the writer gives the same bytes for the same events and options, so a hash of
 * what it writes is a strong ETag, which a calendar client's cache needs, and it changes exactly when the feed does
 * (with the options, too, which a hash of the events alone would miss). The writer runs once into a digest that keeps
 * no bytes and, unless the client has this version, once more into the response, which still streams: twice the CPU
 * of a write, and no memory that grows with the feed. Get one with {@link ICalendarProvider#preconditions()}, so
 * that the ETag is computed with the writer that writes the body.
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
     * Sets the ETag and Last-Modified of a feed about to be written, and turns the response into a 304 (or the 412
     * of a failed {@code If-Match}) when the request's preconditions say so.
     *
     * @param request the request
     * @param response the response, whose entity is not yet written
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
        ICalendarData feed = ICalendarProvider.feed(response.getEntity());
        EntityTag etag = etag(feed);
        Optional<Date> lastModified = lastModified(feed).map(Date::from);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        lastModified.ifPresent(d -> response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, d));
        Response.ResponseBuilder unchanged = lastModified.isPresent()
                ? request.getRequest().evaluatePreconditions(lastModified.get(), etag)
                : request.getRequest().evaluatePreconditions(etag);
        if (unchanged != null) {
            response.setStatus(unchanged.build().getStatus());
            response.setEntity(null);
        }
    }

    /**
     * Returns the strong ETag of a feed: the lower-case hex SHA-256 of the bytes the provider's writer writes for it.
     *
     * @param feed the events and series (the name and warnings are not written)
     * @return the ETag
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     */
    public EntityTag etag(ICalendarData feed) {
        MessageDigest sha256 = sha256();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            writer.write(feed.events(), feed.series(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("A digest cannot fail to write", e);
        }
        return new EntityTag(HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * Returns the newest last change of a feed's events, series and overrides, in whole seconds as HTTP dates have
     * them.
     *
     * @param feed the events and series
     * @return the newest {@link Event#lastModified()}, or empty for an empty feed
     */
    public static Optional<Instant> lastModified(ICalendarData feed) {
        Stream<Event> all = Stream.concat(feed.events().stream(), feed.series().stream()
                .flatMap(s -> Stream.concat(Stream.of(s.first()), s.overrides().values().stream())));
        return all.map(Event::lastModified).max(Instant::compareTo).map(i -> Instant.ofEpochSecond(i.getEpochSecond()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
