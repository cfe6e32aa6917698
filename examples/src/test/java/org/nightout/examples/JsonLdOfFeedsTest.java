package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.examples.Cli.Result;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code convert --to jsonld} of feeds read back from iCalendar, ours and others': every event has the location
 * Google requires, a Place with an address, also where the feed gives no more than a LOCATION text (the public
 * profile has no {@code X-NIGHTOUT-*} fields, so its venues and communities come back as that text). The documents
 * go to {@code target/interop/}, where CI hands every {@code *.jsonld.json} to the JSON-LD consumers of
 * {@code ../shared/interop/check-jsonld.sh}: the public feed, the full one, and real-world files of
 * {@code ../shared/realworld} whose every event names a place, with series among them, where that folder is there.
 */
class JsonLdOfFeedsTest {
    private static final Path DIR = Path.of("target", "interop");
    private static final Path REALWORLD = Path.of("..", "..", "shared", "realworld", "files");
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /** Real-world files whose every event has a LOCATION: rules, RDATE, EXDATE, all-day, Outlook zone names. */
    private static final List<String> REAL_WORLD = List.of(
            "niccokunzmann_python-recurring-ical-events__recurring_ical_events__test__calendars__Germany",
            "niccokunzmann_python-recurring-ical-events__recurring_ical_events__test__calendars__Germany_Holidays",
            "niccokunzmann_python-recurring-ical-events__recurring_ical_events__test__calendars__rdate_hackerpublicradio",
            "niccokunzmann_python-recurring-ical-events__recurring_ical_events__test__calendars__issue_20_exdate_ignored",
            "jens-maus_node-ical__test__fixtures__festival-multiday-rrule",
            "jens-maus_node-ical__test__fixtures__bad_ms_tz",
            "collective_icalendar__src__icalendar__tests__calendars__x_location",
            "kewisch_ical.js__samples__recur_instances_finite");

    @Test
    void publicAndFullFeed_readBack_giveEveryEventAPlaceWithAnAddress(@TempDir Path tmp) throws IOException {
        Files.createDirectories(DIR);
        for (String profile : List.of("public", "full")) {
            Path ics = tmp.resolve("feed-" + profile + ".ics");
            assertThat(run("feed", "--profile", profile, "--out", ics.toString()).status()).isZero();

            JsonNode graph = jsonLd(ics, DIR.resolve("feed-" + profile + ".jsonld.json"));

            assertThat(graph).hasSize(SampleEvents.all().size());
            assertEveryEventHasAPlaceWithAnAddress(graph);
        }
        JsonNode bloomfield = PLAIN.readTree(DIR.resolve("feed-public.jsonld.json").toFile()).get("@graph").get(0);
        assertThat(bloomfield.get("location").toString()).isEqualTo("{\"@type\":\"Place\",\"name\":\"Bloomfield, CT\","
                + "\"address\":\"Bloomfield, CT\"}");
    }

    @Test
    void realWorldFilesThatNameTheirPlaces_giveEveryEventAPlaceWithAnAddress() throws IOException {
        if (!Files.isDirectory(REALWORLD)) {
            return;
        }
        Files.createDirectories(DIR);
        for (String name : REAL_WORLD) {
            JsonNode graph = jsonLd(REALWORLD.resolve(name + ".ics"), DIR.resolve("realworld-" + name + ".jsonld.json"));

            assertThat(graph).as(name).isNotEmpty();
            assertEveryEventHasAPlaceWithAnAddress(graph);
        }
    }

    private static JsonNode jsonLd(Path ics, Path out) throws IOException {
        Result r = run("convert", "--to", "jsonld", ics.toString());
        assertThat(r.status()).as(r.err()).isZero();
        Files.writeString(out, r.out(), StandardCharsets.UTF_8);
        return PLAIN.readTree(r.out()).get("@graph");
    }

    private static void assertEveryEventHasAPlaceWithAnAddress(JsonNode graph) {
        for (JsonNode event : graph) {
            JsonNode location = event.get("location");
            assertThat(location).as("%s", event.get("name")).isNotNull();
            assertThat(location.get("@type").asString()).isEqualTo("Place");
            assertThat(location.get("address")).as("%s", event.get("name")).isNotNull();
        }
    }
}
