package org.nightout.examples;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.Profile;
import org.nightout.ical.CalendarLinks;
import org.nightout.ical.FeedValidator;
import org.nightout.ical.ICalendarWriter;
import org.nightout.html.EventsPage;
import org.nightout.json.FeedDocument;

/**
 * A small HTTP server for a list of events, built on the JDK's own {@code com.sun.net.httpserver}.
 *
 * <ul>
 *   <li>{@code GET /feed.ics}: the iCalendar feed, {@code text/calendar; charset=utf-8};
 *   <li>{@code GET /feed.json}: the events and series in the library's JSON format, a feed document;
 *   <li>{@code GET /}: a web page listing the events ({@link EventsPage}): upcoming first, past ones folded away,
 *       a filter form, subscribe links for each calendar app, each event's add-to-calendar and map links and
 *       schema.org JSON-LD;
 *   <li>{@code GET /events/ID.html}: one event's page, with its JSON-LD; for the id of a series, its next
 *       occurrence (or, when all have passed, its first);
 *   <li>{@code GET /events/ID.ics}: one event alone as an iCalendar file, for the page's ".ics" links.
 * </ul>
 * Every route shows the events in the public profile: the page and {@code /feed.json} apply it, and the feed and
 * event files are written by the writer given, whose profile is public unless the application chose otherwise.
 * Each route takes the filters {@code state}, {@code community}, {@code agency} and {@code year}, such as
 * {@code /feed.ics?state=WI&year=2021}, and a window of days, {@code ?from=2025-08-01&to=2025-09-01}: the events and
 * occurrences that start from the first day up to (not including) the second. A server started with a window around
 * today ({@link #start(InetSocketAddress, List, List, ICalendarWriter, Clock, String, Period, Period)}) gives every request
 * without {@code from} and {@code to} the days from that long before its clock's today to that long after it, today
 * read at each request, so a server that runs for months keeps serving the coming days; a request's own
 * {@code from} and {@code to} take its place. A bad filter value is answered 400
 * with a plain-text message. Series are served as {@link FeedSelection} says: whole in the iCalendar and JSON
 * feeds, as occurrences on the page, which lists the next ones of each. Responses
 * carry the {@link FeedValidator} of their body: a strong {@code ETag} (the quoted hash of the body) and a
 * {@code Last-Modified} (the newest {@link Event#lastModified()} of the events served, in whole seconds), and a
 * conditional request is answered as it decides: 304 when {@code If-None-Match} (or, without it,
 * {@code If-Modified-Since}) says the client has this version, 412 for a failed {@code If-Match} or
 * {@code If-Unmodified-Since}. Other paths get 404; methods other than GET and HEAD 405.
 *
 * <p>The events never change while the server runs, so polling calendar apps see a change only when it restarts
 * with other data, or when its window moves on to another day. This class is thread-safe.
 *
 * <pre>{@code
 * try (FeedServer server = FeedServer.start(new InetSocketAddress("127.0.0.1", 0), SampleEvents.all(), writer)) {
 *     System.out.println(server.uri());   // http://127.0.0.1:41234/
 *     ...
 * }
 * }</pre>
 */
public final class FeedServer implements AutoCloseable {
    /** A Host header we put into links: a name or address and a port, nothing that needs escaping in a URL. */
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?");
    private static final String CALENDAR = "text/calendar; charset=utf-8";
    private static final String JSON = "application/json";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final CalendarLinks LINKS = CalendarLinks.create();

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Event> events;
    private final List<EventSeries> series;
    private final ICalendarWriter writer;
    private final Clock clock;
    /** How far the window of a request without {@code from} and {@code to} reaches from today; null for no end. */
    private final Period before;
    private final Period after;
    private final String name;

