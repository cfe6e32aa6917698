package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.Community;
import org.nightout.core.CommunityKind;
import org.nightout.core.Contact;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.GeoPoint;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import org.nightout.core.UsState;
import org.nightout.core.Venue;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.nightout.json.JsonLdWriter;

/**
 * The sample events and one block party at a private home, whose coordinator gave a phone number and an e-mail
 * address, written in each format: public output shows neither the house number nor the contact details.
 */
class PublicProfileTest {
    private static final Path INTEROP = Path.of("target", "interop");
    private static final String HOUSE_NUMBER = "1234";
    private static final String PHONE = "555-0134";
    private static final String EMAIL = "pat.smith@example.org";
    private static final List<String> PRIVATE = List.of(HOUSE_NUMBER, PHONE, EMAIL, "Smiths");

    private static List<Event> events;

    @BeforeAll
    static void events() throws IOException {
        Community eauClaire = Community.builder().name("Eau Claire").kind(CommunityKind.CITY).state(UsState.WI)
                .zone(ZoneId.of("America/Chicago")).build();
        Person coordinator = Person.builder().name("Pat Smith")
                .contact(Contact.builder().phone("(715) " + PHONE).email(EMAIL).build()).build();
        Event blockParty = Event.builder().id("nno-2021-eau-claire-elm-st").title("Elm Street block party")
                .community(eauClaire)
                .venue(Venue.builder().name("The Smiths' front yard").privateResidence(true)
                        .address(PostalAddress.builder().street(HOUSE_NUMBER + " Elm St").locality("Eau Claire")
                                .state(UsState.WI).postalCode("54703").build())
                        .geo(GeoPoint.of(44.8123456, -91.4987654)).build())
                .time(EventTime.of(ZonedDateTime.of(2021, 8, 3, 17, 0, 0, 0, eauClaire.zone()),
                        ZonedDateTime.of(2021, 8, 3, 20, 0, 0, 0, eauClaire.zone())))
                .addParticipants(Participant.of(ParticipantRole.COORDINATOR, coordinator))
                .lastModified(Instant.parse("2021-07-20T12:00:00Z")).build();
        events = new ArrayList<>(SampleEvents.all());
        events.add(blockParty);
        Files.createDirectories(INTEROP);
    }

    private static ICalendarWriter.Builder writer() {
        return new FeedIdentity().writer();
    }

    @Nested
    @DisplayName("in the public profile")
    class Public {
        @Test
        void iCalendar_showsNoHouseNumberPhoneOrEmail() throws IOException {
            String feed = writer().build().writeToString(events);
            Files.writeString(INTEROP.resolve("public-profile.ics"), feed);
            assertThat(feed).doesNotContain(PRIVATE).doesNotContain("X-NIGHTOUT-")
                    .contains("LOCATION:Elm St\\, Eau Claire\\, WI 54703", "GEO:44.812;-91.499");
        }

        @Test
        void iCalendarWithEventPublishing_showsNoHouseNumberPhoneOrEmail() throws IOException {
            String feed = writer().eventPublishingComponents(true).structuredData(JsonLdWriter.create()::write)
                    .build().writeToString(events);
            assertThat(feed).doesNotContain(PRIVATE).doesNotContain("X-NIGHTOUT-");
        }

        @Test
        void jsonLd_showsNoHouseNumberPhoneOrEmail() throws IOException {
            String jsonLd = JsonLdWriter.create().withIndentation(true).write(events);
            Files.writeString(INTEROP.resolve("public-profile.jsonld.json"), jsonLd);
            assertThat(jsonLd).doesNotContain(PRIVATE).contains("\"streetAddress\" : \"Elm St\"");
        }

        @Test
        void feedServerPage_showsNoHouseNumberPhoneOrEmail() throws IOException {
            String page = EventPage.render(events, FeedQuery.parse(""), "localhost:8080", false,
                    FeedIdentity.DEFAULT_CALENDAR_NAME, java.time.Clock.systemUTC());
            Files.writeString(INTEROP.resolve("public-profile.html"), page);
            assertThat(page).doesNotContain(PRIVATE).contains("Elm St, Eau Claire, WI 54703");
        }

        @Test
        void cli_feedIsPublicByDefault() throws IOException {
            Path publicFeed = INTEROP.resolve("cli-public.ics");
            Path fullFeed = INTEROP.resolve("cli-full.ics");
            assertThat(Cli.run("feed", "--out", publicFeed.toString()).status()).isZero();
            assertThat(Cli.run("feed", "--profile", "full", "--out", fullFeed.toString()).status()).isZero();
            assertThat(Files.readString(publicFeed)).doesNotContain("X-NIGHTOUT-");
            assertThat(Files.readString(fullFeed)).contains("X-NIGHTOUT-");
        }
    }

    @Nested
    @DisplayName("in the full profile")
    class Full {
        @Test
        void iCalendar_keepsEverythingAndReadsBackEqual() throws IOException {
            String feed = writer().profile(Profile.FULL).build().writeToString(events);
            Files.writeString(INTEROP.resolve("full-profile.ics"), feed);
            assertThat(feed).contains(HOUSE_NUMBER + " Elm St", EMAIL);
            assertThat(ICalendarReader.builder().uidDomain("example.org").build().read(feed).events()).isEqualTo(events);
        }

        @Test
        void jsonLd_keepsTheAddress() {
            assertThat(JsonLdWriter.create().withProfile(Profile.FULL).write(events)).contains(HOUSE_NUMBER + " Elm St");
        }
    }
}
