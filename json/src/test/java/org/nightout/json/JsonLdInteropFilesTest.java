package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON-LD of the test events to {@code target/interop/} as {@code *.jsonld.json}, one file per event and
 * one {@code @graph} of them all, for the third-party consumers that CI runs on every such file.
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
}
