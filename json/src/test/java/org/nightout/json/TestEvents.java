package org.nightout.json;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.nightout.core.Activity;
import org.nightout.core.ActivityKind;
import org.nightout.core.Agency;
import org.nightout.core.AgencyKind;
import org.nightout.core.Audience;
import org.nightout.core.Campaign;
import org.nightout.core.Community;
import org.nightout.core.CommunityKind;
import org.nightout.core.Contact;
import org.nightout.core.DateRule;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.GeoPoint;
import org.nightout.core.NewsLink;
import org.nightout.core.Organization;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;
import org.nightout.core.Venue;

/**
 * Events for the tests: ones shaped like the news reports' National Night Out events (Chippewa Valley 2020 and
 * 2021, Connecticut 2017, Mahoning Valley 2022), and made-up ones that fill every field or exercise a status.
 */
final class TestEvents {
    static final Campaign NNO = Campaign.nationalNightOut();
    static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private TestEvents() {
    }

    static Community eauClaire() {
        return Community.builder().name("Eau Claire").kind(CommunityKind.CITY).state(UsState.WI)
                .region("Chippewa Valley").zone(CENTRAL).ocdId("ocd-division/country:us/state:wi/place:eau_claire")
                .geoid("5522300").build();
    }

    static Agency ecpd() {
        return Agency.builder().name("Eau Claire Police Department").shortName("ECPD")
                .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(eauClaire()).build();
    }

    /** Carson Park with its address and coordinates. */
    static Venue carsonPark() {
        return Venue.builder().name("Carson Park")
                .address(PostalAddress.builder().street("1110 Carson Park Dr").locality("Eau Claire")
                        .state(UsState.WI).postalCode("54703").build())
                .geo(GeoPoint.of(44.8105, -91.5162))
                .build();
    }

