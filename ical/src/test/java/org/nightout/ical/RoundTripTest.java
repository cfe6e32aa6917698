package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.Activity;
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
import org.nightout.core.ExtensionProperty;
import org.nightout.core.NewsLink;
import org.nightout.core.Organization;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;

/** What our writer writes, our reader reads back to an equal value: every field of the model. */
class RoundTripTest {
    private static final ICalendarWriter WRITER = Events.writer().uidDomain("example.org").build();
    private static final ICalendarReader READER = ICalendarReader.builder().uidDomain("example.org").strict(true).build();

    static Event everyField() {
        Community chippewaFalls = Community.builder().name("Chippewa Falls").kind(CommunityKind.CITY).state(UsState.WI)
                .zone(Events.CHICAGO).ocdId("ocd-division/country:us/state:wi/place:chippewa_falls").geoid("5514575")
                .region("Chippewa Valley").build();
        Agency sheriff = Agency.builder().name("Eau Claire County Sheriff's Office").shortName("ECSO")
                .kind(AgencyKind.SHERIFFS_OFFICE).ori("WI0180000").website(URI.create("https://example.org/ecso"))
                .jurisdiction(chippewaFalls)
                .contact(Contact.builder().phone("(715) 555-0100").email("sheriff@example.org")
                        .address(PostalAddress.builder().street("721 Oxford Ave").locality("Eau Claire")
                                .state(UsState.WI).postalCode("54703").build()).build())
                .build();
        return Events.carsonPark()
                .description("Line one; two, three\\four\nLine \"five\" 😀 中文")
                .addHosts(sheriff)
                .venue(org.nightout.core.Venue.builder().name("Carson Park; \"Pavilion\", east")
                        .address(PostalAddress.builder().street("1110 Carson Park Dr").locality("Eau Claire")
                                .state(UsState.WI).postalCode("54703-1234").build())
                        .geo(org.nightout.core.GeoPoint.of(44.811312, -91.50612)).url(URI.create("https://example.org/park"))
                        .build())
                .status(EventStatus.rescheduled(Events.evening(LocalDate.of(2021, 8, 2), Events.CHICAGO), "Heat, wind"))
                .addAudiences(Audience.ALL_AGES, Audience.CHILDREN, Audience.SENIORS)
                .participants(List.of(
                        Participant.of(ParticipantRole.COORDINATOR, Person.builder().name("Pat Example").rank("Lt.")
                                .title("Coordinator; \"NNO\"").affiliation("ECPD")
                                .contact(Contact.builder().email("pat@example.org").build()).build()),
                        Participant.of(ParticipantRole.HOST, sheriff),
                        Participant.of(ParticipantRole.PERFORMER, Events.ecpd()),
                        Participant.of(ParticipantRole.SPONSOR, Organization.builder().name("Credit Union, Inc.")
                                .website(URI.create("https://example.org/cu")).build()),
                        Participant.of(ParticipantRole.VOLUNTEER, Organization.of("Scouts"))))
                .firstEvent(false)
                .hostingSince(2012)
                .expectedAttendance(2500)
                .rainDate(LocalDate.of(2021, 8, 4))
                .addCoverage(NewsLink.builder().url(URI.create("https://example.org/news?a=1&b=2"))
                        .title("Night Out, again").outlet("WQOW").published(LocalDate.of(2021, 8, 4)).build(),
                        NewsLink.builder().url(URI.create("https://example.org/news/2")).build())
                .addExtensions(new ExtensionProperty("X-ALT-DESC",
                        List.of(ExtensionProperty.Parameter.of("FMTTYPE", "text/html")), "<p>Hi\\, there</p>"),
                        ExtensionProperty.of("X-MICROSOFT-CDO-BUSYSTATUS", "FREE"))
                .campaign(Campaign.builder().id("faith-and-blue").name("Faith & Blue").firstYear(2020)
                        .rule(DateRule.parse("second Friday of October"))
                        .putStateRules(UsState.TX, DateRule.parse("first Friday of October"))
                        .organizer("MovementForward, Inc.").url(URI.create("https://example.org/fab")).build())
                .lastModified(Instant.parse("2021-08-04T15:30:00.123456789Z"))
                .sequence(7)
                .build();
    }

