package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nightout.core.Community;
import org.nightout.core.CommunityKind;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import org.nightout.core.UsState;
import org.nightout.core.Venue;
import org.nightout.ical.CalendarLinks;
import org.nightout.ical.ICalendarReader;

/** The feed server's add-to-calendar and subscribe links, its per-event .ics files and the public profile. */
class PageLinksTest {
    private static final Path INTEROP = Path.of("target", "interop");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static FeedServer server;
    private static Event blockParty;

    @BeforeAll
    static void start() throws IOException {
        Community eauClaire = Community.builder().name("Eau Claire").kind(CommunityKind.CITY).state(UsState.WI)
                .zone(ZoneId.of("America/Chicago")).build();
        blockParty = Event.builder().id("nno-2021/elm-st%20").title("Elm Street block party").community(eauClaire)
                .venue(Venue.builder().name("The Smiths' front yard").privateResidence(true)
                        .address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire")
                                .state(UsState.WI).build()).build())
                .time(EventTime.of(ZonedDateTime.of(2021, 8, 3, 17, 0, 0, 0, eauClaire.zone()),
                        ZonedDateTime.of(2021, 8, 3, 20, 0, 0, 0, eauClaire.zone())))
                .lastModified(Instant.parse("2021-07-20T12:00:00Z")).build();
        List<Event> events = new ArrayList<>(SampleEvents.all());
        events.add(blockParty);
        // Before every event, so that each one going ahead offers its links.
        server = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), events, List.of(),
                NightOut.DEFAULT_WRITER, java.time.Clock.fixed(Instant.parse("2017-07-01T12:00:00Z"),
                        java.time.ZoneOffset.UTC));
        Files.createDirectories(INTEROP);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String pathAndQuery) throws IOException {
        Http.Response r = Http.get(server.uri().resolve(pathAndQuery));
        assertThat(r.status()).isEqualTo(200);
        return r.text();
    }

    private static List<String> hrefs(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            hrefs.add(m.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\""));
        }
        return hrefs;
    }

    @Test
    void page_everyEventGoingAhead_hasItsFourLinksAndItsIcsFile_aCancelledOneNone() throws IOException {
        String html = page("/");
        CalendarLinks links = CalendarLinks.create();
        List<String> hrefs = hrefs(html);
        int goingAhead = 0;
        for (Event e : server.events()) {
            Event shown = Profile.PUBLIC.apply(e);
            List<String> own = List.of(links.google(shown).toString(), links.outlook(shown).toString(),
                    links.office365(shown).toString(), links.yahoo(shown).toString(), EventPage.eventFile(e));
            if (e.status().isCancelled()) {
                assertThat(hrefs).doesNotContainAnyElementsOf(own);
            } else {
                assertThat(hrefs).containsAll(own);
                goingAhead++;
            }
        }
        assertThat(goingAhead).isLessThan(server.events().size());
        assertThat(html.split("<p class=\"nno-add\">", -1)).hasSize(goingAhead + 1);
    }

    @Test
    void page_subscribeButtons_forEachApp_keepTheFilters() throws IOException {
        String html = page("/?state=WI&year=2021");
        String feed = server.uri().resolve("/feed.ics?state=WI&year=2021").toString();
        CalendarLinks.Subscription s = CalendarLinks.create().subscribe(URI.create(feed), "National Night Out");
        assertThat(hrefs(html)).contains(s.webcal().toString(), s.google().toString(), s.outlook().toString(),
                s.office365().toString());
        assertThat(html).contains("id=\"nno-subscribe-apple\"", "id=\"nno-subscribe-google\"",
                "id=\"nno-subscribe-outlook\"", "id=\"nno-subscribe-office365\"");
        String google = s.google().getRawQuery();
        assertThat(URLDecoder.decode(google, StandardCharsets.UTF_8)).isEqualTo("cid=" + s.webcal());
    }

    @Test
    void page_privateResidence_linksShowNoHouseNumber() throws IOException {
        String html = page("/");
        assertThat(html).doesNotContain("1234").doesNotContain("Smiths");
        List<String> decoded = hrefs(html).stream().map(h -> URLDecoder.decode(h, StandardCharsets.UTF_8)).toList();
        assertThat(decoded).noneMatch(h -> h.contains("1234") || h.contains("Smiths"))
                .filteredOn(h -> h.contains("Elm Street block party")).hasSize(4)
                .allMatch(h -> h.contains("Elm St, Eau Claire, WI"));
    }

    @Test
    void eventFile_isOneEventInThePublicProfile_andReadsBack() throws IOException {
        Http.Response r = Http.get(server.uri().resolve(EventPage.eventFile(blockParty)));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/calendar; charset=utf-8");
        assertThat(r.header("ETag")).isNotBlank();
        String ics = r.text();
        Files.writeString(INTEROP.resolve("server-event.ics"), ics);
        assertThat(ics).contains("METHOD:PUBLISH").doesNotContain("1234").doesNotContain("Smiths");
        List<Event> back = ICalendarReader.builder().uidDomain("example.org").build().read(ics).events();
        assertThat(back).hasSize(1);
        assertThat(back.get(0).id()).isEqualTo(blockParty.id());
        assertThat(back.get(0).title()).isEqualTo(blockParty.title());
        assertThat(back.get(0).time()).isEqualTo(blockParty.time());
    }

    @Test
    void eventFile_unknownId_is404() throws IOException {
        Http.Response r = Http.get(server.uri().resolve("/events/no-such-event.ics"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text()).isEqualTo("not found: no event has the id \"no-such-event\"\n");
    }

    @Test
    void feedJson_isThePublicProfile() throws IOException {
        Http.Response r = Http.get(server.uri().resolve("/feed.json"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).doesNotContain("1234").doesNotContain("Smiths");
        List<Event> back = EventData.read(new ByteArrayInputStream(r.body()), "feed.json").events();
        assertThat(back).contains(Profile.PUBLIC.apply(blockParty)).containsAll(SampleEvents.all().stream().map(Profile.PUBLIC::apply).toList());
    }
}