    /** The shapes of the report-based events: all-day, with and without venue, host and status. */
    static List<Event> samples() {
        Community chippewaFalls = Community.builder().name("Chippewa Falls").kind(CommunityKind.CITY)
                .state(UsState.WI).region("Chippewa Valley").zone(CENTRAL)
                .ocdId("ocd-division/country:us/state:wi/place:chippewa_falls").build();
        Agency cfpd = Agency.builder().name("Chippewa Falls Police Department").kind(AgencyKind.POLICE_DEPARTMENT)
                .jurisdiction(chippewaFalls).build();
        Instant wisconsinReport = Instant.parse("2021-08-04T00:00:00Z");
        Community eastHartford = Community.builder().name("East Hartford").kind(CommunityKind.TOWN)
                .state(UsState.CT).zone(EASTERN).build();
        Agency ehpd = Agency.builder().name("East Hartford Police Department").kind(AgencyKind.POLICE_DEPARTMENT)
                .jurisdiction(eastHartford).build();
        Instant connecticutReport = Instant.parse("2017-08-02T00:00:00Z");
        Community austintown = Community.builder().name("Austintown").kind(CommunityKind.TOWNSHIP).state(UsState.OH)
                .region("Mahoning Valley").zone(EASTERN).build();
        Agency austintownPd = Agency.builder().name("Austintown Police Department")
                .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(austintown).build();
        Community liberty = Community.builder().name("Liberty Township").kind(CommunityKind.TOWNSHIP)
                .state(UsState.OH).region("Mahoning Valley").zone(EASTERN).build();
        Agency libertyPd = Agency.builder().name("Liberty Township Police Department").shortName("Liberty Twp. PD")
                .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(liberty).build();
        Instant ohioReport = Instant.parse("2022-08-03T00:00:00Z");
        LocalDate wisconsin2021 = NNO.dateFor(2021, UsState.WI);
        LocalDate wisconsin2020 = NNO.dateFor(2020, UsState.WI);
        return List.of(
                Event.builder().id("nno-2021-eau-claire").title("National Night Out at Carson Park")
                        .campaign(NNO).community(eauClaire()).addHosts(ecpd())
                        .venue(Venue.builder().name("Carson Park").build())
                        .time(EventTime.allDay(wisconsin2021))
                        .addActivities(Activity.of(ActivityKind.MUSIC), Activity.of(ActivityKind.GAMES),
                                Activity.of(ActivityKind.RAFFLE), Activity.of(ActivityKind.GIVEAWAYS),
                                Activity.of(ActivityKind.MASCOT_DANCE_OFF),
                                Activity.of(ActivityKind.EMERGENCY_VEHICLE_DISPLAY))
                        .addAudiences(Audience.ALL_AGES)
                        .addParticipants(Participant.of(ParticipantRole.PUBLICITY_CONTACT, Person.builder()
                                .name("Josh Miller").rank("Officer").affiliation(ecpd().name()).build()))
                        .lastModified(wisconsinReport).build(),
                Event.builder().id("nno-2021-chippewa-falls")
                        .title("National Night Out at the Northern Wisconsin State Fairgrounds")
                        .campaign(NNO).community(chippewaFalls).addHosts(cfpd)
                        .venue(Venue.builder().name("Northern Wisconsin State Fairgrounds").build())
                        .time(EventTime.allDay(wisconsin2021))
                        .addAudiences(Audience.ALL_AGES, Audience.CHILDREN)
                        .lastModified(wisconsinReport).build(),
                Event.builder().id("nno-2020-eau-claire").title("National Night Out in Eau Claire")
                        .campaign(NNO).community(eauClaire()).addHosts(ecpd())
                        .time(EventTime.allDay(wisconsin2020))
                        .status(EventStatus.cancelled("COVID-19 pandemic")).sequence(1)
                        .lastModified(wisconsinReport).build(),
                Event.builder().id("nno-2020-chippewa-falls").title("National Night Out in Chippewa Falls")
                        .campaign(NNO).community(chippewaFalls).addHosts(cfpd)
                        .time(EventTime.allDay(wisconsin2020))
                        .status(EventStatus.cancelled("COVID-19 pandemic")).sequence(1)
                        .lastModified(wisconsinReport).build(),
                Event.builder().id("nno-2017-east-hartford").title("East Hartford National Night Out")
                        .campaign(NNO).community(eastHartford).addHosts(ehpd)
                        .time(EventTime.allDay(LocalDate.of(2017, 8, 1)))
                        .firstEvent(true).hostingSince(2017)
                        .addActivities(Activity.of(ActivityKind.EQUIPMENT_DISPLAY),
                                Activity.of(ActivityKind.K9_DEMONSTRATION), Activity.of(ActivityKind.FINGERPRINTING),
                                Activity.of(ActivityKind.BOUNCE_HOUSE), Activity.of(ActivityKind.DUNK_TANK),
                                Activity.of(ActivityKind.ARTS_AND_CRAFTS))
                        .addAudiences(Audience.ALL_AGES, Audience.CHILDREN)
                        .lastModified(connecticutReport).build(),
                Event.builder().id("nno-2017-bloomfield-ct").title("National Night Out in Bloomfield")
                        .campaign(NNO).community(Community.builder().name("Bloomfield").kind(CommunityKind.TOWN)
                                .state(UsState.CT).zone(EASTERN).build())
                        .time(EventTime.allDay(LocalDate.of(2017, 8, 1)))
                        .lastModified(connecticutReport).build(),
                Event.builder().id("nno-2022-austintown-oh").title("Austintown National Night Out")
                        .campaign(NNO).community(austintown).addHosts(austintownPd)
                        .time(EventTime.allDay(LocalDate.of(2022, 8, 2)))
                        .addAudiences(Audience.ALL_AGES, Audience.CHILDREN)
                        .addActivities(Activity.of(ActivityKind.CAREER_INFORMATION))
                        .addParticipants(Participant.of(ParticipantRole.COORDINATOR, Person.builder()
                                .name("Shawne Wilfong").title("Coordinator of Austintown's National Night Out")
                                .build()))
                        .lastModified(ohioReport).build(),
                Event.builder().id("nno-2022-liberty-township-oh").title("Liberty Township National Night Out")
                        .campaign(NNO).community(liberty).addHosts(libertyPd)
                        .time(EventTime.allDay(LocalDate.of(2022, 8, 2)))
                        .addAudiences(Audience.ALL_AGES)
                        .lastModified(ohioReport).build(),
                Event.builder().id("nno-2022-new-middletown-oh").title("New Middletown National Night Out")
                        .campaign(NNO).community(Community.builder().name("New Middletown")
                                .kind(CommunityKind.VILLAGE).state(UsState.OH).region("Mahoning Valley")
                                .zone(EASTERN).build())
                        .time(EventTime.allDay(LocalDate.of(2022, 8, 2)))
                        .lastModified(ohioReport).build());
    }

