package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.ical.FeedValidator;
import tools.jackson.databind.json.JsonMapper;

/** Starts the server on a free port with the sample events and fetches every route over real HTTP. */
class FeedServerTest {
    private static final Path INTEROP = Path.of("target", "interop");
    private static final String NEWEST = "Wed, 03 Aug 2022 00:00:00 GMT";
    private static final Instant NEWEST_CHANGE = Instant.parse("2022-08-03T00:00:00Z");
    private static FeedServer server;

    @BeforeAll
    static void start() throws Exception {
        server = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SampleEvents.all(),
                NightOut.DEFAULT_WRITER);
        Files.createDirectories(INTEROP);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static URI at(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    private static String sha256(byte[] body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    }

    /** Checks a 200 response of the whole sample: its type, an ETag over its bytes, the newest Last-Modified. */
    private static void assertServed(Http.Response r, String contentType) throws Exception {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo(contentType);
        assertThat(r.header("ETag")).isEqualTo("\"" + sha256(r.body()) + "\"");
        assertThat(r.header("Last-Modified")).isEqualTo(NEWEST);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void uri_namesTheFreePortPicked() {
        assertThat(server.uri().getPort()).isPositive();
        assertThat(server.uri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
    }

    @Nested
    @DisplayName("GET /feed.ics")
    class Ics {
        @Test
        void isTheWholeFeed_asTextCalendar_withAStrongEtagAndTheNewestLastModified() throws Exception {
            Http.Response r = Http.get(at("/feed.ics"));

            assertServed(r, "text/calendar; charset=utf-8");
            assertThat(r.text()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
            assertThat(count(r.text(), "BEGIN:VEVENT")).isEqualTo(29);
            assertThat(r.text()).contains("STATUS:CANCELLED\r\n").doesNotContain("X-NIGHTOUT-");
            Files.write(INTEROP.resolve("served-feed.ics"), r.body());
        }

        @Test
        void sameData_sameBytes_sameEtag() throws Exception {
            Http.Response first = Http.get(at("/feed.ics"));
            Http.Response second = Http.get(at("/feed.ics"));
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        }

        @Test
        void head_sendsTheHeadersOfGet_withoutTheBody() throws Exception {
            Http.Response get = Http.get(at("/feed.ics"));
            Http.Response head = Http.send("HEAD", at("/feed.ics"));
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
            assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.body().length));
            assertThat(head.header("Last-Modified")).isEqualTo(NEWEST);
        }
    }

    @Nested
    @DisplayName("conditional requests")
    class Conditional {
        @ParameterizedTest(name = "If-None-Match: {0}")
        @CsvSource(delimiter = '|', value = {"ETAG", "W/ETAG", "\"other\", ETAG", "*"})
        void ifNoneMatch_matching_is304_withTheValidators(String form) throws Exception {
            String etag = Http.get(at("/feed.ics")).header("ETag");
            Http.Response r = Http.get(at("/feed.ics"), "If-None-Match", form.replace("ETAG", etag));
            assertThat(r.status()).isEqualTo(304);
            assertThat(r.body()).isEmpty();
            assertThat(r.header("ETag")).isEqualTo(etag);
            assertThat(r.header("Last-Modified")).isEqualTo(NEWEST);
        }

        @Test
        void ifNoneMatch_other_is200_evenWhenIfModifiedSinceWouldMatch() throws Exception {
            Http.Response r = Http.get(at("/feed.ics"), "If-None-Match", "\"stale\"", "If-Modified-Since", NEWEST);
            assertThat(r.status()).isEqualTo(200);
        }

        @ParameterizedTest(name = "If-Modified-Since: {0} gives {1}")
        @CsvSource(delimiter = '|', value = {
            "Wed, 03 Aug 2022 00:00:00 GMT | 304",
            "Thu, 01 Jan 2026 00:00:00 GMT | 304",
            "Tue, 02 Aug 2022 23:59:59 GMT | 200",
            "not a date                    | 200"})
        void ifModifiedSince_comparesWithTheNewestEvent(String since, int status) throws Exception {
            assertThat(Http.get(at("/feed.json"), "If-Modified-Since", since).status()).isEqualTo(status);
        }

        @Test
        void ifMatch_other_is412() throws Exception {
            Http.Response r = Http.get(at("/feed.ics"), "If-Match", "\"other\"");
            assertThat(r.status()).isEqualTo(412);
            assertThat(r.body()).isEmpty();
        }

        /** The cases of the Spring and JAX-RS tests too: each server answers as FeedValidator decides. */
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
            Http.Response plain = Http.get(at("/feed.ics"));
            FeedValidator validator = FeedValidator.of(plain.body(), Optional.of(NEWEST_CHANGE));
            assertThat(plain.header("ETag")).isEqualTo(validator.etag());
            assertThat(plain.header("Last-Modified")).isEqualTo(validator.lastModifiedHttpDate().orElseThrow());
            String condition = value.replace("ETAG", validator.etag());
            assertThat(Http.get(at("/feed.ics"), header, condition).status())
                    .isEqualTo(validator.evaluate(Map.of(header, List.of(condition))::get).statusCode());
        }

        @Test
        void thePage_answers304_too() throws Exception {
            String etag = Http.get(at("/")).header("ETag");
            assertThat(Http.get(at("/"), "If-None-Match", etag).status()).isEqualTo(304);
        }
    }

    @Nested
    @DisplayName("GET /feed.json")
    class Json {
        @Test
        void isTheEventsInTheLibrarysFormat() throws Exception {
            Http.Response r = Http.get(at("/feed.json"));
            assertServed(r, "application/json");
            List<Event> back = EventData.read(new ByteArrayInputStream(r.body()), "feed.json").events();
            // Served in the public profile, which marks a cancelled event's title and description.
            assertThat(back).isEqualTo(server.events().stream().map(Profile.PUBLIC::apply).toList());
        }
    }

    @Nested
    @DisplayName("filters")
    class Filters {
        @ParameterizedTest(name = "?{0} selects {1}")
        @CsvSource(delimiter = '|', value = {
            "state=WI                 | nno-2020-chippewa-falls nno-2020-eau-claire nno-2021-chippewa-falls nno-2021-eau-claire",
            "state=wi&year=2021       | nno-2021-chippewa-falls nno-2021-eau-claire",
            "community=east%20hartford| nno-2017-east-hartford",
            "community=Eau+Claire     | nno-2020-eau-claire nno-2021-eau-claire",
            "agency=ECPD              | nno-2020-eau-claire nno-2021-eau-claire",
            "agency=Liberty%20Township%20Police%20Department | nno-2022-liberty-township-oh",
            "year=2022                | nno-2022-austintown-oh nno-2022-liberty-township-oh nno-2022-new-middletown-oh",
            "year=2020&year=2022&state=OH | nno-2022-austintown-oh nno-2022-liberty-township-oh nno-2022-new-middletown-oh",
            "state=OH&year=2017       | ''"})
        void selectTheEvents_inEveryFormat(String query, String ids) throws Exception {
            List<String> expected = ids.isEmpty() ? List.of() : List.of(ids.split(" "));
            Http.Response json = Http.get(at("/feed.json?" + query));
            assertThat(json.status()).isEqualTo(200);
            assertThat(EventData.read(new ByteArrayInputStream(json.body()), "feed.json").events())
                    .extracting(Event::id).containsExactlyElementsOf(expected);

            Http.Response ics = Http.get(at("/feed.ics?" + query));
            assertThat(ics.status()).isEqualTo(200);
            assertThat(count(ics.text(), "BEGIN:VEVENT")).isEqualTo(expected.size());
            expected.forEach(id -> assertThat(ics.text()).contains("UID:" + id + "@example.org\r\n"));

            Http.Response page = Http.get(at("/?" + query));
            assertThat(page.status()).isEqualTo(200);
            assertThat(count(page.text(), "<li class=\"nno-event\"")).isEqualTo(expected.size());
        }

        @Test
        void aBlankField_asThePagesFormSendsIt_filtersNothing() throws Exception {
            Http.Response page = Http.get(at("/?community=&agency=&from=&to="));
            assertThat(page.status()).isEqualTo(200);
            assertThat(count(page.text(), "<li class=\"nno-event\"")).isEqualTo(SampleEvents.all().size());
            assertThat(count(Http.get(at("/feed.ics?community=")).text(), "BEGIN:VEVENT"))
                    .isEqualTo(SampleEvents.all().size());
        }

        @Test
        void lastModified_isTheNewestOfTheSelection() throws Exception {
            assertThat(Http.get(at("/feed.ics?state=WI")).header("Last-Modified"))
                    .isEqualTo("Wed, 04 Aug 2021 00:00:00 GMT");
            assertThat(Http.get(at("/feed.ics?year=1999")).header("Last-Modified")).isNull();
        }

        @ParameterizedTest(name = "?{0}")
        @CsvSource(delimiter = '|', value = {
            "state=ZZ       | state \"ZZ\" is not a US state: expected a two-letter USPS code such as WI, CT or OH",
            "year=abc       | year \"abc\" is not a year: expected four digits such as 2022",
            "year=22        | year \"22\" is not a year",
            "colour=blue    | unknown filter \"colour\": the filters are state, community, agency, year, from and to"})
        void badValue_is400_withAPlainTextMessage(String query, String message) throws Exception {
            for (String path : List.of("/feed.ics?", "/feed.json?", "/?")) {
                Http.Response r = Http.get(at(path + query));
                assertThat(r.status()).as(path + query).isEqualTo(400);
                assertThat(r.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
                assertThat(r.text()).startsWith("bad request: ").contains(message);
            }
        }
    }

    @Nested
    @DisplayName("other paths and methods")
    class Errors {
        @ParameterizedTest(name = "{0}")
        @CsvSource({"/feed.xml", "/index.html", "/feed.ics/", "/favicon.ico"})
        void unknownPath_is404(String path) throws Exception {
            Http.Response r = Http.get(at(path));
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.text()).contains("not found: " + path, "/feed.ics");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"POST", "PUT", "DELETE", "OPTIONS"})
        void otherMethods_are405_withAllow(String method) throws Exception {
            Http.Response r = Http.send(method, at("/feed.ics"), "Content-Length", "0");
            assertThat(r.status()).isEqualTo(405);
            assertThat(r.header("Allow")).isEqualTo("GET, HEAD");
        }
    }

