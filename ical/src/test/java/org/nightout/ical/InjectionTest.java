package org.nightout.ical;

import org.nightout.ical.internal.properties.NightOutFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.property.ICalProperty;
import biweekly.property.RawProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightout.core.Activity;
import org.nightout.core.Agency;
import org.nightout.core.AgencyKind;
import org.nightout.core.Campaign;
import org.nightout.core.Community;
import org.nightout.core.CommunityKind;
import org.nightout.core.DateRule;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.NewsLink;
import org.nightout.core.Organization;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;
import org.nightout.core.ValidationException;
import org.nightout.core.Venue;

/**
 * Text that looks like iCalendar syntax cannot add a property, a parameter or a component: the characters that
 * delimit them are escaped, and line breaks and other control characters are refused where a value is one line.
 * biweekly, an independent parser, checks the written feeds.
 */
class InjectionTest {
    private static final ICalendarWriter WRITER = Events.writer().uidDomain("example.org").build();
    private static final ICalendarReader READER = ICalendarReader.builder().uidDomain("example.org").strict(true).build();

    /** An event with {@code text} in every text field and identifier the model has. */
    private static Event everywhere(String text) {
        Community community = Community.builder().name("Eau Claire " + text).kind(CommunityKind.CITY)
                .state(UsState.WI).zone(Events.CHICAGO).region("Valley " + text).build();
        PostalAddress address = PostalAddress.builder().street("1 Main " + text).locality("Eau Claire " + text)
                .state(UsState.WI).build();
        Agency host = Agency.builder().name("Police " + text).shortName("ECPD " + text)
                .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(community).ori("WI0180000").build();
        return Event.builder()
                .id("nno-" + text.replaceAll("[\\s\\p{Cntrl}]", "_"))
                .title("Night Out " + text)
                .description("About " + text + "\nSecond line " + text)
                .campaign(Campaign.builder().id("fab").name("Faith " + text).organizer("Org " + text).firstYear(2020)
                        .rule(DateRule.parse("second Friday of October")).build())
                .community(community)
                .addHosts(host)
                .venue(Venue.builder().name("Park " + text).address(address).build())
                .time(Events.evening(java.time.LocalDate.of(2021, 8, 3), Events.CHICAGO))
                .status(EventStatus.cancelled("Storms " + text))
                .addActivities(Activity.other("Games " + text))
                .addParticipants(
                        Participant.of(ParticipantRole.COORDINATOR, Person.builder().name("Pat " + text)
                                .rank("Lt. " + text).title("Coordinator " + text).affiliation("ECPD " + text).build()),
                        Participant.of(ParticipantRole.SPONSOR, Organization.of("Credit Union " + text)))
                .addCoverage(NewsLink.builder().url(URI.create("https://example.org/news")).title("News " + text)
                        .outlet("WQOW " + text).build())
                .addExtensions(new ExtensionProperty("X-OTHER",
                        List.of(ExtensionProperty.Parameter.of("X-P", "p " + text)), "v " + text))
                .lastModified(Events.MODIFIED)
                .build();
    }

