package org.nightout.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.internal.Sha256;

/**
 * Computes the HTTP validators of a feed (RFC 9110, 8.8), a strong {@code ETag} and a {@code Last-Modified}, and
 * decides a conditional {@code GET} or {@code HEAD} with them (RFC 9110, 13): one home for what every server of a
 * feed sends, so that they all send the same headers and give the same answers.
 *
 * <ul>
 *   <li>The ETag is the quoted lower-case hex of a 256-bit SHA-2 digest of the exact bytes of the body. It is
 *       strong, which a calendar client's cache needs: {@link ICalendarWriter} writes the same bytes for the same
 *       events and options, so the hash changes exactly when the feed does (with the writer's options too, which a
 *       hash of the events alone would miss). {@link #ofFeed} and {@link #ofWritten} hash the body as it is written, into a digest that keeps
 *       no bytes: memory does not grow with the feed.
 *   <li>The Last-Modified is the newest {@link Event#lastModified()} of the events served, in whole seconds. An
 *       HTTP-date carries whole seconds, and a client sends back in {@code If-Modified-Since} the date it was sent:
 *       compared with an instant that still had its milliseconds, that date would be older than the feed and the
 *       feed would never be answered 304. Truncated, the instant and the header are the same time.
 *   <li>{@link #evaluate} takes the request's {@code If-Match}, {@code If-Unmodified-Since}, {@code If-None-Match}
 *       and {@code If-Modified-Since} in RFC 9110's order (13.2.2): {@code If-None-Match} decides whenever it is
 *       present, with the weak comparison, and {@code *} matches; only without it does {@code If-Modified-Since}
 *       count, and a date that is not an HTTP-date is ignored.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * FeedValidator validator = FeedValidator.ofFeed(writer, events, List.of());   // writes the feed into a digest
 * headers.set("ETag", validator.etag());                       // 64 hex digits, quotes included
 * validator.lastModifiedHttpDate().ifPresent(date -> headers.set("Last-Modified", date));
 * if (validator.evaluate(requestHeaders::get) == FeedValidator.Outcome.SEND) {
 *     writer.write(events, responseBody);                      // the same bytes the ETag was computed over
 * }
 * }</pre>
 */
public final class FeedValidator {
    /** IMF-fixdate, the form an HTTP-date is sent in (RFC 9110, 5.6.7). */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** The obsolete asctime form, which must still be read (RFC 9110, 5.6.7): {@code Sun Nov  6 08:49:37 1994}. */
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private final String etag;
    private final long length;
    private final Optional<Instant> lastModified;

    private FeedValidator(String hex, long length, Optional<Instant> lastModified) {
        this.etag = '"' + hex + '"';
        this.length = length;
        this.lastModified = lastModified.map(t -> t.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Writes a body into an output stream; called once for the validators and again to send the body, so it must
     * write the same bytes each time.
     */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the body.
         *
         * @param out where the bytes go; not to be closed
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** What a conditional request is to be answered with. */
    public enum Outcome {
        /** {@code 200 OK} with the body: the request has no condition, or its conditions hold. */
        SEND(200),
        /** {@code 304 Not Modified} without a body: the client's copy is this version. */
        NOT_MODIFIED(304),
        /** {@code 412 Precondition Failed}: an {@code If-Match} or {@code If-Unmodified-Since} does not hold. */
        PRECONDITION_FAILED(412);

        private final int statusCode;

        Outcome(int statusCode) {
            this.statusCode = statusCode;
        }

        /**
         * Returns the HTTP status code of the answer.
         *
         * @return 200, 304 or 412
         */
        public int statusCode() {
            return statusCode;
        }
    }

    /**
     * Returns the validators of a body held as bytes.
     *
     * @param body the exact bytes served
     * @param lastModified when what the body shows last changed, or empty if unknown; truncated to whole seconds
     * @return the validators
     * @throws NullPointerException if an argument is null
     */
    public static FeedValidator of(byte[] body, Optional<Instant> lastModified) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(lastModified, "lastModified");
        return new FeedValidator(Sha256.hex(body), body.length, lastModified);
    }

    /**
     * Returns the validators of a body written once into a digest that keeps no bytes, so that memory does not grow
     * with the body.
     *
     * @param body writes the bytes that will be served
     * @param lastModified when what the body shows last changed, or empty if unknown; truncated to whole seconds
     * @return the validators
     * @throws IOException if {@code body} throws it
     * @throws NullPointerException if an argument is null
     */
    public static FeedValidator ofWritten(Body body, Optional<Instant> lastModified) throws IOException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(lastModified, "lastModified");
        Sha256.Sink sink = Sha256.sink();
        body.writeTo(sink);
        return new FeedValidator(sink.hex(), sink.length(), lastModified);
    }

