package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.examples.Cli.Result;

/**
 * ics → json → ics keeps every series: {@code convert --to json} of a calendar and {@code convert --to ics} of that
 * JSON give the bytes {@code convert --to ics} gives of the calendar itself (full profile: same UIDs, RRULEs, RDATEs,
 * EXDATEs and overrides), and {@code occurrences} prints the same lines for that iCalendar, the JSON and the
 * iCalendar that comes back from it.
 *
 * <p>The calendars: the series feeds the build writes into {@code target/occurrences/} ({@link SeriesFeeds}: weekly,
 * monthly and yearly rules, RDATE, EXDATE, moved, retitled and cancelled overrides, all-day, UTC, four zones across
 * their clock changes); hand-written ones in {@code series-round-trip/} as other calendars write them (Google's with
 * its VTIMEZONE, RDATE-only series, Berlin, Kolkata and Sydney, all-day overrides); and, where {@code ../shared} is
 * beside the project, every file of {@code ../shared/realworld} with an RRULE or RDATE that the reader takes.
 */
class SeriesRoundTripTest {
    private static final Path REALWORLD = Path.of("..", "..", "shared", "realworld", "files");
    private static final Pattern VEVENT = Pattern.compile("BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", Pattern.DOTALL);
    private static final Pattern RECURRENCE = Pattern.compile("(?m)^(RRULE|RDATE|EXDATE|RECURRENCE-ID)[;:]");

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> seriesFeedsOfTheBuild() throws IOException {
        SeriesFeedsTest.writeFeeds();
        return calendars(SeriesFeedsTest.DIR);
    }

    @TestFactory
    Stream<DynamicTest> handWrittenCalendars() throws IOException, URISyntaxException {
        return calendars(Path.of(SeriesRoundTripTest.class.getResource("series-round-trip").toURI()));
    }

    @TestFactory
    Stream<DynamicTest> realWorldCalendarsWithSeries() throws IOException {
        if (!Files.isDirectory(REALWORLD)) {
            return Stream.empty();
        }
        return calendars(REALWORLD);
    }

    private static Stream<DynamicTest> calendars(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path p : all.filter(p -> p.toString().endsWith(".ics")).sorted().toList()) {
                if (RECURRENCE.matcher(Files.readString(p, StandardCharsets.ISO_8859_1)).find()) {
                    files.add(p);
                }
            }
        }
        assertThat(files).as("calendars with series in %s", folder).isNotEmpty();
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> roundTrip(p)));
    }

    private static void roundTrip(Path calendar) throws IOException {
        Result direct = run("convert", "--profile", "full", "--to", "ics", calendar.toString());
        if (direct.status() != 0) {
            // A file the reader refuses (the real-world set has broken ones on purpose) has nothing to keep.
            assertThat(direct.err()).startsWith("error: ");
            return;
        }
        Result json = run("convert", "--profile", "full", "--to", "json", calendar.toString());
        assertThat(json.status()).as(json.err()).isZero();
        Path jsonFile = Files.writeString(dir.resolve(calendar.getFileName() + ".json"), json.out());
        Result back = run("convert", "--profile", "full", "--to", "ics", jsonFile.toString());
        assertThat(back.status()).as(back.err()).isZero();

        assertThat(series(back.out())).as("the series, VEVENT by VEVENT").isEqualTo(series(direct.out()));
        if (!calendar.startsWith(REALWORLD)) {
            // Some real-world files have rules in their VTIMEZONEs only.
            assertThat(series(direct.out())).isNotEmpty();
        }
        if (back.err().contains("is already the id of")) {
            // The calendar has a later version of a single event under the same UID: convert writes both, and the
            // JSON reader gives the second an id of its own, as it does with any repeated id. The series stay.
            return;
        }
        assertThat(back.out()).isEqualTo(direct.out());

        // Against the calendar as convert reads it: a floating time is read in the zone of --zone (UTC) then.
        Path directFile = Files.writeString(dir.resolve(calendar.getFileName() + ".direct.ics"), direct.out());
        Path backFile = Files.writeString(dir.resolve(calendar.getFileName() + ".back.ics"), back.out());
        String[] window = {"--from", "2000-01-01", "--to", "2040-01-01"};
        Result occurrences = occurrences(window, directFile);
        assertThat(occurrences(window, jsonFile).out()).isEqualTo(occurrences.out());
        assertThat(occurrences(window, backFile).out()).isEqualTo(occurrences.out());
    }

    private static Result occurrences(String[] window, Path file) {
        return run("occurrences", window[0], window[1], window[2], window[3], file.toString());
    }

    /** The VEVENTs of series: those with a rule, added or excluded dates, or a RECURRENCE-ID. */
    private static List<String> series(String ics) {
        List<String> series = new ArrayList<>();
        Matcher m = VEVENT.matcher(ics);
        while (m.find()) {
            if (RECURRENCE.matcher(m.group()).find()) {
                series.add(m.group());
            }
        }
        return series;
    }
}
