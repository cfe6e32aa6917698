package org.nightout.spring;

// The README's example, word for word (ReadmeTest checks), with its imports.
import java.util.List;
import java.util.function.Supplier;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarData;
import org.nightout.json.FeedDocument;
import org.nightout.spring.ICalendarResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
class FeedController {
    private final Supplier<List<Event>> events;                 // the application's own: a repository, a query
    private final ICalendarResponses responses;                  // auto-configured from nightout.feed.*

    FeedController(Supplier<List<Event>> events, ICalendarResponses responses) {
        this.events = events;
        this.responses = responses;
    }

    @GetMapping(value = "/feed.ics", produces = "text/calendar")
    ResponseEntity<ICalendarData> feed(WebRequest request) {
        return responses.answer(request, events.get());          // 200 with ETag and Last-Modified, or 304
    }

    @GetMapping(value = "/feed.json", produces = "application/json")
    FeedDocument json() {
        return FeedDocument.of(events.get(), List.of());         // the feed's JSON, by Boot's JsonMapper
    }
}