    /**
     * Returns the validators of a feed: the ETag of the bytes {@code writer} writes for the events and series
     * (written once into a digest that keeps no bytes), and the Last-Modified of {@link #newestChange}.
     *
     * @param writer the writer that will write the feed served
     * @param events the single events, in the order they are to appear
     * @param series the series
     * @return the validators
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     * @throws NullPointerException if an argument is null
     */
    public static FeedValidator ofFeed(ICalendarWriter writer, Iterable<? extends Event> events,
            Iterable<? extends EventSeries> series) {
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(series, "series");
        try {
            return ofWritten(out -> writer.write(events, series, out), newestChange(events, series));
        } catch (IOException e) {
            throw new UncheckedIOException("A digest cannot fail to write", e);
        }
    }

    /**
     * Returns when a feed last changed: the newest {@link Event#lastModified()} of its single events and of its
     * series' first events and overrides.
     *
     * @param events the single events
     * @param series the series
     * @return the newest change, as the events give it, or empty for a feed without events
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Instant> newestChange(Iterable<? extends Event> events,
            Iterable<? extends EventSeries> series) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(series, "series");
        Instant newest = null;
        for (Event e : events) {
            newest = newer(newest, e.lastModified());
        }
        for (EventSeries s : series) {
            newest = newer(newest, s.first().lastModified());
            for (Event o : s.overrides().values()) {
                newest = newer(newest, o.lastModified());
            }
        }
        return Optional.ofNullable(newest);
    }

    private static Instant newer(Instant newest, Instant t) {
        return newest == null || t.isAfter(newest) ? t : newest;
    }

    /**
     * Returns the strong ETag, with its quotes, as the {@code ETag} header carries it.
     *
     * @return such as {@code "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}, quotes included
     */
    public String etag() {
        return etag;
    }

    /**
     * Returns the length of the body the ETag was computed over, for a {@code Content-Length}.
     *
     * @return the number of bytes
     */
    public long length() {
        return length;
    }

    /**
     * Returns when the feed last changed, in whole seconds as the {@code Last-Modified} header carries it.
     *
     * @return the instant, or empty if unknown, as for a feed without events
     */
    public Optional<Instant> lastModified() {
        return lastModified;
    }

    /**
     * Returns the {@code Last-Modified} header's value: {@link #lastModified()} as an IMF-fixdate.
     *
     * @return such as {@code Wed, 03 Aug 2022 00:00:00 GMT}, or empty if unknown
     */
    public Optional<String> lastModifiedHttpDate() {
        return lastModified.map(IMF_FIXDATE::format);
    }

    /**
     * Decides a conditional {@code GET} or {@code HEAD} request for this version of the feed, in RFC 9110's order
     * (13.2.2):
     * <ol>
     *   <li>{@code If-Match}, when present, must name this ETag with the strong comparison, or be {@code *}; else
     *       the answer is {@link Outcome#PRECONDITION_FAILED 412}.
     *   <li>Without it, an {@code If-Unmodified-Since} date older than {@link #lastModified()} gives 412 too.
     *   <li>{@code If-None-Match}, when present, decides alone: {@link Outcome#NOT_MODIFIED 304} if it names this
     *       ETag with the weak comparison ({@code W/"x"} matches {@code "x"}) or is {@code *}, else
     *       {@link Outcome#SEND 200}.
     *   <li>Without it, an {@code If-Modified-Since} date not older than {@link #lastModified()} gives 304.
     * </ol>
     * A date that is no HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime forms, as RFC 9110, 5.6.7 wants
     * read), or a date header given more than once, is ignored, as is a date when the feed has no last change. In an
     * entity-tag list, a member that is no entity-tag (such as an unquoted tag) is skipped.
     *
     * @param requestHeaders the request's field lines of a header, by name as written above (a framework's header
     *     map that ignores case, such as {@code exchange.getRequestHeaders()::get}); {@code null} or an empty list
     *     for a header the request does not have
     * @return the answer
     * @throws NullPointerException if {@code requestHeaders} is null
     */
    public Outcome evaluate(Function<? super String, ? extends List<String>> requestHeaders) {
        Objects.requireNonNull(requestHeaders, "requestHeaders");
        List<String> ifMatch = header(requestHeaders, "If-Match");
        if (!ifMatch.isEmpty()) {
            if (!names(ifMatch, false)) {
                return Outcome.PRECONDITION_FAILED;
            }
        } else if (date(header(requestHeaders, "If-Unmodified-Since"))
                .filter(since -> lastModified.isPresent() && lastModified.get().isAfter(since)).isPresent()) {
            return Outcome.PRECONDITION_FAILED;
        }
        List<String> ifNoneMatch = header(requestHeaders, "If-None-Match");
        if (!ifNoneMatch.isEmpty()) {
            return names(ifNoneMatch, true) ? Outcome.NOT_MODIFIED : Outcome.SEND;
        }
        return date(header(requestHeaders, "If-Modified-Since"))
                .filter(since -> lastModified.isPresent() && !lastModified.get().isAfter(since)).isPresent()
                ? Outcome.NOT_MODIFIED : Outcome.SEND;
    }

