package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.examples.Cli.Result;

class OccurrencesCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path ics(String name, String... vevents) throws IOException {
        StringBuilder b = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
        for (String v : vevents) {
            b.append("BEGIN:VEVENT\r\nDTSTAMP:20250101T000000Z\r\n").append(v.replace("\n", "\r\n"))
                    .append("END:VEVENT\r\n");
        }
        b.append("END:VCALENDAR\r\n");
        Path file = dir.resolve(name);
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void floatingTimes_printWithoutOffset_andAreExpandedInWallClockTime() throws IOException {
        Path file = ics("floating.ics", """
                UID:night-shift
                DTSTART:20250308T023000
                RRULE:FREQ=DAILY;COUNT=3
                SUMMARY:Night shift
                """);
        Result r = run("occurrences", "--from", "2025-03-01", "--to", "2025-04-01", file.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                2025-03-08T02:30:00\tnight-shift\tNight shift
                2025-03-09T02:30:00\tnight-shift\tNight shift
                2025-03-10T02:30:00\tnight-shift\tNight shift
                """);
        Result zoned = run("occurrences", "--zone", "America/Chicago", "--from", "2025-03-09", "--to", "2025-03-10",
                file.toString());
        assertThat(zoned.out()).isEqualTo("2025-03-09T03:30:00-05:00\tnight-shift\tNight shift\n");
    }

    @Test
    void floatingAllDayUtcAndZoned_sortByInstant_floatingAndDatesAsUtc_thenByUid() throws IOException {
        Path file = ics("mixed.ics", """
                UID:b-floating
                DTSTART:20250805T000000
                SUMMARY:Floating at midnight
                """, """
                UID:a-all-day
                DTSTART;VALUE=DATE:20250805
                SUMMARY:All day
                """, """
                UID:c-utc
                DTSTART:20250804T235959Z
                SUMMARY:Just before
                """, """
                UID:d-kolkata
                DTSTART;TZID=Asia/Kolkata:20250805T060000
                SUMMARY:Dawn in Kolkata
                """, """
                UID:e-london
                DTSTART;TZID=Europe/London:20251231T235959
                SUMMARY:Last second in London
                """);
        Result r = run("occurrences", "--from", "2025-08-05", "--to", "2026-01-01", file.toString());
        assertThat(r.err()).isEmpty();
        // 2025-08-05T06:00+05:30 is 00:30 UTC, after midnight UTC; the c-utc event is on the day before.
        assertThat(r.out()).isEqualTo("""
                2025-08-05\ta-all-day\tAll day
                2025-08-05T00:00:00\tb-floating\tFloating at midnight
                2025-08-05T06:00:00+05:30\td-kolkata\tDawn in Kolkata
                2025-12-31T23:59:59+00:00\te-london\tLast second in London
                """);
    }

    @Test
    void window_isLocalDatesInEachEventsZone_fromIncluded_toExcluded() throws IOException {
        Path file = ics("edges.ics", """
                UID:late
                DTSTART;TZID=America/Chicago:20250731T230000
                RRULE:FREQ=DAILY;COUNT=3
                SUMMARY:Late patrol
                """);
        // 23:00 in Chicago on July 31 is August 1 in UTC, and still July 31 in its own zone.
        Result r = run("occurrences", "--from", "2025-08-01", "--to", "2025-08-02", file.toString());
        assertThat(r.out()).isEqualTo("2025-08-01T23:00:00-05:00\tlate\tLate patrol\n");
    }

    @Test
    void cancelled_exdateAndCancelledOverride_leftOut_movedOverrideAtItsNewStart() throws IOException {
        Path file = ics("overrides.ics", """
                UID:coffee
                DTSTART;TZID=America/New_York:20250108T080000
                RRULE:FREQ=MONTHLY;BYDAY=2WE;COUNT=4
                EXDATE;TZID=America/New_York:20250212T080000
                SUMMARY:Coffee with a Cop
                """, """
                UID:coffee
                RECURRENCE-ID;TZID=America/New_York:20250312T080000
                DTSTART;TZID=America/New_York:20250312T080000
                STATUS:CANCELLED
                SUMMARY:Coffee with a Cop
                """, """
                UID:coffee
                RECURRENCE-ID;TZID=America/New_York:20250409T080000
                DTSTART;TZID=America/New_York:20250410T090000
                SUMMARY:Coffee with a Cop, moved
                """, """
                UID:gone
                DTSTART;TZID=America/New_York:20250301T080000
                STATUS:CANCELLED
                SUMMARY:Cancelled single event
                """);
        Result r = run("occurrences", "--from", "2025-01-01", "--to", "2026-01-01", file.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                2025-01-08T08:00:00-05:00\tcoffee\tCoffee with a Cop
                2025-04-10T09:00:00-04:00\tcoffee\tCoffee with a Cop, moved
                """);
    }

    @Test
    void laterVersionOfAnEvent_replacesTheEarlier_evenOutsideTheWindow() throws IOException {
        Path file = ics("versions.ics", """
                UID:moved-away
                SEQUENCE:0
                DTSTART:20250805T230000Z
                SUMMARY:First plan
                """, """
                UID:moved-away
                SEQUENCE:1
                DTSTART:20250905T230000Z
                SUMMARY:Second plan
                """, """
                UID:retitled
                SEQUENCE:0
                DTSTART:20250806T230000Z
                SUMMARY:Old title
                """, """
                UID:retitled
                SEQUENCE:2
                DTSTART:20250806T230000Z
                SUMMARY:New title
                """);
        Result r = run("occurrences", "--from", "2025-08-01", "--to", "2025-09-01", file.toString());
        assertThat(r.out()).isEqualTo("2025-08-06T23:00:00Z\tretitled\tNew title\n");
    }

