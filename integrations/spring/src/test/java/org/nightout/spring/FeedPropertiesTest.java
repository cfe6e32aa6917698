package org.nightout.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.Profile;
import org.nightout.ical.ICalendarWriter;
import org.nightout.json.NightOutModule;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code nightout.feed.profile} and {@code nightout.feed.cancelled-prefix} properties, in the feed and the JSON. */
class FeedPropertiesTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(JacksonAutoConfiguration.class, NightOutAutoConfiguration.class))
            .withPropertyValues("nightout.feed.publisher.name=City of Eau Claire",
                    "nightout.feed.publisher.address=mailto:events@example.org");

    private static final Event CANCELLED = Event.builder().from(PublicByDefaultTest.blockParty())
            .status(EventStatus.cancelled("severe weather")).build();

    private static String summary(String feed) {
        return feed.lines().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
    }

    @Test
    void profile_public_isTheDefault_andSaysWhyAnEventIsCancelled() {
        runner.run(context -> {
            String feed = context.getBean(ICalendarWriter.class).writeToString(List.of(CANCELLED));
            assertThat(summary(feed)).isEqualTo("SUMMARY:Cancelled: Elm Street block party");
            assertThat(feed).contains("severe weather").doesNotContain("1234", "555-0142", "pat@example.org", "X-NIGHTOUT");
        });
    }

    @Test
    void profile_public_canBeSaid_andChangesNothing() {
        runner.withPropertyValues("nightout.feed.profile=public").run(context -> {
            assertThat(context.getBean(NightOutModule.class).profile()).isEqualTo(Profile.PUBLIC);
            assertThat(context.getBean(ICalendarWriter.class).writeToString(List.of(CANCELLED)))
                    .doesNotContain("1234", "555-0142", "pat@example.org");
        });
    }

    @Test
    void cancelledPrefix_inTheFullProfile_comesBeforeTheTitle() {
        runner.withPropertyValues("nightout.feed.profile=full", "nightout.feed.cancelled-prefix=[Cancelled]")
                .run(context -> {
                    String feed = context.getBean(ICalendarWriter.class).writeToString(List.of(CANCELLED));
                    assertThat(summary(feed)).isEqualTo("SUMMARY:[Cancelled]Elm Street block party");
                    assertThat(feed).contains("1234 Elm St", "X-NIGHTOUT-STATUS-REASON");
                });
    }

    @Test
    void cancelledPrefix_withoutTheFullProfile_leavesThePublicMarking() {
        runner.withPropertyValues("nightout.feed.cancelled-prefix=[Cancelled]").run(context -> assertThat(
                summary(context.getBean(ICalendarWriter.class).writeToString(List.of(CANCELLED))))
                .isEqualTo("SUMMARY:Cancelled: Elm Street block party"));
    }

    @Test
    void cancelledPrefix_withAControlCharacter_failsAtStartup() {
        runner.withPropertyValues("nightout.feed.cancelled-prefix=Can\tcelled").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("must be visible text on one line"));
    }
}