    private FeedServer(HttpServer server, ExecutorService executor, List<Event> events, List<EventSeries> series,
            ICalendarWriter writer, Clock clock, String name, Period before, Period after) {
        this.before = before;
        this.after = after;
        this.server = server;
        this.executor = executor;
        this.events = events;
        this.series = series;
        this.writer = writer;
        this.clock = clock;
        this.name = name;
    }

    /**
     * Starts serving events.
     *
     * @param address where to listen; port 0 picks a free port, which {@link #uri()} then tells
     * @param events the events, served ordered by date and then id
     * @param writer writes the iCalendar feed
     * @return the running server
     * @throws IOException if the server cannot listen on the address, such as when the port is taken
     */
    public static FeedServer start(InetSocketAddress address, List<Event> events, ICalendarWriter writer)
            throws IOException {
        return start(address, events, List.of(), writer, Clock.systemDefaultZone());
    }

    /**
     * Starts serving single events and series.
     *
     * @param address where to listen; port 0 picks a free port, which {@link #uri()} then tells
     * @param events the single events, served ordered by date and then id
     * @param series the series
     * @param writer writes the iCalendar feed
     * @param clock tells the page which occurrences are upcoming
     * @return the running server
     * @throws IOException if the server cannot listen on the address, such as when the port is taken
     */
    public static FeedServer start(InetSocketAddress address, List<Event> events, List<EventSeries> series,
            ICalendarWriter writer, Clock clock) throws IOException {
        return start(address, events, series, writer, clock, FeedIdentity.DEFAULT_CALENDAR_NAME, null, null);
    }

