package org.nightout.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.examples.SampleEvents;
import org.nightout.ical.FeedValidator;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.nightout.json.FeedDocument;
import org.nightout.json.NightOutModule;

/** One Jersey application in the JDK's HTTP server on a free loopback port, called by a Jersey client. */
class JerseyServerTest {
    static final ICalendarWriter WRITER = ICalendarWriter.builder()
            .publisher("City of Eau Claire", java.net.URI.create("mailto:events@example.org"))
            .name("National Night Out in the Chippewa Valley").uidDomain("example.org")
            .profile(org.nightout.core.Profile.FULL).build();
    static final ICalendarReader READER = ICalendarReader.builder().uidDomain("example.org").build();
    static final List<Event> EVENTS = SampleEvents.all();
    /** The newest change of the sample events, as every server of them sends it. */
    static final String NEWEST = "Wed, 03 Aug 2022 00:00:00 GMT";

    static HttpServer server;
    static Client client;
    static WebTarget base;

    @BeforeAll
    static void start() throws IOException {
        Supplier<List<Event>> repository = () -> EVENTS;
        ICalendarWriter writer = WRITER;
        ICalendarReader reader = READER;
        ICalendarProvider calendars = new ICalendarProvider(writer, reader);   // a reader too, for uploads
        ResourceConfig config = new ResourceConfig()
                .register(new FeedResource(repository))              // the application's events
                .register(calendars)
                .register(calendars.preconditions())                 // ETag, Last-Modified and 304s for the feeds
                .register(new NightOutJsonProvider());
        config.register(ConverterResource.class);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ContainerFactory.createContainer(HttpHandler.class, config));
        server.start();
        client = ClientBuilder.newClient().register(new ICalendarProvider(WRITER, READER))
                .register(new NightOutJsonProvider());
        base = client.target("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop(0);
    }

    /** Keeps what the server served, so that CI hands it to the interop consumers. */
    static String served(String name, byte[] body) throws IOException {
        Path file = Path.of("target", "interop", name + ".ics");
        Files.createDirectories(file.getParent());
        Files.write(file, body);
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void feed_isTheWritersBytes_asTextCalendarUtf8() throws IOException {
        try (Response response = base.path("feed.ics").request("text/calendar").get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeaderString("Content-Type")).isEqualToIgnoringCase("text/calendar;charset=utf-8");
            assertThat(served("jaxrs-feed", response.readEntity(byte[].class)))
                    .isEqualTo(WRITER.writeToString(EVENTS));
        }
    }

    @Test
    void feed_carriesTheStrongETagOfItsBytes_andTheNewestLastModified() throws NoSuchAlgorithmException {
        try (Response response = base.path("feed.ics").request("text/calendar").get()) {
            byte[] body = response.readEntity(byte[].class);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            assertThat(response.getHeaderString("ETag")).isEqualTo("\"" + sha256 + "\"");
            assertThat(response.getHeaderString("Last-Modified")).isEqualTo(NEWEST);
            assertThat(response.getHeaderString("ETag"))
                    .isEqualTo(FeedValidator.ofFeed(WRITER, EVENTS, List.of()).etag());
        }
    }

    /** The cases of the Spring and feed server tests too: each server answers as FeedValidator decides. */
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
    void feed_aCondition_isAnsweredAsFeedValidatorDecides(String header, String value) {
        FeedValidator validator = FeedValidator.ofFeed(WRITER, EVENTS, List.of());
        String condition = value.replace("ETAG", validator.etag());
        try (Response response = base.path("feed.ics").request("text/calendar").header(header, condition).get()) {
            assertThat(response.getStatus())
                    .isEqualTo(validator.evaluate(Map.of(header, List.of(condition))::get).statusCode());
        }
    }

    @Test
    void feed_withAnotherETagInIfMatch_is412WithoutBody() {
        try (Response response = base.path("feed.ics").request("text/calendar").header("If-Match", "\"0123\"")
                .get()) {
            assertThat(response.getStatus()).isEqualTo(412);
            assertThat(response.hasEntity()).isFalse();
        }
    }

    @Test
    void feed_withTheCurrentETagInIfNoneMatch_is304WithoutBody() {
        String etag = base.path("feed.ics").request("text/calendar").head().getHeaderString("ETag");
        try (Response response = base.path("feed.ics").request("text/calendar").header("If-None-Match", etag).get()) {
            assertThat(response.getStatus()).isEqualTo(304);
            assertThat(response.getHeaderString("ETag")).isEqualTo(etag);
            assertThat(response.hasEntity()).isFalse();
        }
    }

