package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarReader;
import org.nightout.json.FeedDocument;

/**
 * A feed server started with a window around today serves, to a request that names no window, the days around its
 * clock's today, read at each request: when the clock moves on a year, so do the feed, the JSON and the page.
 */
class FeedServerClockTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test's clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock(Instant.parse("2021-07-15T12:00:00Z"));
    private FeedServer server;

    @BeforeEach
    void start() throws Exception {
        server = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SampleEvents.all(),
                List.of(), NightOut.DEFAULT_WRITER, clock, FeedIdentity.DEFAULT_CALENDAR_NAME, Period.ofDays(1),
                Period.ofMonths(1));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> jsonIds(String pathAndQuery) throws Exception {
        Http.Response r = Http.get(server.uri().resolve(pathAndQuery));
        assertThat(r.status()).isEqualTo(200);
        FeedDocument doc = EventData.read(new ByteArrayInputStream(r.body()), "feed.json");
        return doc.events().stream().map(Event::id).toList();
    }

    private List<String> icsIds() throws Exception {
        Http.Response r = Http.get(server.uri().resolve("/feed.ics"));
        assertThat(r.status()).isEqualTo(200);
        return ICalendarReader.builder().uidDomain("example.org").build()
                .read(new String(r.body(), StandardCharsets.UTF_8)).events().stream().map(Event::id).toList();
    }

    @Test
    void theWindowMovesWithTheClock_inTheFeedTheJsonAndThePage() throws Exception {
        List<String> july2021 = jsonIds("/feed.json");
        assertThat(july2021).isNotEmpty().allMatch(id -> id.startsWith("nno-2021-"));
        assertThat(icsIds()).containsExactlyElementsOf(july2021);
        String page2021 = new String(Http.get(server.uri().resolve("/")).body(), StandardCharsets.UTF_8);

        clock.now = Instant.parse("2022-07-15T12:00:00Z");
        List<String> july2022 = jsonIds("/feed.json");
        assertThat(july2022).isNotEmpty().allMatch(id -> id.startsWith("nno-2022-"));
        assertThat(icsIds()).containsExactlyElementsOf(july2022);
        String page2022 = new String(Http.get(server.uri().resolve("/")).body(), StandardCharsets.UTF_8);
        assertThat(page2021).contains(july2021.get(0)).doesNotContain(july2022.get(0));
        assertThat(page2022).contains(july2022.get(0)).doesNotContain(july2021.get(0));

        clock.now = Instant.parse("2023-01-15T12:00:00Z");
        assertThat(jsonIds("/feed.json")).isEmpty();
    }

    @Test
    void aRequestsOwnWindow_takesThePlaceOfTheServers() throws Exception {
        assertThat(jsonIds("/feed.json?from=2022-08-01&to=2022-08-04")).isNotEmpty()
                .allMatch(id -> id.startsWith("nno-2022-"));
        assertThat(jsonIds("/feed.json?from=2020-01-01")).contains("nno-2020-eau-claire", "nno-2022-austintown-oh");
    }

    @Test
    void thePagesSubscribeLink_carriesNoDates_soTheSubscriptionMovesToo() throws Exception {
        String page = new String(Http.get(server.uri().resolve("/")).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("/feed.ics").doesNotContain("feed.ics?", "Showing events for");
    }

    @Test
    void serve_takesTheWindowOptions_andRefusesANegativeOne() {
        Cli.Result bad = Cli.run("serve", "--port", "0", "--window-before", "P-1D", "--window-after", "P1M");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--window-before and --window-after must not be negative");
        Cli.Result notAPeriod = Cli.run("serve", "--port", "0", "--window-after", "18 months");
        assertThat(notAPeriod.status()).isEqualTo(2);
        assertThat(notAPeriod.err()).contains("--window-after");
    }
}
