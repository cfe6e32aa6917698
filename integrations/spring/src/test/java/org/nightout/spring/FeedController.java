package org.nightout.spring;

import java.util.List;
import org.nightout.core.Event;
import org.nightout.examples.SampleEvents;
import org.nightout.ical.ICalendarData;
import org.nightout.json.FeedDocument;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

// The README's example, word for word (ReadmeTest checks).
@RestController
class FeedController {
    private final List<Event> events = SampleEvents.all();      // the application's repository goes here
    private final ICalendarResponses responses;                  // auto-configured from nightout.feed.*

    FeedController(ICalendarResponses responses) {
        this.responses = responses;
    }

    @GetMapping(value = "/feed.ics", produces = "text/calendar")
    ResponseEntity<ICalendarData> feed(WebRequest request) {
        return responses.answer(request, events);                // 200 with ETag and Last-Modified, or 304
    }

    @GetMapping(value = "/feed.json", produces = "application/json")
    FeedDocument json() {
        return FeedDocument.of(events, List.of());               // the feed's JSON, by Boot's JsonMapper
    }
}
