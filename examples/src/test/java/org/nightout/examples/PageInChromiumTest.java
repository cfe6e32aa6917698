package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.Venue;

/**
 * Loads the feed server's pages in headless Chromium, as a resident's browser would, and checks the DOM it builds.
 * The server runs on a clock of late July 2022, so the sample's three Ohio events of August 2, 2022 are still to come
 * and the older ones past. It also leaves the pages it served in {@code target/page/} (and the list and an event's
 * page in {@code target/interop/}, for the JSON-LD consumers), where {@code src/it/page/check-page.mjs} loads them
 * in the same Chromium with axe-core at a phone's and a desktop's width and saves the screenshots.
 *
 * <p>Skipped only where Debian's {@code chromium} is not installed, and then says so on standard error.
 */
class PageInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;
    /** A week before National Night Out 2022, in Ohio. */
    static final Clock JULY_25_2022 = Clock.fixed(Instant.parse("2022-07-25T16:00:00Z"), ZoneId.of("America/New_York"));
    private static final String NAME = "Mahoning Valley and Chippewa Valley Night Out";
    private static FeedServer server;

    @TempDir
    Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println("*** SKIPPED: PageInChromiumTest needs Debian's chromium at " + CHROMIUM
                    + " (apt-get install chromium); the page was NOT checked in a browser ***");
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed at " + CHROMIUM);
        server = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SampleEvents.all(),
                List.of(), NightOut.DEFAULT_WRITER, JULY_25_2022, NAME, null, null);
        Path pages = Path.of("target", "page");
        Path interop = Path.of("target", "interop");
        Files.createDirectories(pages);
        Files.createDirectories(interop);
        save(Http.get(server.uri()).text(), pages.resolve("page.html"), interop.resolve("page.html"));
        save(Http.get(server.uri().resolve("/events/nno-2022-austintown-oh.html")).text(),
                pages.resolve("event.html"), interop.resolve("event.html"));
    }

    private static void save(String html, Path... files) throws IOException {
        for (Path f : files) {
            Files.writeString(f, html, StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Runs Chromium on a fresh profile with the given arguments and returns what it printed on standard output. */
    private String chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(profile, "chromium")));
        command.addAll(List.of(args));
        Path stdout = profile.resolve("stdout-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertThat(p.exitValue()).as("chromium's exit status").isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theDom_upcomingFirst_thePastFoldedAway_theNameAsTitleAndHeading() throws Exception {
        String dom = chromium("--dump-dom", server.uri().toString());

        assertThat(dom).contains("<title>" + NAME + "</title>", "<h1>" + NAME + "</h1>",
                "Upcoming events <span class=\"nno-count\">(3)</span>",
                "Past events <span class=\"nno-count\">(" + (SampleEvents.all().size() - 3) + ")</span>");
        int details = dom.indexOf("<details class=\"nno-past-list\">");
        String upcoming = dom.substring(0, details);
        String past = dom.substring(details, dom.indexOf("</details>"));
        assertThat(count(upcoming, "<li class=\"nno-event\"")).isEqualTo(3);
        assertThat(upcoming).contains("Austintown National Night Out", "Liberty", "New Middletown");
        assertThat(count(upcoming, "<strong>Scheduled</strong>")).isEqualTo(3);
        assertThat(count(upcoming, "<p class=\"nno-add\">")).isEqualTo(3);
        assertThat(past).doesNotContain("Scheduled", "nno-add").contains("<strong>Past event</strong>",
                "<strong>Cancelled</strong> \u2014 pandemic", "National Night Out at Carson Park");
        assertThat(count(past, "<li class=\"nno-event\"")).isEqualTo(SampleEvents.all().size() - 3);
        assertThat(past.indexOf("August 3, 2021")).as("the past newest first")
                .isLessThan(past.indexOf("August 1, 2017"));
    }

    @Test
    void theDom_subscribeButtons_filterForm_mapLinks_andNoNoteForTheDatasAuthor() throws Exception {
        String dom = chromium("--dump-dom", server.uri().toString());

        String authority = server.uri().getRawAuthority();
        assertThat(dom).contains("href=\"webcal://" + authority + "/feed.ics\"",
                "id=\"nno-subscribe-google\" href=\"https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2F",
                "id=\"nno-subscribe-outlook\" href=\"https://outlook.live.com/calendar/0/addfromweb?url=http%3A%2F%2F",
                "<form method=\"get\" role=\"search\">", "<select name=\"community\">", "<select name=\"agency\">",
                "<input type=\"date\" name=\"from\">", "href=\"https://www.openstreetmap.org/search?query=",
                "href=\"/events/nno-2022-austintown-oh.html\"");
        assertThat(dom).doesNotContain("The report", "inferred", "is assumed", "X-EDITOR-NOTE");
    }

    @Test
    void theFilterForm_asABrowserSendsIt_selectsTheEvents() throws Exception {
        String dom = chromium("--dump-dom",
                server.uri().resolve("/?community=Austintown&agency=&from=&to=").toString());

        assertThat(count(dom, "<li class=\"nno-event\"")).isOne();
        assertThat(dom).contains("<option value=\"Austintown\" selected=\"\">Austintown, OH</option>");
    }

    @Test
    void anEventsOwnPage_hasItsJsonLd_andItsLinks() throws Exception {
        String dom = chromium("--dump-dom", server.uri().resolve("/events/nno-2022-austintown-oh.html").toString());

        assertThat(dom).contains("<h1>Austintown National Night Out</h1>", "<title>Austintown National Night Out \u2013 "
                + NAME + "</title>", "<a href=\"/\">All events of " + NAME + "</a>",
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Event\"",
                "Add to calendar:", "href=\"/events/nno-2022-austintown-oh.ics\"");
        assertThat(Http.get(server.uri().resolve("/events/no-such-event.html")).status()).isEqualTo(404);
    }

    @Test
    void hostileTitles_areTextInTheDom_neverElements(@TempDir Path dir) throws Exception {
        Event hostile = Event.builder().from(NightOutTest.markupEvent())
                .title("</script><img src=x onerror=\"document.title='pwned'\">'\" <b>x</b>")
                .venue(Venue.builder().name("<img src=y onerror=alert(2)>").build())
                .time(EventTime.allDay(LocalDate.of(2022, 8, 2))).build();
        try (FeedServer served = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                EventData.read(NightOutTest.dataFile(dir, hostile)).events(), List.of(), NightOut.DEFAULT_WRITER,
                JULY_25_2022, "</title><script>alert(3)</script>", null, null)) {
            for (String path : List.of("/", "/events/hostile.html")) {
                String html = Http.get(served.uri().resolve(path)).text();
                save(html, Path.of("target", "page", path.equals("/") ? "hostile.html" : "hostile-event.html"));
                String dom = chromium("--dump-dom", served.uri().resolve(path).toString());

                assertThat(dom).doesNotContain("<img", "<b>x", "pwned</title>", "<script>alert")
                        .contains("&lt;/script&gt;&lt;img src=x onerror=\"document.title='pwned'\"&gt;'\" &lt;b&gt;x&lt;/b&gt;",
                                "&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;");
                assertThat(count(dom, "<script")).as(path + ": the JSON-LD block only").isOne();
            }
        }
    }
}
