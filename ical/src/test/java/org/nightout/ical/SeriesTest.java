package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Campaign;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.UsState;
import org.nightout.core.recurrence.RecurrenceRule;

class SeriesTest {
    private static final ICalendarReader READER = ICalendarReader.builder().build();

    /** Also keeps what the test wrote, so CI can hand it to the interop consumers. */
    private static String write(String name, EventSeries... series) throws IOException {
        StringWriter w = new StringWriter();
        Events.writer().uidDomain("example.org").build().write(List.of(), List.of(series), w);
        Path file = Path.of("target", "interop", name + ".ics");
        Files.createDirectories(file.getParent());
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
        return w.toString();
    }

    /** Writes the series without a UID domain, as ids are kept, and reads them back. */
    private static List<EventSeries> readBack(EventSeries... series) throws IOException {
        StringWriter w = new StringWriter();
        Events.writer().build().write(List.of(), List.of(series), w);
        ICalendarData data = READER.read(w.toString());
        assertThat(data.warnings()).isEmpty();
        return data.series();
    }

    private static ZonedDateTime evening(int year, int month, int day) {
        return Events.evening(LocalDate.of(year, month, day), Events.CHICAGO).start();
    }

    private static Event at(ZonedDateTime start) {
        return Events.carsonPark().time(EventTime.of(start, start.plusHours(3))).build();
    }

    @Test
    void timedSeries_rruleExdateAndOverride_inDtstartsExactForm() throws IOException {
        Event first = Events.carsonPark().time(Events.evening(LocalDate.of(2018, 8, 7), Events.CHICAGO)).build();
        Event moved2022 = Events.carsonPark().time(Events.evening(LocalDate.of(2022, 8, 9), Events.CHICAGO))
                .status(EventStatus.rescheduled(Events.evening(LocalDate.of(2022, 8, 2), Events.CHICAGO), "Heat"))
                .build();
        EventSeries series = EventSeries.builder().first(first)
                .rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;UNTIL=20230801T220000Z"))
                .addExdates(evening(2020, 8, 4)).putOverrides(evening(2022, 8, 2), moved2022).build();
        String feed = write("series-timed", series);
        assertThat(feed).contains(
                "DTSTART;TZID=America/Chicago:20180807T170000\r\n",
                "RRULE:FREQ=YEARLY;UNTIL=20230801T220000Z;BYDAY=1TU;BYMONTH=8\r\n",
                "EXDATE;TZID=America/Chicago:20200804T170000\r\n",
                "RECURRENCE-ID;TZID=America/Chicago:20220802T170000\r\n",
                "DTSTART;TZID=America/Chicago:20220809T170000\r\n");
        assertThat(feed.split("UID:nno-2021-eau-claire@example.org", -1)).hasSize(3);
        assertThat(feed.indexOf("BEGIN:VTIMEZONE")).isLessThan(feed.indexOf("BEGIN:VEVENT"));
        assertThat(readBack(series)).containsExactly(series);
    }