    private static List<String> header(Function<? super String, ? extends List<String>> headers, String name) {
        List<String> lines = headers.apply(name);
        return lines == null ? List.of() : lines;
    }

    /**
     * Tells whether an entity-tag list (RFC 9110, 8.8.3), given in one or more field lines, is {@code *} or names
     * this ETag; the weak comparison ignores a {@code W/} prefix, the strong one takes no weak tag. A comma may stand
     * inside a tag's quotes, so the list is read tag by tag rather than split.
     */
    private boolean names(List<String> lines, boolean weakComparison) {
        for (String line : lines) {
            int i = 0;
            while (i < line.length()) {
                if (isSeparator(line, i)) {
                    i++;
                    continue;
                }
                if (line.charAt(i) == '*' && (i + 1 == line.length() || isSeparator(line, i + 1))) {
                    return true;
                }
                boolean weak = line.startsWith("W/", i);
                int open = weak ? i + 2 : i;
                if (open == line.length() || line.charAt(open) != '"') {
                    // No entity-tag: skipped, as far as the next comma.
                    int comma = line.indexOf(',', i);
                    i = comma < 0 ? line.length() : comma + 1;
                    continue;
                }
                int close = line.indexOf('"', open + 1);
                if (close < 0) {
                    break;
                }
                if ((weakComparison || !weak) && close + 1 - open == etag.length() && line.startsWith(etag, open)) {
                    return true;
                }
                i = close + 1;
            }
        }
        return false;
    }

    private static boolean isSeparator(String line, int i) {
        char c = line.charAt(i);
        return c == ',' || c == ' ' || c == '\t';
    }

    /** Reads a date header given once, in any of the three forms of an HTTP-date; anything else gives empty. */
    private static Optional<Instant> date(List<String> lines) {
        if (lines.size() != 1) {
            return Optional.empty();
        }
        String text = lines.get(0).strip();
        return parse(IMF_FIXDATE, text).or(() -> parse(rfc850(), text)).or(() -> parse(ASCTIME, text));
    }

    /** The obsolete RFC 850 form, {@code Sunday, 06-Nov-94 08:49:37 GMT}: its year is within 50 years from now. */
    private static DateTimeFormatter rfc850() {
        return new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, Year.now(ZoneOffset.UTC).getValue() - 49)
                .appendPattern(" HH:mm:ss 'GMT'").toFormatter(Locale.US).withZone(ZoneOffset.UTC);
    }

    private static Optional<Instant> parse(DateTimeFormatter form, String text) {
        try {
            return Optional.of(form.parse(text, Instant::from));
        } catch (DateTimeException e) {
            // RFC 9110, 13.1.3 and 13.1.4: a date that cannot be read is ignored.
            return Optional.empty();
        }
    }

    /**
     * Tells whether another object is a validator of the same ETag, length and last change.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FeedValidator v && etag.equals(v.etag) && length == v.length
                && lastModified.equals(v.lastModified);
    }

    /**
     * Returns a hash code from the ETag, length and last change.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(etag, length, lastModified);
    }

    /**
     * Returns the validators for logs, such as {@code FeedValidator[etag="9f86...", length=1024,
     * lastModified=2022-08-03T00:00:00Z]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "FeedValidator[etag=" + etag + ", length=" + length + ", lastModified="
                + lastModified.map(Instant::toString).orElse("unknown") + "]";
    }
}
