package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightout.core.Profile;
import org.nightout.examples.Cli.Result;
import org.nightout.ical.FeedLinter;
import org.nightout.ical.ICalendarWriter;
import org.nightout.ical.LintFinding;
import org.nightout.ical.LintRule;
import org.nightout.json.JsonLdWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code nightout lint}: its output, its exit status, and every feed this program writes linting clean. */
class LintCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A feed with a TZID whose VTIMEZONE is missing (line 8) and no DTSTAMP (its VEVENT on line 6). */
    private static final String BROKEN = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//test//EN", "X-WR-CALNAME:Test", "X-PUBLISHED-TTL:PT12H", "BEGIN:VEVENT", "UID:nno@example.org",
            "DTSTART;TZID=America/Chicago:20250805T170000", "SUMMARY:National Night Out", "END:VEVENT",
            "END:VCALENDAR", "");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFeedWithAnError_printsEachFinding_withWhyAndFix_andExits1() throws IOException {
        Path file = write("broken.ics", BROKEN);

        Result r = run("lint", file.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains(
                file + ":6: warning: missing-dtstamp: VEVENT: the VEVENT has no DTSTAMP [any strict parser]",
                file + ":8: error: tzid-without-vtimezone: DTSTART: TZID \"America/Chicago\" has no VTIMEZONE in"
                        + " this calendar [outlook]",
                "    why: RFC 5545 3.2.19", "    fix: Add a VTIMEZONE",
                file + ": 1 errors, 1 warnings, 0 info for google, outlook, apple");
    }

    @Test
    void json_isOneObjectAFinding_withLineNullForTheWholeFile() throws IOException {
        Path file = write("broken.ics", BROKEN.replace("VERSION:2.0\r\n", ""));

        Result r = run("lint", "--format", "json", file.toString());

        List<JsonNode> lines = new ArrayList<>();
        r.out().lines().forEach(l -> lines.add(JSON.readTree(l)));
        assertThat(r.status()).isEqualTo(1);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("line").isNull()).isTrue();
        assertThat(lines.get(0).get("rule").asString()).isEqualTo("missing-version");
        JsonNode tzid = lines.get(2);
        assertThat(tzid.get("severity").asString()).isEqualTo("error");
        assertThat(tzid.get("line").asInt()).isEqualTo(7);
        assertThat(tzid.get("rule").asString()).isEqualTo("tzid-without-vtimezone");
        assertThat(tzid.get("property").asString()).isEqualTo("DTSTART");
        assertThat(tzid.get("apps").toString()).isEqualTo("[\"outlook\"]");
        assertThat(tzid.get("message").asString()).contains("America/Chicago");
        assertThat(tzid.get("reference").asString()).contains("RFC 5545 3.2.19");
        assertThat(tzid.get("fix").asString()).isNotBlank();
    }

    @Test
    void aTargetWithoutTheAppConcerned_exits0() throws IOException {
        Path file = write("broken.ics", BROKEN);

        Result r = run("lint", "--target", "google,apple", file.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("tzid-without-vtimezone").contains("missing-dtstamp",
                "1 warnings, 0 info for google, apple");
    }

    @Test
    void headersAndUrl_areChecked() throws IOException {
        Path file = write("broken.ics", BROKEN);
        Path headers = write("headers.txt", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip"
                + "\r\n\r\n");

        Result r = run("lint", "--headers", headers.toString(), "--url", "http://example.org/nno.ics",
                "--format", "json", file.toString());

        assertThat(r.out()).contains("\"rule\":\"http-content-type\"", "\"rule\":\"http-content-encoding\"",
                "\"rule\":\"http-validators\"", "\"rule\":\"url-not-https\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--target=thunderbird", "--format=xml", "--bogus", "--url=http://x y/", "missing.ics"})
    void usageErrors_areOneLineAndAPointerToHelp_andExit2(String arg) throws IOException {
        Path file = write("broken.ics", BROKEN);
        List<String> args = new ArrayList<>(List.of("lint", arg));
        if (!arg.equals("missing.ics")) {
            args.add(file.toString());
        }

        Result r = run(args.toArray(String[]::new));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err()).startsWith("error: ").endsWith("Try 'nightout lint --help' for more information."
                + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noFile_isAUsageError() {
        Result r = run("lint");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: Missing required parameter: 'FILE'" + System.lineSeparator()
                + "Try 'nightout lint --help' for more information." + System.lineSeparator());
    }

    @Test
    void standardInput_isLinted_asDash() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(BROKEN.getBytes(StandardCharsets.UTF_8)));
            Result r = run("lint", "--format", "json", "-");

            assertThat(r.status()).isEqualTo(1);
            assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"file\":\"-\",\"line\":"));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void theReadme_listsEveryRule_withItsSeverityAndApps() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        for (LintRule rule : LintRule.values()) {
            String apps = rule.targets().isEmpty() ? "any strict parser"
                    : String.join(", ", rule.targets().stream().map(t -> t.id()).toList());
            assertThat(readme).contains("\n| `" + rule.id() + "` | " + rule.severity().id() + " | " + apps + " | ");
        }
    }

    /**
     * Every feed this program writes: the sample feed in each profile and with RFC 9073, the series feeds of the
     * occurrence comparison, and the feeds the build keeps for the interop consumers. The one finding is the hourly
     * rule a series feed holds on purpose, to test the recurrence engine: no app repeats an event hourly.
     */
    @Test
    void everyFeedTheProgramWrites_lintsClean() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            ICalendarWriter.Builder writer = new FeedIdentity().writer().profile(profile);
            check("sample feed, " + profile, writer.build().writeToString(SampleEvents.all()), problems);
            check("sample feed with event publishing, " + profile, writer.eventPublishingComponents(true)
                    .structuredData(JsonLdWriter.create().withProfile(profile)::write).build()
                    .writeToString(SampleEvents.all()), problems);
        }
        for (Map.Entry<String, SeriesFeeds.Feed> feed : SeriesFeeds.all().entrySet()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NightOut.DEFAULT_WRITER.write(feed.getValue().events(), feed.getValue().series(), out);
            check("series feed " + feed.getKey(), out.toString(StandardCharsets.UTF_8), problems);
        }
        for (Path interop : List.of(Path.of("target", "interop"), Path.of("..", "ical", "target", "interop"))) {
            if (Files.isDirectory(interop)) {
                try (Stream<Path> files = Files.list(interop)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".ics")).toList()) {
                        check(f.toString(), Files.readString(f, StandardCharsets.UTF_8), problems);
                    }
                }
            }
        }
        assertThat(problems).containsExactly("series feed utc: line 25: error: rrule-sub-daily: RRULE: FREQ=HOURLY"
                + " repeats more often than daily");
    }

    private static void check(String name, String feed, List<String> problems) {
        for (LintFinding f : FeedLinter.create().lint(feed.getBytes(StandardCharsets.UTF_8))) {
            if (f.severity() != LintRule.Severity.INFO) {
                problems.add(name + ": " + f);
            }
        }
    }
}
