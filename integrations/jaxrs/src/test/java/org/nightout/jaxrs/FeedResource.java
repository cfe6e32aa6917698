package org.nightout.jaxrs;

// The README's example, word for word (ReadmeTest checks), with its imports.
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Supplier;
import org.nightout.core.Event;
import org.nightout.json.FeedDocument;

@Path("/")
public class FeedResource {
    private final Supplier<List<Event>> events;                 // the application's own: a repository, a query

    public FeedResource(Supplier<List<Event>> events) {
        this.events = events;
    }

    @GET
    @Path("feed.ics")
    @Produces("text/calendar")
    public List<Event> feed() {
        return events.get();                                     // ICalendarProvider writes the feed
    }

    @GET
    @Path("feed.json")
    @Produces(MediaType.APPLICATION_JSON)
    public FeedDocument json() {
        return FeedDocument.of(events.get(), List.of());         // NightOutJsonProvider writes the feed's JSON
    }
}