    @Nested
    @DisplayName("GET /")
    class Page {
        private final JsonMapper json = JsonMapper.builder().build();

        @Test
        void listsEveryEvent_withSubscribeLinksForTheHostAsked_andItsJsonLd() throws Exception {
            Http.Response r = Http.get(at("/"), "Host", "nno.example.org:8080");

            assertServed(r, "text/html; charset=utf-8");
            assertThat(r.header("Content-Security-Policy")).startsWith("default-src 'none'");
            String html = r.text();
            assertThat(html).startsWith("<!DOCTYPE html>")
                    .contains("href=\"webcal://nno.example.org:8080/feed.ics\"",
                            "href=\"http://nno.example.org:8080/feed.ics\"")
                    .doesNotContain("<link", "<img", "src=");
            assertThat(count(html, "<li class=\"nno-event\"")).isEqualTo(29);
            Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>").matcher(html);
            assertThat(block.find()).isTrue();
            assertThat(json.readTree(block.group(1)).get("@graph")).hasSize(29)
                    .allSatisfy(node -> assertThat(node.get("@type").asString()).isEqualTo("Event"));
            assertThat(count(html, "<script")).as("one JSON-LD block, and no script to run").isOne();
            Files.writeString(INTEROP.resolve("index.html"), html, StandardCharsets.UTF_8);
        }

