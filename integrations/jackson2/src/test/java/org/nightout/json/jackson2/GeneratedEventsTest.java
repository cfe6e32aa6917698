package org.nightout.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
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
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.GeoPoint;
import org.nightout.core.Venue;
import org.nightout.json.NightOutModule;

/**
 * Generated events come out of the Jackson 2 module as NightOutModule writes them: text with any character
 * (escapes, control characters, characters outside the BMP), coordinates of any precision, times in many zones.
 */
class GeneratedEventsTest {
    private static final tools.jackson.databind.json.JsonMapper JACKSON3 = NightOutModule.jsonMapper();
    private static final ObjectMapper JACKSON2 = SameBytesTest.fullMapper();
    private static final List<String> ZONES = List.of("America/Chicago", "America/New_York", "America/Phoenix",
            "Pacific/Honolulu", "America/St_Johns", "Asia/Kathmandu", "UTC", "Europe/Dublin");

    @Property(tries = 300)
    void generatedEvent_isWrittenAsNightOutModuleWritesIt_andReadBackEqual(@ForAll("events") Event event)
            throws IOException {
        String json = JACKSON2.writeValueAsString(event);
        assertThat(json).isEqualTo(JACKSON3.writeValueAsString(event));
        assertThat(JACKSON2.readValue(json, Event.class)).isEqualTo(event);
    }

    @Provide
    Arbitrary<Event> events() {
        Arbitrary<Optional<Venue>> venues = Combinators.combine(lines(), points().optional())
                .as((name, geo) -> Venue.builder().name(name).geo(geo).build()).optional();
        Arbitrary<List<Agency>> hosts = Combinators.combine(lines(), Arbitraries.of(AgencyKind.class))
                .as((name, kind) -> Agency.builder().name(name).kind(kind).build()).list().ofMaxSize(2);
        Arbitrary<List<Activity>> activities = Arbitraries.oneOf(
                Arbitraries.of(ActivityKind.class).filter(k -> k != ActivityKind.OTHER).map(Activity::of),
                lines().map(Activity::other)).list().ofMaxSize(3);
        Arbitrary<Optional<String>> cancelled = lines().optional();
        return Combinators.combine(lines(), texts().optional(), times(), venues, hosts, activities, cancelled,
                        Arbitraries.longs().between(0, 4_102_444_800L))
                .as((title, description, time, venue, agencies, things, reason, modified) -> Event.builder()
                        .id("gen-" + Integer.toHexString(title.hashCode())).title(title).description(description)
                        .time(time).venue(venue).hosts(agencies).activities(things)
                        .status(reason.map(EventStatus::cancelled).orElseGet(EventStatus::scheduled))
                        .url(URI.create("https://example.org/events/" + Math.abs(title.hashCode())))
                        .lastModified(Instant.ofEpochSecond(modified)).build());
    }

    /**
     * One line of any characters the core types take in a name (no control characters or line breaks): JSON's
     * escapes, characters outside the BMP, markup.
     */
    private static Arbitrary<String> lines() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
                        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(30)
                                .map(s -> s + "\uD83D\uDE93\"\\/</script>"))
                .filter(s -> !s.isBlank() && isWellFormed(s)
                        && s.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'));
    }

    /** Text over several lines, with tabs: the control characters JSON writes as escapes. */
    private static Arbitrary<String> texts() {
        return lines().list().ofMinSize(1).ofMaxSize(3)
                .flatMap(parts -> Arbitraries.of("\n", "\r\n", "\t").map(sep -> String.join(sep, parts)));
    }

    /** Jackson writes a lone surrogate as it is, which no UTF-8 reader takes back; the core types hold such text. */
    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Coordinates with every precision a double has, and the ends of the ranges. */
    private static Arbitrary<GeoPoint> points() {
        Arbitrary<Double> latitudes = Arbitraries.oneOf(Arbitraries.doubles().between(-90, 90),
                Arbitraries.of(-90.0, 90.0, 0.0, -0.0, 1e-7, 44.8124, 4.9E-324));
        Arbitrary<Double> longitudes = Arbitraries.oneOf(Arbitraries.doubles().between(-180, 180),
                Arbitraries.of(-180.0, 180.0, -91.5155, 1.0E-5, 123456.0E-3));
        return Combinators.combine(latitudes, longitudes).as(GeoPoint::of);
    }

    private static Arbitrary<EventTime> times() {
        Arbitrary<ZonedDateTime> starts = Combinators.combine(Arbitraries.longs().between(441_763_200L,
                        4_102_444_800L), Arbitraries.of(ZONES).map(ZoneId::of))
                .as((s, zone) -> ZonedDateTime.ofInstant(Instant.ofEpochSecond(s), zone));
        Arbitrary<EventTime> timed = Combinators.combine(starts, Arbitraries.longs().between(1, 86_400).optional())
                .as((start, seconds) -> seconds.map(s -> EventTime.of(start, start.plusSeconds(s)))
                        .orElseGet(() -> EventTime.of(start)));
        Arbitrary<EventTime> allDay = Combinators.combine(
                        Arbitraries.longs().between(LocalDate.of(1984, 1, 1).toEpochDay(),
                                LocalDate.of(2099, 12, 31).toEpochDay()), Arbitraries.integers().between(0, 3))
                .as((day, extra) -> EventTime.allDay(LocalDate.ofEpochDay(day), LocalDate.ofEpochDay(day + extra)));
        return Arbitraries.oneOf(timed, allDay);
    }
}
