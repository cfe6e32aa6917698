package org.nightout.examples;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.nightout.core.Agency;
import org.nightout.core.Community;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import org.nightout.core.Venue;
import org.nightout.ical.CalendarLinks;
import org.nightout.json.JsonLdWriter;

/**
 * The feed server's web page: the events by date, newest first, with subscribe links for each calendar app, each
 * event's add-to-calendar links and its schema.org JSON-LD. An occurrence of a series is a row of its own, with its
 * own links and JSON-LD. Every text that comes from the data is HTML-escaped; the JSON-LD is safe inside its script
 * element as {@link JsonLdWriter} writes it.
 */
final class EventPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);
    private static final JsonLdWriter JSON_LD = JsonLdWriter.create();
    private static final CalendarLinks LINKS = CalendarLinks.create();

    private static final String STYLE = """
            :root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #dde2ea; --accent: #1f4e9c;
              --cancel: #b42318; --bg: #f6f7fb; }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--ink);
              font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header { background: #14213d; color: #fff; padding: 32px 24px 28px; }
            header > div { max-width: 1040px; margin: 0 auto; }
            main, footer { max-width: 1088px; margin: 0 auto; }
            h1 { margin: 0 0 4px; font-size: 30px; letter-spacing: -0.01em; }
            .lede { margin: 0 0 20px; color: #c9d3e6; }
            .subscribe { display: flex; flex-wrap: wrap; gap: 12px 16px; align-items: center; }
            .button { display: inline-block; background: #fca311; color: #14213d; font-weight: 700;
              text-decoration: none; padding: 10px 18px; border-radius: 8px; }
            .button:hover, .button:focus { background: #ffb84d; }
            .subscribe .url { color: #c9d3e6; font-size: 14px; }
            .subscribe .url a { color: #fff; }
            .subscribe code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
              background: rgba(255,255,255,.12); padding: 2px 6px; border-radius: 4px; }
            .apps { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0 0; }
            .apps a { color: #fff; text-decoration: none; font-size: 14px; font-weight: 600; padding: 6px 12px;
              border: 1px solid rgba(255,255,255,.45); border-radius: 8px; }
            .apps a:hover, .apps a:focus { background: rgba(255,255,255,.12); }
            .add { display: block; font-weight: 400; font-size: 13px; margin-top: 4px; color: var(--muted); }
            .add a { color: var(--accent); }
            .filter { margin: 16px 0 0; color: #c9d3e6; font-size: 14px; }
            .filter a { color: #fff; }
            main { padding: 8px 24px 24px; }
            h2 { font-size: 19px; margin: 28px 0 10px; }
            h2 .count { color: var(--muted); font-weight: 400; font-size: 15px; }
            table { width: 100%; table-layout: fixed; border-collapse: collapse; background: #fff; border: 1px solid var(--line);
              border-radius: 10px; overflow: hidden; }
            th, td { text-align: left; vertical-align: top; padding: 9px 12px; border-bottom: 1px solid var(--line); }
            tr:last-child td { border-bottom: 0; }
            th { background: #eef1f7; color: var(--muted); font-size: 12px; text-transform: uppercase;
              letter-spacing: .05em; font-weight: 600; }
            .event { font-weight: 600; }
            .when, .note, .region, .address { display: block; font-weight: 400; color: var(--muted); font-size: 13px; }
            .note { font-style: italic; }
            .none { color: #9aa2b1; }
            .status { white-space: nowrap; font-size: 14px; }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 13px; font-weight: 600;
              background: #e7f5ec; color: #1a7f37; }
            tr.cancelled .badge { border-radius: 8px; }
            tr.cancelled .event .name { text-decoration: line-through; color: var(--muted); }
            tr.cancelled .badge { background: #fdecea; color: var(--cancel); white-space: normal; }
            .badge.changed { background: #fff4e5; color: #9a5b00; }
            .empty { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 24px; }
            footer { padding: 8px 24px 40px; color: var(--muted); font-size: 13px; }
            footer a { color: var(--accent); }
            """;

    private EventPage() {
    }

    /**
     * Renders the page.
     *
     * @param events the selected events
     * @param query the filters that selected them; the subscribe links carry them too
     * @param origin the scheme-less origin the browser used, such as {@code localhost:8080}
     * @param secure whether the browser reached the page over https
     * @return the HTML document
     */
    static String render(List<Event> events, FeedQuery query, String origin, boolean secure) {
        String suffix = query.isEmpty() ? "" : "?" + query.toQueryString();
        String feedPath = "/feed.ics" + suffix;
        String webcal = "webcal://" + origin + feedPath;
        String direct = (secure ? "https://" : "http://") + origin + feedPath;
        StringBuilder html = new StringBuilder(8192 + events.size() * 2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>National Night Out events</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<header><div>\n<h1>National Night Out events</h1>\n")
                .append("<p class=\"lede\">Police&ndash;community nights out: who hosts them, where and when.</p>\n")
                .append("<div class=\"subscribe\">\n<a class=\"button\" id=\"subscribe\" href=\"").append(escape(webcal))
                .append("\">Subscribe</a>\n<span class=\"url\">in your calendar app, or add this address: <a href=\"")
                .append(escape(direct)).append("\" id=\"subscribe-url\"><code>").append(escape(direct))
                .append("</code></a> &middot; <a href=\"").append(escape("/feed.json" + suffix))
                .append("\">JSON</a></span>\n</div>\n");
        apps(html, direct, query);
        if (!query.isEmpty()) {
            html.append("<p class=\"filter\">Showing events for ").append(escape(query.describe()))
                    .append(" &middot; <a href=\"/\">show all</a></p>\n");
        }
        html.append("</div></header>\n<main>\n");
        if (events.isEmpty()) {
            html.append("<p class=\"empty\">No events match these filters.</p>\n");
        }
        Map<LocalDate, List<Event>> byDay = events.stream().collect(Collectors.groupingBy(
                (Event e) -> e.time().startDate(), () -> new TreeMap<LocalDate, List<Event>>(Comparator.reverseOrder()),
                Collectors.toList()));
        // Occurrences of a series share its id; their rows are told apart by their start.
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> repeated = events.stream().map(Event::id).filter(id -> !seen.add(id))
                .collect(Collectors.toSet());
        byDay.forEach((day, onDay) -> day(html, day, onDay, repeated));
        html.append("</main>\n<footer><div>").append(events.size()).append(events.size() == 1 ? " event" : " events")
                .append(". Feeds: <a href=\"").append(escape(feedPath)).append("\">iCalendar</a>, <a href=\"")
                .append(escape("/feed.json" + suffix)).append("\">JSON</a>. Filters: <code>?state=WI</code>, ")
                .append("<code>?community=Eau Claire</code>, <code>?agency=ECPD</code>, <code>?year=2021</code>, ")
                .append("<code>?from=2025-08-01&amp;to=2025-09-01</code> (the days from the first, before the")
                .append(" second). Series show their next ").append(FeedSelection.UPCOMING).append(" occurrences.")
                .append(" Before you publish a feed of your own, <code>nightout lint feed.ics</code> tells what Google,")
                .append(" Outlook and Apple Calendar would do wrong with it.")
                .append("</div></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void day(StringBuilder html, LocalDate day, List<Event> events, java.util.Set<String> repeated) {
        html.append("<section>\n<h2><time datetime=\"").append(day).append("\">").append(DAY.format(day))
                .append("</time> <span class=\"count\">&middot; ").append(events.size())
                .append(events.size() == 1 ? " event" : " events").append("</span></h2>\n<table>\n")
                .append("<colgroup><col style=\"width:33%\"><col style=\"width:16%\"><col style=\"width:17%\">")
                .append("<col style=\"width:14%\"><col style=\"width:20%\"></colgroup>\n")
                .append("<thead><tr><th scope=\"col\">Event</th><th scope=\"col\">Community</th>")
                .append("<th scope=\"col\">Host</th><th scope=\"col\">Venue</th><th scope=\"col\">Status</th>")
                .append("</tr></thead>\n<tbody>\n");
        events.stream()
                .sorted(Comparator.comparing((Event e) -> e.community().map(Community::name).orElse(""))
                        .thenComparing(Event::id).thenComparing(e -> Occurrences.sortsAt(e.time())))
                .forEach(e -> event(html, e, repeated.contains(e.id()) ? e.id() + "-" + Occurrences.start(e.time())
                        : e.id()));
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** Shows the event's public form: the page, like the public feed, goes to strangers. */
    private static void event(StringBuilder html, Event given, String rowId) {
        Event e = Profile.PUBLIC.apply(given);
        boolean cancelled = e.status().isCancelled();
        html.append("<tr class=\"").append(cancelled ? "event-row cancelled" : "event-row").append("\" id=\"")
                .append(escape(rowId)).append("\">\n<td class=\"event\"><span class=\"name\">").append(escape(e.title()))
                .append("</span>");
        when(e.time()).ifPresent(w -> html.append("<span class=\"when\">").append(escape(w)).append("</span>"));
        e.description().ifPresent(d -> html.append("<span class=\"note\">").append(escape(d)).append("</span>"));
        if (!cancelled) {
            addLinks(html, e);   // nobody should put into their calendar what does not take place
        }
        html.append("\n<script type=\"application/ld+json\">").append(JSON_LD.write(e)).append("</script></td>\n");
        html.append("<td>");
        e.community().ifPresentOrElse(c -> {
            html.append(escape(c.name() + ", " + c.state().code()));
            c.region().ifPresent(r -> html.append("<span class=\"region\">").append(escape(r)).append("</span>"));
        }, () -> html.append(none()));
        html.append("</td>\n<td>").append(e.hosts().isEmpty() ? none()
                : escape(e.hosts().stream().map(Agency::name).collect(Collectors.joining(", "))));
        html.append("</td>\n<td>");
        e.venue().ifPresentOrElse(v -> venue(html, v), () -> html.append(none()));
        html.append("</td>\n<td class=\"status\">").append(status(e.status())).append("</td>\n</tr>\n");
    }

    /**
     * The subscribe buttons for each calendar app. Apple Calendar (and whichever app a system has chosen) opens the
     * {@code webcal://} link of the Subscribe button; the three web calendars fetch the feed themselves, so these
     * buttons work only where the server is reachable from the internet.
     */
    private static void apps(StringBuilder html, String feed, FeedQuery query) {
        CalendarLinks.Subscription s;
        try {
            s = LINKS.subscribe(URI.create(feed), "National Night Out" + (query.isEmpty() ? "" : ": " + query.describe()));
        } catch (IllegalArgumentException tooLong) {
            return;   // filters so long that no service takes the address: the address itself is shown above
        }
        html.append("<p class=\"apps\">");
        app(html, "subscribe-apple", s.webcal(), "Apple Calendar");
        app(html, "subscribe-google", s.google(), "Google Calendar");
        app(html, "subscribe-outlook", s.outlook(), "Outlook.com");
        app(html, "subscribe-office365", s.office365(), "Microsoft 365");
        html.append("</p>\n");
    }

    private static void app(StringBuilder html, String id, URI link, String label) {
        html.append("<a id=\"").append(id).append("\" href=\"").append(escape(link.toASCIIString())).append("\">")
                .append(label).append("</a>");
    }

    /** One event's add-to-calendar links, in the public form the row shows, and its own .ics file. */
    private static void addLinks(StringBuilder html, Event e) {
        html.append("<span class=\"add\">Add to calendar: ");
        add(html, LINKS.google(e), "Google");
        html.append(" &middot; ");
        add(html, LINKS.outlook(e), "Outlook.com");
        html.append(" &middot; ");
        add(html, LINKS.office365(e), "Microsoft 365");
        html.append(" &middot; ");
        add(html, LINKS.yahoo(e), "Yahoo");
        html.append(" &middot; <a class=\"ics\" href=\"").append(escape(eventFile(e))).append("\">.ics</a></span>");
    }

    private static void add(StringBuilder html, URI link, String label) {
        html.append("<a href=\"").append(escape(link.toASCIIString()))
                .append("\" target=\"_blank\" rel=\"noopener noreferrer\">").append(label).append("</a>");
    }

    /**
     * Returns the path of an event's own iCalendar file, as {@link FeedServer} serves it.
     *
     * @param e the event
     * @return {@code /events/ID.ics}, the id percent-encoded
     */
    static String eventFile(Event e) {
        return "/events/" + URLEncoder.encode(e.id(), StandardCharsets.UTF_8).replace("+", "%20") + ".ics";
    }

    private static void venue(StringBuilder html, Venue v) {
        html.append(escape(v.name()));
        v.address().map(PostalAddress::oneLine)
                .ifPresent(a -> html.append("<span class=\"address\">").append(escape(a)).append("</span>"));
    }

    private static String none() {
        return "<span class=\"none\">not named</span>";
    }

    /** Says the time of day and the last day where the date heading alone does not. */
    private static Optional<String> when(EventTime time) {
        if (time instanceof EventTime.Timed timed) {
            ZonedDateTime start = timed.start();
            String text = CLOCK.format(start) + timed.end()
                    .map(end -> " \u2013 " + (end.toLocalDate().equals(start.toLocalDate()) ? CLOCK.format(end)
                            : DAY.format(end) + ", " + CLOCK.format(end)))
                    .orElse("") + " " + ZONE.format(start);
            return Optional.of(text);
        }
        EventTime.AllDay days = (EventTime.AllDay) time;
        return days.last().equals(days.first()) ? Optional.empty()
                : Optional.of("through " + DAY.format(days.last()));
    }

    private static String status(EventStatus status) {
        String label = switch (status.kind()) {
            case SCHEDULED -> "Scheduled";
            case CONFIRMED -> "Confirmed";
            case TENTATIVE -> "Tentative";
            case CANCELLED -> "Cancelled";
            case POSTPONED -> "Postponed";
            case RESCHEDULED -> "Rescheduled";
        };
        String text = label + status.reason().map(r -> " \u2014 " + r).orElse("")
                + status.previousTime().map(t -> " (was " + DAY.format(t.startDate()) + ")").orElse("");
        boolean changed = status.kind() == EventStatus.Kind.POSTPONED || status.kind() == EventStatus.Kind.RESCHEDULED
                || status.kind() == EventStatus.Kind.TENTATIVE;
        return "<span class=\"" + (changed ? "badge changed" : "badge") + "\">" + escape(text) + "</span>";
    }

    /**
     * Escapes text for HTML element content and quoted attribute values.
     *
     * @param text any text
     * @return the text with {@code & < > " '} as character references
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
