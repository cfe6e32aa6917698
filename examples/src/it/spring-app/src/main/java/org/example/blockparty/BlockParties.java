package org.example.blockparty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.nightout.core.Contact;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;
import org.nightout.core.Venue;
import org.springframework.stereotype.Component;

/** The application's events, as its database would hold them: the whole truth, house number and phone included. */
@Component
public class BlockParties {

    public List<Event> all() {
        ZonedDateTime start = ZonedDateTime.of(2026, 8, 4, 17, 0, 0, 0, ZoneId.of("America/Chicago"));
        Person coordinator = Person.builder().name("Pat Smith")
                .contact(Contact.builder().phone("(715) 555-0142").email("pat.smith@example.net").build()).build();
        Venue frontYard = Venue.builder().name("The Smiths' front yard").privateResidence(true)
                .address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire").state(UsState.WI)
                        .postalCode("54703").build())
                .build();
        return List.of(Event.builder().id("nno-2026-elm-st").title("Elm Street block party")
                .time(EventTime.of(start, start.plusHours(3))).venue(frontYard)
                .participants(List.of(Participant.of(ParticipantRole.COORDINATOR, coordinator)))
                .lastModified(Instant.parse("2026-07-01T12:00:00Z")).build());
    }
}
