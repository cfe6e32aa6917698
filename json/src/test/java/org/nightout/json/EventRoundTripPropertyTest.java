package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import tools.jackson.databind.json.JsonMapper;

/** Random valid events survive a trip through JSON unchanged, and their JSON matches the shipped schema. */
class EventRoundTripPropertyTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NightOutModule()).build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(NightOutModule.jsonSchema());
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    /** A day into 1984, so that the local date is in 1984, the first year of National Night Out, in every zone. */
    private static final long FROM_1984 = Instant.parse("1984-01-02T00:00:00Z").getEpochSecond();
    private static final long TO_2100 = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    @Property(tries = 1000)
    void readWrittenJson_givesEqualEvent(@ForAll("events") Event event) {
        String json = MAPPER.writeValueAsString(event);

        assertThat(MAPPER.readValue(json, Event.class)).isEqualTo(event);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(event), Event.class)).isEqualTo(event);
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isEmpty();
    }

    /** The parts of an event that depend on one another: where, under which campaign, and when. */
    private record Setting(Optional<Community> community, Optional<Campaign> campaign, EventTime time) {
    }

    /** The status to give, completed once the event's time and campaign are known. */
    private record StatusChoice(EventStatus.Kind kind, Optional<String> reason, int daysMoved) {
    }

    private record Who(List<Agency> hosts, Optional<Venue> venue, List<Activity> activities, Set<Audience> audiences,
            List<Participant> participants) {
    }

    private record History(boolean firstEvent, Optional<Integer> yearsHosting, Optional<Integer> expectedAttendance,
            Optional<Integer> rainDaysLater, List<NewsLink> coverage, Instant lastModified, int sequence) {
    }

    @Provide
    Arbitrary<Event> events() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40);
        Arbitrary<StatusChoice> statuses = Combinators.combine(Arbitraries.of(EventStatus.Kind.class),
                lines().optional(), Arbitraries.integers().between(1, 60)).as(StatusChoice::new);
        Arbitrary<Who> who = Combinators.combine(agencies().list().ofMaxSize(3), venues().optional(),
                activities().list().ofMaxSize(4), Arbitraries.of(Audience.class).set().ofMaxSize(3),
                participants().list().ofMaxSize(3)).as(Who::new);
        Arbitrary<History> history = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 40).optional(), Arbitraries.integers().between(0, 100_000).optional(),
                Arbitraries.integers().between(1, 14).optional(), newsLinks().list().ofMaxSize(2), instants(),
                Arbitraries.integers().between(0, 1000)).as(History::new);
        return Combinators.combine(ids, lines(), texts().optional(), settings(), statuses, who, history,
                        Combinators.combine(uris().optional(), uris().optional()).as(List::of))
                .as(EventRoundTripPropertyTest::event);
    }

    private static Event event(String id, String title, Optional<String> description, Setting setting,
            StatusChoice status, Who who, History history, List<Optional<URI>> urlAndImage) {
        EventTime time = setting.time();
        int year = time.startDate().getYear();
        Event.Builder b = Event.builder().id(id).title(title).description(description)
                .community(setting.community()).campaign(setting.campaign()).time(time)
                .status(status(status, time, setting.campaign().isPresent()))
                .hosts(who.hosts()).venue(who.venue()).activities(who.activities()).audiences(who.audiences())
                .participants(who.participants())
                .firstEvent(history.firstEvent())
                .hostingSince(history.yearsHosting().map(n -> OptionalInt.of(history.firstEvent() ? year : year - n))
                        .orElseGet(OptionalInt::empty))
                .rainDate(history.rainDaysLater().map(n -> time.startDate().plusDays(n)))
                .url(urlAndImage.get(0)).image(urlAndImage.get(1))
                .coverage(history.coverage()).lastModified(history.lastModified()).sequence(history.sequence());
        history.expectedAttendance().ifPresent(b::expectedAttendance);
        return b.build();
    }

    private static EventStatus status(StatusChoice choice, EventTime time, boolean ofCampaign) {
        switch (choice.kind()) {
            case CONFIRMED:
                return EventStatus.confirmed();
            case TENTATIVE:
                return EventStatus.tentative();
            case CANCELLED:
                if (choice.reason().isEmpty() && ofCampaign) {
                    return EventStatus.cancelled("Weather");
                }
                return choice.reason().map(EventStatus::cancelled).orElseGet(EventStatus::cancelled);
            case POSTPONED:
                return choice.reason().map(EventStatus::postponed).orElseGet(EventStatus::postponed);
            case RESCHEDULED:
                EventTime before = time instanceof EventTime.Timed timed
                        ? EventTime.of(timed.start().minusDays(choice.daysMoved()))
                        : EventTime.allDay(time.startDate().minusDays(choice.daysMoved()));
                return choice.reason().map(r -> EventStatus.rescheduled(before, r))
                        .orElseGet(() -> EventStatus.rescheduled(before));
            default:
                return EventStatus.scheduled();
        }
    }

    private Arbitrary<Setting> settings() {
        Arbitrary<Optional<Community>> communities = communities().optional(0.8);
        return communities.flatMap(community -> {
            Arbitrary<Optional<Campaign>> campaigns = community.isPresent()
                    ? campaigns().optional(0.7) : Arbitraries.just(Optional.empty());
            return Combinators.combine(campaigns, times())
                    .as((campaign, time) -> new Setting(community, campaign, time));
        });
    }

    private Arbitrary<EventTime> times() {
        Arbitrary<ZonedDateTime> starts = Combinators.combine(Arbitraries.longs().between(FROM_1984, TO_2100), zones())
                .as((s, zone) -> ZonedDateTime.ofInstant(Instant.ofEpochSecond(s), zone));
        Arbitrary<EventTime> timed = Combinators.combine(starts,
                        Arbitraries.longs().between(1, 3 * 86_400).optional())
                .as((start, seconds) -> seconds.<EventTime>map(s -> EventTime.of(start, start.plusSeconds(s)))
                        .orElseGet(() -> EventTime.of(start)));
        Arbitrary<EventTime> allDay = Combinators.combine(
                        Arbitraries.longs().between(LocalDate.of(1984, 1, 1).toEpochDay(),
                                LocalDate.of(2099, 12, 31).toEpochDay()),
                        Arbitraries.integers().between(0, 3))
                .as((day, extra) -> EventTime.allDay(LocalDate.ofEpochDay(day), LocalDate.ofEpochDay(day + extra)));
        return Arbitraries.oneOf(timed, allDay);
    }

    private Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES).map(ZoneId::of);
    }

    private Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, TO_2100),
                        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999)))
                .as(Instant::ofEpochSecond);
    }

    private Arbitrary<Campaign> campaigns() {
        Arbitrary<Campaign> other = Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).list()
                                .ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words)),
                        lines(), lines().optional(), Arbitraries.integers().between(1900, 1984), dateRules(),
                        Arbitraries.maps(Arbitraries.of(UsState.class), dateRules()).ofMaxSize(3), uris().optional())
                .as((id, name, organizer, firstYear, rule, stateRules, url) -> Campaign.builder().id(id).name(name)
                        .organizer(organizer).firstYear(firstYear).rule(rule).stateRules(stateRules).url(url)
                        .build());
        return Arbitraries.oneOf(Arbitraries.just(Campaign.nationalNightOut()), other);
    }

    private Arbitrary<DateRule> dateRules() {
        return Combinators.combine(Arbitraries.of(1, 2, 3, 4, -1), Arbitraries.of(DayOfWeek.class),
                Arbitraries.of(Month.class)).as(DateRule::of);
    }

    private Arbitrary<Community> communities() {
        return Combinators.combine(lines(), Arbitraries.of(CommunityKind.class), Arbitraries.of(UsState.class),
                        lines().optional(), zones(), Arbitraries.of(true, false),
                        Arbitraries.strings().numeric().ofLength(5).optional())
                .as((name, kind, state, region, zone, withOcd, geoidTail) -> Community.builder().name(name)
                        .kind(kind).state(state).region(region).zone(zone)
                        .ocdId(withOcd ? Optional.of("ocd-division/country:us/state:"
                                + state.code().toLowerCase(Locale.ROOT) + "/place:x_" + Math.abs(name.hashCode()))
                                : Optional.empty())
                        .geoid(geoidTail.map(tail -> state.fips() + tail))
                        .build());
    }

    private Arbitrary<Agency> agencies() {
        return Combinators.combine(lines(), lines().optional(), Arbitraries.of(AgencyKind.class),
                        communities().optional(), Arbitraries.strings().withCharRange('A', 'Z').numeric().ofLength(7)
                                .optional(), uris().optional(), contacts().optional())
                .as((name, shortName, kind, jurisdiction, oriTail, website, contact) -> Agency.builder().name(name)
                        .shortName(shortName).kind(kind).jurisdiction(jurisdiction)
                        .ori(oriTail.map(tail -> jurisdiction.flatMap(j -> j.state().oriPrefix()).orElse("WI") + tail))
                        .website(website).contact(contact).build());
    }

    private Arbitrary<Contact> contacts() {
        Arbitrary<String> phones = Arbitraries.strings().numeric().ofLength(10)
                .map(d -> "(" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6));
        Arbitrary<String> emails = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                .map(s -> s + "@example.org");
        return Combinators.combine(phones.optional(), emails.optional(), addresses().optional())
                .as((phone, email, address) -> Contact.builder().phone(phone).address(address)
                        .email(phone.isEmpty() && address.isEmpty() ? Optional.of("info@example.org") : email)
                        .build());
    }

    private Arbitrary<PostalAddress> addresses() {
        Arbitrary<String> zips = Combinators.combine(Arbitraries.strings().numeric().ofLength(5),
                        Arbitraries.strings().numeric().ofLength(4).optional())
                .as((five, four) -> five + four.map(f -> "-" + f).orElse(""));
        return Combinators.combine(lines().optional(), lines(), Arbitraries.of(UsState.class), zips.optional())
                .as((street, locality, state, zip) -> PostalAddress.builder().street(street).locality(locality)
                        .state(state).postalCode(zip).build());
    }

    private Arbitrary<Venue> venues() {
        Arbitrary<GeoPoint> points = Combinators.combine(Arbitraries.doubles().between(-90, 90),
                Arbitraries.doubles().between(-180, 180)).as(GeoPoint::of);
        return Combinators.combine(lines(), addresses().optional(), points.optional(), uris().optional())
                .as((name, address, geo, url) -> Venue.builder().name(name).address(address).geo(geo).url(url)
                        .build());
    }

    private Arbitrary<Activity> activities() {
        return Arbitraries.oneOf(
                Arbitraries.of(ActivityKind.class).filter(k -> k != ActivityKind.OTHER).map(Activity::of),
                lines().map(Activity::other));
    }

    private Arbitrary<Participant> participants() {
        Arbitrary<Person> people = Combinators.combine(lines(), lines().optional(), lines().optional(),
                        lines().optional(), contacts().optional())
                .as((name, rank, title, affiliation, contact) -> Person.builder().name(name).rank(rank).title(title)
                        .affiliation(affiliation).contact(contact).build());
        Arbitrary<Organization> organizations = Combinators.combine(lines(), uris().optional())
                .as((name, website) -> Organization.builder().name(name).website(website).build());
        Arbitrary<ParticipantRole> roles = Arbitraries.of(ParticipantRole.class);
        return Arbitraries.oneOf(
                Combinators.combine(roles, people).as(Participant::of),
                Combinators.combine(roles, agencies()).as(Participant::of),
                Combinators.combine(roles, organizations).as(Participant::of));
    }

    private Arbitrary<NewsLink> newsLinks() {
        Arbitrary<LocalDate> days = Arbitraries.longs().between(0, 60_000).map(LocalDate::ofEpochDay);
        return Combinators.combine(uris(), lines().optional(), lines().optional(), days.optional())
                .as((url, title, outlet, published) -> NewsLink.builder().url(url).title(title).outlet(outlet)
                        .published(published).build());
    }

    private Arbitrary<URI> uris() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMaxLength(12)
                .map(path -> URI.create("https://example.org/" + path));
    }

    /**
     * One line of text: printable ASCII, Latin, combining marks, Hebrew and Arabic with direction marks, kana, and now
     * and then a character outside the BMP.
     */
    private Arbitrary<String> lines() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00A0', '\u024F')
                .withCharRange('\u0300', '\u036F').withCharRange('\u05D0', '\u05EA').withCharRange('\u0627', '\u064A')
                .withCharRange('\u3040', '\u30FF').withChars('\u2028', '\u00AD', '\u200E', '\u200F', '\u202B')
                .ofMinLength(1).ofMaxLength(24)
                .filter(s -> !s.isBlank() && s.indexOf('\u2028') < 0);
        return Arbitraries.oneOf(plain, plain.map(s -> s + " \uD83D\uDE93"),
                plain.map(s -> "\uD835\uDC00" + s + "\uD840\uDC00"));
    }

    /** Text over several lines, with tabs and the three kinds of line break. */
    private Arbitrary<String> texts() {
        return lines().list().ofMinSize(1).ofMaxSize(4)
                .flatMap(parts -> Arbitraries.of("\n", "\r\n", "\t", "\u2028").map(sep -> String.join(sep, parts)));
    }
}
