package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProfileTest {
    private static final PostalAddress HOME = PostalAddress.builder().street("1234 Elm St").locality("Eau Claire")
            .state(UsState.WI).postalCode("54703").build();

    private static Venue home() {
        return Venue.builder().name("The Smiths' backyard").privateResidence(true).address(HOME)
                .geo(GeoPoint.of(44.811234, -91.498765)).url(URI.create("https://example.org/smiths")).build();
    }

    private static Event blockParty() {
        Person resident = Person.builder().name("Pat Smith")
                .contact(Contact.builder().phone("(715) 555-0134").email("pat@example.org").build()).build();
        return Event.builder().id("block-party").title("Elm Street block party").venue(home())
                .time(EventTime.allDay(LocalDate.of(2021, 8, 3)))
                .addParticipants(Participant.of(ParticipantRole.COORDINATOR, resident))
                .organizer(Organizer.of("Pat Smith", URI.create("mailto:pat@example.org")))
                .lastModified(Instant.parse("2021-08-01T00:00:00Z")).build();
    }

    @Test
    void publicForm_privateResidence_showsStreetWithoutHouseNumber() {
        Venue shown = home().publicForm();
        assertThat(shown.name()).isEqualTo("Elm St");
        assertThat(shown.address()).map(PostalAddress::oneLine).contains("Elm St, Eau Claire, WI 54703");
        assertThat(shown.geo()).contains(GeoPoint.of(44.811, -91.499));
        assertThat(shown.url()).isEmpty();
        assertThat(shown.privateResidence()).isTrue();
    }

    @Test
    void publicForm_privateResidenceWithoutStreet_isNamedPrivateResidence() {
        Venue v = Venue.builder().name("Pat's house").privateResidence(true).build();
        assertThat(v.publicForm().name()).isEqualTo("Private residence");
    }

    @Test
    void publicForm_ruralAndLetteredHouseNumbers_areDropped() {
        for (String street : new String[] {"N1234 County Rd K", "12-B Oak Ave", "1234 1/2 Elm St"}) {
            Venue v = Venue.builder().name("home").privateResidence(true)
                    .address(PostalAddress.builder().from(HOME).street(street).build()).build();
            assertThat(v.publicForm().name()).as(street).doesNotContainPattern("\\d{2}");
        }
    }

    @Test
    void publicForm_publicPlace_isUnchanged() {
        Venue park = Venue.builder().name("Carson Park").address(HOME).build();
        assertThat(park.publicForm()).isSameAs(park);
    }

    @Test
    void apply_public_dropsPeoplesContactsAndKeptOrganizer() {
        Event shown = Profile.PUBLIC.apply(blockParty());
        assertThat(shown.toString()).doesNotContain("1234", "555-0134", "pat@example.org", "backyard");
        assertThat(shown.participants()).singleElement().extracting(Participant::name).isEqualTo("Pat Smith");
        assertThat(shown.organizer()).isEmpty();
    }

    @Test
    void apply_full_isTheEventItself() {
        Event e = blockParty();
        assertThat(Profile.FULL.apply(e)).isSameAs(e);
    }

    @Test
    void publicProfile_cancelledEvent_saysSoAndWhyInTitleAndDescription() {
        Event cancelled = Event.builder().from(blockParty()).description("Bring a chair.")
                .status(EventStatus.cancelled("severe weather")).build();
        Event shown = Profile.PUBLIC.apply(cancelled);
        assertThat(shown.title()).isEqualTo("Cancelled: Elm Street block party");
        assertThat(shown.description()).contains("Cancelled: severe weather.\n\nBring a chair.");
        assertThat(Profile.PUBLIC.apply(shown)).isEqualTo(shown);
        assertThat(Profile.FULL.apply(cancelled)).isSameAs(cancelled);
    }

    @Test
    void publicProfile_cancelledEventWithoutReasonOrDescription_getsTheTitleOnly() {
        Event cancelled = Event.builder().from(blockParty()).status(EventStatus.cancelled()).build();
        Event shown = Profile.PUBLIC.apply(cancelled);
        assertThat(shown.title()).isEqualTo("Cancelled: Elm Street block party");
        assertThat(shown.description()).isEmpty();
    }

    @Test
    void publicProfile_keepsAnOrphanOverridesRecurrenceId_andDropsTheOtherKeptProperties() {
        Event kept = Event.builder().from(blockParty())
                .addExtensions(ExtensionProperty.of("RECURRENCE-ID", "20210803T180000Z"),
                        ExtensionProperty.of("ATTENDEE", "mailto:pat@example.org"))
                .build();
        assertThat(Profile.PUBLIC.apply(kept).extensions()).extracting(ExtensionProperty::name)
                .containsExactly("RECURRENCE-ID");
    }
}