    static Stream<Event> data_events() {
        Event base = Events.carsonPark().build();
        return Stream.of(
                base,
                everyField(),
                Event.builder().from(base).time(EventTime.allDay(LocalDate.of(2021, 8, 3), LocalDate.of(2021, 8, 5)))
                        .status(EventStatus.rescheduled(EventTime.allDay(LocalDate.of(2021, 7, 27)))).build(),
                Event.builder().from(base).time(EventTime.of(ZonedDateTime.of(2021, 8, 3, 22, 0, 0, 0, ZoneOffset.UTC)))
                        .status(EventStatus.cancelled("Storms")).build(),
                Event.builder().from(base).time(EventTime.of(ZonedDateTime.of(2021, 8, 3, 17, 0, 0, 0, ZoneOffset.ofHours(-5))))
                        .status(EventStatus.postponed("Heat")).build(),
                Event.builder().from(base).time(Events.evening(LocalDate.of(2021, 8, 3), ZoneId.of("Pacific/Chatham")))
                        .status(EventStatus.postponed()).build(),
                Event.builder().from(base).status(EventStatus.tentative()).build(),
                Event.builder().from(base).status(EventStatus.confirmed()).community(java.util.Optional.empty())
                        .campaign(java.util.Optional.empty()).hosts(List.of()).venue(java.util.Optional.empty())
                        .participants(List.of()).activities(List.of()).build(),
                Event.builder().from(base).id("no-at-sign-needed@elsewhere.example").firstEvent(true)
                        .hostingSince(2021).build());
    }

    @ParameterizedTest
    @MethodSource("data_events")
    void event_readsBackEqual(Event event) throws Exception {
        String feed = WRITER.writeToString(List.of(event));
        ICalendarData read = READER.read(feed);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.events()).containsExactly(event);
    }

    @Test
    void sampleLikeFeed_readsBackEqual_inOrder() throws Exception {
        List<Event> events = new java.util.ArrayList<>();
        data_events().forEach(e -> events.add(Event.builder().from(e).id("e" + events.size()).build()));
        assertThat(READER.read(WRITER.writeToString(events)).events()).containsExactlyElementsOf(events);
    }

    @Test
    void rfc9073Feed_readsBackEqual() throws Exception {
        ICalendarWriter writer = Events.writer().uidDomain("example.org").eventPublishingComponents(true)
                .structuredData(e -> "{\"@type\":\"Event\",\"name\":\"" + e.title() + "\"}").build();
        Event e = everyField();
        assertThat(READER.read(writer.writeToString(List.of(e))).events()).containsExactly(e);
    }

    @Test
    void series_readBackEqual() throws Exception {
        Event first = Events.carsonPark().time(Events.evening(LocalDate.of(2018, 8, 7), Events.CHICAGO)).build();
        Event moved = Events.carsonPark().time(Events.evening(LocalDate.of(2022, 8, 9), Events.CHICAGO))
                .status(EventStatus.rescheduled(Events.evening(LocalDate.of(2022, 8, 2), Events.CHICAGO), "Heat"))
                .sequence(4).build();
        EventSeries timed = EventSeries.builder().first(first)
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI).endingAfter(6))
                .addExdates(Events.evening(LocalDate.of(2020, 8, 4), Events.CHICAGO).start())
                .putOverrides(Events.evening(LocalDate.of(2022, 8, 2), Events.CHICAGO).start(), moved).build();
        Event allDayFirst = Events.carsonPark().id("all-day").time(EventTime.allDay(LocalDate.of(2017, 10, 3))).build();
        EventSeries allDay = EventSeries.builder().first(allDayFirst)
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.TX))
                .addExdates(LocalDate.of(2020, 10, 6), LocalDate.of(2021, 10, 5)).build();
        StringWriter out = new StringWriter();
        WRITER.write(List.of(), List.of(timed, allDay), out);
        ICalendarData read = READER.read(out.toString());
        assertThat(read.series()).containsExactly(timed, allDay);
        assertThat(read.events()).isEmpty();
    }

    @Test
    void spacesAroundATitleOrLabel_areKeptInOurOwnFeed() throws Exception {
        Event e = Events.carsonPark().title(" National Night Out ").activities(List.of(Activity.other(" Potluck "))).build();
        assertThat(READER.read(WRITER.writeToString(List.of(e))).events()).containsExactly(e);
    }

    @Test
    void tabsInAnExtensionValueAndParameter_areKept() throws Exception {
        Event e = Events.carsonPark().extensions(List.of(new ExtensionProperty("X-TABS",
                List.of(ExtensionProperty.Parameter.of("X-P", "a\tb")), "c\td"))).build();
        String feed = WRITER.writeToString(List.of(e));
        assertThat(feed).contains("X-TABS;X-P=a\tb:c\td\r\n");
        assertThat(READER.read(feed).events()).containsExactly(e);
    }
}
