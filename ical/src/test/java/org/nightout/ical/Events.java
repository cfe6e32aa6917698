package org.nightout.ical;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.nightout.core.Activity;
import org.nightout.core.ActivityKind;
import org.nightout.core.Agency;
import org.nightout.core.AgencyKind;
import org.nightout.core.Campaign;
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

/** Events the writer tests share. */
final class Events {
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final Instant MODIFIED = Instant.parse("2021-08-04T15:30:00Z");

    private Events() {
    }

    /** A writer of the full profile, whose feeds read back to equal events. */
    static ICalendarWriter.Builder writer() {
        return ICalendarWriter.builder().publisher("Chippewa Valley Night Out", URI.create("mailto:nno@example.org"))
                .profile(Profile.FULL);
    }

    static Community eauClaire() {
        return Community.builder().name("Eau Claire").kind(CommunityKind.CITY).state(UsState.WI).zone(CHICAGO)
                .region("Chippewa Valley").build();
    }

    static Agency ecpd() {
        return Agency.builder().name("Eau Claire Police Department").shortName("ECPD")
                .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(eauClaire())
                .contact(Contact.builder().email("police@example.org").build()).build();
    }

    static EventTime.Timed evening(LocalDate day, ZoneId zone) {
        return EventTime.of(ZonedDateTime.of(day.atTime(17, 0), zone), ZonedDateTime.of(day.atTime(20, 0), zone));
    }

    static Event.Builder carsonPark() {
        return Event.builder()
                .id("nno-2021-eau-claire")
                .title("National Night Out at Carson Park")
                .description("Music, games, raffles and giveaways.\nAll ages welcome; bring a chair, a blanket.")
                .campaign(Campaign.nationalNightOut())
                .community(eauClaire())
                .addHosts(ecpd())
                .venue(Venue.builder().name("Carson Park")
                        .address(PostalAddress.builder().locality("Eau Claire").state(UsState.WI).build())
                        .geo(GeoPoint.of(44.8113, -91.506)).build())
                .time(evening(LocalDate.of(2021, 8, 3), CHICAGO))
                .addActivities(Activity.of(ActivityKind.MUSIC), Activity.of(ActivityKind.MASCOT_DANCE_OFF),
                        Activity.other("Arts, crafts; more"))
                .addParticipants(
                        Participant.of(ParticipantRole.COORDINATOR, Person.builder().name("Pat Example")
                                .title("Event coordinator").build()))
                .url(URI.create("https://example.org/nno"))
                .image(URI.create("https://example.org/nno.png"))
                .lastModified(MODIFIED)
                .sequence(3);
    }
}