    /** A made-up timed event at a venue with address and coordinates, cancelled for the weather. */
    static Event cancelled() {
        return Event.builder().id("test-2023-eau-claire-cancelled").title("National Night Out at Carson Park")
                .campaign(NNO).community(eauClaire()).addHosts(ecpd()).venue(carsonPark())
                .time(EventTime.of(ZonedDateTime.of(2023, 8, 1, 17, 0, 0, 0, CENTRAL),
                        ZonedDateTime.of(2023, 8, 1, 20, 0, 0, 0, CENTRAL)))
                .status(EventStatus.cancelled("Severe thunderstorm warning")).sequence(2)
                .lastModified(Instant.parse("2023-08-01T15:00:00Z")).build();
    }

    /** A made-up timed event moved by a day because of rain. */
    static Event rescheduled() {
        ZonedDateTime planned = ZonedDateTime.of(2023, 8, 1, 17, 0, 0, 0, CENTRAL);
        return Event.builder().id("test-2023-eau-claire-rescheduled").title("National Night Out at Carson Park")
                .description("Music, games and emergency vehicles for all ages.")
                .campaign(NNO).community(eauClaire()).addHosts(ecpd()).venue(carsonPark())
                .time(EventTime.of(planned.plusDays(1), planned.plusDays(1).plusHours(3)))
                .status(EventStatus.rescheduled(EventTime.of(planned, planned.plusHours(3)), "Rain"))
                .sequence(1)
                .url(URI.create("https://example.org/events/nno-2023-eau-claire"))
                .lastModified(Instant.parse("2023-07-31T18:30:00Z")).build();
    }

    /** A made-up event with every field set, for round trips. */
    static Event everyField() {
        Campaign faithAndBlue = Campaign.builder().id("faith-and-blue").name("Faith & Blue")
                .organizer("MovementForward, Inc.").firstYear(2020)
                .rule(DateRule.of(2, DayOfWeek.FRIDAY, Month.OCTOBER))
                .putStateRules(UsState.TX, DateRule.of(-1, DayOfWeek.SATURDAY, Month.SEPTEMBER))
                .url(URI.create("https://faithandblue.org/")).build();
        PostalAddress station = PostalAddress.builder().street("740 2nd Ave").locality("Eau Claire")
                .state(UsState.WI).postalCode("54703-5519").build();
        Agency police = Agency.builder().from(ecpd()).ori("WI0180200")
                .website(URI.create("https://www.eauclairewi.gov/police"))
                .contact(Contact.builder().phone("(715) 839-4972").email("police@example.org").address(station).build())
                .build();
        Agency fire = Agency.builder().name("Eau Claire Fire Department").kind(AgencyKind.FIRE_DEPARTMENT)
                .jurisdiction(eauClaire()).build();
        ZonedDateTime start = ZonedDateTime.of(2024, 10, 11, 18, 30, 0, 0, CENTRAL);
        return Event.builder()
                .id("test-2024-every-field")
                .uid("040000008200E00074C5B7101A82E008 \u00A0every field")
                .title("Faith & Blue <night> at \"Carson Park\" \uD83D\uDE93")
                .description("Line one.\nLine two,\twith a tab.\r\nLast line: </script>")
                .campaign(faithAndBlue).community(eauClaire()).addHosts(police, fire)
                .venue(Venue.builder().from(carsonPark()).url(URI.create("https://example.org/carson-park")).build())
                .time(EventTime.of(start, start.plusHours(2).plusMinutes(15)))
                .status(EventStatus.rescheduled(EventTime.allDay(LocalDate.of(2024, 10, 4)), "Rain"))
                .addActivities(Activity.of(ActivityKind.K9_DEMONSTRATION), Activity.other("Touch-a-truck"))
                .addAudiences(Audience.FAMILIES, Audience.SENIORS)
                .addParticipants(
                        Participant.of(ParticipantRole.COORDINATOR, Person.builder().name("Pat Example").rank("Sgt.")
                                .title("Community outreach").affiliation("Eau Claire Police Department")
                                .contact(Contact.builder().email("pat@example.org").build()).build()),
                        Participant.of(ParticipantRole.HOST, fire),
                        Participant.of(ParticipantRole.SPONSOR, Organization.builder().name("Example Credit Union")
                                .website(URI.create("https://example.org/credit-union")).build()),
                        Participant.of(ParticipantRole.PERFORMER, Organization.of("Example Brass Band")))
                .firstEvent(false)
                .hostingSince(2020)
                .expectedAttendance(350)
                .rainDate(LocalDate.of(2024, 10, 12))
                .url(URI.create("https://example.org/events/faith-and-blue-2024"))
                .image(URI.create("https://example.org/events/faith-and-blue-2024/flyer.png"))
                .addCoverage(NewsLink.builder().url(URI.create("https://example.org/news/1")).title("Faith & Blue")
                        .outlet("Example News").published(LocalDate.of(2024, 10, 12)).build())
                .addExtensions(new org.nightout.core.ExtensionProperty("X-ALT-DESC",
                        List.of(org.nightout.core.ExtensionProperty.Parameter.of("FMTTYPE", "text/html")),
                        "<p>Faith\\, Blue</p>"))
                .addExtensionComponents(new org.nightout.core.ExtensionComponent("VALARM", List.of(
                        org.nightout.core.ExtensionProperty.of("ACTION", "DISPLAY"),
                        org.nightout.core.ExtensionProperty.of("TRIGGER", "-PT30M")), List.of(
                                new org.nightout.core.ExtensionComponent("X-NESTED", List.of(), List.of()))))
                .organizer(org.nightout.core.Organizer.of("Faith & Blue", URI.create("mailto:faith@example.org")))
                .lastModified(Instant.parse("2024-10-12T09:15:30.123456789Z"))
                .sequence(3)
                .build();
    }

