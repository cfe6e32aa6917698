package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the feed server's page in headless Chromium, as a person's browser would: the DOM it builds, and a screenshot
 * in {@code target/page.png} to look at. Skipped only where Debian's {@code chromium} is not installed.
 */
class PageInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;
    private static FeedServer server;

    @TempDir
    Path profile;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed at " + CHROMIUM);
        server = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SampleEvents.all(),
                NightOut.DEFAULT_WRITER);
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

    @Test
    void theDom_showsTheEvents_theCancelledOnes_theSubscribeAndAddToCalendarLinks() throws Exception {
        String dom = chromium("--dump-dom", server.uri().toString());

        String authority = server.uri().getRawAuthority();
        assertThat(dom).contains("<h1>National Night Out events</h1>",
                "href=\"webcal://" + authority + "/feed.ics\"", ">Subscribe</a>",
                "href=\"http://" + authority + "/feed.ics\"",
                "National Night Out at Carson Park", "Northern Wisconsin State Fairgrounds",
                "East Hartford National Night Out", "Austintown National Night Out",
                "Cancelled — pandemic");
        assertThat(dom.split("<tr class=\"event-row", -1)).hasSize(SampleEvents.all().size() + 1);
        assertThat(dom.split("<tr class=\"event-row cancelled\"", -1)).hasSize(3);
        assertThat(dom.split("<script type=\"application/ld\\+json\">", -1)).hasSize(SampleEvents.all().size() + 1);
        assertThat(dom).contains("id=\"subscribe-apple\" href=\"webcal://" + authority + "/feed.ics\"",
                "id=\"subscribe-google\" href=\"https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2F",
                "id=\"subscribe-outlook\" href=\"https://outlook.live.com/calendar/0/addfromweb?url=http%3A%2F%2F",
                "id=\"subscribe-office365\" href=\"https://outlook.office.com/calendar/0/addfromweb?url=");
        long goingAhead = SampleEvents.all().stream().filter(e -> !e.status().isCancelled()).count();
        assertThat(dom.split("<span class=\"add\">Add to calendar: ", -1)).hasSize((int) goingAhead + 1);
    }

    @Test
    void aScreenshot_isSavedForPeopleToLookAt() throws Exception {
        Path png = Path.of("target", "page.png").toAbsolutePath();
        Files.deleteIfExists(png);

        chromium("--screenshot=" + png, "--window-size=1200,1600", server.uri().toString());

        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(bytes.length).as("a page with content, not a blank image").isGreaterThan(50_000);
    }

    @Test
    void markupInAnEventTitle_isTextInTheDom_notAnElement(@TempDir Path dir) throws Exception {
        try (FeedServer hostile = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                EventData.read(NightOutTest.dataFile(dir, NightOutTest.markupEvent())).events(),
                NightOut.DEFAULT_WRITER)) {
            String dom = chromium("--dump-dom", hostile.uri().toString());

            assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
            assertThat(dom.split("<script", -1)).hasSize(2);
        }
    }
}
