package org.nightout.spring;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.nightout.html.EventsPage;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code nightout.page.*} properties from which {@link NightOutAutoConfiguration} builds the {@link EventsPage};
 * what is not set is left off the page. The calendar's name is {@code nightout.feed.name}.
 *
 * <pre>
 * nightout.page.feed=https://example.org/feed.ics
 * nightout.page.json=/feed.json
 * nightout.page.home=/
 * nightout.page.event-pages=/events/{id}.html
 * nightout.page.event-files=/events/{id}.ics
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param feed the iCalendar feed's absolute http or https address, which the subscribe buttons subscribe to; or null
 * @param json the address of the events as JSON, linked from the page's foot; or null
 * @param home the list's address, which each event's page links back to; or null
 * @param eventPages each event's page, {@code {id}} standing for its id, percent-encoded; or null
 * @param eventFiles each event's iCalendar file, {@code {id}} standing for its id, percent-encoded; or null
 */
@ConfigurationProperties("nightout.page")
public record NightOutPageProperties(URI feed, URI json, URI home, String eventPages, String eventFiles) {

    /**
     * Sets on a page's builder what these properties give.
     *
     * @param page the builder
     * @return the builder
     * @throws IllegalArgumentException if {@code feed} is not an absolute http or https URL
     */
    public EventsPage.Builder configure(EventsPage.Builder page) {
        if (feed != null) {
            page.feed(feed);
        }
        if (json != null) {
            page.json(json);
        }
        if (home != null) {
            page.home(home);
        }
        if (eventPages != null) {
            page.eventPages(e -> URI.create(eventPages.replace("{id}", encode(e.id()))));
        }
        if (eventFiles != null) {
            page.eventFiles(e -> URI.create(eventFiles.replace("{id}", encode(e.id()))));
        }
        return page;
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
