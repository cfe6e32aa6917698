package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.Profile;
import org.nightout.examples.Cli.Result;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarReader;

/** {@code feed} and {@code convert --to ics} with {@code --from} and {@code --before}: the writer's window. */
class HorizonOptionsTest {
    private static final String NL = System.lineSeparator();
    private static final ICalendarReader READER = ICalendarReader.builder().uidDomain("example.org").build();

    @TempDir
    Path dir;

    /** Whether a day of the event lies in [from, before): the writer's rule, written out for the test. */
    private static boolean hasDayIn(Event e, LocalDate from, LocalDate before) {
        LocalDate last = e.time() instanceof EventTime.AllDay d ? d.last()
                : ((EventTime.Timed) e.time()).end().map(t -> t.toLocalDate()).orElse(e.time().startDate());
        return !last.isBefore(from) && e.time().startDate().isBefore(before);
    }

    @Test
    void feed_keepsTheEventsWithADayInTheWindow_andSaysHowManyItLeftOut() throws IOException {
        Path out = dir.resolve("2022.ics");
        Result r = run("feed", "--profile", "full", "--from", "2022-01-01", "--before", "2023-01-01", "--out",
                out.toString());
        assertThat(r.status()).isZero();
        List<Event> expected = SampleEvents.all().stream()
                .filter(e -> hasDayIn(e, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1))).toList();
        assertThat(expected).isNotEmpty().hasSizeLessThan(SampleEvents.all().size());
        assertThat(r.err()).isEqualTo("wrote " + expected.size() + " events to " + out + "; "
                + (SampleEvents.all().size() - expected.size()) + " outside --from/--before" + NL);
        assertThat(READER.read(Files.readString(out)).events()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void feed_eitherEndAlone() throws IOException {
        Path out = dir.resolve("old.ics");
        assertThat(run("feed", "--profile", "full", "--before", "2021-01-01", "--out", out.toString()).status())
                .isZero();
        assertThat(READER.read(Files.readString(out)).events()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.time().startDate()).isBefore(LocalDate.of(2021, 1, 1)));
        assertThat(run("feed", "--profile", "full", "--from", "2022-08-02", "--out", out.toString()).status())
                .isZero();
        assertThat(READER.read(Files.readString(out)).events()).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                SampleEvents.all().stream().filter(e -> hasDayIn(e, LocalDate.of(2022, 8, 2), DateWindow.END))
                        .toList());
        assertThat(run("feed", "--from", "2022-08-03", "--out", out.toString()).err())
                .isEqualTo("wrote 0 events to " + out + "; " + SampleEvents.all().size() + " outside --from/--before"
                        + NL);
        assertThat(Files.readString(out)).startsWith("BEGIN:VCALENDAR").doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void convertToIcs_keepsEachSeriesWithAnOccurrenceInTheWindowWhole() throws IOException {
        SeriesFeeds.Feed weekly = SeriesFeeds.all().get("weekly-dst");
        Path in = dir.resolve("weekly.ics");
        try (OutputStream out = Files.newOutputStream(in)) {
            new FeedIdentity().writer().profile(Profile.FULL).build().write(weekly.events(), weekly.series(), out);
        }
        Result r = run("convert", "--profile", "full", "--to", "ics", "--from", "2025-03-10", "--before", "2025-03-11", in.toString());
        assertThat(r.status()).isZero();
        ICalendarData data = READER.read(r.out());
        // Only the daily briefing (UNTIL 2025-03-10) has an occurrence on March 10.
        assertThat(data.events()).isEmpty();
        assertThat(data.series()).extracting(EventSeries::first).extracting(Event::id).containsExactly("briefing");
        assertThat(data.series().get(0)).isEqualTo(SeriesFeeds.asWritten(weekly.series().get(2)));
    }

    @Test
    void convertToJson_withAWindow_isAUsageError_sayingWhy() throws IOException {
        Path json = dir.resolve("events.json");
        Files.writeString(json, EventData.toJson(SampleEvents.all()), StandardCharsets.UTF_8);
        Path ics = dir.resolve("sample.ics");
        assertThat(run("feed", "--out", ics.toString()).status()).isZero();
        for (String to : List.of("json", "jsonld")) {
            Result r = run("convert", "--to", to, "--from", "2022-01-01", ics.toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("error: --from and --before apply to --to ics only: the JSON and JSON-LD writers"
                    + " have no window; use nightout occurrences to list what falls in one" + NL);
        }
        assertThat(run("convert", "--before", "2022-01-01", json.toString()).status()).isZero();
    }

    @Test
    void emptyWindow_orBadDate_isAUsageError() {
        Result empty = run("feed", "--from", "2022-08-02", "--before", "2022-08-02");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).startsWith("error: Invalid value for option '--before': the window's end 2022-08-02 must be"
                + " after its start 2022-08-02 (the end is the day after the last day in the window)" + NL);
        Result bad = run("convert", "--before", "2022-02-30", "x.json");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: Invalid value for option '--before': \"2022-02-30\" is not a date:"
                + " expected YYYY-MM-DD such as 2025-08-05" + NL);
    }
}