    @Test
    void invalidRule_isAWarningNamingItsLine_andTheFirstOccurrenceIsStillPrinted() throws IOException {
        Path file = ics("bad-rule.ics", """
                UID:bad
                DTSTART;TZID=America/Chicago:20250301T100000
                RRULE:FREQ=WEEKLY;BYDAY=XX
                SUMMARY:Bad rule
                """);
        Result r = run("occurrences", "--from", "2025-03-01", "--to", "2025-04-01", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("2025-03-01T10:00:00-06:00\tbad\tBad rule\n");
        assertThat(r.err()).startsWith("warning: line 8: RRULE: \"FREQ=WEEKLY;BYDAY=XX\" is invalid:")
                .endsWith(NL).hasLineCount(1);
        Result strict = run("occurrences", "--strict", "--from", "2025-03-01", "--to", "2025-04-01",
                file.toString());
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).startsWith("error: " + file + ": line 8: RRULE:");
    }

    @Test
    void jsonInput_uidIsWhatConvertToIcsWrites_withTheUidDomain() throws IOException {
        Path json = dir.resolve("events.json");
        Files.writeString(json, EventData.toJson(SampleEvents.all()), StandardCharsets.UTF_8);
        for (String domain : List.of(FeedIdentity.DEFAULT_UID_DOMAIN, "eauclairewi.gov")) {
            Result r = run("occurrences", "--uid-domain", domain, "--from", "2022-01-01", "--to", "2023-01-01",
                    json.toString());
            assertThat(r.status()).isZero();
            Result ics = run("convert", "--uid-domain", domain, "--to", "ics", json.toString());
            Matcher uids = Pattern.compile("\r\nUID[^:]*:([^\r]*)\r\n").matcher(ics.out());
            List<String> written = uids.results().map(m -> m.group(1)).toList();
            assertThat(r.out().lines()).isNotEmpty().allSatisfy(line -> {
                assertThat(line.split("\t")).hasSize(3);
                assertThat(written).contains(line.split("\t")[1]);
                assertThat(line.split("\t")[1]).endsWith("@" + domain);
            });
            assertThat(r.out()).contains("2022-08-02\tnno-2022-austintown-oh@" + domain
                    + "\tAustintown National Night Out\n");
        }
    }

    @Test
    void sampleData_oneLinePerEventStartingInTheWindow_cancelledLeftOut() throws IOException {
        Path json = dir.resolve("events.json");
        Files.writeString(json, EventData.toJson(SampleEvents.all()), StandardCharsets.UTF_8);
        Result r = run("occurrences", "--from", "1984-01-01", "--to", "2100-01-01", json.toString());
        long expected = SampleEvents.all().stream().filter(e -> !e.status().isCancelled()).count();
        assertThat(r.out().lines()).hasSize((int) expected);
        assertThat(r.out().lines().map(l -> l.split("\t")[0]).toList()).isSortedAccordingTo(
                java.util.Comparator.comparing(OccurrencesCommandTest::instant));
    }

    private static java.time.Instant instant(String start) {
        return start.length() == 10 ? java.time.LocalDate.parse(start).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                : java.time.OffsetDateTime.parse(start).toInstant();
    }

    @Test
    void badDates_andAnEmptyWindow_areUsageErrors_exit2() {
        Result month = run("occurrences", "--from", "2025-13-01", "--to", "2026-01-01", "x.ics");
        assertThat(month.status()).isEqualTo(2);
        assertThat(month.err()).startsWith("error: Invalid value for option '--from': \"2025-13-01\" is not a date:"
                + " expected YYYY-MM-DD such as 2025-08-05" + NL);
        Result empty = run("occurrences", "--from", "2025-08-05", "--to", "2025-08-05", "x.ics");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).startsWith("error: Invalid value for option '--to': the window's end 2025-08-05 must be"
                + " after its start 2025-08-05");
        Result missing = run("occurrences", "--from", "2025-08-05", "x.ics");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: Missing required option: '--to=DATE'");
    }

    @Test
    void unreadableInput_isOneErrorLine_exit1() throws IOException {
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<!DOCTYPE html>");
        Result r = run("occurrences", "--from", "2025-01-01", "--to", "2026-01-01", html.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: " + html + ": neither iCalendar (BEGIN:VCALENDAR) nor the library's"
                + " JSON (a feed document, or a JSON array of events)" + NL);
    }

    @Test
    void output_isUtf8_whateverTheDefaultCharset() throws Exception {
        Path file = ics("utf8.ics", """
                UID:fiesta
                DTSTART;TZID=America/Chicago:20250805T180000
                SUMMARY:Noche Nacional — fiesta en el parque ñ 🚓
                """);
        Path out = dir.resolve("out.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII",
                "-cp", System.getProperty("java.class.path") + File.pathSeparator
                        + System.getProperty("jdk.module.path", ""),
                NightOut.class.getName(), "occurrences", "--from", "2025-08-01", "--to", "2025-09-01",
                file.toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(
                "2025-08-05T18:00:00-05:00\tfiesta\tNoche Nacional — fiesta en el parque ñ 🚓\n");
    }
}
