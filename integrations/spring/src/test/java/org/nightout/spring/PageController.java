package org.nightout.spring;

// The README's page example, word for word (ReadmeTest checks), with its imports.
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nightout.core.Event;
import org.nightout.html.EventsPage;
import org.nightout.html.PageFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PageController {
    private final Supplier<List<Event>> events;                 // the application's own, as for the feed
    private final EventsPage page;                               // from nightout.feed.* and nightout.page.*

    PageController(Supplier<List<Event>> events, EventsPage page) {
        this.events = events;
        this.page = page;
    }

    @GetMapping(value = "/", produces = "text/html")
    String list(@RequestParam Map<String, String> parameters) {
        PageFilter filter = PageFilter.of(parameters);           // community, agency, from, to: the page's form
        return page.document(events.get().stream().filter(filter::test).toList(), filter);
    }

    @GetMapping(value = "/events/{id}.html", produces = "text/html")
    ResponseEntity<String> event(@PathVariable("id") String id) {
        return events.get().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> ResponseEntity.ok(page.eventDocument(e)))
                .orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badFilter(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(e.getMessage()); // such as a "from" that is no date
    }
}
