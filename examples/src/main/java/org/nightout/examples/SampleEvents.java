package org.nightout.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nightout.core.Activity;
import org.nightout.core.ActivityKind;
import org.nightout.core.Agency;
import org.nightout.core.AgencyKind;
import org.nightout.core.Audience;
import org.nightout.core.Campaign;
import org.nightout.core.Community;
import org.nightout.core.CommunityKind;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.UsState;
import org.nightout.core.Venue;

/**
 * National Night Out events described by three local news reports: Eau Claire and Chippewa Falls, Wisconsin
 * (2021, after both cancelled in 2020 for the pandemic); East Hartford, Connecticut (2017-08-01, the department's
 * first) with the other Connecticut communities that report lists; and Austintown, Liberty and New Middletown in
 * Ohio's Mahoning Valley ("Tuesday, August 2", which fits 2016 and 2022; 2022 is used).
 *
 * <p>Only what the reports say is filled in. They give no times of day, so every event is an all-day event on
 * its date; they give no street addresses, so venues have none; where a report names no host, the event has none.
 */
public final class SampleEvents {
    private static final Campaign NNO = Campaign.nationalNightOut();
    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private SampleEvents() {
    }

    /**
     * Returns every sample event, ordered by date and then id.
     *
     * @return the events
     */
    public static List<Event> all() {
        List<Event> events = new ArrayList<>();
        events.addAll(chippewaValley());
        events.addAll(connecticut2017());
        events.addAll(mahoningValley());
        events.sort(java.util.Comparator.comparing((Event e) -> e.time().startDate()).thenComparing(Event::id));
        return List.copyOf(events);
    }

    private static List<Event> chippewaValley() {
        Community eauClaire = Community.builder().name("Eau Claire").kind(CommunityKind.CITY).state(UsState.WI)
                .region("Chippewa Valley").zone(CENTRAL).ocdId("ocd-division/country:us/state:wi/place:eau_claire")
                .build();
        Community chippewaFalls = Community.builder().name("Chippewa Falls").kind(CommunityKind.CITY)
                .state(UsState.WI).region("Chippewa Valley").zone(CENTRAL)
                .ocdId("ocd-division/country:us/state:wi/place:chippewa_falls").build();
        Agency ecpd = Agency.builder().name("Eau Claire Police Department").shortName("ECPD")
                .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(eauClaire).build();
        Agency cfpd = Agency.builder().name("Chippewa Falls Police Department")
                .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(chippewaFalls).build();
        Instant reported = Instant.parse("2021-08-04T00:00:00Z");

        Event eauClaire2021 = Event.builder()
                .id("nno-2021-eau-claire")
                .title("National Night Out at Carson Park")
                .campaign(NNO).community(eauClaire).addHosts(ecpd)
                .venue(Venue.builder().name("Carson Park").build())
                .time(EventTime.allDay(NNO.dateFor(2021, UsState.WI)))
                .addActivities(Activity.of(ActivityKind.MUSIC), Activity.of(ActivityKind.GAMES),
                        Activity.of(ActivityKind.RAFFLE), Activity.of(ActivityKind.GIVEAWAYS),
                        Activity.of(ActivityKind.MASCOT_DANCE_OFF), Activity.of(ActivityKind.EMERGENCY_VEHICLE_DISPLAY))
                .addAudiences(Audience.ALL_AGES)
                .addParticipants(Participant.of(ParticipantRole.PUBLICITY_CONTACT,
                        Person.builder().name("Josh Miller").rank("Officer").affiliation(ecpd.name()).build()))
                .lastModified(reported)
                .build();
        Event chippewaFalls2021 = Event.builder()
                .id("nno-2021-chippewa-falls")
                .title("National Night Out at the Northern Wisconsin State Fairgrounds")
                .campaign(NNO).community(chippewaFalls).addHosts(cfpd)
                .venue(Venue.builder().name("Northern Wisconsin State Fairgrounds").build())
                .time(EventTime.allDay(NNO.dateFor(2021, UsState.WI)))
                .addAudiences(Audience.ALL_AGES, Audience.CHILDREN)
                .addParticipants(Participant.of(ParticipantRole.PUBLICITY_CONTACT,
                        Person.builder().name("Joan Mattheisen").rank("Officer").affiliation(cfpd.name()).build()))
                .lastModified(reported)
                .build();
        // The report says both cities cancelled the year before; it gives no date, so the campaign's date is used.
        Event eauClaire2020 = Event.builder().id("nno-2020-eau-claire").title("National Night Out in Eau Claire")
                .campaign(NNO).community(eauClaire).addHosts(ecpd)
                .time(EventTime.allDay(NNO.dateFor(2020, UsState.WI)))
                .status(EventStatus.cancelled("COVID-19 pandemic")).sequence(1)
                .lastModified(reported).build();
        Event chippewaFalls2020 = Event.builder().id("nno-2020-chippewa-falls")
                .title("National Night Out in Chippewa Falls")
                .campaign(NNO).community(chippewaFalls).addHosts(cfpd)
                .time(EventTime.allDay(NNO.dateFor(2020, UsState.WI)))
                .status(EventStatus.cancelled("COVID-19 pandemic")).sequence(1)
                .lastModified(reported).build();
        return List.of(eauClaire2021, chippewaFalls2021, eauClaire2020, chippewaFalls2020);
    }

