package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.examples.Cli.Result;

/** What the command tells its user, one message each: what they did, what is expected, and where. */
class CliMessagesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String error(Path file, String message) {
        return "error: " + file + ": " + message + System.lineSeparator();
    }

    @Nested
    @DisplayName("command lines and files a user gets wrong")
    class FirstHour {
        private final String nl = System.lineSeparator();

        @Test
        void help_isACommand() {
            Result r = run("help", "validate");

            assertThat(r.status()).isZero();
            assertThat(r.out()).startsWith("Usage: nightout validate");
            assertThat(r.err()).isEmpty();
        }

        @Test
        void unknownCommand_isOneLine_namingTheCommands() {
            Result r = run("hlep");

            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: 'hlep' is no command; the commands are feed, convert, validate,"
                    + " serve, links, occurrences, lint, import and help" + nl
                    + "Try 'nightout --help' for more information." + nl);
        }

        @Test
        void usageError_isOneLineAndAPointerToHelp_inEveryCommand() {
            for (String command : List.of("feed", "convert", "validate", "serve", "links", "occurrences", "lint",
                    "import")) {
                Result r = run(command, "--no-such-option", "x.ics");

                assertThat(r.status()).as(command).isEqualTo(2);
                assertThat(r.err()).as(command).startsWith("error: ")
                        .endsWith(nl + "Try 'nightout " + command + " --help' for more information." + nl)
                        .doesNotContain("Usage:");
                assertThat(r.err().lines()).as(command).hasSize(2);
            }
        }

        @Test
        void unknownZone_saysWhatAZoneIs_notJavasClassNames() {
            Result r = run("validate", "--zone", "Mars/Base", "x.ics");

            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).startsWith("error: Invalid value for option '--zone': 'Mars/Base' is no time zone"
                    + " java.time knows; give an IANA name such as America/Chicago, or UTC" + nl);
            assertThat(r.err()).doesNotContain("java.time.ZoneId", "Exception");
        }

        @Test
        void aDirectory_isNamed() {
            Result r = run("validate", dir.toString());

            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err()).isEqualTo(error(dir, "a directory, not a file"));
        }

        @Test
        void validate_failsWhenEveryEventWasSkipped() throws IOException {
            Path file = write("skipped.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
                    + "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
                    + "END:VCALENDAR\r\n");

            Result r = run("validate", file.toString());

            assertThat(r.status()).isEqualTo(1);
            assertThat(r.out()).isEqualTo(file + ": 0 events, 0 series, 1 warnings" + nl);
            assertThat(r.err()).endsWith(error(file, "no event could be read"));
        }

        @Test
        void validate_ofAnEmptyCalendar_passes() throws IOException {
            Path file = write("empty.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
                    + "END:VCALENDAR\r\n");

            assertThat(run("validate", file.toString()).status()).isZero();
        }

        @Test
        void commandsThatOnlyRead_listNoWritersOptions() {
            for (String command : List.of("validate", "occurrences", "links")) {
                String help = run(command, "--help").out();

                assertThat(help).as(command).contains("--uid-domain", "--zone")
                        .doesNotContain("--publisher-name", "--publisher-address", "--calendar-name");
            }
            assertThat(run("convert", "--help").out()).contains("--publisher-name", "--calendar-name", "--zone");
        }
    }

    @Nested
    @DisplayName("a JSON file that is not a list of events")
    class BadJson {
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.nightout.examples.CliMessagesTest#data_badJson")
        void convert_saysWhatWasExpected_withLineAndColumn(String name, String json, String message)
                throws IOException {
            Path file = write("events.json", json);

            Result r = run("convert", file.toString());

            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err()).isEqualTo(error(file, message));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.nightout.examples.CliMessagesTest#data_badJson")
        void serveData_saysTheSameAsConvert(String name, String json, String message) throws IOException {
            Path file = write("events.json", json);

            Result r = run("serve", "--port", "0", "--data", file.toString());

            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err()).isEqualTo(error(file, message));
        }
    }

    static Stream<Arguments> data_badJson() {
        return Stream.of(
                Arguments.of("an event where the feed belongs", "{\"id\": \"x\"}",
                        "line 1, column 9: /id: unknown property \"id\" in a feed document; expected one of events,"
                                + " name, schemaVersion, series"),
                Arguments.of("a number for a title in a feed", "{\"schemaVersion\": 1, \"events\": [{\"schemaVersion\":"
                        + " 1, \"id\": \"x\", \"title\": 5}]}",
                        "line 1, column 74: /events/0/title: expected a string, found a number"),
                Arguments.of("a series without its first event", "{\"schemaVersion\": 1, \"series\": [{\"schemaVersion\":"
                        + " 1, \"rule\": \"FREQ=WEEKLY\"}]}",
                        "line 1, column 75: /series/0/first: Invalid EventSeries: first: (absent) is required"),
                Arguments.of("an array of numbers", "[\n  1\n]",
                        "line 2, column 3: /0: expected an event (a JSON object), found a number"),
                Arguments.of("a property of another format", "[{\"schemaVersion\": 1, \"location\": \"park\"}]",
                        "line 1, column 36: /0/location: unknown property \"location\" in an event; expected one of"
                                + " activities, audiences, campaign, community, coverage, description,"
                                + " expectedAttendance, extensionComponents, extensions, firstEvent, hostingSince,"
                                + " hosts, id, image, lastModified, organizer, participants, rainDate, schemaVersion,"
                                + " sequence, status, time, title, uid, url, venue"),
                Arguments.of("a number for a title", "[{\"schemaVersion\": 1, \"id\": \"x\", \"title\": 5}]",
                        "line 1, column 43: /0/title: expected a string, found a number"),
                Arguments.of("a cut-off file", "[{\"schemaVersion\": 1,",
                        "line 1, column 22: /0: not valid JSON: the input ends before the JSON does"),
                Arguments.of("something after the array", "[] []",
                        "line 1, column 4: expected nothing after the feed document, found an array"),
                Arguments.of("an empty file", "",
                        "neither iCalendar (BEGIN:VCALENDAR) nor the library's JSON (a feed document, or a JSON array of"
                                + " events)"));
    }

    @Test
    void serveData_ofAnICalendarFile_servesItsEvents() throws Exception {
        Path ics = dir.resolve("sample.ics");
        assertThat(run("feed", "--out", ics.toString()).status()).isZero();

        try (NightOutTest.RunningServer serve = new NightOutTest.RunningServer("serve", "--port", "0", "--data",
                ics.toString())) {
            serve.uri();
            assertThat(serve.stop()).isZero();
        }
        Result convert = run("convert", ics.toString());
        assertThat(convert.status()).isZero();
    }

    @Test
    void feed_outInAMissingDirectory_saysWhy() {
        Path file = dir.resolve("no-such-dir").resolve("x.ics");

        Result r = run("feed", "--out", file.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: cannot write " + file + ": the directory " + file.getParent()
                + " does not exist" + System.lineSeparator());
    }

    @Test
    void version_isTheArtifactVersion() throws IOException {
        Result r = run("--version");

        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).isEqualTo("nightout " + projectVersion());
    }

    /** The version from the module's own POM, which is what the artifacts carry. */
    private static String projectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertThat(m.find()).as("pom.xml names its parent's version").isTrue();
        return m.group(1);
    }

    @Nested
    @DisplayName("two events with one id")
    class DuplicateIds {
        private Path twice() throws IOException {
            List<org.nightout.core.Event> events = new ArrayList<>(SampleEvents.all());
            events.add(SampleEvents.all().get(0));
            return write("twice.json", EventData.toJson(events));
        }

        @Test
        void validate_warns_andCountsTheWarning() throws IOException {
            Path file = twice();
            String id = SampleEvents.all().get(0).id();
            int last = SampleEvents.all().size();

            Result r = run("validate", file.toString());

            assertThat(r.status()).isZero();
            assertThat(r.err()).isEqualTo("warning: " + file + ": /events/" + last + ": the id \"" + id
                    + "\" is already the id of /events/0; this event is read as " + id + "-2" + System.lineSeparator());
            assertThat(r.out()).contains((last + 1) + " events, 0 series, 1 warnings");
        }

        @Test
        void validateStrict_fails() throws IOException {
            Path file = twice();

            Result r = run("validate", "--strict", file.toString());

            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err()).startsWith("error: " + file + ": /events/" + SampleEvents.all().size() + ": the id ");
        }

        @Test
        void convert_writesEachUidOnce() throws IOException {
            String id = SampleEvents.all().get(0).id();

            Result r = run("convert", twice().toString());

            assertThat(r.status()).isZero();
            assertThat(r.out()).containsOnlyOnce("UID:" + id + "@example.org\r\n")
                    .containsOnlyOnce("UID:" + id + "-2@example.org\r\n");
        }
    }

    @Test
    void icsToJsonToIcs_givesTheSameBytes() throws IOException {
        Path ics = dir.resolve("feed.ics");
        assertThat(run("feed", "--profile", "full", "--out", ics.toString()).status()).isZero();

        Result json = run("convert", "--profile", "full", ics.toString());
        Result back = run("convert", "--profile", "full", write("feed.json", json.out()).toString());

        assertThat(json.err()).isEmpty();
        assertThat(back.err()).isEmpty();
        assertThat(vevents(back.out())).isEqualTo(vevents(Files.readString(ics)))
                .hasSize(SampleEvents.all().size());
        assertThat(back.out()).isEqualTo(Files.readString(ics));
    }

    private static List<String> vevents(String ics) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", Pattern.DOTALL).matcher(ics);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void identityOptions_applyToEveryCommand_andReadBack() throws IOException {
        String[] identity = {"--publisher-name", "City of Eau Claire", "--publisher-address",
            "mailto:events@eauclaire.example", "--calendar-name", "NNO in Eau Claire", "--uid-domain", "eauclaire.example"};
        Path ics = dir.resolve("feed.ics");
        assertThat(run(concat(new String[] {"feed", "--profile", "full", "--out", ics.toString()}, identity)).status()).isZero();

        Result json = run(concat(new String[] {"convert", "--profile", "full", ics.toString()}, identity));
        Result back = run(concat(new String[] {"convert", "--profile", "full", write("feed.json", json.out()).toString()}, identity));

        assertThat(Files.readString(ics)).contains("NAME:NNO in Eau Claire\r\n", "@eauclaire.example\r\n")
                .doesNotContain("example.org");
        assertThat(back.out()).isEqualTo(Files.readString(ics));
    }

    @Test
    void zone_readsFloatingTimesInIt() throws IOException {
        Path ics = write("floating.ics", String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN",
                "BEGIN:VEVENT", "UID:a", "DTSTAMP:20220801T000000Z", "DTSTART:20220802T180000", "SUMMARY:NNO",
                "END:VEVENT", "END:VCALENDAR", ""));

        Result r = run("convert", "--zone", "America/Chicago", ics.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("2022-08-02T18:00:00-05:00[America/Chicago]");
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
