package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.json.FeedDocument;

/**
 * The feed server with series: {@code ?from=&to=} on every route, the page's upcoming occurrences, and a clear 400
 * for a bad window. The data: the sample events, the yearly National Night Out series of Eau Claire (no end) and of
 * Houston (COUNT=9), and the monthly Coffee with a Cop (one occurrence moved, one cancelled); today is 2025-06-01.
 */
class FeedServerWindowTest {
    private static FeedServer server;

    @BeforeAll
    static void start() throws Exception {
        List<EventSeries> series = new ArrayList<>(SeriesFeeds.all().get("yearly-nno").series());
        series.add(SeriesFeeds.all().get("monthly").series().get(0));
        server = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SampleEvents.all(),
                series, NightOut.DEFAULT_WRITER, Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static URI at(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    private static FeedDocument json(String pathAndQuery) throws Exception {
        Http.Response r = Http.get(at(pathAndQuery));
        assertThat(r.status()).isEqualTo(200);
        return EventData.read(new ByteArrayInputStream(r.body()), "feed.json");
    }

    @Test
    void json_window_carriesTheEventsInIt_andEachSeriesWithAnOccurrenceInIt_whole_asTheIcsFeedDoes() throws Exception {
        FeedDocument coffee = json("/feed.json?from=2024-02-01&to=2024-06-01");
        assertThat(coffee.events()).isEmpty();
        assertThat(coffee.series()).extracting(s -> s.first().id()).containsExactly("coffee-with-a-cop");
        assertThat(coffee.series().get(0)).isEqualTo(FeedServer.publicForm(
                SeriesFeeds.all().get("monthly").series().get(0)));
        FeedDocument ohio = json("/feed.json?from=2022-08-02&to=2022-08-03&state=OH");
        assertThat(ohio.events()).extracting(Event::id).containsExactly("nno-2022-austintown-oh",
                "nno-2022-liberty-township-oh", "nno-2022-new-middletown-oh");
        assertThat(ohio.series()).isEmpty();
        FeedDocument later = json("/feed.json?from=2040-08-01&to=2040-09-01");
        assertThat(later.events()).isEmpty();
        assertThat(later.series()).extracting(s -> s.first().id()).containsExactly("nno-eau-claire");
        assertThat(later.series().get(0).rule()).isPresent();
    }

    @Test
    void json_withoutFilters_carriesEverySeriesWhole_theEndlessOneToo() throws Exception {
        FeedDocument all = json("/feed.json");
        assertThat(all.events()).hasSize(SampleEvents.all().size());
        assertThat(all.series()).extracting(s -> s.first().id()).containsExactly("nno-eau-claire", "nno-houston",
                "coffee-with-a-cop");
        assertThat(all.series().get(0).isInfinite()).isTrue();
    }

    @Test
    void ics_window_carriesEachSeriesWithAnOccurrenceInIt_whole() throws Exception {
        String inside = Http.get(at("/feed.ics?from=2040-08-01&to=2040-09-01")).text();
        assertThat(inside).contains("UID:nno-eau-claire@example.org\r\n", "RRULE:FREQ=YEARLY;BYDAY=1TU;BYMONTH=8\r\n")
                .doesNotContain("nno-houston", "coffee-with-a-cop", "UID:nno-20");
        assertThat(count(inside, "BEGIN:VEVENT")).isEqualTo(1);
        String both = Http.get(at("/feed.ics?from=2024-05-01&to=2024-06-01")).text();
        assertThat(both).contains("UID:coffee-with-a-cop@example.org\r\n", "RECURRENCE-ID;TZID=America/New_York:"
                + "20240508T080000\r\n");
        String year = Http.get(at("/feed.ics?year=2027")).text();
        assertThat(year).contains("UID:nno-houston@example.org", "UID:nno-eau-claire@example.org")
                .doesNotContain("coffee-with-a-cop");
        assertThat(Http.get(at("/feed.ics?year=2028")).text()).doesNotContain("nno-houston");
    }

    @Test
    void page_withoutWindow_listsTheNextOccurrencesOfEachSeries_bounded() throws Exception {
        String page = Http.get(at("/")).text();
        List<String> eauClaire = rowIds(page, "nno-eau-claire");
        assertThat(eauClaire).hasSize(FeedSelection.UPCOMING).contains("nno-eau-claire-2025-08-05T17:00:00-05:00",
                "nno-eau-claire-2034-08-01T17:00:00-05:00").doesNotContain("nno-eau-claire-2024-08-06T17:00:00-05:00");
        // Houston's COUNT=9 ends in 2027; Coffee with a Cop ended in 2024. What is to come is soonest first.
        assertThat(rowIds(page, "nno-houston")).containsExactly("nno-houston-2025-10-07T18:00:00-05:00",
                "nno-houston-2026-10-06T18:00:00-05:00", "nno-houston-2027-10-05T18:00:00-05:00");
        assertThat(rowIds(page, "coffee-with-a-cop")).isEmpty();
        assertThat(count(page, "<li class=\"nno-event\"")).isEqualTo(count(page, "{\"@type\":\"Event\","))
                .isEqualTo(SampleEvents.all().size() + FeedSelection.UPCOMING + 3);
    }

    @Test
    void page_window_listsTheOccurrencesInIt_withTheirJsonLd_andKeepsTheWindowInItsLinks() throws Exception {
        String page = Http.get(at("/?from=2024-04-01&to=2024-06-01")).text();
        assertThat(rowIds(page, "coffee-with-a-cop")).containsExactly("coffee-with-a-cop-2024-05-09T09:00:00-04:00",
                "coffee-with-a-cop-2024-04-10T08:00:00-04:00");
        assertThat(page).contains("\"name\":\"Coffee with a Cop, at the library\"",
                "\"startDate\":\"2024-05-09T09:00:00-04:00\"", "href=\"/feed.json?from=2024-04-01&amp;to=2024-06-01\"",
                "name=\"from\" value=\"2024-04-01\"", "name=\"to\" value=\"2024-06-01\"");
        assertThat(Http.get(at("/?from=2040-08-01&state=WI")).text())
                .contains("name=\"from\" value=\"2040-08-01\"", "No upcoming events match these filters.");
        String until = Http.get(at("/?to=2017-08-02")).text();
        assertThat(until).contains("name=\"to\" value=\"2017-08-02\"");
        assertThat(rowIds(until, "nno-")).isNotEmpty().allSatisfy(id -> assertThat(id).matches("nno-(199|200|201[0-7]).*"));
    }

    @Test
    void anOccurrencesIcsLink_servesItsSeriesWhole() throws Exception {
        String page = Http.get(at("/?from=2030-08-01&to=2030-09-01")).text();
        assertThat(page).contains("href=\"/events/nno-eau-claire.ics\"");
        Http.Response r = Http.get(at("/events/nno-eau-claire.ics"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("UID:nno-eau-claire@example.org\r\n", "RRULE:FREQ=YEARLY;BYDAY=1TU;BYMONTH=8\r\n");
        assertThat(count(r.text(), "BEGIN:VEVENT")).isEqualTo(1);
    }

    @ParameterizedTest(name = "?{0}")
    @CsvSource(delimiter = '|', value = {
        "from=2025-13-01                 | from \"2025-13-01\" is not a date: expected YYYY-MM-DD such as 2025-08-05",
        "to=tomorrow                     | to \"tomorrow\" is not a date: expected YYYY-MM-DD such as 2025-08-05",
        "from=2025-02-01&to=2025-02-01   | the window's end 2025-02-01 must be after its start 2025-02-01",
        "from=2025-02-01&from=2025-03-01 | from is given twice (2025-02-01 and 2025-03-01)",
        "from=0000-01-01                 | from \"0000-01-01\" is outside the years 1 to 9999"})
    void badWindow_is400_onEveryRoute(String query, String message) throws Exception {
        for (String path : List.of("/feed.ics?", "/feed.json?", "/?")) {
            Http.Response r = Http.get(at(path + query));
            assertThat(r.status()).as(path + query).isEqualTo(400);
            assertThat(r.text()).as(path + query).startsWith("bad request: " + message);
        }
    }

    @Test
    void tooWideAWindow_forTooManyOccurrences_is400() throws Exception {
        EventSeries hourly = SeriesFeeds.all().get("utc").series().get(1);
        EventSeries endless = EventSeries.builder().from(hourly)
                .rule(org.nightout.core.recurrence.RecurrenceRule.parse("FREQ=HOURLY")).build();
        try (FeedServer busy = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                List.of(), List.of(endless), NightOut.DEFAULT_WRITER, Clock.systemUTC())) {
            Http.Response r = Http.get(busy.uri().resolve("/?from=2025-01-01&to=2027-01-01"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.text()).isEqualTo("bad request: more than " + FeedSelection.MAX_OCCURRENCES
                    + " occurrences start in this window: ask for a narrower one (from, to)\n");
            assertThat(Http.get(busy.uri().resolve("/?from=2025-01-01&to=2025-01-02")).status()).isEqualTo(200);
            // The feeds carry the series whole, whatever the window: nothing in them is expanded but to find it.
            assertThat(Http.get(busy.uri().resolve("/feed.json?from=2025-01-01&to=2027-01-01")).status())
                    .isEqualTo(200);
        }
    }

    private static List<String> rowIds(String page, String id) {
        return Pattern.compile("<li class=\"nno-event\" id=\"(" + Pattern.quote(id) + "[^\"]*)\"")
                .matcher(page).results().map(m -> m.group(1)).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
