package org.example.blockparty;

import java.util.List;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarData;
import org.nightout.spring.ICalendarResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The feed calendar apps subscribe to, and the same events as JSON for the site's pages. */
@RestController
public class EventsController {
    private final BlockParties events;
    private final ICalendarResponses responses;

    public EventsController(BlockParties events, ICalendarResponses responses) {
        this.events = events;
        this.responses = responses;
    }

    @GetMapping(value = "/feed.ics", produces = "text/calendar")
    public ResponseEntity<ICalendarData> feed(WebRequest request) {
        return responses.answer(request, events.all());
    }

    @GetMapping(value = "/events.json", produces = "application/json")
    public List<Event> json() {
        return events.all();
    }
}
