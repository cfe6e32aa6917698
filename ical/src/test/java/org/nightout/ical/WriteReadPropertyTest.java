package org.nightout.ical;

import org.nightout.ical.internal.lines.ContentLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
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
import org.nightout.core.ExtensionProperty;
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
 * Random valid events, written and read back by a strict reader, are equal to what was written; and the written
 * feed is well-formed RFC 5545 line by line.
 */
class WriteReadPropertyTest {
    private static final String DOMAIN = "feeds.example.org";
    private static final ICalendarWriter WRITER = Events.writer().uidDomain(DOMAIN).build();
    private static final ICalendarReader READER = ICalendarReader.builder().uidDomain(DOMAIN).strict(true).build();
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final long FROM_1984 = Instant.parse("1984-01-02T00:00:00Z").getEpochSecond();
    private static final Map<String, Function<Event, Object>> FIELDS = fields();
    private static final long TO_2100 = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    private static Map<String, Function<Event, Object>> fields() {
        Map<String, Function<Event, Object>> f = new LinkedHashMap<>();
        f.put("id", Event::id);
        f.put("title", Event::title);
        f.put("description", Event::description);
        f.put("community", Event::community);
        f.put("campaign", Event::campaign);
        f.put("time", Event::time);
        f.put("status", Event::status);
        f.put("hosts", Event::hosts);
        f.put("venue", Event::venue);
        f.put("activities", Event::activities);
        f.put("audiences", Event::audiences);
        f.put("participants", Event::participants);
        f.put("coverage", Event::coverage);
        f.put("firstEvent", Event::firstEvent);
        f.put("hostingSince", Event::hostingSince);
        f.put("expectedAttendance", Event::expectedAttendance);
        f.put("rainDate", Event::rainDate);
        f.put("url", Event::url);
        f.put("image", Event::image);
        f.put("lastModified", Event::lastModified);
        f.put("sequence", Event::sequence);
        f.put("extensions", Event::extensions);
        return f;
    }

    @Property(tries = 400)
    void writtenEvents_readBackEqual(@ForAll("feeds") List<Event> events) throws IOException {
        String feed = WRITER.writeToString(events);

        List<Event> read = READER.read(feed).events();
        assertThat(read).hasSameSizeAs(events);
        for (int i = 0; i < read.size(); i++) {
            // Field by field first, so that a failure names the field that differs.
            for (Map.Entry<String, Function<Event, Object>> field : FIELDS.entrySet()) {
                assertThat(field.getValue().apply(read.get(i))).as(field.getKey())
                        .isEqualTo(field.getValue().apply(events.get(i)));
            }
        }
        assertThat(read).containsExactlyElementsOf(events);
    }

