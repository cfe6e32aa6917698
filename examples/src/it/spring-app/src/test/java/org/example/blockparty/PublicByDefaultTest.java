package org.example.blockparty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the application serves with nothing configured but its publisher: neither the feed nor the JSON shows the
 * house number of the private residence, nor the coordinator's phone or e-mail, which its events do hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicByDefaultTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    BlockParties events;

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEventsHoldTheHouseNumberPhoneAndEmail() {
        Event party = events.all().get(0);
        assertThat(party.venue().orElseThrow().address().orElseThrow().street()).contains("1234 Elm St");
        assertThat(party.participants().toString()).contains("555-0142", "pat.smith@example.net");
    }

    @Test
    void feed_showsTheEvent_withoutHouseNumberPhoneOrEmail() throws Exception {
        HttpResponse<String> feed = get("/feed.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        assertThat(feed.body()).contains("BEGIN:VEVENT", "SUMMARY:Elm Street block party", "Elm St")
                .doesNotContain("1234", "555-0142", "pat.smith@example.net");
    }

    @Test
    void json_showsTheSameEvent_withoutHouseNumberPhoneOrEmail() throws Exception {
        HttpResponse<String> json = get("/events.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"nno-2026-elm-st\"", "Elm Street block party", "Elm St", "Pat Smith")
                .doesNotContain("1234", "555-0142", "pat.smith@example.net");
    }
}
