package org.nightout.jaxrs;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.nightout.core.Campaign;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.UsState;
import org.nightout.examples.SampleEvents;
import org.nightout.ical.ICalendarData;
import org.nightout.json.FeedDocument;

/** What else the providers do: series, and entities read from requests. */
@Path("/more")
public class ConverterResource {

    /** A yearly series made from the first Eau Claire sample event, with the next year cancelled. */
    static EventSeries series() {
        Event first = SampleEvents.all().stream().filter(e -> e.id().contains("eau-claire")).findFirst().orElseThrow();
        return EventSeries.builder().first(first)
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI))
                .addExdates(nextYear(first)).build();
    }

    /**
     * Serves the series.
     *
     * @return one series
     */
    @GET
    @Path("series.ics")
    @Produces("text/calendar")
    public List<EventSeries> seriesFeed() {
        return List.of(series());
    }

    /** A block party at a private residence, whose coordinator gave a phone number and an e-mail address. */
    static Event blockParty() {
        Event sample = SampleEvents.all().get(0);
        org.nightout.core.Person host = org.nightout.core.Person.builder().name("Pat Smith")
                .contact(org.nightout.core.Contact.builder().phone("(715) 555-0142").email("pat@example.org").build())
                .build();
        return Event.builder().from(sample).id("nno-elm-st").title("Elm Street block party")
                .venue(org.nightout.core.Venue.builder().name("The Smiths' front yard").privateResidence(true)
                        .address(org.nightout.core.PostalAddress.builder().street("1234 Elm St")
                                .locality("Eau Claire").state(UsState.WI).postalCode("54703").build()).build())
                .participants(List.of(org.nightout.core.Participant.of(
                        org.nightout.core.ParticipantRole.COORDINATOR, host)))
                .build();
    }

    /**
     * Serves the sample events from an Iterable that gives them once, as a database cursor does.
     *
     * @return the events, once
     */
    @GET
    @Path("once.ics")
    @Produces("text/calendar")
    public Iterable<Event> once() {
        java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> used.getAndSet(true) ? java.util.Collections.emptyIterator() : SampleEvents.all().iterator();
    }

    /**
     * Serves the block party as JSON.
     *
     * @return one event
     */
    @GET
    @Path("private.json")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Event> privateJson() {
        return List.of(blockParty());
    }

    /**
     * Counts what a posted calendar holds.
     *
     * @param data the calendar
     * @return its counts
     */
    @POST
    @Path("import")
    @Consumes("text/calendar")
    @Produces(MediaType.TEXT_PLAIN)
    public String importCalendar(ICalendarData data) {
        return data.events().size() + " events, " + data.series().size() + " series, " + data.warnings().size()
                + " warnings";
    }

    /**
     * Echoes posted JSON events.
     *
     * @param events the events
     * @return the same events
     */
    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public List<Event> echo(List<Event> events) {
        return events;
    }

    /**
     * Counts what a posted JSON feed holds.
     *
     * @param feed the feed document, or an array of events
     * @return its name and counts
     */
    @POST
    @Path("feed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String importFeed(FeedDocument feed) {
        return feed.name().orElse("(no name)") + ": " + feed.events().size() + " events, " + feed.series().size()
                + " series";
    }

    /** The start of an event's National Night Out occurrence a year later, in the form of its own start. */
    private static java.time.temporal.Temporal nextYear(Event first) {
        org.nightout.core.EventTime next = first.time().movedTo(Campaign.nationalNightOut()
                .dateFor(first.time().startDate().getYear() + 1, UsState.WI));
        return next instanceof org.nightout.core.EventTime.Timed t ? t.start() : next.startDate();
    }
}