        @Test
        void cancelledEvents_sayWhy() throws Exception {
            String html = Http.get(at("/?year=2020")).text();
            assertThat(count(html, "<p class=\"nno-status nno-cancelled\"><strong>Cancelled</strong> \u2014 pandemic</p>"))
                    .isEqualTo(2);
        }

        @Test
        void pastEvents_areListedByDate_newestFirst() throws Exception {
            String html = Http.get(at("/")).text();
            assertThat(html.indexOf("Tuesday, August 2, 2022")).isLessThan(html.indexOf("Tuesday, August 3, 2021"));
            assertThat(html.indexOf("Tuesday, August 3, 2021")).isLessThan(html.indexOf("Tuesday, August 4, 2020"));
            assertThat(html.indexOf("Tuesday, August 4, 2020")).isLessThan(html.indexOf("Tuesday, August 1, 2017"));
        }

        @Test
        void behindAnHttpsProxy_theLinkIsHttps() throws Exception {
            String html = Http.get(at("/"), "Host", "nno.example.org", "X-Forwarded-Proto", "https").text();
            assertThat(html).contains("href=\"https://nno.example.org/feed.ics\"",
                    "href=\"webcal://nno.example.org/feed.ics\"");
        }

        @Test
        void aHostHeaderThatIsNoHost_isNotEchoed() throws Exception {
            String html = Http.get(at("/"), "Host", "x\"><b>injected</b>").text();
            assertThat(html).doesNotContain("injected")
                    .contains("href=\"webcal://" + server.uri().getRawAuthority() + "/feed.ics\"");
        }

        @Test
        void subscribeLinks_keepTheFilters() throws Exception {
            String html = Http.get(at("/?community=eau+claire&state=wi"), "Host", "h.example").text();
            assertThat(html).contains("href=\"webcal://h.example/feed.ics?state=WI&amp;community=eau%20claire\"",
                    "<option value=\"Eau Claire\" selected>Eau Claire, WI</option>");
        }
    }
}
