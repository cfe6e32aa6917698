package org.nightout.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.ical.FeedValidator;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.nightout.json.FeedDocument;
import org.nightout.json.NightOutModule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** One embedded server on a random port for every test of the module: the application as a client sees it. */
@SpringBootTest(classes = FeedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "nightout.feed.publisher.name=City of Eau Claire",
                "nightout.feed.publisher.address=mailto:events@example.org",
                "nightout.feed.name=National Night Out in the Chippewa Valley",
                "nightout.feed.refresh-interval=12h",
                "nightout.feed.uid-domain=example.org",
                "nightout.feed.profile=full",
                "nightout.page.feed=https://example.org/feed.ics",
                "nightout.page.json=/feed.json",
                "nightout.page.home=/",
                "nightout.page.event-pages=/events/{id}.html",
                "nightout.page.event-files=/events/{id}.ics"})
class NightOutAutoConfigurationTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** Reads ids back as the application made them, without the writer's UID domain. */
    private static final ICalendarReader READER = ICalendarReader.builder().uidDomain("example.org").build();
    /** The newest change of the sample events, as every server of them sends it. */
    private static final String NEWEST = "Wed, 03 Aug 2022 00:00:00 GMT";

    @LocalServerPort
    int port;

    @Autowired
    ICalendarWriter writer;

    @Autowired
    JsonMapper bootMapper;

    @Autowired
    ICalendarResponses responses;

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Keeps what a test served, so that CI hands it to the interop consumers. */
    static String served(String name, HttpResponse<byte[]> response) throws IOException {
        Path file = Path.of("target", "interop", name + ".ics");
        Files.createDirectories(file.getParent());
        Files.write(file, response.body());
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Nested
    class Feed {
        @Test
        void get_servesTheWritersBytes_asTextCalendarUtf8() throws Exception {
            HttpResponse<byte[]> response = get("/feed.ics");
            String feed = served("spring-feed", response);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
            assertThat(feed).isEqualTo(writer.writeToString(FeedApplication.EVENTS))
                    .contains("NAME:National Night Out in the Chippewa Valley\r\n", "REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n");
        }

        @Test
        void get_readsBackToTheSameEvents() throws Exception {
            ICalendarData data = READER.read(served("spring-feed", get("/feed.ics")));
            assertThat(data.events()).isEqualTo(FeedApplication.EVENTS);
        }

        @Test
        void etag_isTheQuotedSha256OfTheBody_andLastModifiedTheNewestChange() throws Exception {
            HttpResponse<byte[]> response = get("/feed.ics");
            String sha256 = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(response.body()));
            assertThat(response.headers().firstValue("ETag")).hasValue('"' + sha256 + '"');
            assertThat(response.headers().firstValue("Last-Modified")).hasValue(NEWEST);
        }

        @Test
        void lastModified_isInWholeSeconds_likeTheOtherServersOfAFeed() throws Exception {
            ICalendarData feed = new ICalendarData(Optional.empty(),
                    List.of(FeedApplication.CHANGED_AT_NOON_AND_A_HALF), List.of(), List.of());
            assertThat(responses.validator(feed).lastModified()).hasValue(Instant.parse("2022-08-03T12:00:00Z"));
            HttpResponse<byte[]> response = get("/fractional.ics");
            assertThat(response.headers().firstValue("Last-Modified")).hasValue("Wed, 03 Aug 2022 12:00:00 GMT");
            assertThat(get("/fractional.ics", "If-Modified-Since", "Wed, 03 Aug 2022 12:00:00 GMT").statusCode())
                    .isEqualTo(304);
        }

        /** The cases of the JAX-RS and feed server tests too: each server answers as FeedValidator decides. */
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "If-None-Match       | ETAG",
                "If-None-Match       | W/ETAG",
                "If-None-Match       | \"other\", ETAG",
                "If-None-Match       | *",
                "If-None-Match       | \"other\"",
                "If-Modified-Since   | Wed, 03 Aug 2022 00:00:00 GMT",
                "If-Modified-Since   | Tue, 02 Aug 2022 23:59:59 GMT",
                "If-Modified-Since   | Wednesday, 03-Aug-22 00:00:00 GMT",
                "If-Modified-Since   | Wed Aug  3 00:00:00 2022",
                "If-Modified-Since   | not a date",
                "If-Match            | ETAG",
                "If-Match            | \"other\"",
                "If-Unmodified-Since | Wed, 03 Aug 2022 00:00:00 GMT",
                "If-Unmodified-Since | Tue, 02 Aug 2022 23:59:59 GMT"})
        void aCondition_isAnsweredAsFeedValidatorDecides(String header, String value) throws Exception {
            FeedValidator validator = FeedValidator.ofFeed(writer, FeedApplication.EVENTS, List.of());
            assertThat(get("/feed.ics").headers().firstValue("ETag")).hasValue(validator.etag());
            String condition = value.replace("ETAG", validator.etag());
            assertThat(get("/feed.ics", header, condition).statusCode())
                    .isEqualTo(validator.evaluate(Map.of(header, List.of(condition))::get).statusCode());
        }

        @Test
        void ifNoneMatch_withTheEtag_is304WithoutBody() throws Exception {
            String etag = get("/feed.ics").headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> response = get("/feed.ics", "If-None-Match", etag);
            assertThat(response.statusCode()).isEqualTo(304);
            assertThat(response.body()).isEmpty();
            assertThat(response.headers().firstValue("ETag")).hasValue(etag);
        }

        @Test
        void ifNoneMatch_withAnotherEtag_is200() throws Exception {
            assertThat(get("/feed.ics", "If-None-Match", "\"0123\"").statusCode()).isEqualTo(200);
        }

        @Test
        void ifModifiedSince_theLastModified_is304() throws Exception {
            String lastModified = get("/feed.ics").headers().firstValue("Last-Modified").orElseThrow();
            assertThat(get("/feed.ics", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        }
    }

    @Test
    void aListOfEvents_isWrittenByTheConverterAlone() throws Exception {
        HttpResponse<byte[]> response = get("/plain.ics");
        assertThat(served("spring-plain", response)).isEqualTo(writer.writeToString(FeedApplication.EVENTS));
        assertThat(response.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void aListOfSeries_isWrittenWithItsRule() throws Exception {
        String feed = served("spring-series", get("/series.ics"));
        assertThat(feed).contains("RRULE:FREQ=YEARLY;BYDAY=1TU;BYMONTH=8\r\n", "EXDATE;VALUE=DATE:");
        assertThat(READER.read(feed).series()).containsExactly(FeedApplication.series());
    }

    @Test
    void json_isBootsJsonMapperWithNightOutModule_andReadsBackEqual() throws Exception {
        HttpResponse<byte[]> response = get("/feed.json");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                NightOutModule.jsonMapper().writeValueAsString(FeedDocument.of(FeedApplication.EVENTS, List.of())));
        FeedDocument feed = NightOutModule.jsonMapper().readValue(response.body(), FeedDocument.class);
        assertThat(feed.events()).isEqualTo(FeedApplication.EVENTS);
        assertThat(bootMapper.registeredModules()).anyMatch(m -> m instanceof NightOutModule);
    }

    @Test
    void post_textCalendar_isReadWithTheReader() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/import"))
                .header("Content-Type", "text/calendar")
                .POST(HttpRequest.BodyPublishers.ofString(writer.writeToString(FeedApplication.EVENTS))).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo(FeedApplication.EVENTS.size() + " events, 0 series, 0 warnings");
    }

    @Test
    void post_notICalendar_is400() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/import"))
                .header("Content-Type", "text/calendar").POST(HttpRequest.BodyPublishers.ofString("<html>")).build();
        assertThat(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    @Nested
    class Page {
        private String text(HttpResponse<byte[]> response) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        @Test
        void list_isTheLibrarysPage_underTheFeedsName_inThePublicProfile_evenWithAFullFeed() throws Exception {
            HttpResponse<byte[]> response = get("/");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/html"));
            String html = text(response);
            assertThat(html).contains("<title>National Night Out in the Chippewa Valley</title>",
                    "<h1>National Night Out in the Chippewa Valley</h1>",
                    "href=\"webcal://example.org/feed.ics\"", "<form method=\"get\" role=\"search\">",
                    "href=\"/events/nno-2021-eau-claire.html\"", "<a href=\"/feed.json\">JSON</a>")
                    .doesNotContain("X-EDITOR-NOTE", "inferred");
            assertThat(html.split("<li class=\"nno-event\"", -1)).hasSize(FeedApplication.EVENTS.size() + 1);
            Path file = Path.of("target", "interop", "spring-page.html");
            Files.createDirectories(file.getParent());
            Files.writeString(file, html);
        }

        @Test
        void theFormsFilters_selectTheEvents_aBadDateIs400() throws Exception {
            String html = text(get("/?community=Eau+Claire&agency=&from=2021-01-01&to="));
            assertThat(html.split("<li class=\"nno-event\"", -1)).hasSize(2);
            assertThat(html).contains("<option value=\"Eau Claire\" selected>Eau Claire, WI</option>",
                    "name=\"from\" value=\"2021-01-01\"");
            HttpResponse<byte[]> bad = get("/?from=tomorrow");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(text(bad)).isEqualTo("Date from \"tomorrow\" must be a date such as 2026-08-04");
        }

        @Test
        void anEventsPage_hasItsJsonLd_anUnknownOneIs404() throws Exception {
            String html = text(get("/events/nno-2021-eau-claire.html"));
            assertThat(html).contains("<h1>National Night Out at Carson Park</h1>", "<a href=\"/\">All events of",
                    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Event\"");
            assertThat(get("/events/nothing.html").statusCode()).isEqualTo(404);
        }
    }
}
