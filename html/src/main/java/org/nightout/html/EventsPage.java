package org.nightout.html;

import static org.nightout.html.HtmlText.escape;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.nightout.core.Agency;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.Profile;
import org.nightout.ical.CalendarLinks;
import org.nightout.json.JsonLdWriter;

/**
 * Renders events as a web page for residents, server-side, with no script to run: the events still to come first,
 * the soonest first, then the past ones, newest first, folded away in a {@code <details>}; a form of filters
 * (community, host, dates) that the browser sends as a plain GET; the subscribe buttons of the feed; and each event
 * as a card with its day and time, its status (with the reason where it is cancelled, postponed or rescheduled), its
 * place with an OpenStreetMap link (its coordinates, or a search for its address), its community, hosts and
 * activities, and, for an event still to come and going ahead, its add-to-calendar links. Which events are past is
 * decided by the page's {@link Clock}: an event is past once it has ended (an all-day event at the end of its last
 * day in its community's zone).
 *
 * <p>Events are always shown in their {@link Profile#PUBLIC public} form, whatever they hold: the house number of a
 * private residence, people's phone numbers and e-mail addresses, and every property kept from another format never
 * reach the page. Notes meant for the data's author rather than for residents (how a date was inferred, say) belong
 * in such a kept property, {@code X-EDITOR-NOTE} by this library's convention, not in the description, which the
 * page shows; so they never reach a page or a public feed.
 *
 * <p>Three renderings: {@link #document(List, PageFilter)}, a whole HTML document with the calendar's name as its
 * title and heading; {@link #fragment(List, PageFilter)}, the same list without {@code <html>}, its style sheet
 * scoped to its own root element, to put into a page of an existing site; and {@link #eventDocument(Event)}, one
 * event's own page with its schema.org JSON-LD. Every text from the data is HTML-escaped, and the JSON-LD is written
 * by {@link JsonLdWriter}, whose output cannot close its {@code <script>} element. Light and dark follow the reader's
 * system ({@code prefers-color-scheme}).
 *
 * <pre>{@code
 * EventsPage page = EventsPage.builder()
 *     .name("National Night Out in Eau Claire")
 *     .feed(URI.create("https://example.org/nno.ics"))               // the subscribe buttons
 *     .eventPages(e -> URI.create("/events/" + e.id() + ".html"))    // each card's link to the event's own page
 *     .build();
 * PageFilter filter = PageFilter.of(Map.of("community", "Eau Claire"));
 * String html = page.document(events.stream().filter(filter::test).toList(), filter);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventsPage {
    private static final CalendarLinks LINKS = CalendarLinks.create();
    private static final JsonLdWriter JSON_LD = JsonLdWriter.create();

    private final String name;
    private final Clock clock;
    private final Optional<URI> feed;
    private final Optional<URI> json;
    private final Optional<URI> home;
    private final Optional<Function<? super Event, URI>> eventPages;
    private final Optional<Function<? super Event, URI>> eventFiles;

    private EventsPage(Builder b) {
        this.name = b.name;
        this.clock = b.clock;
        this.feed = b.feed;
        this.json = b.json;
        this.home = b.home;
        this.eventPages = b.eventPages;
        this.eventFiles = b.eventFiles;
    }

    /**
     * Returns a builder; every setting has a default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the style sheet the fragment carries, for a site that would rather serve it as a file: every rule is
     * under the class {@code nno}.
     *
     * @return the CSS text
     */
    public static String stylesheet() {
        return PageStyle.CSS;
    }

    /**
     * Returns the page's name, the calendar's.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Renders a whole HTML document: the calendar's name as its title and main heading, then the list as
     * {@link #fragment(List, PageFilter)} describes it.
     *
     * @param events the events to list, already filtered; occurrences of a series are events of their own
     * @param filter the filters that selected them, shown in the form
     * @return the HTML document
     * @throws NullPointerException if an argument or an event is null
     */
    public String document(List<? extends Event> events, PageFilter filter) {
        StringBuilder html = new StringBuilder(16384 + events.size() * 2048);
        head(html, name);
        html.append("<body class=\"nno\">\n<a class=\"nno-skip\" href=\"#nno-main\">Skip to the events</a>\n")
                .append("<header class=\"nno-top\"><div class=\"nno-wrap\">\n<h1>").append(escape(name))
                .append("</h1>\n<p>Upcoming events first, the soonest at the top.</p>\n</div></header>\n")
                .append("<main id=\"nno-main\" class=\"nno-wrap\">\n");
        list(html, events, filter);
        html.append("</main>\n");
        foot(html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /**
     * Renders the list alone, to put into a page of an existing site: a {@code <div class="nno">} with its own
     * {@code <style>} (every rule under {@code .nno}), the subscribe buttons, the filter form, the upcoming events
     * under an {@code <h2>}, each event under an {@code <h3>}, the past events folded away, and the events' JSON-LD.
     * It has no {@code <html>}, {@code <head>} or {@code <h1>}: the site's page gives those. The form has no
     * {@code action}, so it sends the filters to the page that shows it, which applies them (see
     * {@link PageFilter}).
     *
     * @param events the events to list, already filtered
     * @param filter the filters that selected them, shown in the form
     * @return the HTML fragment
     * @throws NullPointerException if an argument or an event is null
     */
    public String fragment(List<? extends Event> events, PageFilter filter) {
        StringBuilder html = new StringBuilder(16384 + events.size() * 2048);
        html.append("<div class=\"nno\">\n<style>\n").append(PageStyle.CSS).append("</style>\n")
                .append("<div class=\"nno-wrap\">\n");
        list(html, events, filter);
        html.append("</div>\n</div>\n");
        return html.toString();
    }

    /**
     * Renders one event's own page: its title as the page's heading, everything its card shows, a link back to the
     * list where {@link Builder#home(URI)} gives one, and its schema.org JSON-LD.
     *
     * @param event the event
     * @return the HTML document
     * @throws NullPointerException if {@code event} is null
     */
    public String eventDocument(Event event) {
        Event e = Profile.PUBLIC.apply(Objects.requireNonNull(event, "event"));
        boolean past = isPast(e);
        StringBuilder html = new StringBuilder(8192);
        head(html, e.title() + " \u2013 " + name);
        html.append("<body class=\"nno\">\n<header class=\"nno-top\"><div class=\"nno-wrap\">\n<p>");
        html.append(home.map(h -> "<a href=\"" + escape(h.toASCIIString()) + "\">" + escape(name) + "</a>")
                .orElse(escape(name)));
        html.append("</p>\n<h1>").append(escape(e.title())).append("</h1>\n</div></header>\n")
                .append("<main id=\"nno-main\" class=\"nno-wrap\">\n<article class=\"nno-event nno-box nno-single\">\n");
        EventCard.details(html, e, past, LINKS, eventFiles.map(f -> f.apply(e)));
        html.append("</article>\n");
        home.ifPresent(h -> html.append("<p><a href=\"").append(escape(h.toASCIIString())).append("\">All events of ")
                .append(escape(name)).append("</a></p>\n"));
        html.append("<script type=\"application/ld+json\">").append(JSON_LD.write(e)).append("</script>\n")
                .append("</main>\n");
        foot(html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n<title>").append(escape(title))
                .append("</title>\n<style>\nbody { margin: 0; }\n").append(PageStyle.CSS).append("</style>\n")
                .append("</head>\n");
    }

    private void foot(StringBuilder html) {
        html.append("<footer class=\"nno-foot nno-wrap\">");
        feed.ifPresent(f -> html.append("Feeds: <a href=\"").append(escape(f.toASCIIString()))
                .append("\">iCalendar</a>"));
        json.ifPresent(j -> html.append(feed.isPresent() ? ", " : "Feeds: ").append("<a href=\"")
                .append(escape(j.toASCIIString())).append("\">JSON</a>"));
        html.append(feed.isPresent() || json.isPresent() ? ". " : "")
                .append("Times are local to each event.</footer>\n");
    }

    private boolean isPast(Event e) {
        return !EventCard.end(e, clock.getZone()).isAfter(clock.instant());
    }

    private void list(StringBuilder html, List<? extends Event> given, PageFilter filter) {
        Objects.requireNonNull(filter, "filter");
        List<Event> events = given.stream().map(e -> Profile.PUBLIC.apply(Objects.requireNonNull(e, "event")))
                .map(Event.class::cast).toList();
        subscribe(html);
        form(html, events, filter);
        Instant now = clock.instant();
        Comparator<Event> byName = Comparator.comparing(Event::title).thenComparing(Event::id);
        Comparator<Event> soonest = Comparator.comparing((Event e) -> EventCard.start(e, clock.getZone()))
                .thenComparing(byName);
        Comparator<Event> newest = Comparator.comparing((Event e) -> EventCard.start(e, clock.getZone()))
                .reversed().thenComparing(byName);
        List<Event> upcoming = new ArrayList<>();
        List<Event> past = new ArrayList<>();
        for (Event e : events) {
            (EventCard.end(e, clock.getZone()).isAfter(now) ? upcoming : past).add(e);
        }
        upcoming.sort(soonest);
        past.sort(newest);
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        events.forEach(e -> {
            if (!seen.add(e.id())) {
                repeated.add(e.id());
            }
        });
        html.append("<section class=\"nno-section\" aria-labelledby=\"nno-upcoming\">\n<h2 id=\"nno-upcoming\">Upcoming events")
                .append(" <span class=\"nno-count\">(").append(upcoming.size()).append(")</span></h2>\n");
        if (upcoming.isEmpty()) {
            html.append("<p class=\"nno-empty nno-box\">No upcoming events")
                    .append(filter.isEmpty() ? "" : " match these filters").append(".</p>\n");
        } else {
            cards(html, upcoming, false, repeated);
        }
        html.append("</section>\n");
        if (!past.isEmpty()) {
            html.append("<section class=\"nno-section\" aria-labelledby=\"nno-past\">\n<h2 id=\"nno-past\">Past events")
                    .append(" <span class=\"nno-count\">(").append(past.size()).append(")</span></h2>\n")
                    .append("<details class=\"nno-past-list\">\n<summary>Show ").append(past.size())
                    .append(past.size() == 1 ? " past event" : " past events").append("</summary>\n");
            cards(html, past, true, repeated);
            html.append("</details>\n</section>\n");
        }
        if (!events.isEmpty()) {
            List<Event> all = new ArrayList<>(upcoming);
            all.addAll(past);
            html.append("<script type=\"application/ld+json\">").append(JSON_LD.write(all)).append("</script>\n");
        }
    }

    private void cards(StringBuilder html, List<Event> events, boolean past, Set<String> repeated) {
        html.append("<ol class=\"nno-events\">\n");
        for (Event e : events) {
            String id = repeated.contains(e.id()) ? e.id() + "-" + occurrenceStart(e) : e.id();
            html.append("<li class=\"nno-event\" id=\"").append(escape(id)).append("\">\n")
                    .append("<article aria-labelledby=\"").append(escape("nno-h-" + id)).append("\">\n")
                    .append("<h3 id=\"").append(escape("nno-h-" + id)).append("\">");
            Optional<URI> page = eventPages.map(f -> f.apply(e));
            if (page.isPresent()) {
                html.append("<a href=\"").append(escape(page.get().toASCIIString())).append("\">")
                        .append(escape(e.title())).append("</a>");
            } else {
                html.append(escape(e.title()));
            }
            html.append("</h3>\n");
            EventCard.details(html, e, past, LINKS, eventFiles.map(f -> f.apply(e)));
            html.append("</article>\n</li>\n");
        }
        html.append("</ol>\n");
    }

    private static String occurrenceStart(Event e) {
        return e.time() instanceof EventTime.Timed t ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.start())
                : e.time().startDate().toString();
    }

    /** The subscribe buttons: the webcal link that Apple Calendar and a system's own calendar app open, and the web calendars'. */
    private void subscribe(StringBuilder html) {
        if (feed.isEmpty()) {
            return;
        }
        CalendarLinks.Subscription s = LINKS.subscribe(feed.get(), name);
        String address = feed.get().toASCIIString();
        html.append("<section class=\"nno-box\" aria-labelledby=\"nno-subscribe\">\n")
                .append("<h2 id=\"nno-subscribe\">Subscribe</h2>\n<p class=\"nno-empty\">Your calendar app keeps")
                .append(" these events up to date, changes and cancellations included.</p>\n")
                .append("<ul class=\"nno-buttons\">\n");
        button(html, "nno-subscribe-apple", s.webcal(), "Apple Calendar and others", true);
        button(html, "nno-subscribe-google", s.google(), "Google Calendar", false);
        button(html, "nno-subscribe-outlook", s.outlook(), "Outlook.com", false);
        button(html, "nno-subscribe-office365", s.office365(), "Microsoft 365", false);
        html.append("</ul>\n<p class=\"nno-address-line\">Or add this address to your calendar app: <a href=\"")
                .append(escape(address)).append("\" id=\"nno-subscribe-url\"><code>").append(escape(address))
                .append("</code></a></p>\n</section>\n");
    }

    private static void button(StringBuilder html, String id, URI link, String label, boolean primary) {
        html.append("<li><a id=\"").append(id).append("\"").append(primary ? " class=\"nno-primary\"" : "")
                .append(" href=\"").append(escape(link.toASCIIString())).append("\">").append(label)
                .append("</a></li>\n");
    }

    /** The filters as a plain GET form to this page, its choices the communities and hosts of the events listed. */
    private static void form(StringBuilder html, List<Event> events, PageFilter filter) {
        TreeMap<String, String> communities = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        TreeMap<String, String> hosts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Event e : events) {
            e.community().ifPresent(c -> communities.putIfAbsent(c.name(), c.displayName()));
            e.hosts().forEach(h -> hosts.putIfAbsent(h.name(), h.name()));
            PageFilter.otherHosts(e).forEach(n -> hosts.putIfAbsent(n, n));
        }
        filter.community().ifPresent(c -> communities.putIfAbsent(c, c));
        filter.agency().filter(a -> events.stream().noneMatch(e -> PageFilter.hostedBy(e, a)))
                .ifPresent(a -> hosts.putIfAbsent(a, a));
        html.append("<section class=\"nno-box nno-filter\" aria-labelledby=\"nno-find\">\n")
                .append("<h2 id=\"nno-find\">Find events</h2>\n<form method=\"get\" role=\"search\">\n");
        select(html, "community", "Community", "All communities", communities, filter.community());
        select(html, "agency", "Host", "All hosts", hosts, filter.agency().map(a -> hostName(events, a)));
        date(html, "from", "From", filter.from());
        date(html, "to", "Before", filter.to());
        html.append("<button type=\"submit\">Show events</button>\n");
        if (!filter.isEmpty()) {
            html.append("<a class=\"nno-clear\" href=\"?\">Clear the filters</a>\n");
        }
        html.append("</form>\n</section>\n");
    }

    /** The name the host select offers for a filter value that may be a short name. */
    private static String hostName(List<Event> events, String value) {
        return events.stream().flatMap(e -> e.hosts().stream()).filter(h -> PageFilter.names(h, value))
                .map(Agency::name).findFirst().orElse(value);
    }

    private static void select(StringBuilder html, String field, String label, String all,
            TreeMap<String, String> options, Optional<String> chosen) {
        html.append("<label>").append(label).append("\n<select name=\"").append(field).append("\">\n")
                .append("<option value=\"\">").append(all).append("</option>\n");
        options.forEach((value, text) -> html.append("<option value=\"").append(escape(value)).append("\"")
                .append(chosen.filter(value::equalsIgnoreCase).isPresent() ? " selected" : "").append(">")
                .append(escape(text)).append("</option>\n"));
        html.append("</select></label>\n");
    }

    private static void date(StringBuilder html, String field, String label, Optional<LocalDate> value) {
        html.append("<label>").append(label).append("\n<input type=\"date\" name=\"").append(field).append("\"")
                .append(value.map(d -> " value=\"" + d + "\"").orElse("")).append("></label>\n");
    }

    /**
     * Builds an {@link EventsPage}.
     */
    public static final class Builder {
        private String name = "Events";
        private Clock clock = Clock.systemDefaultZone();
        private Optional<URI> feed = Optional.empty();
        private Optional<URI> json = Optional.empty();
        private Optional<URI> home = Optional.empty();
        private Optional<Function<? super Event, URI>> eventPages = Optional.empty();
        private Optional<Function<? super Event, URI>> eventFiles = Optional.empty();

        private Builder() {
        }

        /**
         * Sets the calendar's name, the page's title and main heading ("Events" unless set).
         *
         * @param name such as "National Night Out in Eau Claire"
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder name(String name) {
            if (Objects.requireNonNull(name, "name").isBlank()) {
                throw new IllegalArgumentException("Page name must not be blank");
            }
            this.name = name.strip();
            return this;
        }

        /**
         * Sets the clock that tells which events are past (the system's, in its default zone, unless set); an
         * all-day event of no community ends in the clock's zone.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the iCalendar feed the subscribe buttons subscribe to; without it the page has none.
         *
         * @param feed the feed's absolute http or https address, such as {@code https://example.org/nno.ics}
         * @return this builder
         * @throws IllegalArgumentException if the address is not an absolute http or https URL, or too long for
         *     the calendar services' links
         */
        public Builder feed(URI feed) {
            LINKS.subscribe(Objects.requireNonNull(feed, "feed"), name);
            this.feed = Optional.of(feed);
            return this;
        }

        /**
         * Sets the address of the events as JSON, linked from the page's foot.
         *
         * @param json the address, absolute or relative to the page
         * @return this builder
         */
        public Builder json(URI json) {
            this.json = Optional.of(Objects.requireNonNull(json, "json"));
            return this;
        }

        /**
         * Sets the list's address, which each event's own page links back to.
         *
         * @param home the address, absolute or relative to the event's page
         * @return this builder
         */
        public Builder home(URI home) {
            this.home = Optional.of(Objects.requireNonNull(home, "home"));
            return this;
        }

        /**
         * Sets where each event's own page is ({@link #eventDocument(Event)} renders it); each card's title links
         * there. Without it, titles link nowhere.
         *
         * @param pages the address of an event's page, given its public form; absolute or relative to the list
         * @return this builder
         */
        public Builder eventPages(Function<? super Event, URI> pages) {
            this.eventPages = Optional.of(Objects.requireNonNull(pages, "pages"));
            return this;
        }

        /**
         * Sets where each event's own iCalendar file is (as {@code CalendarLinks.ics} writes it), offered beside
         * the add-to-calendar links for Apple Calendar and other apps.
         *
         * @param files the address of an event's file, given its public form; absolute or relative to the page
         * @return this builder
         */
        public Builder eventFiles(Function<? super Event, URI> files) {
            this.eventFiles = Optional.of(Objects.requireNonNull(files, "files"));
            return this;
        }

        /**
         * Builds the page.
         *
         * @return the page
         */
        public EventsPage build() {
            return new EventsPage(this);
        }
    }
}
