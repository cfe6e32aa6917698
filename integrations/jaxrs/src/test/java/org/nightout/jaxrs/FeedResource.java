package org.nightout.jaxrs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.nightout.core.Event;
import org.nightout.examples.SampleEvents;
import org.nightout.json.FeedDocument;

// The README's example, word for word (ReadmeTest checks).
@Path("/")
public class FeedResource {
    private final List<Event> events = SampleEvents.all();      // the application's repository goes here

    @GET
    @Path("feed.ics")
    @Produces("text/calendar")
    public List<Event> feed() {
        return events;                                           // ICalendarProvider writes the feed
    }

    @GET
    @Path("feed.json")
    @Produces(MediaType.APPLICATION_JSON)
    public FeedDocument json() {
        return FeedDocument.of(events, List.of());               // NightOutJsonProvider writes the feed's JSON
    }
}
