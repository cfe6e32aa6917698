package org.nightout.examples;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.nightout.core.Event;
import org.nightout.html.EventsPage;

/**
 * The feed server's web pages, rendered by the library's {@link EventsPage}: the list at {@code /}, with the
 * subscribe buttons pointing at this server's feed (with the request's filters) and each event's links to its own
 * page, {@code /events/ID.html}, and its own iCalendar file, {@code /events/ID.ics}.
 */
final class EventPage {
    private EventPage() {
    }

    /**
     * Renders the list.
     *
     * @param events the selected events
     * @param query the filters that selected them; the form shows them and the subscribe links carry them
     * @param origin the scheme-less origin the browser used, such as {@code localhost:8080}
     * @param secure whether the browser reached the page over https
     * @param name the calendar's name
     * @param clock tells which events are past
     * @return the HTML document
     */
    static String render(List<Event> events, FeedQuery query, String origin, boolean secure, String name,
            Clock clock) {
        String suffix = query.isEmpty() ? "" : "?" + query.toQueryString();
        URI feed = URI.create((secure ? "https://" : "http://") + origin + "/feed.ics" + suffix);
        EventsPage.Builder page = builder(name, clock).json(URI.create("/feed.json" + suffix));
        try {
            page.feed(feed);
        } catch (IllegalArgumentException tooLong) {
            // Filters so long that no calendar service takes the address: the page goes without subscribe buttons.
        }
        return page.build().document(events, query.pageFilter());
    }

    /**
     * Renders one event's page.
     *
     * @param event the event, or the occurrence of a series the page shows
     * @param name the calendar's name
     * @param clock tells whether the event is past
     * @return the HTML document
     */
    static String renderEvent(Event event, String name, Clock clock) {
        return builder(name, clock).build().eventDocument(event);
    }

    private static EventsPage.Builder builder(String name, Clock clock) {
        return EventsPage.builder().name(name).clock(clock).home(URI.create("/"))
                .eventPages(e -> URI.create(eventPath(e, ".html")))
                .eventFiles(e -> URI.create(eventFile(e)));
    }

    /**
     * Returns the path of an event's own iCalendar file, as {@link FeedServer} serves it.
     *
     * @param e the event
     * @return {@code /events/ID.ics}, the id percent-encoded
     */
    static String eventFile(Event e) {
        return eventPath(e, ".ics");
    }

    private static String eventPath(Event e, String extension) {
        return "/events/" + URLEncoder.encode(e.id(), StandardCharsets.UTF_8).replace("+", "%20") + extension;
    }
}
