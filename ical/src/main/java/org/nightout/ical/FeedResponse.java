package org.nightout.ical;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a feed is served, for {@link FeedLinter#lint(java.io.InputStream, FeedResponse)}: the HTTP status and headers
 * of the response that carried it, and the URL subscribers give their app. What is not known is left empty and not
 * checked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * // curl -sS -D headers.txt -o feed.ics https://example.org/nno.ics
 * FeedResponse served = FeedResponse.parse(Files.readString(Path.of("headers.txt")))
 *         .withUrl(URI.create("https://example.org/nno.ics"));
 * }</pre>
 *
 * @param status the HTTP status code, or empty where unknown
 * @param headers the response headers by lower-case name, each with its values in order; empty where unknown
 * @param url the subscription URL, or empty where unknown
 */
public record FeedResponse(OptionalInt status, Map<String, List<String>> headers, Optional<URI> url) {
    private static final FeedResponse UNKNOWN = new FeedResponse(OptionalInt.empty(), Map.of(), Optional.empty());

    /**
     * Checks the components and keeps the headers by lower-case name, unmodifiable.
     *
     * @param status the HTTP status code, or empty
     * @param headers the response headers, names in any case
     * @param url the subscription URL, or empty
     * @throws NullPointerException if a component, a header name or value is null
     */
    public FeedResponse {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(url, "url");
        Map<String, List<String>> byName = new LinkedHashMap<>();
        headers.forEach((name, values) -> byName.computeIfAbsent(Objects.requireNonNull(name, "header name")
                .toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        byName.replaceAll((name, values) -> List.copyOf(values));
        headers = Map.copyOf(byName);
    }

    /**
     * Obtains what is known of a feed read from a file: nothing, so that only the document is checked.
     *
     * @return a response without status, headers and URL
     */
    public static FeedResponse unknown() {
        return UNKNOWN;
    }

    /**
     * Obtains a response of a status and headers, such as {@code HttpResponse.headers().map()} gives them.
     *
     * @param status the HTTP status code
     * @param headers the headers, names in any case
     * @return the response, without URL
     * @throws NullPointerException if {@code headers}, a name or a value is null
     */
    public static FeedResponse of(int status, Map<String, ? extends List<String>> headers) {
        return new FeedResponse(OptionalInt.of(status), Map.copyOf(headers), Optional.empty());
    }

    /**
     * Obtains what is known of a feed that is not served yet: the URL it will have.
     *
     * @param url the subscription URL
     * @return a response without status and headers
     * @throws NullPointerException if {@code url} is null
     */
    public static FeedResponse ofUrl(URI url) {
        return new FeedResponse(OptionalInt.empty(), Map.of(), Optional.of(Objects.requireNonNull(url, "url")));
    }

    /**
     * Reads the status line and headers of an HTTP response as {@code curl -D} writes them: {@code HTTP/1.1 200 OK}
     * and {@code Name: value} lines. Where several responses follow one another (redirects), the last one is read.
     *
     * @param text the header block
     * @return the response, without URL
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if a line is neither a status line nor a header
     */
    public static FeedResponse parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        OptionalInt status = OptionalInt.empty();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String last = null;
        int number = 0;
        for (String line : text.toString().split("\r\n|\n|\r", -1)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("HTTP/")) {
                String[] parts = line.split(" +", 3);
                status = parts.length > 1 && parts[1].matches("\\d{3}") ? OptionalInt.of(Integer.parseInt(parts[1]))
                        : OptionalInt.empty();
                headers.clear();
                last = null;
            } else if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                List<String> values = headers.get(last);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("Line " + number + " of the headers is neither a status line"
                            + " (HTTP/1.1 200 OK) nor a header (Name: value): \"" + line + "\"");
                }
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.computeIfAbsent(last, n -> new ArrayList<>()).add(line.substring(colon + 1).strip());
            }
        }
        return new FeedResponse(status, headers, Optional.empty());
    }

    /**
     * Returns a copy with a subscription URL.
     *
     * @param url the URL subscribers give their app
     * @return the changed copy
     * @throws NullPointerException if {@code url} is null
     */
    public FeedResponse withUrl(URI url) {
        return new FeedResponse(status, headers, Optional.of(Objects.requireNonNull(url, "url")));
    }

    /**
     * Returns the values of a header, in order.
     *
     * @param name the header name, in any case
     * @return the values; empty where the response has none of that name
     */
    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Returns whether the status or the headers are known, so that they can be checked.
     *
     * @return true if there is a response to check beyond the URL
     */
    public boolean hasResponse() {
        return status.isPresent() || !headers.isEmpty();
    }

    /**
     * Returns the HTTP status code, or empty where unknown.
     *
     * @return the HTTP status code, or empty where unknown
     */
    public OptionalInt status() {
        return status;
    }

    /**
     * Returns the response headers by lower-case name, each with its values in order; empty where unknown.
     *
     * @return the response headers by lower-case name, each with its values in order; empty where unknown
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns the subscription URL, or empty where unknown.
     *
     * @return the subscription URL, or empty where unknown
     */
    public Optional<URI> url() {
        return url;
    }
}
