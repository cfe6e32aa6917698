package org.nightout.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Valid values shared by the tests, taken from the Eau Claire report. */
final class Fixtures {
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final Instant MODIFIED = Instant.parse("2021-08-04T15:00:00Z");

    private Fixtures() {
    }

    static Community eauClaire() {
        return Community.builder()
                .name("Eau Claire")
                .kind(CommunityKind.CITY)
                .state(UsState.WI)
                .region("Chippewa Valley")
                .zone(CHICAGO)
                .ocdId("ocd-division/country:us/state:wi/place:eau_claire")
                .geoid("5522300")
                .build();
    }

    static Agency ecpd() {
        return Agency.builder()
                .name("Eau Claire Police Department")
                .shortName("ECPD")
                .kind(AgencyKind.POLICE_DEPARTMENT)
                .jurisdiction(eauClaire())
                .build();
    }

    static EventTime.Timed evening(LocalDate date) {
        return EventTime.of(ZonedDateTime.of(date.atTime(17, 0), CHICAGO), ZonedDateTime.of(date.atTime(20, 0), CHICAGO));
    }

    /** A valid National Night Out event at Carson Park on 2021-08-03. */
    static Event.Builder nno2021() {
        return Event.builder()
                .id("nno-eau-claire-carson-park")
                .title("National Night Out at Carson Park")
                .campaign(Campaign.nationalNightOut())
                .community(eauClaire())
                .addHosts(ecpd())
                .venue(Venue.builder().name("Carson Park").build())
                .time(evening(LocalDate.of(2021, 8, 3)))
                .lastModified(MODIFIED);
    }
}