    @Test
    void allDaySeries_usesDateForms_andReadsBackEqual() throws IOException {
        Event first = Events.carsonPark().time(EventTime.allDay(LocalDate.of(2017, 8, 1))).build();
        Event cancelled2020 = Events.carsonPark().time(EventTime.allDay(LocalDate.of(2020, 8, 4)))
                .status(EventStatus.cancelled("COVID-19 pandemic")).build();
        EventSeries series = EventSeries.builder().first(first)
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI))
                .addExdates(LocalDate.of(2021, 8, 3)).putOverrides(LocalDate.of(2020, 8, 4), cancelled2020).build();
        String feed = write("series-all-day", series);
        assertThat(feed).contains("RRULE:FREQ=YEARLY;BYDAY=1TU;BYMONTH=8\r\n", "EXDATE;VALUE=DATE:20210803\r\n",
                "RECURRENCE-ID;VALUE=DATE:20200804\r\n", "STATUS:CANCELLED\r\n").doesNotContain("VTIMEZONE");
        assertThat(readBack(series)).containsExactly(series);
    }

    @Test
    void weeklyMonthlyAndRdateSeries_readBackEqual() throws IOException {
        EventSeries weekly = EventSeries.builder().first(Events.carsonPark().id("weekly").time(EventTime.of(
                        evening(2025, 3, 4), evening(2025, 3, 4).plusHours(2))).build())
                .rule(RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10"))
                .addExdates(evening(2025, 3, 6)).build();
        Event first = Events.carsonPark().id("coffee").time(EventTime.of(evening(2025, 1, 8))).build();
        Event retitled = Event.builder().from(first).title("Coffee with a Cop, at the library")
                .time(EventTime.of(evening(2025, 2, 13))).build();
        EventSeries monthly = EventSeries.builder().first(first)
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"))
                .putOverrides(evening(2025, 2, 12), retitled).build();
        EventSeries rdates = EventSeries.builder().first(Events.carsonPark().id("academy").time(
                        EventTime.of(evening(2025, 9, 2))).build())
                .addRdates(evening(2025, 9, 9), evening(2025, 9, 23)).build();
        String feed = write("series-weekly-monthly-rdate", weekly, monthly, rdates);
        assertThat(feed).contains("RDATE;TZID=America/Chicago:20250909T170000\r\n");
        assertThat(readBack(weekly, monthly, rdates)).containsExactly(weekly, monthly, rdates);
        assertThat(monthly.occurrences(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1))).containsExactly(retitled);
    }

    @Test
    void overridesBeforeTheirMaster_orInAnotherCalendar_joinTheSeries() throws IOException {
        String override = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:w", "DTSTAMP:20250101T000000Z", "RECURRENCE-ID:20250311T230000Z",
                "DTSTART:20250312T230000Z", "SUMMARY:Moved", "END:VEVENT", "END:VCALENDAR");
        String master = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:w", "DTSTAMP:20250101T000000Z", "DTSTART;TZID=America/Chicago:20250304T180000",
                "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Weekly", "END:VEVENT", "END:VCALENDAR");
        ICalendarData data = READER.read(override + "\r\n" + master + "\r\n");
        assertThat(data.events()).isEmpty();
        assertThat(data.series()).singleElement().satisfies(s -> {
            assertThat(s.overrides()).hasSize(1);
            assertThat(s.occurrences(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)))
                    .extracting(Event::title).containsExactly("Weekly", "Moved", "Weekly", "Weekly");
        });
    }

    @Test
    void overrideWithARuleOfItsOwn_keepsTheRule_andWritesItBack() throws IOException {
        // Some clients copy the series' RRULE into every override; it is kept on the override, not dropped.
        String feed = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:w", "DTSTAMP:20250101T000000Z", "DTSTART;VALUE=DATE:20240701",
                "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "SUMMARY:Fortnightly", "END:VEVENT",
                "BEGIN:VEVENT", "UID:w", "DTSTAMP:20250101T000000Z", "RECURRENCE-ID;VALUE=DATE:20240715",
                "DTSTART;VALUE=DATE:20240716", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "SUMMARY:Moved",
                "END:VEVENT", "END:VCALENDAR", "");
        ICalendarData data = READER.read(feed);
        assertThat(data.warnings()).isEmpty();
        EventSeries series = data.series().get(0);
        assertThat(series.overrides().values()).singleElement().satisfies(o -> assertThat(o.extensions())
                .extracting(org.nightout.core.ExtensionProperty::name, org.nightout.core.ExtensionProperty::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("X-UNAPPLIED-RRULE", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")));
        // Not kept for the interop consumers: calcurse refuses an override whose own RRULE misses its start day,
        // which is the input's doing, passed through as it came.
        StringWriter w = new StringWriter();
        Events.writer().build().write(List.of(), List.of(series), w);
        String written = w.toString();
        assertThat(written).contains("\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO\r\n",
                "\r\nX-UNAPPLIED-RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO\r\n");
        assertThat(READER.read(written).series()).containsExactly(series);
    }

    @Test
    void invalidRule_isAWarningNamingItsLineAndValue_andTheEventIsKept() throws IOException {
        String feed = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:w", "DTSTAMP:20250101T000000Z", "DTSTART:20250304T230000Z",
                "RRULE:FREQ=FORTNIGHTLY", "SUMMARY:Weekly", "END:VEVENT", "END:VCALENDAR", "");
        ICalendarData data = READER.read(feed);
        assertThat(data.events()).hasSize(1);
        assertThat(data.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ReadWarning.Code.UNSUPPORTED_RECURRENCE);
            assertThat(w.line()).isEqualTo(8);
            assertThat(w.message()).contains("FREQ=FORTNIGHTLY");
        });
    }

    @Test
    void invalidRule_keepsTheEventsValidOccurrences_fromRdatesExdatesAndOverrides() throws IOException {
        String feed = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:w", "DTSTAMP:20250101T000000Z", "DTSTART:20250304T230000Z",
                "RRULE:FREQ=FORTNIGHTLY", "RDATE:20250311T230000Z,20250318T230000Z,20250325T230000Z",
                "EXDATE:20250318T230000Z", "SUMMARY:Weekly", "END:VEVENT",
                "BEGIN:VEVENT", "UID:w", "DTSTAMP:20250101T000000Z", "RECURRENCE-ID:20250325T230000Z",
                "DTSTART:20250326T230000Z", "SUMMARY:Moved", "END:VEVENT", "END:VCALENDAR", "");
        ICalendarData data = READER.read(feed);
        assertThat(data.events()).isEmpty();
        assertThat(data.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ReadWarning.Code.UNSUPPORTED_RECURRENCE);
            assertThat(w.line()).isEqualTo(8);
            assertThat(w.property()).isEqualTo("RRULE");
            assertThat(w.message()).contains("FREQ=FORTNIGHTLY");
        });
        EventSeries series = data.series().get(0);
        assertThat(series.rule()).isEmpty();
        assertThat(series.first().extensions()).extracting(x -> x.name() + ":" + x.value())
                .containsExactly("X-UNAPPLIED-RRULE:FREQ=FORTNIGHTLY");
        assertThat(series.occurrences(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)))
                .extracting(e -> ((EventTime.Timed) e.time()).start().toInstant() + " " + e.title())
                .containsExactly("2025-03-04T23:00:00Z Weekly", "2025-03-11T23:00:00Z Weekly",
                        "2025-03-26T23:00:00Z Moved");

        // Written back as it was read, the invalid rule with it, and read again the same.
        StringWriter w = new StringWriter();
        Events.writer().build().write(List.of(), data.series(), w);
        assertThat(w.toString()).contains("RRULE:FREQ=FORTNIGHTLY\r\n");
        assertThat(READER.read(w.toString()).series()).containsExactlyElementsOf(data.series());
    }

    @Test
    void invalidRule_withoutRdates_isStillOneEventKeepingItsRecurrence() throws IOException {
        String feed = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:w", "DTSTAMP:20250101T000000Z", "DTSTART:20250304T230000Z",
                "RRULE:FREQ=FORTNIGHTLY", "EXDATE:20250318T230000Z", "SUMMARY:Weekly", "END:VEVENT",
                "END:VCALENDAR", "");
        ICalendarData data = READER.read(feed);
        assertThat(data.series()).isEmpty();
        assertThat(data.events()).singleElement().satisfies(e -> assertThat(e.extensions())
                .extracting(x -> x.name()).containsExactly("X-UNAPPLIED-RRULE", "X-UNAPPLIED-EXDATE"));
    }

    private static String override(String rid, String start, int sequence, String stamp, String title) {
        return String.join("\r\n", "BEGIN:VEVENT", "UID:seq", "RECURRENCE-ID:" + rid, "DTSTART:" + start,
                "SUMMARY:" + title, "SEQUENCE:" + sequence, "DTSTAMP:" + stamp, "END:VEVENT", "");
    }

    /** As node-ical's fixture recurrence-sequence.ics: versions of one override, in either order. */
    @Test
    void overridesOfOneRecurrenceId_theNewerVersionWins_theOlderIsDroppedWithAWarning() throws IOException {
        String feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:seq\r\nDTSTART:20240101T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\n"
                + "SUMMARY:Daily\r\nSEQUENCE:0\r\nDTSTAMP:20240101T000000Z\r\nEND:VEVENT\r\n"
                // line 12: newer first
                + override("20240102T100000Z", "20240102T140000Z", 3, "20240101T120000Z", "Afternoon")
                // line 20: older
                + override("20240102T100000Z", "20240102T110000Z", 1, "20240101T060000Z", "Older")
                // line 28: older first, then (line 36) newer
                + override("20240103T100000Z", "20240103T110000Z", 2, "20240101T080000Z", "Older")
                + override("20240103T100000Z", "20240103T150000Z", 5, "20240101T100000Z", "Newer")
                // lines 44 and 52: one SEQUENCE, the later DTSTAMP wins
                + override("20240104T100000Z", "20240104T110000Z", 1, "20240101T090000Z", "Older")
                + override("20240104T100000Z", "20240104T160000Z", 1, "20240101T100000Z", "Later")
                + "END:VCALENDAR\r\n";
        ICalendarData data = READER.read(feed);
        assertThat(data.events()).isEmpty();
        assertThat(data.series()).singleElement().satisfies(series -> assertThat(series.occurrences(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)))
                .extracting(e -> ((EventTime.Timed) e.time()).start().toInstant() + " " + e.title())
                .containsExactly("2024-01-01T10:00:00Z Daily", "2024-01-02T14:00:00Z Afternoon",
                        "2024-01-03T15:00:00Z Newer", "2024-01-04T16:00:00Z Later", "2024-01-05T10:00:00Z Daily"));
        assertThat(data.warnings()).extracting(w -> w.line() + " " + w.property() + " " + w.code())
                .containsExactly("20 SEQUENCE STRUCTURE", "28 SEQUENCE STRUCTURE", "44 SEQUENCE STRUCTURE");
        assertThat(data.warnings().get(0).message()).contains("20240102T100000Z", "seq", "line 12", "dropped");
    }

    @Test
    void overridesOfOneRecurrenceId_ofTheSameVersion_areBothKept() throws IOException {
        String feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:seq\r\nDTSTART:20240101T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\n"
                + "SUMMARY:Daily\r\nDTSTAMP:20240101T000000Z\r\nEND:VEVENT\r\n"
                + override("20240102T100000Z", "20240102T140000Z", 1, "20240101T120000Z", "One")
                + override("20240102T100000Z", "20240102T110000Z", 1, "20240101T120000Z", "Other")
                + "END:VCALENDAR\r\n";
        ICalendarData data = READER.read(feed);
        assertThat(data.series().get(0).overrides()).hasSize(1);
        assertThat(data.events()).extracting(Event::title).containsExactly("Other");
        assertThat(data.warnings()).extracting(ReadWarning::property).containsExactly("RECURRENCE-ID");
    }

    private static EventSeries until(String id, EventTime first, String rule) {
        return EventSeries.builder().first(Events.carsonPark().id(id).time(first).build())
                .rule(RecurrenceRule.parse(rule)).build();
    }

    private static List<EventTime> occurrencesOf(List<EventSeries> series) {
        return series.stream().flatMap(s -> s.occurrences(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)))
                .map(Event::time).toList();
    }

    @Test
    void untilOfAnotherFormThanTheRfcs_isWrittenAsTheEngineReadsIt_soTheOccurrencesStay() throws IOException {
        ZonedDateTime sevenPm = ZonedDateTime.of(2025, 8, 24, 19, 0, 0, 0, Events.CHICAGO);
        // As real files bring them: the RFC wants UNTIL in UTC for a timed start and a date for an all-day one.
        EventSeries[] series = {
            // 19:00 in Chicago is 00:00Z the next day: the date's whole local day, not its UTC day, is kept.
            until("date-until", EventTime.of(sevenPm, sevenPm.plusHours(2)), "FREQ=DAILY;UNTIL=20250826"),
            until("local-until", EventTime.of(sevenPm.minusHours(1), sevenPm.plusHours(1)),
                    "FREQ=DAILY;UNTIL=20250825T180000"),
            until("utc-start", EventTime.of(ZonedDateTime.of(2025, 8, 5, 23, 0, 0, 0, java.time.ZoneOffset.UTC)),
                    "FREQ=DAILY;UNTIL=20250807"),
            until("all-day", EventTime.allDay(LocalDate.of(2025, 8, 5)), "FREQ=DAILY;UNTIL=20250807T030000Z")};
        List<EventTime> before = occurrencesOf(List.of(series));
        assertThat(before).hasSize(3 + 2 + 3 + 3);

        String feed = write("series-until-forms", series);
        assertThat(feed).contains("RRULE:FREQ=DAILY;UNTIL=20250827T045959Z\r\n",
                "RRULE:FREQ=DAILY;UNTIL=20250825T230000Z\r\n", "RRULE:FREQ=DAILY;UNTIL=20250807T235959Z\r\n",
                "RRULE:FREQ=DAILY;UNTIL=20250807\r\n");
        ICalendarData again = READER.read(feed);
        assertThat(again.warnings()).isEmpty();
        assertThat(occurrencesOf(again.series())).containsExactlyElementsOf(before);
    }

    @Test
    void untilReadInAnotherForm_readWriteRead_keepsTheOccurrences() throws IOException {
        String input = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:walk\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Walk\r\n"
                + "DTSTART;TZID=America/Chicago:20250805T190000\r\nRRULE:FREQ=WEEKLY;UNTIL=20250826\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        List<EventSeries> read = READER.read(input).series();
        List<EventTime> before = occurrencesOf(read);
        assertThat(before).hasSize(4);

        StringWriter w = new StringWriter();
        Events.writer().build().write(List.of(), read, w);
        assertThat(w.toString()).contains("RRULE:FREQ=WEEKLY;UNTIL=20250827T045959Z\r\n");
        assertThat(occurrencesOf(READER.read(w.toString()).series())).containsExactlyElementsOf(before);
    }
}
