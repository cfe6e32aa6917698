package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;
import org.nightout.core.Venue;
import org.nightout.examples.Cli.Result;
import org.nightout.ical.CalendarLinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LinksCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<JsonNode> lines(Result r) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\\R")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static Map<String, String> query(String link) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Test
    void links_sampleJson_oneLinePerEventWithEveryService() throws IOException {
        Path json = write("events.json", EventData.toJson(SampleEvents.all()));
        Result r = run("links", json.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> lines = lines(r);
        assertThat(lines).hasSize(SampleEvents.all().size());
        CalendarLinks links = CalendarLinks.create();
        for (int i = 0; i < lines.size(); i++) {
            Event e = SampleEvents.all().get(i);
            JsonNode line = lines.get(i);
            assertThat(line.propertyNames()).containsExactly("id", "google", "outlook", "office365", "yahoo");
            assertThat(line.get("id").asString()).isEqualTo(e.id());
            assertThat(line.get("google").asString()).isEqualTo(links.google(e).toString());
            assertThat(line.get("outlook").asString()).isEqualTo(links.outlook(e).toString());
            assertThat(line.get("office365").asString()).isEqualTo(links.office365(e).toString());
            assertThat(line.get("yahoo").asString()).isEqualTo(links.yahoo(e).toString());
            // The public profile's title: "Cancelled: " before a cancelled event's.
            assertThat(query(line.get("google").asString()).get("text")).isEqualTo(Profile.PUBLIC.apply(e).title());
            assertThat(query(line.get("outlook").asString()).get("subject")).isEqualTo(Profile.PUBLIC.apply(e).title());
        }
    }

    @Test
    void links_icsFromStandardInputOrFile_sameLines() throws IOException {
        Path ics = dir.resolve("sample.ics");
        assertThat(run("feed", "--profile", "full", "--out", ics.toString()).status()).isZero();
        Result fromFile = run("links", ics.toString());
        assertThat(fromFile.status()).isZero();
        assertThat(lines(fromFile)).hasSize(SampleEvents.all().size());
        Result fromJson = run("links", write("events.json", EventData.toJson(SampleEvents.all())).toString());
        assertThat(fromFile.out()).isEqualTo(fromJson.out());
    }

    @Test
    void links_privateResidence_showsNoHouseNumber() throws IOException {
        Event home = Event.builder().from(SampleEvents.all().get(0)).venue(Venue.builder().name("The Smiths' yard")
                .privateResidence(true).address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire")
                        .state(UsState.WI).build()).build()).build();
        Result r = run("links", write("home.json", EventData.toJson(List.of(home))).toString());
        assertThat(r.status()).isZero();
        String decoded = URLDecoder.decode(r.out(), StandardCharsets.UTF_8);
        assertThat(decoded).contains("Elm St, Eau Claire, WI").doesNotContain("1234").doesNotContain("Smiths");
    }

    @Test
    void links_series_oneLinePerOccurrence() throws IOException {
        Path ics = write("series.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:coffee@example.org\r\nDTSTAMP:20220801T000000Z\r\nDTSTART;VALUE=DATE:20220802\r\n"
                + "RRULE:FREQ=YEARLY;COUNT=3\r\nSUMMARY:Coffee with a Cop\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        Result r = run("links", ics.toString());
        assertThat(r.status()).isZero();
        List<JsonNode> lines = lines(r);
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            String day = LocalDate.of(2022 + i, 8, 2).toString();
            assertThat(query(lines.get(i).get("outlook").asString())).containsEntry("startdt", day)
                    .containsEntry("allday", "true");
        }
    }

    @Test
    void links_warnings_asConvert() throws IOException {
        Path file = write("floating.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:a\r\nDTSTAMP:20220801T000000Z\r\nDTSTART:20220802T180000\r\nSUMMARY:Floating\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n");
        Result r = run("links", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).startsWith("warning: line 7: DTSTART:");
        assertThat(query(lines(r).get(0).get("google").asString())).containsEntry("dates", "20220802T180000Z/20220802T180000Z");
        Result strict = run("links", "--strict", file.toString());
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.err()).startsWith("error: " + file + ": line 7: DTSTART:");
        assertThat(strict.out()).isEmpty();
    }

    @Test
    void links_missingFile_exit1() {
        Result r = run("links", dir.resolve("nope.ics").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: " + dir.resolve("nope.ics") + ": no such file" + System.lineSeparator());
    }

    @Test
    void links_maxLengthTooSmall_isAUsageError() throws IOException {
        Result r = run("links", "--max-length", "100", write("events.json", "[]").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--max-length").contains("at least 500");
    }

    @Test
    void links_maxLength_cutsTheDescription() throws IOException {
        Event long_ = Event.builder().from(SampleEvents.all().get(0)).description("Music and games. ".repeat(100))
                .build();
        Result r = run("links", "--max-length", "600", write("long.json", EventData.toJson(List.of(long_))).toString());
        assertThat(r.status()).isZero();
        JsonNode line = lines(r).get(0);
        for (String service : List.of("google", "outlook", "office365", "yahoo")) {
            assertThat(line.get(service).asString()).hasSizeLessThanOrEqualTo(600);
        }
        assertThat(query(line.get("yahoo").asString()).get("desc")).startsWith("Music and games.").endsWith("\u2026");
    }
}
