package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nightout.examples.Cli.Result;
import org.nightout.core.Profile;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarWriter;
import org.nightout.ical.ICalendarReader;

/**
 * Writes {@link SeriesFeeds} with our writer into {@code target/occurrences/}, where
 * {@code examples/src/it/occurrences/compare.sh} compares {@code nightout occurrences} with python's
 * {@code recurring_ical_events}, and checks the occurrences of each edge the comparison covers line by line.
 */
class SeriesFeedsTest {
    static final Path DIR = Path.of("target", "occurrences");
    /** The full profile, so that the feeds read back equal (the public one leaves out a cancellation's reason). */
    private static final ICalendarWriter WRITER = new FeedIdentity().writer().profile(Profile.FULL).build();

    @BeforeAll
    static void writeFeeds() throws IOException {
        Files.createDirectories(DIR);
        for (Map.Entry<String, SeriesFeeds.Feed> f : SeriesFeeds.all().entrySet()) {
            try (OutputStream out = Files.newOutputStream(DIR.resolve(f.getKey() + ".ics"))) {
                WRITER.write(f.getValue().events(), f.getValue().series(), out);
            }
        }
    }

    private static String occurrences(String feed, String from, String to) {
        Result r = run("occurrences", "--from", from, "--to", to, DIR.resolve(feed + ".ics").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        return r.out();
    }

    @Test
    void everyFeed_readsBackToItsSeriesAndEvents() throws IOException {
        ICalendarReader reader = ICalendarReader.builder().uidDomain(FeedIdentity.DEFAULT_UID_DOMAIN).build();
        for (Map.Entry<String, SeriesFeeds.Feed> f : SeriesFeeds.all().entrySet()) {
            ICalendarData data = reader.read(Files.readString(DIR.resolve(f.getKey() + ".ics")));
            assertThat(data.warnings()).as(f.getKey()).isEmpty();
            assertThat(data.series()).as(f.getKey())
                    .containsExactlyElementsOf(f.getValue().series().stream().map(SeriesFeeds::asWritten).toList());
            assertThat(data.events()).as(f.getKey()).containsExactlyElementsOf(f.getValue().events());
        }
    }

    @Test
    void weekly_acrossTheSpringChange_skippedHourMovesForward_exdateOut_rdateIn_dateUntilIncludesItsDay() {
        assertThat(occurrences("weekly-dst", "2025-02-22", "2025-03-16")).isEqualTo("""
                2025-02-22T02:30:00-06:00\tweekly-walk@example.org\tNeighborhood walk
                2025-02-23T02:30:00-06:00\tweekly-walk@example.org\tNeighborhood walk
                2025-03-02T02:30:00-06:00\tweekly-walk@example.org\tNeighborhood walk
                2025-03-04T18:00:00-06:00\tacademy@example.org\tCitizens' academy
                2025-03-06T18:00:00-06:00\tacademy@example.org\tCitizens' academy
                2025-03-07T10:00:00-06:00\tbriefing@example.org\tMorning briefing
                2025-03-08T02:30:00-06:00\tweekly-walk@example.org\tNeighborhood walk
                2025-03-08T10:00:00-06:00\tbriefing@example.org\tMorning briefing
                2025-03-09T03:30:00-05:00\tweekly-walk@example.org\tNeighborhood walk
                2025-03-09T10:00:00-05:00\tbriefing@example.org\tMorning briefing
                2025-03-09T12:00:00-05:00\tmeeting@example.org\tBlock captains' meeting
                2025-03-10T10:00:00-05:00\tbriefing@example.org\tMorning briefing
                2025-03-12T02:30:00-05:00\tweekly-walk@example.org\tNeighborhood walk
                2025-03-15T02:30:00-05:00\tweekly-walk@example.org\tNeighborhood walk
                """);
    }

    @Test
    void monthly_movedOverrideByItsNewStart_cancelledLeftOut_untilEqualToTheLastIncluded() {
        assertThat(occurrences("monthly", "2024-02-01", "2024-06-01")).isEqualTo("""
                2024-02-29T17:00:00-05:00\tlast-weekday@example.org\tRecords office late hours
                2024-03-13T08:00:00-04:00\tcoffee-with-a-cop@example.org\tCoffee with a Cop
                2024-03-29T17:00:00-04:00\tlast-weekday@example.org\tRecords office late hours
                2024-04-10T08:00:00-04:00\tcoffee-with-a-cop@example.org\tCoffee with a Cop
                2024-04-30T17:00:00-04:00\tlast-weekday@example.org\tRecords office late hours
                2024-05-09T09:00:00-04:00\tcoffee-with-a-cop@example.org\tCoffee with a Cop, at the library
                2024-05-31T17:00:00-04:00\tlast-weekday@example.org\tRecords office late hours
                """);
        assertThat(occurrences("monthly", "2024-12-01", "2025-01-01")).isEqualTo("""
                2024-12-11T08:00:00-05:00\tcoffee-with-a-cop@example.org\tCoffee with a Cop
                2024-12-31T17:00:00-05:00\tlast-weekday@example.org\tRecords office late hours
                """);
        // A local UNTIL for a zoned start is read in the start's zone, and is inclusive too.
        assertThat(occurrences("monthly", "2025-06-01", "2025-07-01")).isEqualTo("""
                2025-06-02T10:00:00-04:00\tstandup@example.org\tDaily stand-up
                2025-06-03T10:00:00-04:00\tstandup@example.org\tDaily stand-up
                2025-06-04T10:00:00-04:00\tstandup@example.org\tDaily stand-up
                """);
    }

    @Test
    void repeatedHour_takesTheFirstOffset_andHalfHourChangesKeepTheirOffsets() {
        assertThat(occurrences("repeated-hour", "2025-11-01", "2025-11-04")).isEqualTo("""
                2025-11-01T01:30:00-04:00\tearly-patrol@example.org\tEarly patrol briefing
                2025-11-02T01:30:00-04:00\tearly-patrol@example.org\tEarly patrol briefing
                2025-11-03T01:30:00-05:00\tearly-patrol@example.org\tEarly patrol briefing
                """);
        assertThat(occurrences("repeated-hour", "2025-03-29", "2025-04-07")).isEqualTo("""
                2025-03-29T01:30:00+00:00\tlondon-watch@example.org\tNeighbourhood watch
                2025-03-30T02:30:00+01:00\tlondon-watch@example.org\tNeighbourhood watch
                2025-03-31T01:30:00+01:00\tlondon-watch@example.org\tNeighbourhood watch
                2025-04-03T01:45:00+11:00\tlord-howe@example.org\tIsland safety talk
                2025-04-04T01:45:00+11:00\tlord-howe@example.org\tIsland safety talk
                2025-04-05T01:45:00+11:00\tlord-howe@example.org\tIsland safety talk
                2025-04-06T01:45:00+11:00\tlord-howe@example.org\tIsland safety talk
                """);
    }

    @Test
    void allDay_printsPlainDates_sortedAsMidnightUtc() {
        assertThat(occurrences("all-day", "2025-06-28", "2025-09-02")).isEqualTo("""
                2025-06-28\tmarket@example.org\tFarmers' market safety booth
                2025-06-30\tmonth-end@example.org\tMonth-end report
                2025-07-12\tmarket@example.org\tFarmers' market safety booth
                2025-07-19\tmarket@example.org\tFarmers' market safety booth
                2025-07-26\tmarket@example.org\tFarmers' market safety booth
                2025-08-02\tmarket@example.org\tFarmers' market safety booth
                2025-08-09\tmarket@example.org\tFarmers' market safety booth
                2025-08-14\tfair@example.org\tCounty fair
                2025-08-16\tmarket@example.org\tFarmers' market safety booth
                2025-08-23\tmarket@example.org\tFarmers' market safety booth
                2025-08-30\tmarket@example.org\tFarmers' market safety booth
                2025-09-01\tmarket@example.org\tFarmers' market safety booth
                """);
        assertThat(occurrences("all-day", "2025-01-01", "2030-01-01").lines().filter(l -> l.contains("leap-day")))
                .containsExactly("2028-02-29\tleap-day@example.org\tLeap-day open house");
    }

    @Test
    void utc_printsZ() {
        assertThat(occurrences("utc", "2025-05-02", "2025-05-05")).isEqualTo("""
                2025-05-02T12:00:00Z\tutc-hourly@example.org\tHourly status
                2025-05-02T13:00:00Z\tutc-hourly@example.org\tHourly status
                2025-05-02T14:00:00Z\tutc-hourly@example.org\tHourly status
                2025-05-03T12:00:00Z\tutc-hourly@example.org\tHourly status
                2025-05-03T13:00:00Z\tutc-hourly@example.org\tHourly status
                2025-05-04T23:00:00Z\tutc-check-in@example.org\tRadio check-in
                """);
    }
}