    private static ICalendar parse(String feed) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<ICalendar> all = Biweekly.parse(feed).warnings(warnings).all();
        assertThat(all).hasSize(1);
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        return all.get(0);
    }

    private static List<String> names(List<ICalProperty> properties) {
        List<String> names = new ArrayList<>();
        for (ICalProperty p : properties) {
            names.add(p instanceof RawProperty raw ? raw.getName() : p.getClass().getSimpleName());
        }
        return names;
    }

    /** RFC 5545 TEXT escaping, to compare with the raw values biweekly keeps for X- properties. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a:b", "a;b", "a,b", "a\\b", "a\"b", "a^b", "a^n^'b", "\\n", "x\";X-EVIL=1:y",
        "END:VEVENT", "BEGIN:VALARM", "a\\,b;c:d", "=\"'<>&", "\uD83D\uDE93 \u200F\u05E9\u05DC\u05D5\u05DD"})
    void delimiters_inEveryField_staySinglePropertiesAndReadBack(String text) throws Exception {
        Event plain = everywhere("plain");
        Event hostile = everywhere(text);
        String feed = WRITER.writeToString(List.of(hostile));
        ICalendar ical = parse(feed);
        ICalendar baseline = parse(WRITER.writeToString(List.of(plain)));

        assertThat(ical.getEvents()).hasSize(1);
        assertThat(ical.getComponents().values()).hasSameSizeAs(baseline.getComponents().values());
        VEvent event = ical.getEvents().get(0);
        assertThat(event.getComponents().values()).isEmpty();
        assertThat(names(event.getProperties().values()))
                .containsExactlyElementsOf(names(baseline.getEvents().get(0).getProperties().values()));
        assertThat(event.getSummary().getValue()).isEqualTo(hostile.title());
        assertThat(event.getDescription().getValue()).isEqualTo(hostile.description().get());
        assertThat(event.getLocation().getValue()).startsWith("Park " + text + ", ");
        assertThat(event.getCategories()).singleElement()
                .satisfies(c -> assertThat(c.getValues()).containsExactly("Games " + text));
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Police " + text);
        assertThat(event.getContacts()).singleElement().satisfies(c -> assertThat(c.getValue())
                .isEqualTo(hostile.participants().get(0).name()));
        assertThat(event.getUid().getValue()).isEqualTo(hostile.id() + "@example.org");
        RawProperty community = event.getExperimentalProperty(NightOutFields.COMMUNITY);
        assertThat(community.getValue()).isEqualTo(escaped("Eau Claire " + text));
        assertThat(community.getParameters().first("X-REGION")).isEqualTo("Valley " + text);
        assertThat(event.getExperimentalProperty(NightOutFields.HOST).getParameters().first("X-SHORT-NAME"))
                .isEqualTo("ECPD " + text);
        assertThat(event.getExperimentalProperty(NightOutFields.VENUE).getParameters().first("X-STREET"))
                .isEqualTo("1 Main " + text);
        RawProperty person = event.getExperimentalProperties(NightOutFields.PARTICIPANT).get(0);
        assertThat(person.getParameters().first("X-RANK")).isEqualTo("Lt. " + text);
        assertThat(person.getParameters().first("X-TITLE")).isEqualTo("Coordinator " + text);
        RawProperty news = event.getExperimentalProperty(NightOutFields.COVERAGE);
        assertThat(news.getParameters().first("X-OUTLET")).isEqualTo("WQOW " + text);
        assertThat(event.getExperimentalProperty(NightOutFields.STATUS_REASON).getValue())
                .isEqualTo(escaped("Storms " + text));
        assertThat(event.getExperimentalProperty(NightOutFields.CAMPAIGN).getParameters().first("X-NAME"))
                .isEqualTo("Faith " + text);
        RawProperty other = event.getExperimentalProperty("X-OTHER");
        assertThat(other.getParameters().first("X-P")).isEqualTo("p " + text);

        assertThat(READER.read(feed).events()).containsExactly(hostile);
    }

    static Stream<Arguments> data_oneLineFields() {
        Function<String, Object> title = s -> Events.carsonPark().title(s).build();
        return Stream.of(
                Arguments.of("Event", "title", title),
                Arguments.of("Event", "id", (Function<String, Object>) s -> Events.carsonPark().id("a" + s).build()),
                Arguments.of("EventStatus", "reason", (Function<String, Object>) EventStatus::cancelled),
                Arguments.of("Community", "name", (Function<String, Object>) s -> Community.builder()
                        .from(Events.eauClaire()).name(s).build()),
                Arguments.of("Community", "region", (Function<String, Object>) s -> Community.builder()
                        .from(Events.eauClaire()).region(s).build()),
                Arguments.of("Agency", "name", (Function<String, Object>) s -> Agency.builder().from(Events.ecpd())
                        .name(s).build()),
                Arguments.of("Agency", "shortName", (Function<String, Object>) s -> Agency.builder()
                        .from(Events.ecpd()).shortName(s).build()),
                // An ORI has a pattern; "plain" stands for a valid one.
                Arguments.of("Agency", "ori", (Function<String, Object>) s -> Agency.builder().from(Events.ecpd())
                        .ori(s.replace("plain", "WI0180000")).build()),
                Arguments.of("Venue", "name", (Function<String, Object>) s -> Venue.builder().name(s).build()),
                Arguments.of("PostalAddress", "street", (Function<String, Object>) s -> PostalAddress.builder()
                        .street(s).locality("Eau Claire").state(UsState.WI).build()),
                Arguments.of("PostalAddress", "locality", (Function<String, Object>) s -> PostalAddress.builder()
                        .locality(s).state(UsState.WI).build()),
                Arguments.of("Person", "name", (Function<String, Object>) Person::of),
                Arguments.of("Person", "rank", (Function<String, Object>) s -> Person.builder().name("Pat").rank(s)
                        .build()),
                Arguments.of("Person", "title", (Function<String, Object>) s -> Person.builder().name("Pat").title(s)
                        .build()),
                Arguments.of("Person", "affiliation", (Function<String, Object>) s -> Person.builder().name("Pat")
                        .affiliation(s).build()),
                Arguments.of("Organization", "name", (Function<String, Object>) Organization::of),
                Arguments.of("NewsLink", "title", (Function<String, Object>) s -> NewsLink.builder()
                        .url(URI.create("https://example.org/n")).title(s).build()),
                Arguments.of("NewsLink", "outlet", (Function<String, Object>) s -> NewsLink.builder()
                        .url(URI.create("https://example.org/n")).outlet(s).build()),
                Arguments.of("Activity", "label", (Function<String, Object>) Activity::other),
                Arguments.of("Campaign", "name", (Function<String, Object>) s -> Campaign.builder()
                        .from(Campaign.nationalNightOut()).name(s).build()),
                Arguments.of("Campaign", "organizer", (Function<String, Object>) s -> Campaign.builder()
                        .from(Campaign.nationalNightOut()).organizer(s).build()),
                Arguments.of("ExtensionProperty", "value", (Function<String, Object>) s -> ExtensionProperty.of(
                        "X-A", s)),
                Arguments.of("ExtensionProperty.Parameter", "value", (Function<String, Object>) s ->
                        ExtensionProperty.Parameter.of("X-A", s)),
                Arguments.of("ExtensionProperty", "name", (Function<String, Object>) s -> ExtensionProperty.of(
                        "X-" + s, "v")));
    }

    /** Line breaks and control characters, each wrapped in text that would be a new property after a line break. */
    private static final List<String> CONTROLS = List.of("a\r\nX-EVIL:1", "a\nX-EVIL:1", "a\rX-EVIL:1",
            "a\u0000X-EVIL:1", "a\u0007b", "a\u001B[31mb", "a\u007Fb", "a\u0085X-EVIL:1", "a\u2028X-EVIL:1");

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("data_oneLineFields")
    void lineBreaksAndControlCharacters_inAOneLineField_areRefusedByName(String type, String field,
            Function<String, Object> build) {
        assertThat(build.apply("plain")).isNotNull();
        for (String text : CONTROLS) {
            assertThatThrownBy(() -> build.apply(text)).as("%s", text.chars().boxed().toList())
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("Invalid " + type + ": " + field + ": ");
        }
    }

    @Test
    void lineBreaksInADescription_areEscaped_otherControlCharactersRefused() throws Exception {
        Event e = Events.carsonPark().description("a\r\nX-EVIL:1\nb\rc\u2028d\te").build();
        ICalendar ical = parse(WRITER.writeToString(List.of(e)));
        assertThat(ical.getEvents().get(0).getDescription().getValue()).isEqualTo("a\nX-EVIL:1\nb\nc\u2028d\te");
        assertThat(ical.getEvents().get(0).getExperimentalProperty("X-EVIL")).isNull();
        for (String text : List.of("a\u0000b", "a\u0007b", "a\u001B[31mb", "a\u007Fb", "a\u0085b")) {
            assertThatThrownBy(() -> Events.carsonPark().description(text).build())
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("Invalid Event: description: ");
        }
    }

    @Nested
    @DisplayName("the writer's own options")
    class Options {

        @Test
        void calendarNameDescriptionAndPublisher_cannotAddProperties() {
            String evil = "a\r\nX-EVIL:1\nb;c,d\\e:\"f\"\u0000";
            ICalendarWriter writer = ICalendarWriter.builder().publisher(evil, URI.create("mailto:nno@example.org"))
                    .name(evil).description(evil).build();
            ICalendar ical = parse(writer.writeToString(List.of(Events.carsonPark().hosts(List.of()).build())));
            assertThat(ical.getExperimentalProperty("X-EVIL")).isNull();
            assertThat(ical.getNames()).singleElement()
                    .satisfies(n -> assertThat(n.getValue()).isEqualTo("a\nX-EVIL:1\nb;c,d\\e:\"f\""));
            // A parameter value cannot hold a line break but RFC 6868's ^n; the CR goes, the NUL becomes a space.
            assertThat(ical.getEvents().get(0).getOrganizer().getCommonName())
                    .isEqualTo("a\nX-EVIL:1\nb;c,d\\e:\"f\" ");
            assertThat(ical.getEvents().get(0).getExperimentalProperty("X-EVIL")).isNull();
        }
    }

    @Nested
    @DisplayName("extension properties")
    class Extensions {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"BEGIN", "END", "begin", "SUMMARY", "DTSTART", "UID", "ORGANIZER", "X-NIGHTOUT-HOST"})
        void aNameTheWriterOwns_isRefusedBeforeAnythingIsWritten(String name) {
            Event e = Events.carsonPark().addExtensions(ExtensionProperty.of(name, "VALARM")).build();
            java.io.StringWriter out = new java.io.StringWriter();
            assertThatThrownBy(() -> WRITER.write(List.of(e), out))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Event nno-2021-eau-claire: extension property " + name
                            + " cannot be written, because the writer ");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void recurrence_isNeverAnExtension_ofASingleEventOrASeries() {
            // Written as it is, an RRULE extension would make every subscriber's copy repeat every second.
            Event single = Events.carsonPark().addExtensions(ExtensionProperty.of("RRULE", "FREQ=SECONDLY")).build();
            assertThatThrownBy(() -> WRITER.writeToString(List.of(single)))
                    .hasMessage("Event nno-2021-eau-claire: extension property RRULE cannot be written, because the"
                            + " writer writes RRULE itself from the event");
            org.nightout.core.EventSeries series = org.nightout.core.EventSeries.builder().first(single)
                    .rule(DateRule.parse("first Tuesday of August").toRecurrenceRule()).build();
            assertThatThrownBy(() -> WRITER.write(List.of(), List.of(series), new java.io.StringWriter()))
                    .hasMessage("Event nno-2021-eau-claire: extension property RRULE cannot be written, because the"
                            + " writer writes RRULE itself from the series");
            for (String name : List.of("RDATE", "EXDATE")) {
                Event other = Events.carsonPark().addExtensions(ExtensionProperty.of(name, "20210803")).build();
                assertThatThrownBy(() -> WRITER.writeToString(List.of(other))).hasMessageContaining(name);
            }
        }
    }
}