    /** Carson Park's yearly event to 2030, cancelled in 2024 and moved in 2022. */
    static EventSeries series() {
        Event first = samples().get(0);
        DateRule rule = NNO.ruleFor(UsState.WI);
        Event moved = Event.builder().from(first).time(EventTime.allDay(LocalDate.of(2022, 8, 9)))
                .status(EventStatus.rescheduled(EventTime.allDay(rule.dateIn(2022)))).sequence(1).build();
        return EventSeries.builder().first(first).rule(NNO.recurrenceRuleFor(UsState.WI).endingAfter(10))
                .addExdates(rule.dateIn(2024)).putOverrides(rule.dateIn(2022), moved).build();
    }

    /**
     * A made-up weekly block party at a private home, Tuesdays and Thursdays from 6 to 8 p.m. for ten weeks,
     * skipping Independence Week's Thursday and with one evening cancelled for the heat.
     */
    static EventSeries weeklyAtHome() {
        ZonedDateTime start = ZonedDateTime.of(2025, 6, 3, 18, 0, 0, 0, CENTRAL);
        Event first = Event.builder().id("test-2025-elm-street-summer").title("Elm Street summer nights")
                .community(eauClaire()).addHosts(ecpd())
                .venue(Venue.builder().name("The Smiths' backyard").privateResidence(true)
                        .address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire")
                                .state(UsState.WI).postalCode("54703").build())
                        .geo(GeoPoint.of(44.81234, -91.49876)).build())
                .time(EventTime.of(start, start.plusHours(2)))
                .lastModified(Instant.parse("2025-05-20T12:00:00Z")).build();
        ZonedDateTime hot = ZonedDateTime.of(2025, 6, 24, 18, 0, 0, 0, CENTRAL);
        return EventSeries.builder().first(first)
                .rule(org.nightout.core.recurrence.RecurrenceRule.parse("FREQ=WEEKLY;COUNT=20;BYDAY=TU,TH"))
                .addExdates(ZonedDateTime.of(2025, 7, 3, 18, 0, 0, 0, CENTRAL))
                .putOverrides(hot, Event.builder().from(first).time(EventTime.of(hot, hot.plusHours(2)))
                        .status(EventStatus.cancelled("Heat advisory")).sequence(1).build())
                .build();
    }

    /** Carson Park's National Night Out every year on Wisconsin's date, from 6 to 9 p.m., with no end. */
    static EventSeries yearlyAtCarsonPark() {
        ZonedDateTime start = ZonedDateTime.of(NNO.dateFor(2025, UsState.WI).atTime(18, 0), CENTRAL);
        Event first = Event.builder().id("test-carson-park-yearly").title("National Night Out at Carson Park")
                .campaign(NNO).community(eauClaire()).addHosts(ecpd()).venue(carsonPark())
                .time(EventTime.of(start, start.plusHours(3)))
                .url(URI.create("https://example.org/events/nno-carson-park"))
                .lastModified(Instant.parse("2025-07-01T12:00:00Z")).build();
        return EventSeries.builder().first(first).rule(NNO.recurrenceRuleFor(UsState.WI)).build();
    }
}
