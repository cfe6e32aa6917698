package org.nightout.spring;

import java.util.List;
import java.util.function.Supplier;
import org.nightout.core.Campaign;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.UsState;
import org.nightout.examples.SampleEvents;
import org.nightout.ical.ICalendarData;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** A Boot application as users write one: only properties and controllers, everything else auto-configured. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({FeedController.class, PageController.class, FeedApplication.ConverterController.class})
class FeedApplication {

    /** The sample events, and a yearly series made from the first Eau Claire event. */
    static final List<Event> EVENTS = SampleEvents.all();
    /** A sample event changed half a second past noon, which an HTTP-date cannot say. */
    static final Event CHANGED_AT_NOON_AND_A_HALF = Event.builder().from(EVENTS.get(0))
            .lastModified(java.time.Instant.parse("2022-08-03T12:00:00.500Z")).build();

    /** The application's source of events, as the README's controller takes it. */
    @Bean
    Supplier<List<Event>> events() {
        return () -> EVENTS;
    }

    static EventSeries series() {
        Event first = EVENTS.stream().filter(e -> e.id().contains("eau-claire")).findFirst().orElseThrow();
        return EventSeries.builder().first(first)
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI))
                .addExdates(nextYear(first)).build();
    }

    /** What else the converter does: plain lists of events or series, request bodies, and a fractional change time. */
    @RestController
    static class ConverterController {
        private final ICalendarResponses responses;

        ConverterController(ICalendarResponses responses) {
            this.responses = responses;
        }

        @GetMapping(value = "/fractional.ics", produces = "text/calendar")
        ResponseEntity<ICalendarData> fractional(WebRequest request) {
            return responses.answer(request, List.of(CHANGED_AT_NOON_AND_A_HALF));
        }

        @GetMapping(value = "/plain.ics", produces = "text/calendar")
        List<Event> plain() {
            return EVENTS;
        }

        @GetMapping(value = "/series.ics", produces = "text/calendar")
        List<EventSeries> series() {
            return List.of(FeedApplication.series());
        }

        @PostMapping(value = "/import", consumes = "text/calendar", produces = "text/plain")
        String read(@RequestBody ICalendarData data) {
            return data.events().size() + " events, " + data.series().size() + " series, "
                    + data.warnings().size() + " warnings";
        }
    }

    /** The start of an event's National Night Out occurrence a year later, in the form of its own start. */
    private static java.time.temporal.Temporal nextYear(Event first) {
        org.nightout.core.EventTime next = first.time().movedTo(Campaign.nationalNightOut()
                .dateFor(first.time().startDate().getYear() + 1, UsState.WI));
        return next instanceof org.nightout.core.EventTime.Timed t ? t.start() : next.startDate();
    }
}
