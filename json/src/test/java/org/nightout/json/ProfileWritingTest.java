package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Contact;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import org.nightout.core.UsState;
import org.nightout.core.Venue;
import tools.jackson.databind.json.JsonMapper;

/** What the module writes of an event in each profile: JSON served to strangers must not carry personal data. */
class ProfileWritingTest {
    private static final JsonMapper PUBLIC = JsonMapper.builder()
            .addModule(new NightOutModule().withProfile(Profile.PUBLIC)).build();
    private static final JsonMapper FULL = JsonMapper.builder().addModule(new NightOutModule()).build();

    static Event blockParty() {
        Person host = Person.builder().name("Pat Smith")
                .contact(Contact.builder().phone("(715) 555-0142").email("pat@example.org").build()).build();
        return Event.builder().id("nno-2021-elm-st").title("Elm Street block party")
                .community(TestEvents.eauClaire())
                .venue(Venue.builder().name("The Smiths' front yard").privateResidence(true)
                        .address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire")
                                .state(UsState.WI).postalCode("54703").build()).build())
                .time(EventTime.of(ZonedDateTime.of(2021, 8, 3, 17, 0, 0, 0, TestEvents.CENTRAL),
                        ZonedDateTime.of(2021, 8, 3, 20, 0, 0, 0, TestEvents.CENTRAL)))
                .addParticipants(Participant.of(ParticipantRole.COORDINATOR, host))
                .lastModified(Instant.parse("2021-07-20T12:00:00Z")).build();
    }

    @Test
    void newModule_isLossless() {
        String json = FULL.writeValueAsString(blockParty());
        assertThat(json).contains("1234 Elm St", "555-0142", "pat@example.org");
        assertThat(FULL.readValue(json, Event.class)).isEqualTo(blockParty());
        assertThat(new NightOutModule().profile()).isEqualTo(Profile.FULL);
    }

    @Test
    void publicProfile_leavesOutTheHouseNumberPhoneAndEmail_ofAnEvent() {
        String json = PUBLIC.writeValueAsString(blockParty());
        assertThat(json).doesNotContain("1234", "555-0142", "pat@example.org").contains("Elm St", "Pat Smith");
        assertThat(PUBLIC.readValue(json, Event.class)).isEqualTo(Profile.PUBLIC.apply(blockParty()));
    }

    @Test
    void publicProfile_appliesToEventsInListsSeriesAndFeedDocuments() {
        EventSeries series = EventSeries.builder().first(blockParty())
                .rule(org.nightout.core.Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI)).build();
        FeedDocument feed = FeedDocument.of(List.of(blockParty()), List.of(series));
        for (String json : List.of(PUBLIC.writeValueAsString(List.of(blockParty())), PUBLIC.writeValueAsString(series),
                PUBLIC.writeValueAsString(feed))) {
            assertThat(json).doesNotContain("1234", "555-0142", "pat@example.org").contains("Elm St");
        }
    }

    @Test
    void withProfile_null_fails() {
        assertThatThrownBy(() -> new NightOutModule().withProfile(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("profile");
    }

    @Test
    void withUnknownFieldsIgnored_keepsTheProfile() {
        assertThat(new NightOutModule().withProfile(Profile.PUBLIC).withUnknownFieldsIgnored(true).profile())
                .isEqualTo(Profile.PUBLIC);
    }
}
