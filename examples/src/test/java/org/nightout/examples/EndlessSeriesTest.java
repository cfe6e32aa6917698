package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.json.FeedDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing expands a series without a bound: a rule that repeats every second, for ever, goes through every command
 * in a JVM of 64 MB, as a series where the format has series, and as a stated number of occurrences, or those of a
 * stated window, where it has none.
 */
class EndlessSeriesTest {
    private static final int HEAP_MIB = 64;
    private static final String EVERY_SECOND = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Hand written//EN",
            "BEGIN:VEVENT", "UID:every-second@example.net", "DTSTAMP:20250101T000000Z",
            "DTSTART;TZID=America/Chicago:20250801T180000", "RRULE:FREQ=SECONDLY", "SUMMARY:Every second",
            "LOCATION:Carson Park", "END:VEVENT",
            "BEGIN:VEVENT", "UID:single@example.net", "DTSTAMP:20250101T000000Z",
            "DTSTART;VALUE=DATE:20250805", "SUMMARY:National Night Out", "END:VEVENT",
            "END:VCALENDAR", "");

    @TempDir
    Path dir;

    @Test
    void convertToJson_inA64MbHeap_writesTheSeriesWithItsRule_andBackToIcsTheSame() throws Exception {
        Path ics = Files.writeString(dir.resolve("every-second.ics"), EVERY_SECOND, StandardCharsets.UTF_8);
        Path json = dir.resolve("every-second.json");
        ChildJvm.run(dir, HEAP_MIB, json, "convert", "--to", "json", ics.toString());

        FeedDocument feed = EventData.read(json);
        assertThat(feed.events()).hasSize(1);
        assertThat(feed.series()).singleElement().satisfies(s -> {
            assertThat(s.rule().orElseThrow()).hasToString("FREQ=SECONDLY");
            assertThat(s.isInfinite()).isTrue();
        });

        Path back = dir.resolve("back.ics");
        ChildJvm.run(dir, HEAP_MIB, back, "convert", "--to", "ics", json.toString());
        Path direct = dir.resolve("direct.ics");
        ChildJvm.run(dir, HEAP_MIB, direct, "convert", "--to", "ics", ics.toString());
        assertThat(Files.readString(back)).isEqualTo(Files.readString(direct)).contains("RRULE:FREQ=SECONDLY\r\n");
    }

    @Test
    void convertToJsonLd_andLinks_listTheFirstOccurrencesTheyAreToldOf() throws Exception {
        Path ics = Files.writeString(dir.resolve("every-second.ics"), EVERY_SECOND, StandardCharsets.UTF_8);
        Path jsonLd = dir.resolve("every-second.jsonld.json");
        ChildJvm.run(dir, HEAP_MIB, jsonLd, "convert", "--to", "jsonld", "--occurrences", "25", ics.toString());
        JsonNode graph = JsonMapper.builder().build().readTree(jsonLd.toFile()).get("@graph");
        assertThat(graph).hasSize(25 + 1);
        // The single event first, then the series, as the reader hands them over.
        assertThat(graph.get(0).get("startDate").asString()).isEqualTo("2025-08-05");
        assertThat(graph.get(1).get("startDate").asString()).isEqualTo("2025-08-01T18:00:00-05:00");
        assertThat(graph.get(25).get("startDate").asString()).isEqualTo("2025-08-01T18:00:24-05:00");

        Path links = dir.resolve("links.txt");
        ChildJvm.run(dir, HEAP_MIB, links, "links", ics.toString());
        assertThat(Files.readAllLines(links)).hasSize(Links.DEFAULT_OCCURRENCES + 1);
    }

    @Test
    void occurrences_listTheWindowsOccurrences_andValidateCountsTheSeries() throws Exception {
        Path ics = Files.writeString(dir.resolve("every-second.ics"), EVERY_SECOND, StandardCharsets.UTF_8);
        Path lines = dir.resolve("occurrences.txt");
        ChildJvm.run(dir, HEAP_MIB, lines, "occurrences", "--from", "2025-08-01", "--to", "2025-08-02",
                ics.toString());
        List<String> printed = Files.readAllLines(lines);
        // From 18:00 to midnight, Chicago time.
        assertThat(printed).hasSize(6 * 60 * 60);
        assertThat(printed.get(0)).isEqualTo("2025-08-01T18:00:00-05:00\tevery-second@example.net\tEvery second");

        Path report = dir.resolve("validate.txt");
        ChildJvm.run(dir, HEAP_MIB, report, "validate", ics.toString());
        assertThat(Files.readString(report)).endsWith(": 1 events, 1 series, 0 warnings" + System.lineSeparator());
    }
}