    @Property(tries = 200)
    void writtenFeed_hasCrlfLinesOfAtMost75Octets_thatUnfoldToContentLines(@ForAll("feeds") List<Event> events)
            throws ContentLine.SyntaxException {
        byte[] bytes = WRITER.writeToString(events).getBytes(StandardCharsets.UTF_8);
        List<String> logical = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i).as("LF at %d follows a CR", i).isGreaterThan(start);
                assertThat(bytes[i - 1]).as("byte before the LF at %d", i).isEqualTo((byte) '\r');
                int octets = i - 1 - start;
                assertThat(octets).as("octets of the line at %d", start).isLessThanOrEqualTo(75);
                String line = new String(bytes, start, octets, StandardCharsets.UTF_8);
                assertThat(line).as("line at %d", start).doesNotContain("\r", "\n").doesNotContain("\uFFFD");
                if (line.startsWith(" ")) {
                    assertThat(current).as("a fold continues a line").isNotNull();
                    current.append(line, 1, line.length());
                } else {
                    if (current != null) {
                        logical.add(current.toString());
                    }
                    current = new StringBuilder(line);
                }
                start = i + 1;
            } else if (bytes[i] == '\r') {
                assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("CR at %d is followed by LF", i).isTrue();
            }
        }
        assertThat(start).as("the feed ends with CRLF").isEqualTo(bytes.length);
        logical.add(current.toString());
        for (String line : logical) {
            assertThat(line).doesNotContainPattern("[\\p{Cntrl}&&[^\\t]]");
            ContentLine.parse(line, 0);
        }
        assertThat(logical.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(logical.get(logical.size() - 1)).isEqualTo("END:VCALENDAR");
    }

    // ---- generators ----

    @Provide
    Arbitrary<List<Event>> feeds() {
        return events().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Event::id);
    }

    /** A status, completed once the event's time is known. */
    private record StatusChoice(EventStatus.Kind kind, Optional<String> reason, int daysMoved) {
    }

    private record Where(Optional<Community> community, Optional<Campaign> campaign, EventTime time,
            List<Agency> hosts, Optional<Venue> venue) {
    }

    private record What(List<Activity> activities, Set<Audience> audiences, List<Participant> participants,
            List<NewsLink> coverage, List<ExtensionProperty> extensions) {
    }

    private record History(boolean firstEvent, Optional<Integer> yearsHosting, Optional<Integer> attendance,
            Optional<Integer> rainDaysLater, Instant lastModified, int sequence) {
    }

    Arbitrary<Event> events() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40)
                .filter(id -> id.indexOf('@') < 0);
        Arbitrary<StatusChoice> statuses = Combinators.combine(Arbitraries.of(EventStatus.Kind.class),
                lines().optional(), Arbitraries.integers().between(1, 60)).as(StatusChoice::new);
        Arbitrary<What> what = Combinators.combine(activities().list().ofMaxSize(4),
                Arbitraries.of(Audience.class).set().ofMaxSize(3), participants().list().ofMaxSize(3),
                newsLinks().list().ofMaxSize(2), extensions().list().ofMaxSize(3)).as(What::new);
        Arbitrary<History> history = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 40).optional(), Arbitraries.integers().between(0, 100_000).optional(),
                Arbitraries.integers().between(1, 14).optional(), instants(), Arbitraries.integers().between(0, 1000))
                .as(History::new);
        return Combinators.combine(ids, lines(), texts().optional(), wheres(), statuses, what, history,
                        uris().optional().list().ofSize(2))
                .as(WriteReadPropertyTest::event);
    }

    private static Event event(String id, String title, Optional<String> description, Where where,
            StatusChoice status, What what, History history, List<Optional<URI>> urlAndImage) {
        EventTime time = where.time();
        int year = time.startDate().getYear();
        Event.Builder b = Event.builder().id(id).title(title).description(description)
                .community(where.community()).campaign(where.campaign()).time(time)
                .status(status(status, time, where.campaign().isPresent()))
                .hosts(where.hosts()).venue(where.venue()).activities(what.activities()).audiences(what.audiences())
                .participants(what.participants()).coverage(what.coverage()).extensions(what.extensions())
                .firstEvent(history.firstEvent())
                .hostingSince(history.yearsHosting().map(n -> OptionalInt.of(history.firstEvent() ? year : year - n))
                        .orElseGet(OptionalInt::empty))
                .rainDate(history.rainDaysLater().map(n -> time.startDate().plusDays(n)))
                .url(urlAndImage.get(0)).image(urlAndImage.get(1))
                .lastModified(history.lastModified()).sequence(history.sequence());
        history.attendance().ifPresent(b::expectedAttendance);
        return b.build();
    }

    private static EventStatus status(StatusChoice choice, EventTime time, boolean ofCampaign) {
        return switch (choice.kind()) {
            case SCHEDULED -> EventStatus.scheduled();
            case CONFIRMED -> EventStatus.confirmed();
            case TENTATIVE -> EventStatus.tentative();
            case CANCELLED -> choice.reason().or(() -> ofCampaign ? Optional.of("Heat") : Optional.empty())
                    .map(EventStatus::cancelled).orElseGet(EventStatus::cancelled);
            case POSTPONED -> choice.reason().map(EventStatus::postponed).orElseGet(EventStatus::postponed);
            case RESCHEDULED -> {
                EventTime before = time instanceof EventTime.Timed t
                        ? t.movedTo(t.startDate().minusDays(choice.daysMoved()))
                        : EventTime.allDay(time.startDate().minusDays(choice.daysMoved()),
                                ((EventTime.AllDay) time).last().minusDays(choice.daysMoved()));
                yield choice.reason().map(r -> EventStatus.rescheduled(before, r))
                        .orElseGet(() -> EventStatus.rescheduled(before));
            }
        };
    }

    private Arbitrary<Where> wheres() {
        return communities().optional(0.8).flatMap(community -> {
            Arbitrary<Optional<Campaign>> campaigns = community.isPresent()
                    ? campaigns().optional(0.6) : Arbitraries.just(Optional.empty());
            // Some hosts serve the event's own community, which the writer shortens to a reference.
            Arbitrary<Agency> hosts = community.isPresent()
                    ? Arbitraries.oneOf(agencies(), agencies().map(a -> Agency.builder().from(a)
                            .jurisdiction(community).ori(a.ori().map(ori -> community.get().state().oriPrefix()
                                    .orElse("WI") + ori.substring(2))).build()))
                    : agencies();
            return Combinators.combine(campaigns, times(), hosts.list().ofMaxSize(3), venues().optional())
                    .as((campaign, time, h, venue) -> new Where(community, campaign, time, h, venue));
        });
    }

    /** Timed in any zone the JDK knows, or all-day over one to four days. */
    private Arbitrary<EventTime> times() {
        Arbitrary<ZonedDateTime> starts = Combinators.combine(Arbitraries.longs().between(FROM_1984, TO_2100),
                        Arbitraries.of(ZONES))
                .as((s, zone) -> ZonedDateTime.ofInstant(Instant.ofEpochSecond(s), ZoneId.of(zone)))
                // iCalendar names a local time and a zone; where clocks go back, that is the earlier instant.
                .filter(t -> t.withEarlierOffsetAtOverlap().equals(t));
        Arbitrary<EventTime> timed = Combinators.combine(starts, Arbitraries.longs().between(1, 3 * 86_400).optional())
                .as((start, seconds) -> seconds.map(start::plusSeconds).map(ZonedDateTime::withEarlierOffsetAtOverlap)
                        .<EventTime>map(end -> EventTime.of(start, end)).orElseGet(() -> EventTime.of(start)));
        Arbitrary<EventTime> allDay = Combinators.combine(
                        Arbitraries.longs().between(LocalDate.of(1984, 1, 1).toEpochDay(),
                                LocalDate.of(2099, 12, 31).toEpochDay()),
                        Arbitraries.integers().between(0, 3))
                .as((day, extra) -> EventTime.allDay(LocalDate.ofEpochDay(day), LocalDate.ofEpochDay(day + extra)));
        return Arbitraries.oneOf(timed, allDay);
    }

    private Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, TO_2100),
                        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999)))
                .as(Instant::ofEpochSecond);
    }

    private Arbitrary<Campaign> campaigns() {
        Arbitrary<DateRule> rules = Combinators.combine(Arbitraries.of(1, 2, 3, 4, -1), Arbitraries.of(DayOfWeek.class),
                Arbitraries.of(Month.class)).as(DateRule::of);
        Arbitrary<Campaign> other = Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).list()
                                .ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words)),
                        lines(), lines().optional(), Arbitraries.integers().between(1900, 1984), rules,
                        Arbitraries.maps(Arbitraries.of(UsState.class), rules).ofMaxSize(3), uris().optional())
                .as((id, name, organizer, firstYear, rule, stateRules, url) -> Campaign.builder().id(id).name(name)
                        .organizer(organizer).firstYear(firstYear).rule(rule).stateRules(stateRules).url(url)
                        .build());
        return Arbitraries.oneOf(Arbitraries.just(Campaign.nationalNightOut()), other);
    }

    private Arbitrary<Community> communities() {
        return Combinators.combine(lines(), Arbitraries.of(CommunityKind.class), Arbitraries.of(UsState.class),
                        lines().optional(), Arbitraries.of(ZONES), Arbitraries.of(true, false),
                        Arbitraries.strings().numeric().ofLength(5).optional())
                .as((name, kind, state, region, zone, withOcd, geoidTail) -> Community.builder().name(name)
                        .kind(kind).state(state).region(region).zone(ZoneId.of(zone))
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
                lines().filter(l -> Activity.parse(l).kind() == ActivityKind.OTHER).map(Activity::other));
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

    /** X- properties as another writer left them: any parameters, a value in its wire form. */
    private Arbitrary<ExtensionProperty> extensions() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('A', 'Z').withChars('-').ofMinLength(1)
                .ofMaxLength(12).map(n -> "X-" + n).filter(n -> !n.startsWith("X-NIGHTOUT-"));
        // Tabs are the one control character a value or parameter may hold.
        Arbitrary<String> values = lines().list().ofMinSize(1).ofMaxSize(2).map(parts -> String.join("\t", parts));
        Arbitrary<ExtensionProperty.Parameter> params = Combinators.combine(names, values)
                .as(ExtensionProperty.Parameter::of);
        return Combinators.combine(names, params.list().ofMaxSize(2), values)
                .as(ExtensionProperty::new);
    }

    private Arbitrary<URI> uris() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '.', '~').ofMaxLength(12)
                .map(path -> URI.create("https://example.org/" + path));
    }

    /**
     * One line of text from every corner of Unicode: ASCII with the characters iCalendar escapes or quotes, Latin,
     * combining marks, Hebrew and Arabic with direction marks, CJK, and characters outside the BMP (emoji,
     * mathematical letters, CJK extension B).
     */
    private Arbitrary<String> lines() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(' ', '~')),
                net.jqwik.api.Tuple.of(3, Arbitraries.of((int) ':', (int) ';', (int) ',', (int) '\\', (int) '"',
                        (int) '^', (int) '=')),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0xA0, 0x24F)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x300, 0x36F)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x5D0, 0x5EA)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x627, 0x64A)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x200E, 0x200F, 0x202B, 0x202C, 0xFEFF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x9FFF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1F6FF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x1D400, 0x1D7FF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x20000, 0x2A6DF)));
        return codePoints.list().ofMinSize(1).ofMaxSize(40)
                .map(cps -> {
                    StringBuilder b = new StringBuilder();
                    cps.forEach(b::appendCodePoint);
                    return b.toString();
                })
                .filter(s -> !s.isBlank());
    }

    /** Text over several lines, with tabs between some parts. */
    private Arbitrary<String> texts() {
        return lines().list().ofMinSize(1).ofMaxSize(4)
                .flatMap(parts -> Arbitraries.of("\n", "\t", "\n\n", " \t").map(sep -> String.join(sep, parts)));
    }
}
