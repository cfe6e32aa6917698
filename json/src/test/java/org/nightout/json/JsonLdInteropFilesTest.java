package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON-LD of the test events to {@code target/interop/} as {@code *.jsonld.json}, one file per event and
 * one {@code @graph} of them all, and the upcoming occurrences of test series (with a schedule, and without one), for
 * the third-party consumers that CI runs on every such file.
 */
class JsonLdInteropFilesTest {
    private static final Path DIR = Path.of("target", "interop");

    @Test
    void writeInteropFiles_eachEventAndTheGraph_areReadableJsonLd() throws IOException {
        Files.createDirectories(DIR);
        JsonLdWriter writer = JsonLdWriter.create().withIndentation(true);
        List<Event> events = new ArrayList<>(TestEvents.samples());
        events.add(TestEvents.cancelled());
        events.add(TestEvents.rescheduled());
        events.add(TestEvents.everyField());
        List<Path> written = new ArrayList<>();
        for (Event e : events) {
            Path file = DIR.resolve(e.id() + ".jsonld.json");
            written.add(Files.writeString(file, writer.write(e), StandardCharsets.UTF_8));
        }
        written.add(Files.writeString(DIR.resolve("all-events.jsonld.json"), writer.write(events),
                StandardCharsets.UTF_8));

        JsonMapper plain = JsonMapper.builder().build();
        for (Path p : written) {
            JsonNode doc = plain.readTree(p.toFile());
            assertThat(doc.get("@context").asString()).as("%s", p).isEqualTo("https://schema.org");
        }
        assertThat(plain.readTree(DIR.resolve("all-events.jsonld.json").toFile()).get("@graph")).hasSize(events.size());
    }

    @Test
    void writeInteropFiles_series_listTheirOccurrences() throws IOException {
        Files.createDirectories(DIR);
        JsonLdWriter writer = JsonLdWriter.create().withIndentation(true);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("series-weekly-at-home", writer.write(TestEvents.weeklyAtHome(), LocalDate.of(2025, 6, 20)));
        files.put("series-yearly-nno", writer.write(TestEvents.yearlyAtCarsonPark(), LocalDate.of(2025, 1, 1)));
        files.put("series-moved-occurrence", writer.write(TestEvents.series(), LocalDate.of(2022, 1, 1)));
        files.put("series-all-day-nno", writer.write(EventSeries.builder().from(TestEvents.series()).overrides(Map.of())
                .build(), LocalDate.of(2022, 1, 1)));

        JsonMapper plain = JsonMapper.builder().build();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = Files.writeString(DIR.resolve(f.getKey() + ".jsonld.json"), f.getValue(), StandardCharsets.UTF_8);
            assertThat(plain.readTree(p.toFile()).get("@graph")).as("%s", p).isNotEmpty();
        }
        assertThat(files.get("series-yearly-nno")).contains("\"eventSchedule\"");
        assertThat(files.get("series-all-day-nno")).contains("\"eventSchedule\"");
        assertThat(files.get("series-moved-occurrence")).doesNotContain("\"eventSchedule\"");
    }
}
