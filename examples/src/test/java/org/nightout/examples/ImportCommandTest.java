package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightout.examples.Cli.Result;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code nightout import}: the feed on standard output, one line a problem on standard error, the exit status. */
class ImportCommandTest {
    /** A sheet as Excel saves it: a byte order mark, CRLF, a quoted value with a comma, quotes and a line break. */
    private static final String SHEET = "\uFEFFEvent Name,Date,Time,Address,City,State,Phone,Notes,Status,Shirt\r\n"
            + "Elm Street Block Party,8/4/2026,6-9 pm,1234 Elm St,Eau Claire,WI,(715) 555-0134,"
            + "\"Chairs, \"\"games\"\"\r\nand a grill\",,L\r\n"
            + ",,,,,,,,,\r\n"
            + "Late on Pine,\"Aug 4, 2026\",9 pm - 1 am,22 Pine St,Eau Claire,WI,,,Cancelled - storm,\r\n"
            + "Bad Date Party,8/32/2026,6-9 pm,5 Ash St,Eau Claire,WI,,,,\r\n"
            + "Oak Party,2026-08-04,6-9,9 Oak St,Eau Claire,WI,,,,\r\n";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-07-20T12:00:00Z")));
        return file;
    }

    @Test
    void a_sheetWithBadRows_writesTheGoodOnes_namesEachProblem_andExits1() throws IOException {
        Path sheet = write("sheet.csv", SHEET);

        Result r = run("import", sheet.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                "error: row 5: column \"Date\": value \"8/32/2026\": no such date (month 8, day 32, year 2026); dates"
                        + " with slashes are month/day/year",
                "error: row 6: column \"Time\": value \"6-9\": say am or pm, such as 6-9 pm",
                "warning: column \"Shirt\" names no field of nightout: its values are kept only with --profile full");
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR\r\n").contains(
                "SUMMARY:Elm Street Block Party\r\n",
                "DTSTART;TZID=America/Chicago:20260804T180000\r\n", "DTEND;TZID=America/Chicago:20260804T210000\r\n",
                "DTSTART;TZID=America/Chicago:20260804T210000\r\n", "DTEND;TZID=America/Chicago:20260805T010000\r\n",
                "STATUS:CANCELLED\r\n", "SUMMARY:Cancelled: Late on Pine\r\n", "LAST-MODIFIED:20260720T120000Z\r\n",
                "LOCATION:Elm St\\, Eau Claire\\, WI\r\n");
        assertThat(r.out()).doesNotContain("555-0134", "1234 Elm", "X-CSV-", "Bad Date Party", "Oak Party");
        assertThat(r.out().split("BEGIN:VEVENT", -1)).hasSize(3);
    }

    @Test
    void every_rowRead_exits0_andTheSameSheetGivesTheSameFeed() throws IOException {
        Path sheet = write("good.csv", "Title,Date,Start Time,End Time,Address,City,State\n"
                + "Birch Court Potluck,Tue Aug 4 2026,5:30 PM,8:00 PM,77 Birch Ct,Eau Claire,WI\n");

        Result first = run("import", "--zone", "America/Chicago", sheet.toString());
        Result again = run("import", "--zone", "America/Chicago", sheet.toString());

        assertThat(first.status()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo(again.out()).contains("SUMMARY:Birch Court Potluck\r\n")
                .containsPattern("UID:csv-[0-9a-f]{20}@example.org\r\n");
    }

    @Test
    void the_fullProfile_keepsPhonesHouseNumbersAndUnknownColumns() throws IOException {
        Result r = run("import", "--profile", "full", write("sheet.csv", SHEET).toString());

        assertThat(r.out()).contains("555-0134", "1234 Elm St", "X-CSV-SHIRT;X-CSV-COLUMN=Shirt:L");
        assertThat(r.err()).doesNotContain("warning:");
    }

    @Test
    void json_jsonld_andCsv_areWritten() throws IOException {
        Path sheet = write("sheet.csv", SHEET);

        JsonNode json = JSON.readTree(run("import", "--to", "json", sheet.toString()).out());
        JsonNode jsonLd = JSON.readTree(run("import", "--to", "jsonld", sheet.toString()).out());
        String csv = run("import", "--to", "csv", sheet.toString()).out();

        assertThat(json.get("events")).hasSize(2);
        assertThat(jsonLd.get("@graph")).hasSize(2);
        assertThat(jsonLd.toString()).contains("EventCancelled");
        assertThat(csv.lines().findFirst()).contains("ID,Title,Date,\"Start Time\",\"End Time\",\"End Date\","
                + "\"Time Zone\",Venue,Address,City,State,ZIP,\"Private Residence\",Host,\"Contact Name\",Phone,Email,"
                + "Activities,Description,Status,\"Rain Date\",\"Last Modified\",Sequence");
        assertThat(csv.lines().count()).isEqualTo(4);   // the header, two rows, and the second line of a description
    }

    @Test
    void a_columnMap_namesAFormsQuestions() throws IOException {
        Path sheet = write("form.csv", "Timestamp,What is your party called?,Party date,Start,State\n"
                + "7/1/2026 14:23:11,Maple Night,8/4/2026,7 pm,WI\n");
        Path map = write("form.map", "# the city's form\nWhat is your party called? = title\nParty date = date\n");

        Result r = run("import", "--map", map.toString(), sheet.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("SUMMARY:Maple Night\r\n", "LAST-MODIFIED:20260701T192311Z\r\n");
    }

    @ParameterizedTest(name = "--previous in {0}")
    @ValueSource(strings = {"json", "ics"})
    void an_editedRow_raisesSequence_overThePreviousFullImport(String format) throws IOException {
        Path sheet = write("sheet.csv", "Title,Date,Time,Address,City,State\n"
                + "Elm Party,8/4/2026,6-9 pm,1 Elm St,Eau Claire,WI\n"
                + "Oak Party,8/4/2026,6-9 pm,2 Oak St,Eau Claire,WI\n");
        Path before = write("before." + format,
                run("import", "--profile", "full", "--to", format, sheet.toString()).out());
        Files.writeString(sheet, Files.readString(sheet)
                .replace("Elm Party,8/4/2026,6-9 pm", "Elm Party,8/4/2026,7-10 pm"));
        Files.setLastModifiedTime(sheet, FileTime.from(Instant.parse("2026-07-21T08:00:00Z")));

        Result r = run("import", "--previous", before.toString(), sheet.toString());

        assertThat(r.status()).isZero();
        String[] events = r.out().split("BEGIN:VEVENT");
        assertThat(events[1]).contains("SUMMARY:Elm Party", "SEQUENCE:1\r\n", "LAST-MODIFIED:20260721T080000Z");
        assertThat(events[2]).contains("SUMMARY:Oak Party", "LAST-MODIFIED:20260720T120000Z")
                .doesNotContain("SEQUENCE");
    }

    @Test
    void standard_input_isRead_forADash() {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(SHEET.getBytes(StandardCharsets.UTF_8)));
        try {
            Result r = run("import", "--to", "json", "-");

            assertThat(r.status()).isEqualTo(1);
            assertThat(JSON.readTree(r.out()).get("events")).hasSize(2);
            assertThat(r.err()).contains("error: row 5: column \"Date\"");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void a_sheetWithoutADateColumn_exits1_sayingSo() throws IOException {
        Path sheet = write("nodate.csv", "Title,Notes\nParty,soon\n");

        Result r = run("import", sheet.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: " + sheet + ": row 1: the header names no date column");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--zone Mars/Olympus", "--to pdf", "--map MISSING", "--bogus", "MISSING",
        "--previous MISSING"})
    void a_usageError_isOneLine_withAPointerToHelp_andExits2(String args) throws IOException {
        Path sheet = write("sheet.csv", SHEET);
        String[] argv = (args.replace("MISSING", dir.resolve("missing.csv").toString())
                + (args.equals("MISSING") ? "" : " " + sheet)).split(" ");
        String[] full = new String[argv.length + 1];
        full[0] = "import";
        System.arraycopy(argv, 0, full, 1, argv.length);

        Result r = run(full);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err()).startsWith("error: ").endsWith("Try 'nightout import --help' for more information.\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_badColumnMap_isAUsageError_namingItsLine() throws IOException {
        Path map = write("bad.map", "Party date = date\nWho = nobody\n");

        Result r = run("import", "--map", map.toString(), write("sheet.csv", SHEET).toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("line 2: \"nobody\" is no column");
    }
}
