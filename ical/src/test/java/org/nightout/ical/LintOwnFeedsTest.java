package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nightout.core.Campaign;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.Profile;
import org.nightout.core.UsState;
import org.nightout.core.recurrence.RecurrenceRule;

/**
 * What our own writer writes lints clean, for every app: no error and no warning, only information. The feeds are
 * written here, with every zone of the United States and others over decades of rules, series of each kind, and the
 * writer's options; and every feed the module's other tests keep for the interop consumers is linted too.
 */
class LintOwnFeedsTest {

    private static void assertClean(String name, byte[] feed) {
        List<LintFinding> problems = FeedLinter.create().lint(feed).stream()
                .filter(f -> f.severity() != LintRule.Severity.INFO).toList();
        assertThat(problems).as(name).isEmpty();
    }

    @Test
    void zonesOverDecades_haveVtimezonesThatCoverEveryEvent() {
        List<Event> events = new ArrayList<>();
        int n = 0;
        for (String id : List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "Pacific/Guam",
                "America/Indiana/Indianapolis", "America/Adak", "Europe/London", "Europe/Berlin",
                "Australia/Lord_Howe", "Pacific/Auckland", "Asia/Kolkata", "Asia/Tokyo")) {
            for (int year = 2000; year <= 2035; year += 5) {
                LocalDate nno = Campaign.nationalNightOut().dateFor(year);
                events.add(Events.carsonPark().id("z" + n++).time(Events.evening(nno, ZoneId.of(id))).build());
                events.add(Events.carsonPark().id("z" + n++)
                        .time(Events.evening(LocalDate.of(year, 1, 10), ZoneId.of(id))).build());
            }
        }
        assertClean("zones", Events.writer().build().writeToString(events).getBytes());
    }

    /**
     * A known limit, not a pass: java.time keeps no yearly rule for a zone whose changes follow none (Chile), or no
     * longer follow one (Brazil before 2019), so the writer gives each change in the feed's years an observance of
     * its own, and Outlook is reported to map such a VTIMEZONE to another zone. The lint says so.
     */
    @Test
    void aZoneWithoutYearlyRules_isWrittenAsSingleObservances_whichTheLintReportsForOutlook() {
        Event santiago = Events.carsonPark().time(Events.evening(LocalDate.of(2025, 1, 10),
                ZoneId.of("America/Santiago"))).build();

        List<LintFinding> findings = FeedLinter.create().lint(Events.writer().build().writeToString(List.of(santiago))
                .getBytes());

        assertThat(findings).extracting(LintFinding::rule).contains(LintRule.VTIMEZONE_WITHOUT_RRULE);
    }

    @Test
    void seriesOfEveryKind_lintClean() throws IOException {
        Event first = Events.carsonPark().time(Events.evening(LocalDate.of(2018, 8, 7), Events.CHICAGO)).build();
        EventSeries yearly = EventSeries.builder().first(first)
                .rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;UNTIL=20300801T220000Z"))
                .addExdates(Events.evening(LocalDate.of(2020, 8, 4), Events.CHICAGO).start())
                .putOverrides(Events.evening(LocalDate.of(2022, 8, 2), Events.CHICAGO).start(),
                        Events.carsonPark().time(Events.evening(LocalDate.of(2022, 8, 9), Events.CHICAGO)).build())
                .build();
        EventSeries allDay = EventSeries.builder().first(Events.carsonPark().id("all-day")
                        .time(EventTime.allDay(LocalDate.of(2017, 8, 1))).build())
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI))
                .putOverrides(LocalDate.of(2020, 8, 4), Events.carsonPark().id("all-day")
                        .time(EventTime.allDay(LocalDate.of(2020, 8, 4)))
                        .status(EventStatus.cancelled("COVID-19 pandemic")).build())
                .build();
        EventSeries weekly = EventSeries.builder().first(Events.carsonPark().id("weekly")
                        .time(Events.evening(LocalDate.of(2025, 3, 4), Events.CHICAGO)).build())
                .rule(RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10")).build();
        EventSeries monthly = EventSeries.builder().first(Events.carsonPark().id("monthly")
                        .time(Events.evening(LocalDate.of(2025, 1, 8), Events.CHICAGO)).build())
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE")).build();
        List<EventSeries> series = List.of(yearly, allDay, weekly, monthly);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Events.writer().build().write(List.of(), series, out);
        assertClean("series", out.toByteArray());
    }

    @Test
    void theWritersOptions_lintClean() {
        List<Event> events = List.of(Events.carsonPark().build(),
                Events.carsonPark().id("cancelled").status(EventStatus.cancelled("heat")).build(),
                Events.carsonPark().id("all-day").time(EventTime.allDay(LocalDate.of(2021, 8, 3))).build());
        for (Profile profile : Profile.values()) {
            assertClean(profile + " profile", Events.writer().profile(profile).name("Chippewa Valley")
                    .cancelledPrefix("Cancelled: ").build().writeToString(events).getBytes());
        }
        assertClean("event publishing", Events.writer().eventPublishingComponents(true)
                .structuredData(e -> "{\"@type\":\"Event\",\"name\":\"" + e.title() + "\"}").build()
                .writeToString(events).getBytes());
    }

    @Test
    void theFeedsKeptForTheInteropConsumers_lintClean() throws IOException {
        Path dir = Path.of("target", "interop");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ics")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    assertClean(file.toString(), in.readAllBytes());
                }
            }
        }
    }
}
