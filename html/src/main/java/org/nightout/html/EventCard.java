package org.nightout.html;

import static org.nightout.html.HtmlText.escape;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nightout.core.Activity;
import org.nightout.core.Agency;
import org.nightout.core.Community;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.GeoPoint;
import org.nightout.core.PostalAddress;
import org.nightout.core.Venue;
import org.nightout.ical.CalendarLinks;

/**
 * One event as residents read it: when, its status (and, when cancelled or moved, why), where, with a map link,
 * who hosts it, what happens there, and for an event still to come, its add-to-calendar links. The event given is
 * already in its public form.
 */
final class EventCard {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);
    /** How the public profile begins the description of a cancelled event; the status line says it already. */
    private static final String CANCELLED = "Cancelled: ";

    private EventCard() {
    }

    /** The instant an event starts, for ordering: an all-day event at the start of its first day in its zone. */
    static Instant start(Event e, ZoneId fallback) {
        if (e.time() instanceof EventTime.Timed t) {
            return t.start().toInstant();
        }
        return ((EventTime.AllDay) e.time()).first().atStartOfDay(zone(e, fallback)).toInstant();
    }

    /**
     * The instant an event is over: its end; for a timed event without one, the end of its day; for an all-day
     * event, the end of its last day in its community's zone.
     */
    static Instant end(Event e, ZoneId fallback) {
        if (e.time() instanceof EventTime.Timed t) {
            return t.end().orElse(t.start().toLocalDate().plusDays(1).atStartOfDay(t.start().getZone())).toInstant();
        }
        return ((EventTime.AllDay) e.time()).last().plusDays(1).atStartOfDay(zone(e, fallback)).toInstant();
    }

    private static ZoneId zone(Event e, ZoneId fallback) {
        return e.community().map(Community::zone).orElse(fallback);
    }

    /**
     * Writes the body of a card: everything but its heading.
     *
     * @param past whether the event is over, which leaves out its add-to-calendar links and says so in its status
     */
    static void details(StringBuilder html, Event e, boolean past, CalendarLinks links, Optional<URI> file) {
        html.append("<p class=\"nno-when\">").append(when(e.time())).append("</p>\n");
        status(html, e.status(), past);
        html.append("<dl class=\"nno-facts\">\n");
        e.venue().ifPresent(v -> fact(html, "Place", place(v, e)));
        e.community().ifPresent(c -> fact(html, "Community", escape(c.displayName())
                + c.region().map(r -> " <span class=\"nno-muted\">(" + escape(r) + ")</span>").orElse("")));
        List<String> hosts = new ArrayList<>(e.hosts().stream().map(EventCard::agencyName).toList());
        hosts.addAll(PageFilter.otherHosts(e));
        if (!hosts.isEmpty()) {
            fact(html, hosts.size() == 1 ? "Host" : "Hosts", escape(String.join(", ", hosts)));
        }
        if (!e.activities().isEmpty()) {
            fact(html, "Activities",
                    escape(e.activities().stream().map(Activity::label).collect(Collectors.joining(", "))));
        }
        html.append("</dl>\n");
        description(e).ifPresent(d -> html.append("<p class=\"nno-desc\">").append(escape(d)).append("</p>\n"));
        // Only a web address becomes a link: a javascript: or data: URI in the data must not run in a reader's page.
        e.url().filter(u -> "https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))
                .ifPresent(u -> html.append("<p><a href=\"").append(escape(u.toASCIIString()))
                        .append("\">More about this event</a></p>\n"));
        if (!past && !e.status().isCancelled()) {
            addLinks(html, e, links, file);   // nobody should put into their calendar what does not take place
        }
    }

    private static String agencyName(Agency a) {
        return a.name() + a.shortName().map(s -> " (" + s + ")").orElse("");
    }

    private static void fact(StringBuilder html, String term, String definitionHtml) {
        html.append("<div><dt>").append(term).append("</dt><dd>").append(definitionHtml).append("</dd></div>\n");
    }

    /** The venue, its address, and a link to it on OpenStreetMap: a marker at its coordinates, or a search. */
    private static String place(Venue v, Event e) {
        StringBuilder html = new StringBuilder(escape(v.name()));
        v.address().map(PostalAddress::oneLine)
                .ifPresent(a -> html.append("<span class=\"nno-address\">").append(escape(a)).append("</span>"));
        map(v, e).ifPresent(link -> html.append("<a class=\"nno-map\" href=\"").append(escape(link))
                .append("\">Map and directions<span class=\"nno-vh\"> to ").append(escape(v.name()))
                .append("</span></a>"));
        return html.toString();
    }

    /**
     * Returns the OpenStreetMap page of a venue: its coordinates marked, where it has them (a private residence has
     * them rounded to about a hundred metres); else a search for its name and address, or its name and community.
     */
    static Optional<String> map(Venue v, Event e) {
        if (v.geo().isPresent()) {
            GeoPoint g = v.geo().get();
            String lat = String.format(Locale.ROOT, "%.5f", g.latitude());
            String lon = String.format(Locale.ROOT, "%.5f", g.longitude());
            return Optional.of("https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/"
                    + lon);
        }
        Optional<String> where = v.address().map(PostalAddress::oneLine)
                .or(() -> e.community().map(Community::displayName));
        return where.map(w -> "https://www.openstreetmap.org/search?query="
                + URLEncoder.encode(v.name() + ", " + w, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** The description without the public profile's "Cancelled: reason." opening, which the status line shows. */
    private static Optional<String> description(Event e) {
        Optional<String> d = e.description();
        if (e.status().isCancelled() && d.isPresent() && d.get().startsWith(CANCELLED)) {
            int paragraph = d.get().indexOf("\n\n");
            d = paragraph < 0 ? Optional.empty() : Optional.of(d.get().substring(paragraph + 2));
        }
        return d.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The day and, where the day alone does not say it, the time of day or the last day. */
    static String when(EventTime time) {
        if (time instanceof EventTime.Timed timed) {
            ZonedDateTime start = timed.start();
            String end = timed.end().map(e -> " \u2013 " + (e.toLocalDate().equals(start.toLocalDate())
                    ? CLOCK.format(e) : DAY.format(e) + ", " + CLOCK.format(e))).orElse("");
            return "<time datetime=\"" + start.toOffsetDateTime() + "\">" + DAY.format(start) + ", "
                    + CLOCK.format(start) + "</time>" + escape(end + " " + ZONE.format(start));
        }
        EventTime.AllDay days = (EventTime.AllDay) time;
        String first = "<time datetime=\"" + days.first() + "\">" + DAY.format(days.first()) + "</time>";
        return days.last().equals(days.first()) ? first
                : first + " \u2013 <time datetime=\"" + days.last() + "\">" + DAY.format(days.last()) + "</time>";
    }

    /**
     * The status as residents need it: what is still to come is scheduled or confirmed, what is over is past; a
     * cancelled, postponed or rescheduled event says so, with its reason, either way.
     */
    private static void status(StringBuilder html, EventStatus status, boolean past) {
        String kind;
        String label = switch (status.kind()) {
            case CANCELLED -> {
                kind = "cancelled";
                yield "Cancelled";
            }
            case POSTPONED -> {
                kind = "changed";
                yield "Postponed";
            }
            case RESCHEDULED -> {
                kind = "changed";
                yield "Rescheduled";
            }
            case TENTATIVE -> {
                kind = past ? "past" : "changed";
                yield past ? "Past event" : "Tentative";
            }
            case CONFIRMED -> {
                kind = past ? "past" : "scheduled";
                yield past ? "Past event" : "Confirmed";
            }
            case SCHEDULED -> {
                kind = past ? "past" : "scheduled";
                yield past ? "Past event" : "Scheduled";
            }
        };
        html.append("<p class=\"nno-status nno-").append(kind).append("\"><strong>").append(label).append("</strong>");
        status.reason().ifPresent(r -> html.append(" \u2014 ").append(escape(r)));
        status.previousTime().ifPresent(t -> html.append(" (was ").append(DAY.format(t.startDate())).append(")"));
        html.append("</p>\n");
    }

    /** The event's add-to-calendar links, each named with the event for screen readers, and its own file. */
    private static void addLinks(StringBuilder html, Event e, CalendarLinks links, Optional<URI> file) {
        String title = escape(e.title());
        html.append("<p class=\"nno-add\"><span class=\"nno-add-label\">Add to calendar:</span> ");
        List<String[]> services = List.of(
                new String[] {links.google(e).toASCIIString(), "Google"},
                new String[] {links.outlook(e).toASCIIString(), "Outlook.com"},
                new String[] {links.office365(e).toASCIIString(), "Microsoft 365"},
                new String[] {links.yahoo(e).toASCIIString(), "Yahoo"});
        for (String[] s : services) {
            html.append("<a href=\"").append(escape(s[0])).append("\" rel=\"noopener noreferrer\">").append(s[1])
                    .append("<span class=\"nno-vh\">: ").append(title).append("</span></a> ");
        }
        file.ifPresent(f -> html.append("<a class=\"nno-ics\" href=\"").append(escape(f.toASCIIString()))
                .append("\">Apple and other apps (.ics)<span class=\"nno-vh\">: ").append(title).append("</span></a>"));
        html.append("</p>\n");
    }
}