    @Test
    void feed_withAnotherETagInIfNoneMatch_is200WithTheFeed() {
        try (Response response = base.path("feed.ics").request("text/calendar")
                .header("If-None-Match", "\"0123\", W/\"4567\"").get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).isEqualTo(WRITER.writeToString(EVENTS));
        }
    }

    @Test
    void feed_notModifiedSinceTheClientsCopy_is304_andModifiedSince_is200() {
        Response first = base.path("feed.ics").request("text/calendar").head();
        String lastModified = first.getHeaderString("Last-Modified");
        Instant newest = first.getLastModified().toInstant();
        try (Response same = base.path("feed.ics").request("text/calendar")
                .header("If-Modified-Since", lastModified).get();
             Response older = base.path("feed.ics").request("text/calendar")
                .header("If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        newest.minusSeconds(1).atOffset(ZoneOffset.UTC))).get()) {
            assertThat(same.getStatus()).isEqualTo(304);
            assertThat(older.getStatus()).isEqualTo(200);
        }
    }

    @Test
    void series_carryAnETagOfTheirOwn() {
        String events = base.path("feed.ics").request("text/calendar").head().getHeaderString("ETag");
        String series = base.path("more/series.ics").request("text/calendar").head().getHeaderString("ETag");
        assertThat(series).startsWith("\"").isNotEqualTo(events);
    }

    @Test
    void feed_fromAnIterableThatGivesItsEventsOnce_holdsEveryEvent_underTheETagOfItsBytes()
            throws NoSuchAlgorithmException {
        try (Response response = base.path("more/once.ics").request("text/calendar").get()) {
            byte[] body = response.readEntity(byte[].class);
            assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(WRITER.writeToString(EVENTS));
            assertThat(response.getHeaderString("ETag")).isEqualTo('"'
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)) + '"');
        }
    }

    @Test
    void json_getsNoFeedETag() {
        try (Response response = base.path("feed.json").request(MediaType.APPLICATION_JSON).get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeaderString("ETag")).isNull();
        }
    }

    @Test
    void feed_readByTheClientsProvider_givesTheSameEvents() {
        ICalendarData data = base.path("feed.ics").request("text/calendar").get(ICalendarData.class);
        assertThat(data.events()).isEqualTo(EVENTS);
        assertThat(data.warnings()).isEmpty();
    }

    @Test
    void series_isWrittenWithItsRule_andReadsBackEqual() throws IOException {
        String feed = served("jaxrs-series", base.path("more/series.ics").request("text/calendar").get(byte[].class));
        assertThat(feed).contains("RRULE:FREQ=YEARLY;BYDAY=1TU;BYMONTH=8\r\n", "EXDATE;VALUE=DATE:");
        assertThat(READER.read(feed).series()).containsExactly(ConverterResource.series());
    }

    @Test
    void json_isNightOutModulesFeedDocument_inThePublicProfile_andReadsBackEqual() {
        List<Event> shown = EVENTS.stream().map(Profile.PUBLIC::apply).toList();
        byte[] body = base.path("feed.json").request(MediaType.APPLICATION_JSON).get(byte[].class);
        assertThat(new String(body, StandardCharsets.UTF_8))
                .isEqualTo(NightOutModule.jsonMapper().writeValueAsString(FeedDocument.of(shown, List.of())));
        assertThat(base.path("feed.json").request(MediaType.APPLICATION_JSON).get(FeedDocument.class))
                .isEqualTo(FeedDocument.of(shown, List.of()));
    }

    @Test
    void json_byDefault_showsNoHouseNumberPhoneOrEmail() {
        String body = base.path("more/private.json").request(MediaType.APPLICATION_JSON).get(String.class);
        assertThat(body).contains("Elm St", "Pat Smith").doesNotContain("1234", "555-0142", "pat@example.org");
    }

    @Test
    void json_withAMapperOfTheFullProfile_showsEverything() throws IOException {
        NightOutJsonProvider full = new NightOutJsonProvider(NightOutModule.jsonMapper());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        full.writeTo(ConverterResource.blockParty(), Event.class, Event.class, new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new jakarta.ws.rs.core.MultivaluedHashMap<>(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1234 Elm St", "555-0142", "pat@example.org");
    }

    @Test
    void postedFeed_ofEventsAndSeries_orAnArrayOfEvents_isRead() {
        FeedDocument feed = FeedDocument.of(EVENTS, List.of(ConverterResource.series())).withName("Eau Claire");
        assertThat(base.path("more/feed").request(MediaType.TEXT_PLAIN).post(Entity.json(feed), String.class))
                .isEqualTo("Eau Claire: " + EVENTS.size() + " events, 1 series");
        assertThat(base.path("more/feed").request(MediaType.TEXT_PLAIN)
                .post(Entity.json(NightOutModule.jsonMapper().writeValueAsString(EVENTS)), String.class))
                .isEqualTo("(no name): " + EVENTS.size() + " events, 0 series");
    }

    @Test
    void postedJson_isReadAndWrittenByTheProvider() {
        List<Event> echoed = base.path("more/events").request(MediaType.APPLICATION_JSON)
                .post(Entity.json(new GenericEntity<List<Event>>(EVENTS) {
                }), new GenericType<List<Event>>() {
                });
        assertThat(echoed).isEqualTo(EVENTS.stream().map(Profile.PUBLIC::apply).toList());
    }

    @Test
    void postedJson_thatIsNoEvent_is400() {
        try (Response response = base.path("more/events").request(MediaType.APPLICATION_JSON)
                .post(Entity.json("[{\"title\": 1}]"))) {
            assertThat(response.getStatus()).isEqualTo(400);
        }
    }

    @Test
    void postedCalendar_isReadWithTheReader() {
        String counts = base.path("more/import").request(MediaType.TEXT_PLAIN)
                .post(Entity.entity(WRITER.writeToString(EVENTS), "text/calendar"), String.class);
        assertThat(counts).isEqualTo(EVENTS.size() + " events, 0 series, 0 warnings");
    }

    @Test
    void postedCalendar_thatIsNoICalendar_is400() {
        try (Response response = base.path("more/import").request(MediaType.TEXT_PLAIN)
                .post(Entity.entity("<html>", "text/calendar"))) {
            assertThat(response.getStatus()).isEqualTo(400);
        }
    }
}
