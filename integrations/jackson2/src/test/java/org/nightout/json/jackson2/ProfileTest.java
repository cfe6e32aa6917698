package org.nightout.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Contact;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import org.nightout.core.UsState;
import org.nightout.core.Venue;
import org.nightout.examples.SampleEvents;
import org.nightout.json.NightOutModule;

/** What the Jackson 2 module writes of each event: the public profile unless told otherwise, as NightOutModule does. */
class ProfileTest {

    /** A cancelled block party at a private residence, whose coordinator gave a phone number and an e-mail address. */
    private static Event blockParty() {
        Person host = Person.builder().name("Pat Smith")
                .contact(Contact.builder().phone("(715) 555-0142").email("pat@example.org").build()).build();
        return Event.builder().from(SampleEvents.all().get(0)).id("nno-elm-st").title("Elm Street block party")
                .status(EventStatus.cancelled("severe weather"))
                .venue(Venue.builder().name("The Smiths' front yard").privateResidence(true)
                        .address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire")
                                .state(UsState.WI).postalCode("54703").build()).build())
                .participants(List.of(Participant.of(ParticipantRole.COORDINATOR, host))).build();
    }

    private static String jackson3(Profile profile, Object value) {
        return tools.jackson.databind.json.JsonMapper.builder().addModule(new NightOutModule().withProfile(profile))
                .build().writeValueAsString(value);
    }

    @Test
    void byDefault_aModuleAndItsMapperWriteThePublicProfile() throws IOException {
        assertThat(new NightOutJackson2Module().profile()).isEqualTo(Profile.PUBLIC);
        List<Event> events = List.of(blockParty());
        for (ObjectMapper mapper : List.of(NightOutJackson2Module.jsonMapper(),
                JsonMapper.builder().addModule(new NightOutJackson2Module()).build(),
                JsonMapper.builder().findAndAddModules().build())) {
            String json = mapper.writeValueAsString(events);
            assertThat(json).contains("Elm St", "Pat Smith", "Cancelled: ")
                    .doesNotContain("1234", "555-0142", "pat@example.org");
            assertThat(json).isEqualTo(jackson3(Profile.PUBLIC, events));
        }
    }

    @Test
    void withProfileFull_writesEverything_asNightOutModuleDoes_andReadsBackEqual() throws IOException {
        NightOutJackson2Module full = new NightOutJackson2Module().withProfile(Profile.FULL);
        assertThat(full.profile()).isEqualTo(Profile.FULL);
        ObjectMapper mapper = JsonMapper.builder().addModule(full).build();
        String json = mapper.writeValueAsString(blockParty());
        assertThat(json).contains("1234 Elm St", "555-0142", "pat@example.org")
                .isEqualTo(jackson3(Profile.FULL, blockParty()));
        assertThat(mapper.readValue(json, Event.class)).isEqualTo(blockParty());
    }

    @Test
    void withProfile_andWithUnknownFieldsIgnored_keepEachOther() {
        NightOutJackson2Module m = new NightOutJackson2Module().withProfile(Profile.FULL).withUnknownFieldsIgnored(true);
        assertThat(m.profile()).isEqualTo(Profile.FULL);
        assertThat(m.ignoresUnknownFields()).isTrue();
        assertThat(m.withProfile(Profile.PUBLIC).ignoresUnknownFields()).isTrue();
    }
}