    private static List<Event> connecticut2017() {
        LocalDate day = LocalDate.of(2017, 8, 1);
        Instant reported = Instant.parse("2017-08-02T00:00:00Z");
        Community eastHartford = Community.builder().name("East Hartford").kind(CommunityKind.TOWN)
                .state(UsState.CT).zone(EASTERN).build();
        Agency ehpd = Agency.builder().name("East Hartford Police Department").kind(AgencyKind.POLICE_DEPARTMENT)
                .jurisdiction(eastHartford).build();
        List<Event> events = new ArrayList<>();
        events.add(Event.builder()
                .id("nno-2017-east-hartford")
                .title("East Hartford National Night Out")
                .campaign(NNO).community(eastHartford).addHosts(ehpd)
                .time(EventTime.allDay(day))
                .firstEvent(true).hostingSince(Year.of(2017))
                .addActivities(Activity.of(ActivityKind.EQUIPMENT_DISPLAY), Activity.of(ActivityKind.K9_DEMONSTRATION),
                        Activity.of(ActivityKind.FINGERPRINTING), Activity.of(ActivityKind.BOUNCE_HOUSE),
                        Activity.of(ActivityKind.DUNK_TANK), Activity.of(ActivityKind.GIVEAWAYS),
                        Activity.of(ActivityKind.MUSIC), Activity.of(ActivityKind.ARTS_AND_CRAFTS))
                .addAudiences(Audience.ALL_AGES, Audience.CHILDREN)
                .addParticipants(Participant.of(ParticipantRole.PUBLICITY_CONTACT,
                        Person.builder().name("Joshua Litwin").rank("Lt.").affiliation(ehpd.name()).build()))
                .lastModified(reported)
                .build());
        String[][] others = {
            {"Bloomfield", "TOWN"}, {"Bridgeport", "CITY"}, {"Bristol", "CITY"}, {"Broad Brook", "UNINCORPORATED_PLACE"},
            {"Hamden", "TOWN"}, {"Hartford", "CITY"}, {"Groton", "TOWN"}, {"Manchester", "TOWN"}, {"Meriden", "CITY"},
            {"Moosup", "UNINCORPORATED_PLACE"}, {"New Haven", "CITY"}, {"New London", "CITY"}, {"Newington", "TOWN"},
            {"Norwalk", "CITY"}, {"Norwich", "CITY"}, {"Rockville", "UNINCORPORATED_PLACE"}, {"Stamford", "CITY"},
            {"Stratford", "TOWN"}, {"Torrington", "CITY"}, {"West Suffield", "UNINCORPORATED_PLACE"},
            {"Wethersfield", "TOWN"}};
        for (String[] place : others) {
            Community community = Community.builder().name(place[0]).kind(CommunityKind.valueOf(place[1]))
                    .state(UsState.CT).zone(EASTERN).build();
            // The report lists these communities as holding events but names no host: none is invented.
            events.add(Event.builder()
                    .id("nno-2017-" + slug(place[0]) + "-ct")
                    .title("National Night Out in " + place[0])
                    .campaign(NNO).community(community)
                    .time(EventTime.allDay(day))
                    .lastModified(reported)
                    .build());
        }
        return events;
    }

    private static List<Event> mahoningValley() {
        LocalDate day = LocalDate.of(2022, 8, 2);
        Instant reported = Instant.parse("2022-08-03T00:00:00Z");
        Community austintown = Community.builder().name("Austintown").kind(CommunityKind.TOWNSHIP).state(UsState.OH)
                .region("Mahoning Valley").zone(EASTERN).build();
        Community liberty = Community.builder().name("Liberty Township").kind(CommunityKind.TOWNSHIP)
                .state(UsState.OH).region("Mahoning Valley").zone(EASTERN).build();
        Community newMiddletown = Community.builder().name("New Middletown").kind(CommunityKind.VILLAGE)
                .state(UsState.OH).region("Mahoning Valley").zone(EASTERN).build();
        Agency austintownPd = Agency.builder().name("Austintown Police Department")
                .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(austintown).build();
        Agency libertyPd = Agency.builder().name("Liberty Township Police Department").shortName("Liberty Twp. PD")
                .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(liberty).build();
        return List.of(
                Event.builder().id("nno-2022-austintown-oh").title("Austintown National Night Out")
                        .campaign(NNO).community(austintown).addHosts(austintownPd)
                        .time(EventTime.allDay(day))
                        .addAudiences(Audience.ALL_AGES, Audience.CHILDREN)
                        .addActivities(Activity.of(ActivityKind.CAREER_INFORMATION))
                        .addParticipants(
                                Participant.of(ParticipantRole.COORDINATOR, Person.builder().name("Shawne Wilfong")
                                        .title("Coordinator of Austintown's National Night Out").build()),
                                Participant.of(ParticipantRole.PUBLICITY_CONTACT, Person.builder().name("Mark Skowron")
                                        .rank("Patrol Lieutenant").affiliation(austintownPd.name()).build()))
                        .lastModified(reported).build(),
                Event.builder().id("nno-2022-liberty-township-oh").title("Liberty Township National Night Out")
                        .campaign(NNO).community(liberty).addHosts(libertyPd)
                        .time(EventTime.allDay(day))
                        .addAudiences(Audience.ALL_AGES)
                        .addParticipants(Participant.of(ParticipantRole.PUBLICITY_CONTACT, Person.builder()
                                .name("Jim Marco").rank("Patrolman").affiliation(libertyPd.name()).build()))
                        .lastModified(reported).build(),
                Event.builder().id("nno-2022-new-middletown-oh").title("New Middletown National Night Out")
                        .campaign(NNO).community(newMiddletown)
                        .time(EventTime.allDay(day))
                        .lastModified(reported).build());
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
