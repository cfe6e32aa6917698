package org.nightout.ical;

import org.nightout.ical.internal.properties.PlaceProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import org.nightout.core.UsState;
import org.nightout.core.Venue;

/**
 * Every link is decoded back, with {@link URI} and {@link URLDecoder} alone, and compared with the event it was made
 * from: title, start and end with their zone, location and description, and the length limit with its marked cut.
 */
class CalendarLinksTest {
    private static final CalendarLinks LINKS = CalendarLinks.create();
    private static final DateTimeFormatter BASIC_UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssX");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");

    /** A link taken apart: everything before the query, and each parameter decoded, in order. */
    record Decoded(String base, Map<String, String> params) {
        static Decoded of(URI link) {
            assertThat(link.getRawFragment()).isNull();
            String base = link.getScheme() + "://" + link.getRawAuthority() + link.getRawPath();
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : link.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String previous = params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                assertThat(previous).as("parameter %s given twice in %s", pair, link).isNull();
            }
            return new Decoded(base, params);
        }

        Optional<String> get(String name) {
            return Optional.ofNullable(params.get(name));
        }
    }

    /** The four add-to-calendar links of an event, each checked against it. */
    static void assertLinksShow(CalendarLinks links, Event given) {
        Event e = Profile.PUBLIC.apply(given);
        Optional<String> location = PlaceProperties.location(e);
        List<URI> all = List.of(links.google(given), links.outlook(given), links.office365(given), links.yahoo(given));
        for (URI link : all) {
            assertThat(link.toString().length()).as("length of %s", link).isLessThanOrEqualTo(links.maxLength());
            assertThat(link.getScheme()).isEqualTo("https");
        }

        Decoded google = Decoded.of(all.get(0));
        assertThat(google.base()).isEqualTo("https://calendar.google.com/calendar/render");
        assertThat(google.get("action")).contains("TEMPLATE");
        assertText(google.get("text"), Optional.of(e.title()));
        assertText(google.get("details"), e.description());
        assertText(google.get("location"), location);
        String[] dates = google.params().get("dates").split("/");
        assertThat(dates).hasSize(2);
        if (e.time() instanceof EventTime.Timed t) {
            assertThat(ZonedDateTime.parse(dates[0], BASIC_UTC).toInstant()).isEqualTo(t.start().toInstant());
            assertThat(ZonedDateTime.parse(dates[1], BASIC_UTC).toInstant())
                    .isEqualTo(t.end().orElse(t.start()).toInstant());
            ZoneId zone = t.start().getZone();
            if (zone instanceof ZoneOffset || zone.normalized().equals(ZoneOffset.UTC)) {
                assertThat(google.get("ctz")).isEmpty();
            } else {
                assertThat(google.get("ctz")).contains(zone.getId());
            }
        } else {
            EventTime.AllDay d = (EventTime.AllDay) e.time();
            assertThat(LocalDate.parse(dates[0], DateTimeFormatter.BASIC_ISO_DATE)).isEqualTo(d.first());
            assertThat(LocalDate.parse(dates[1], DateTimeFormatter.BASIC_ISO_DATE)).isEqualTo(d.last().plusDays(1));
            assertThat(google.get("ctz")).isEmpty();
        }

        for (int i = 1; i <= 2; i++) {
            Decoded outlook = Decoded.of(all.get(i));
            assertThat(outlook.base()).isEqualTo(i == 1 ? "https://outlook.live.com/calendar/0/action/compose"
                    : "https://outlook.office.com/calendar/0/action/compose");
            assertThat(outlook.get("path")).contains("/calendar/action/compose");
            assertThat(outlook.get("rru")).contains("addevent");
            assertText(outlook.get("subject"), Optional.of(e.title()));
            assertText(outlook.get("body"), e.description());
            assertText(outlook.get("location"), location);
            if (e.time() instanceof EventTime.Timed t) {
                assertThat(outlook.get("allday")).contains("false");
                assertThat(Instant.parse(outlook.params().get("startdt"))).isEqualTo(t.start().toInstant());
                assertThat(Instant.parse(outlook.params().get("enddt"))).isEqualTo(t.end().orElse(t.start()).toInstant());
            } else {
                EventTime.AllDay d = (EventTime.AllDay) e.time();
                assertThat(outlook.get("allday")).contains("true");
                assertThat(LocalDate.parse(outlook.params().get("startdt"))).isEqualTo(d.first());
                assertThat(LocalDate.parse(outlook.params().get("enddt"))).isEqualTo(d.last().plusDays(1));
            }
        }

        Decoded yahoo = Decoded.of(all.get(3));
        assertThat(yahoo.base()).isEqualTo("https://calendar.yahoo.com/");
        assertThat(yahoo.get("v")).contains("60");
        assertText(yahoo.get("title"), Optional.of(e.title()));
        assertText(yahoo.get("desc"), e.description());
        assertText(yahoo.get("in_loc"), location);
        if (e.time() instanceof EventTime.Timed t) {
            assertThat(ZonedDateTime.parse(yahoo.params().get("st"), BASIC_UTC).toInstant())
                    .isEqualTo(t.start().toInstant());
            Optional<Instant> end = yahoo.get("dur").map(dur -> {
                assertThat(dur).matches("\\d{4}");
                return t.start().toInstant().plus(Duration.ofHours(Integer.parseInt(dur.substring(0, 2)))
                        .plusMinutes(Integer.parseInt(dur.substring(2))));
            }).or(() -> yahoo.get("et").map(et -> ZonedDateTime.parse(et, BASIC_UTC).toInstant()));
            assertThat(end).isEqualTo(t.end().map(ZonedDateTime::toInstant));
        } else {
            EventTime.AllDay d = (EventTime.AllDay) e.time();
            assertThat(yahoo.get("dur")).contains("allday");
            assertThat(LocalDate.parse(yahoo.params().get("st"), DateTimeFormatter.BASIC_ISO_DATE)).isEqualTo(d.first());
            assertThat(yahoo.get("et").map(et -> LocalDate.parse(et, DateTimeFormatter.BASIC_ISO_DATE))
                    .orElse(d.first())).isEqualTo(d.last());
        }
    }

    /** A text arrives whole, or shortened to a start of itself that ends with the ellipsis. */
    private static void assertText(Optional<String> decoded, Optional<String> expected) {
        assertThat(decoded.isPresent()).as("present: %s, expected %s", decoded, expected)
                .isEqualTo(expected.isPresent());
        if (expected.isEmpty() || decoded.get().equals(expected.get())) {
            return;
        }
        assertThat(decoded.get()).endsWith("\u2026");
        String kept = decoded.get().substring(0, decoded.get().length() - 1);
        assertThat(expected.get()).startsWith(kept);
        assertThat(kept).isEqualTo(kept.stripTrailing());
    }

    private static Event.Builder event() {
        return Events.carsonPark();
    }

    static Stream<EventTime> data_times() {
        LocalDate nno = LocalDate.of(2021, 8, 3);
        return Stream.of(
                Events.evening(nno, Events.CHICAGO),                                   // CDT, UTC-5
                Events.evening(LocalDate.of(2021, 12, 7), NEW_YORK),                   // EST, UTC-5 in winter
                Events.evening(nno, BERLIN),                                            // CEST, east of UTC
                Events.evening(nno, HONOLULU),                                          // no DST at all
                // Across the night clocks go back: 8 hours of local time, 9 hours long.
                EventTime.of(ZonedDateTime.of(2021, 11, 6, 22, 0, 0, 0, NEW_YORK),
                        ZonedDateTime.of(2021, 11, 7, 6, 0, 0, 0, NEW_YORK)),
                // Across the night clocks go forward, ending after midnight in UTC on another day.
                EventTime.of(ZonedDateTime.of(2021, 3, 13, 23, 30, 0, 0, Events.CHICAGO),
                        ZonedDateTime.of(2021, 3, 14, 4, 0, 0, 0, Events.CHICAGO)),
                EventTime.of(ZonedDateTime.of(2021, 8, 3, 23, 0, 0, 0, ZoneOffset.UTC),
                        ZonedDateTime.of(2021, 8, 4, 1, 0, 0, 0, ZoneOffset.UTC)),
                EventTime.of(ZonedDateTime.of(2021, 8, 3, 18, 0, 0, 0, ZoneId.of("UTC"))),
                EventTime.of(ZonedDateTime.of(2021, 8, 3, 18, 0, 0, 0, ZoneOffset.ofHours(-5)),
                        ZonedDateTime.of(2021, 8, 3, 21, 0, 0, 0, ZoneOffset.ofHours(-5))),
                EventTime.of(ZonedDateTime.of(2021, 8, 3, 18, 0, 0, 0, Events.CHICAGO)),       // no end
                EventTime.of(ZonedDateTime.of(2021, 8, 3, 18, 0, 0, 0, Events.CHICAGO),       // two days: et, not dur
                        ZonedDateTime.of(2021, 8, 5, 18, 0, 0, 0, Events.CHICAGO)),
                EventTime.of(ZonedDateTime.of(2021, 8, 3, 18, 0, 0, 0, Events.CHICAGO),       // seconds: et, not dur
                        ZonedDateTime.of(2021, 8, 3, 18, 30, 15, 0, Events.CHICAGO)),
                EventTime.allDay(nno),
                EventTime.allDay(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 2)),
                EventTime.allDay(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_times")
    void links_decodeToTheEventsTimesAndZone(EventTime time) {
        assertLinksShow(LINKS, event().time(time).build());
    }

    @Nested
    @DisplayName("times, spelled out")
    class Times {
        @Test
        void google_timedInChicago_givesUtcAndTheZone() {
            Decoded g = Decoded.of(LINKS.google(event().build()));
            assertThat(g.params().get("dates")).isEqualTo("20210803T220000Z/20210804T010000Z");
            assertThat(g.params().get("ctz")).isEqualTo("America/Chicago");
        }

        @Test
        void allThree_allDayOverTwoDays_endAfterTheLastDay() {
            Event e = event().time(EventTime.allDay(LocalDate.of(2021, 8, 3), LocalDate.of(2021, 8, 4))).build();
            assertThat(Decoded.of(LINKS.google(e)).params().get("dates")).isEqualTo("20210803/20210805");
            Decoded outlook = Decoded.of(LINKS.outlook(e));
            assertThat(outlook.params()).containsEntry("startdt", "2021-08-03").containsEntry("enddt", "2021-08-05")
                    .containsEntry("allday", "true");
            assertThat(Decoded.of(LINKS.yahoo(e)).params()).containsEntry("st", "20210803")
                    .containsEntry("et", "20210804").containsEntry("dur", "allday");
        }

        @Test
        void yahoo_eveningEvent_givesItsLength() {
            Decoded y = Decoded.of(LINKS.yahoo(event().build()));
            assertThat(y.params()).containsEntry("st", "20210803T220000Z").containsEntry("dur", "0300")
                    .doesNotContainKey("et");
        }

        @Test
        void outlook_timed_givesIsoUtc() {
            Decoded o = Decoded.of(LINKS.office365(event().build()));
            assertThat(o.params()).containsEntry("startdt", "2021-08-03T22:00:00Z")
                    .containsEntry("enddt", "2021-08-04T01:00:00Z");
        }

        @Test
        void links_encodeSpacesAsPercent20() {
            assertThat(LINKS.google(event().build()).getRawQuery())
                    .contains("text=National%20Night%20Out%20at%20Carson%20Park").doesNotContain("+");
        }
    }

    @Nested
    @DisplayName("privacy")
    class Privacy {
        private Event atHome() {
            return event().venue(Venue.builder().name("The Smiths' front yard").privateResidence(true)
                    .address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire").state(UsState.WI)
                            .build()).build()).build();
        }

        @Test
        void links_privateResidence_showNoHouseNumberOrName() {
            Event home = atHome();
            for (URI link : List.of(LINKS.google(home), LINKS.outlook(home), LINKS.office365(home), LINKS.yahoo(home))) {
                String decoded = URLDecoder.decode(link.getRawQuery(), StandardCharsets.UTF_8);
                assertThat(decoded).doesNotContain("1234").doesNotContain("Smiths").contains("Elm St, Eau Claire, WI")
                        .doesNotContain("Elm St, Elm St");
            }
            assertLinksShow(LINKS, home);
        }

        @Test
        void links_fullProfile_showTheHouse() {
            URI link = LINKS.withProfile(Profile.FULL).google(atHome());
            assertThat(Decoded.of(link).params().get("location")).isEqualTo("The Smiths' front yard, 1234 Elm St, Eau Claire, WI");
        }

        @Test
        void ics_privateResidence_isThePublicForm() throws IOException {
            String ics = LINKS.ics(atHome(), Events.writer().build());
            assertThat(ics).doesNotContain("1234").doesNotContain("Smiths")
                    .contains("LOCATION:Elm St\\, Eau Claire\\, WI\r\n");
        }
    }

    @Nested
    @DisplayName("length limits")
    class Limits {
        @Test
        void links_longDescription_cutWithEllipsisUnderTheLimit() {
            String description = "Music, games and a dunk tank. ".repeat(200);
            Event e = event().description(description).build();
            assertLinksShow(LINKS, e);
            Decoded g = Decoded.of(LINKS.google(e));
            assertThat(g.params().get("details")).endsWith("\u2026").hasSizeLessThan(description.length());
            assertThat(g.params().get("text")).isEqualTo(e.title());
            assertThat(LINKS.google(e).toString().length()).isBetween(CalendarLinks.DEFAULT_MAX_LENGTH - 40,
                    CalendarLinks.DEFAULT_MAX_LENGTH);
        }

        @Test
        void links_emojiAndCombiningMarksAtTheCut_stayWhole() {
            // Each unit takes many escapes: a cut anywhere else would split a surrogate pair or leave a bare accent.
            String description = "\uD83D\uDE93e\u0301\u0327 ".repeat(400);
            Event e = event().description(description).build();
            for (URI link : List.of(LINKS.google(e), LINKS.outlook(e), LINKS.yahoo(e))) {
                assertThat(link.getRawQuery()).doesNotContainPattern("%[0-9A-F]?(&|$)");
                String details = Decoded.of(link).params().values().stream().filter(v -> v.endsWith("\u2026"))
                        .findFirst().orElseThrow();
                String kept = details.substring(0, details.length() - 1);
                assertThat(kept).endsWith("\uD83D\uDE93e\u0301\u0327");
                assertThat(description).startsWith(kept);
            }
            assertLinksShow(LINKS, e);
        }

        @Test
        void links_longTitleWithoutDescription_cutTheLocationThenTheTitle() {
            Event e = event().description(Optional.empty()).title("Night Out ".repeat(150))
                    .venue(Venue.builder().name("Park ".repeat(100)).build()).build();
            CalendarLinks links = LINKS.withMaxLength(600);
            assertLinksShow(links, e);
            Decoded g = Decoded.of(links.google(e));
            assertThat(g.params().get("location")).isEqualTo("\u2026");
            assertThat(g.params().get("text")).endsWith("\u2026").startsWith("Night Out Night Out");
        }

        @Test
        void withMaxLength_belowTheFixedParameters_isRefused() {
            assertThatThrownBy(() -> LINKS.withMaxLength(120)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("120").hasMessageContaining("at least 500");
        }

        @Property(tries = 200)
        void links_generatedEvents_decodeBackUnderTheLimit(@ForAll("events") Event e,
                @ForAll("lengths") int maxLength) {
            assertLinksShow(LINKS.withMaxLength(maxLength), e);
        }

        @Provide
        Arbitrary<Event> events() {
            // The write-read property test's generators: every zone, all-day ranges, text from all over Unicode;
            // some descriptions repeated past any limit.
            return new WriteReadPropertyTest().events().flatMap(e -> Arbitraries.integers().between(1, 400)
                    .map(n -> e.description().isEmpty() ? e
                            : Event.builder().from(e).description((e.description().get() + "\n").repeat(n).strip())
                                    .build()));
        }

        @Provide
        Arbitrary<Integer> lengths() {
            return Arbitraries.oneOf(Arbitraries.just(CalendarLinks.DEFAULT_MAX_LENGTH),
                    Arbitraries.integers().between(500, 4000));
        }
    }

    @Nested
    @DisplayName("subscribe links")
    class Subscribe {
        @Test
        void subscribe_httpsFeed_givesEveryService() {
            URI feed = URI.create("https://example.org/nno/feed.ics?state=WI&year=2021");
            CalendarLinks.Subscription s = LINKS.subscribe(feed, "National Night Out in Wisconsin");
            assertThat(s.webcal()).hasToString("webcal://example.org/nno/feed.ics?state=WI&year=2021");
            Decoded google = Decoded.of(s.google());
            assertThat(google.base()).isEqualTo("https://calendar.google.com/calendar/render");
            assertThat(google.params()).containsExactly(Map.entry("cid", s.webcal().toString()));
            Decoded outlook = Decoded.of(s.outlook());
            assertThat(outlook.base()).isEqualTo("https://outlook.live.com/calendar/0/addfromweb");
            assertThat(outlook.params()).containsExactly(Map.entry("url", feed.toString()),
                    Map.entry("name", "National Night Out in Wisconsin"));
            Decoded office = Decoded.of(s.office365());
            assertThat(office.base()).isEqualTo("https://outlook.office.com/calendar/0/addfromweb");
            assertThat(office.params()).isEqualTo(outlook.params());
        }

        @Test
        void subscribe_httpFeed_keepsThePort() {
            CalendarLinks.Subscription s = LINKS.subscribe(URI.create("http://127.0.0.1:8080/feed.ics"), "NNO");
            assertThat(s.webcal()).hasToString("webcal://127.0.0.1:8080/feed.ics");
            assertThat(Decoded.of(s.outlook()).params().get("url")).isEqualTo("http://127.0.0.1:8080/feed.ics");
        }

        @Test
        void subscribe_longName_isCut() {
            CalendarLinks.Subscription s = LINKS.withMaxLength(500).subscribe(URI.create("https://example.org/a.ics"),
                    "Night Out ".repeat(100));
            assertThat(s.outlook().toString()).hasSizeLessThanOrEqualTo(500);
            assertThat(Decoded.of(s.outlook()).params().get("name")).endsWith("\u2026").startsWith("Night Out");
        }

        @ParameterizedTest
        @MethodSource("data_badFeeds")
        void subscribe_notHttp_isRefused(String feed) {
            assertThatThrownBy(() -> LINKS.subscribe(URI.create(feed), "NNO"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(feed)
                    .hasMessageContaining("http or https");
        }

        static Stream<String> data_badFeeds() {
            return Stream.of("webcal://example.org/a.ics", "ftp://example.org/a.ics", "/feed.ics",
                    "mailto:nno@example.org");
        }

        @Test
        void subscribe_addressTooLong_isRefused() {
            URI feed = URI.create("https://example.org/" + "a".repeat(3000) + ".ics");
            assertThatThrownBy(() -> LINKS.subscribe(feed, "NNO")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("address of 3024 characters").hasMessageContaining("limit of 2000");
        }
    }

    @Nested
    @DisplayName("single-event iCalendar")
    class SingleEvent {
        @Test
        void ics_oneEvent_isAPublishedCalendarThatReadsBack() throws IOException {
            Event e = event().build();
            String ics = LINKS.ics(e, Events.writer().build());
            Path file = Path.of("target", "interop", "single-event.ics");
            Files.createDirectories(file.getParent());
            Files.writeString(file, ics, StandardCharsets.UTF_8);
            assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nMETHOD:PUBLISH\r\n")
                    .endsWith("END:VCALENDAR\r\n");
            assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
            List<Event> back = ICalendarReader.builder().build().read(ics).events();
            assertThat(back).containsExactly(Profile.PUBLIC.apply(e));
        }

        @Test
        void ics_allDay_readsBack() throws IOException {
            Event e = event().time(EventTime.allDay(LocalDate.of(2021, 8, 3), LocalDate.of(2021, 8, 4))).build();
            String ics = LINKS.ics(e, Events.writer().build());
            Files.writeString(Path.of("target", "interop", "single-event-all-day.ics"), ics, StandardCharsets.UTF_8);
            assertThat(ics).contains("DTSTART;VALUE=DATE:20210803\r\n").contains("DTEND;VALUE=DATE:20210805\r\n");
            assertThat(ICalendarReader.builder().build().read(ics).events()).containsExactly(Profile.PUBLIC.apply(e));
        }
    }
}