    /**
     * Starts serving single events and series under a calendar's name, each request without {@code from} and
     * {@code to} in a window around the clock's today, read at each request: the events and occurrences that start
     * from {@code before} before today to {@code after} after it, both days included.
     *
     * <pre>{@code
     * FeedServer.start(address, events, series, writer, Clock.systemDefaultZone(), "Dayton PD community events",
     *         Period.ofMonths(1), Period.ofMonths(18));   // the last month and the next year and a half
     * }</pre>
     *
     * @param address where to listen; port 0 picks a free port, which {@link #uri()} then tells
     * @param events the single events, served ordered by date and then id
     * @param series the series
     * @param writer writes the iCalendar feed
     * @param clock where today comes from, at each request, in the zone whose today counts; it also tells the page
     *     which occurrences are upcoming and which events are past
     * @param name the calendar's name, the pages' title and heading, as the feed's NAME
     * @param before how far back from today the window starts; null for no start
     * @param after how far ahead of today it ends; null for no end
     * @return the running server
     * @throws IOException if the server cannot listen on the address, such as when the port is taken
     * @throws IllegalArgumentException if a period is negative
     */
    public static FeedServer start(InetSocketAddress address, List<Event> events, List<EventSeries> series,
            ICalendarWriter writer, Clock clock, String name, Period before, Period after) throws IOException {
        if (before != null && before.isNegative() || after != null && after.isNegative()) {
            throw new IllegalArgumentException("Window periods must not be negative: before " + before + ", after "
                    + after);
        }
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(clock, "clock");
        List<Event> sorted = events.stream()
                .sorted(Comparator.comparing((Event e) -> e.time().startDate()).thenComparing(Event::id)).toList();
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, task -> {
            Thread t = new Thread(task, "nightout-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        FeedServer feeds = new FeedServer(server, executor, sorted, List.copyOf(series), writer, clock, name, before,
                after);
        server.createContext("/", feeds::handle);
        server.setExecutor(executor);
        server.start();
        return feeds;
    }

    /**
     * Returns the address of the web page, such as {@code http://127.0.0.1:8080/}; a server listening on every
     * interface gives {@code localhost}.
     *
     * @return the URI of {@code /}
     */
    public URI uri() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().isAnyLocalAddress() ? "localhost" : bound.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /**
     * Returns the events served, ordered by date and then id.
     *
     * @return the events
     */
    public List<Event> events() {
        return events;
    }

    /**
     * Returns the series served.
     *
     * @return the series
     */
    public List<EventSeries> series() {
        return series;
    }

    /** Stops listening at once and ends the server's threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            boolean eventFile = path.startsWith("/events/") && path.endsWith(".ics") && path.length() > 12;
            boolean eventPage = path.startsWith("/events/") && path.endsWith(".html") && path.length() > 13;
            if (!eventFile && !eventPage && !path.equals("/") && !path.equals("/feed.ics")
                    && !path.equals("/feed.json")) {
                send(x, 404, TEXT, text("not found: " + path
                        + "\nthe routes are /, /feed.ics, /feed.json, /events/ID.html and /events/ID.ics"));
                return;
            }
            String method = x.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                x.getResponseHeaders().set("Allow", "GET, HEAD");
                send(x, 405, TEXT, text("method " + method + " is not allowed: use GET or HEAD"));
                return;
            }
            if (eventFile) {
                eventFile(x, path.substring("/events/".length(), path.length() - ".ics".length()));
                return;
            }
            if (eventPage) {
                eventPage(x, path.substring("/events/".length(), path.length() - ".html".length()));
                return;
            }
            FeedQuery query;
            List<Event> selected = List.of();
            FeedSelection.Calendar calendar = null;
            try {
                query = withServerWindow(FeedQuery.parse(x.getRequestURI().getRawQuery()));
                if (path.equals("/")) {
                    selected = FeedSelection.page(events, series, query, LocalDate.now(clock));
                } else {
                    calendar = FeedSelection.calendar(events, series, query);
                }
            } catch (IllegalArgumentException e) {
                send(x, 400, TEXT, text("bad request: " + e.getMessage()));
                return;
            }
            if (path.equals("/")) {
                byte[] body = EventPage.render(selected, query, origin(x), isHttps(x), name, clock)
                        .getBytes(StandardCharsets.UTF_8);
                page(x, selected, body);
                return;
            }
            FeedSelection.Calendar feed = calendar;
            if (path.equals("/feed.ics")) {
                respond(x, CALENDAR, FeedValidator.newestChange(feed.events(), feed.series()),
                        out -> writer.write(feed.events(), feed.series(), out));
                return;
            }
            FeedDocument json = FeedDocument.of(feed.events().stream().map(Profile.PUBLIC::apply).toList(),
                    feed.series().stream().map(FeedServer::publicForm).toList());
            respond(x, JSON, FeedValidator.newestChange(feed.events(), feed.series()),
                    out -> EventData.write(json, out));
        }
    }

    /** The query, or, where it gives no window and this server has one, the query in the window of today. */
    private FeedQuery withServerWindow(FeedQuery query) {
        if (before == null && after == null) {
            return query;
        }
        LocalDate today = LocalDate.now(clock);
        return query.orWindow(new DateWindow(before == null ? DateWindow.FIRST_DAY : today.minus(before),
                after == null ? DateWindow.END : today.plus(after).plusDays(1)));
    }

    /** Answers with a page, which needs its inline style and nothing else; JSON-LD blocks are data, not scripts. */
    private static void page(HttpExchange x, List<Event> shown, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'");
        respond(x, HTML, FeedValidator.newestChange(shown, List.of()), out -> out.write(body));
    }

    /**
     * Serves one event's page; for the id of a series, its next occurrence from today, or its first where none is
     * left; or 404 where nothing has the id.
     */
    private void eventPage(HttpExchange x, String id) throws IOException {
        Optional<Event> event = events.stream().filter(e -> e.id().equals(id)).findFirst()
                .or(() -> series.stream().filter(s -> s.first().id().equals(id)).findFirst()
                        .map(s -> s.occurrences(LocalDate.now(clock), DateWindow.END).findFirst().orElse(s.first())));
        if (event.isEmpty()) {
            send(x, 404, TEXT, text("not found: no event has the id \"" + id + "\""));
            return;
        }
        page(x, List.of(event.get()), EventPage.renderEvent(event.get(), name, clock).getBytes(StandardCharsets.UTF_8));
    }

    /** A series as the public profile shows it: its first event and each override in their public form. */
    static EventSeries publicForm(EventSeries s) {
        Map<Temporal, Event> overrides = new LinkedHashMap<>();
        s.overrides().forEach((start, o) -> overrides.put(start, Profile.PUBLIC.apply(o)));
        return EventSeries.builder().from(s).first(Profile.PUBLIC.apply(s.first())).overrides(overrides).build();
    }

    /**
     * Serves one event alone as iCalendar, in the public profile; for the id of a series, the whole series, which
     * is what an occurrence's row links to; or 404 where nothing has the id.
     */
    private void eventFile(HttpExchange x, String id) throws IOException {
        Optional<Event> event = events.stream().filter(e -> e.id().equals(id)).findFirst();
        Optional<EventSeries> ofSeries = series.stream().filter(s -> s.first().id().equals(id)).findFirst();
        if (event.isEmpty() && ofSeries.isPresent()) {
            EventSeries s = ofSeries.get();
            respond(x, CALENDAR, FeedValidator.newestChange(List.of(), List.of(s)),
                    out -> writer.write(List.of(), List.of(s), out));
            return;
        }
        if (event.isEmpty()) {
            send(x, 404, TEXT, text("not found: no event has the id \"" + id + "\""));
            return;
        }
        byte[] ics = LINKS.ics(event.get(), writer).getBytes(StandardCharsets.UTF_8);
        respond(x, CALENDAR, FeedValidator.newestChange(List.of(event.get()), List.of()), out -> out.write(ics));
    }

    /**
     * Answers with a body written as it is produced: a first pass writes it into a digest only, for the validators
     * and the Content-Length that must precede it ({@link FeedValidator}, which also decides a conditional request),
     * and a second writes it to the client, so a feed is never held as bytes, whatever its size.
     */
    private static void respond(HttpExchange x, String type, Optional<Instant> lastModified, FeedValidator.Body body)
            throws IOException {
        FeedValidator validator = FeedValidator.ofWritten(body, lastModified);
        Headers headers = x.getResponseHeaders();
        headers.set("ETag", validator.etag());
        validator.lastModifiedHttpDate().ifPresent(date -> headers.set("Last-Modified", date));
        headers.set("Cache-Control", "no-cache");
        FeedValidator.Outcome outcome = validator.evaluate(x.getRequestHeaders()::get);
        if (outcome != FeedValidator.Outcome.SEND) {
            x.sendResponseHeaders(outcome.statusCode(), -1);
            return;
        }
        headers.set("Content-Type", type);
        headers.set("X-Content-Type-Options", "nosniff");
        if (x.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", String.valueOf(validator.length()));
            x.sendResponseHeaders(200, -1);
            return;
        }
        x.sendResponseHeaders(200, validator.length() == 0 ? -1 : validator.length());
        try (OutputStream out = new java.io.BufferedOutputStream(x.getResponseBody(), 1 << 16)) {
            body.writeTo(out);
        }
    }

    private static byte[] text(String message) {
        return (message + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (x.getRequestMethod().equals("HEAD")) {
            x.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            x.sendResponseHeaders(status, -1);
            return;
        }
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    /** Returns the host and port the browser asked for, or this server's own when the Host header is unusable. */
    private String origin(HttpExchange x) {
        String host = x.getRequestHeaders().getFirst("Host");
        if (host != null && HOST.matcher(host.strip()).matches()) {
            return host.strip();
        }
        return uri().getRawAuthority();
    }

    /** Tells whether a proxy in front of this plain-HTTP server says the browser used https. */
    private static boolean isHttps(HttpExchange x) {
        return "https".equalsIgnoreCase(Optional.ofNullable(x.getRequestHeaders().getFirst("X-Forwarded-Proto"))
                .map(String::strip).orElse(""));
    }
}
