package org.nightout.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Contact;
import org.nightout.core.Event;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import org.nightout.core.UsState;
import org.nightout.core.Venue;
import org.nightout.examples.SampleEvents;
import org.nightout.json.NightOutModule;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** What an application gets without configuring anything: the public profile in its JSON as in its feed. */
class PublicByDefaultTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(JacksonAutoConfiguration.class, NightOutAutoConfiguration.class))
            .withPropertyValues("nightout.feed.publisher.name=City of Eau Claire",
                    "nightout.feed.publisher.address=mailto:events@example.org");

    /** A block party at a private residence, whose coordinator gave a phone number and an e-mail address. */
    static Event blockParty() {
        Person host = Person.builder().name("Pat Smith")
                .contact(Contact.builder().phone("(715) 555-0142").email("pat@example.org").build()).build();
        return Event.builder().from(SampleEvents.all().get(0)).id("nno-elm-st").title("Elm Street block party")
                .venue(Venue.builder().name("The Smiths' front yard").privateResidence(true)
                        .address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire")
                                .state(UsState.WI).postalCode("54703").build()).build())
                .participants(List.of(Participant.of(ParticipantRole.COORDINATOR, host))).build();
    }

    @Test
    void json_withoutProperties_showsNoHouseNumberPhoneOrEmail() {
        runner.run(context -> {
            assertThat(context.getBean(NightOutModule.class).profile()).isEqualTo(Profile.PUBLIC);
            String json = context.getBean(JsonMapper.class).writeValueAsString(List.of(blockParty()));
            assertThat(json).contains("Elm St", "Pat Smith").doesNotContain("1234", "555-0142", "pat@example.org");
        });
    }

    @Test
    void withoutPublisherProperties_startupFails_namingThem() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(NightOutAutoConfiguration.class))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("nightout.feed.publisher.name and nightout.feed.publisher.address"));
    }

    @Test
    void withTheFeedDisabled_onlyTheJsonModuleIsMade() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(NightOutAutoConfiguration.class))
                .withPropertyValues("nightout.feed.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(org.nightout.ical.ICalendarWriter.class)
                            .doesNotHaveBean(ICalendarResponses.class);
                    assertThat(context.getBean(NightOutModule.class).profile()).isEqualTo(Profile.PUBLIC);
                });
    }

    @Test
    void json_withTheFullProfile_showsEverything() {
        runner.withPropertyValues("nightout.feed.profile=full").run(context -> {
            String json = context.getBean(JsonMapper.class).writeValueAsString(blockParty());
            assertThat(json).contains("1234 Elm St", "555-0142", "pat@example.org");
        });
    }
}
