package org.nightout.ical.internal.zones;

import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.read.EventMapper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.Event;
import org.nightout.core.EventTime;

class TimeZonesTest {
    private static final ICalendarReader READER = ICalendarReader.builder().build();

    private static ICalendarData zones(String name) throws IOException {
        try (InputStream in = TimeZonesTest.class.getResourceAsStream("/org/nightout/ical/zones/" + name)) {
            assertThat(in).as(name).isNotNull();
            return READER.read(in);
        }
    }

    private static Map<String, ZonedDateTime> startsById(ICalendarData data) {
        return data.events().stream().collect(Collectors.toMap(Event::id,
                e -> ((EventTime.Timed) e.time()).start()));
    }

    private static String feed(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    @Nested
    @DisplayName("a VTIMEZONE is evaluated with all its observances")
    class CustomRules {

        @Test
        void read_outlookCustomZone_summerGetsTheDaylightOffset_andTheMatchingIanaZone() throws IOException {
            ICalendarData data = zones("custom-dst.ics");
            assertThat(startsById(data)).containsEntry("summer",
                    ZonedDateTime.parse("2022-08-02T17:00-05:00[America/Chicago]"))
                    .containsEntry("winter", ZonedDateTime.parse("2022-12-06T17:00-06:00[America/Chicago]"));
            assertThat(data.warnings()).isEmpty();
        }

        @Test
        void read_multiEraZone_eachYearGetsTheRulesOfItsEra() throws IOException {
            Map<String, ZonedDateTime> starts = startsById(zones("multi-era.ics"));
            // 1985: daylight saving time began on the last Sunday of April (the 28th).
            assertThat(starts.get("1985-april").toOffsetDateTime().toString()).isEqualTo("1985-04-20T12:00-05:00");
            // 1987 to 2006: on the first Sunday of April.
            assertThat(starts.get("1995-april").toOffsetDateTime().toString()).isEqualTo("1995-04-20T12:00-04:00");
            // Since 2007: on the second Sunday of March.
            assertThat(starts.get("2022-march").toOffsetDateTime().toString()).isEqualTo("2022-03-20T12:00-04:00");
            assertThat(starts.values()).extracting(ZonedDateTime::getZone)
                    .containsOnly(ZoneId.of("America/New_York"));
        }

        @Test
        void read_zoneThatMatchesNoIanaZone_keepsExactInstants_withOneWarning() throws IOException {
            ICalendarData data = zones("no-iana-match.ics");
            Map<String, ZonedDateTime> starts = startsById(data);
            assertThat(starts.get("winter").toOffsetDateTime().toString()).isEqualTo("2024-03-03T08:00+12:00");
            assertThat(starts.get("summer").toOffsetDateTime().toString()).isEqualTo("2024-08-03T08:00+10:00");
            assertThat(starts.get("summer").getZone()).isEqualTo(starts.get("summer").getOffset());
            assertThat(data.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo(ReadWarning.Code.CUSTOM_TIME_ZONE);
                assertThat(w.message()).contains("\"Backwards\"");
            });
        }

        @Test
        void read_overlapInCustomZone_takesTheEarlierOffset_andTheTimeAfterItTheLater() throws IOException {
            Map<String, ZonedDateTime> starts = startsById(zones("no-iana-match.ics"));
            // At 08:00 the clocks go back to 06:00: 07:00:01 happens twice, 08:00:01 once.
            assertThat(starts.get("overlap").toOffsetDateTime().toString()).isEqualTo("2024-05-05T07:00+12:00");
            assertThat(starts.get("after-overlap").toOffsetDateTime().toString())
                    .isEqualTo("2024-05-05T08:00:01+10:00");
        }

        @Test
        void read_gapInCustomZone_movesForwardByTheGap() throws IOException {
            Map<String, ZonedDateTime> starts = startsById(zones("gap-and-overlap.ics"));
            // 02:00 at +05:15 becomes 03:00 at +06:15: 02:30 does not exist and is read as 03:30.
            assertThat(starts.get("gap").toOffsetDateTime().toString()).isEqualTo("2022-04-03T03:30+06:15");
            // 03:00 at +06:15 becomes 02:00 at +05:15: 02:30 happens twice, the first time counts.
            assertThat(starts.get("overlap").toOffsetDateTime().toString()).isEqualTo("2022-09-25T02:30+06:15");
        }

        @Test
        void read_ianaNameInOtherCase_isReadByItsVtimezone_notByTheZoneItResembles() throws IOException {
            ZonedDateTime start = startsById(zones("name-in-other-case-defined-otherwise.ics")).get("cet");
            // Europe/Lisbon is at +01:00 in summer; the file's "Europe/lisbon" is central European time.
            assertThat(start.toOffsetDateTime().toString()).isEqualTo("2016-04-30T21:00+02:00");
        }

        @Test
        void read_rulesByMonthDayAndWeekday_countAndRdate() throws IOException {
            ICalendarData data = READER.read(feed("BEGIN:VTIMEZONE", "TZID:Old Rules",
                    "BEGIN:DAYLIGHT", "DTSTART:20200308T020000",
                    "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU;COUNT=2",
                    "RDATE:20220313T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "END:DAYLIGHT",
                    "BEGIN:STANDARD", "DTSTART:20201101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                    "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "END:STANDARD", "END:VTIMEZONE",
                    "BEGIN:VEVENT", "UID:2021", "DTSTAMP:20220101T000000Z", "DTSTART;TZID=Old Rules:20210401T120000",
                    "SUMMARY:Second of COUNT=2", "END:VEVENT",
                    "BEGIN:VEVENT", "UID:2022", "DTSTAMP:20220101T000000Z", "DTSTART;TZID=Old Rules:20220401T120000",
                    "SUMMARY:By RDATE", "END:VEVENT",
                    "BEGIN:VEVENT", "UID:2023", "DTSTAMP:20220101T000000Z", "DTSTART;TZID=Old Rules:20230401T120000",
                    "SUMMARY:No daylight onset left", "END:VEVENT"));
            Map<String, ZonedDateTime> starts = startsById(data);
            assertThat(starts.get("2021").getOffset().getId()).isEqualTo("-05:00");
            assertThat(starts.get("2022").getOffset().getId()).isEqualTo("-05:00");
            assertThat(starts.get("2023").getOffset().getId()).isEqualTo("-06:00");
            assertThat(starts.get("2021").getZone()).isEqualTo(ZoneId.of("America/Chicago"));
        }
    }

    @Nested
    @DisplayName("component order does not matter")
    class Order {

        @Test
        void read_vtimezoneAfterTheEvent_stillApplies() throws IOException {
            ICalendarData data = zones("vtimezone-after-event.ics");
            assertThat(startsById(data).get("before-its-zone"))
                    .isEqualTo(ZonedDateTime.parse("2022-08-02T18:00-06:00[America/Denver]"));
            assertThat(data.warnings()).isEmpty();
        }

        @Test
        void read_tzidNeverDefined_readInTheFloatingZone_withOneWarningPerTzid() throws IOException {
            ICalendarReader reader = ICalendarReader.builder().floatingTimeZone(ZoneId.of("America/Chicago")).build();
            ICalendarData data = reader.read(feed("BEGIN:VEVENT", "UID:a", "DTSTAMP:20220101T000000Z",
                    "DTSTART;TZID=Nowhere:20220802T180000", "DTEND;TZID=Nowhere:20220802T200000", "SUMMARY:A",
                    "END:VEVENT"));
            assertThat(startsById(data).get("a")).isEqualTo(ZonedDateTime.parse(
                    "2022-08-02T18:00-05:00[America/Chicago]"));
            assertThat(data.warnings()).singleElement().extracting(ReadWarning::code)
                    .isEqualTo(ReadWarning.Code.UNKNOWN_TIME_ZONE);
        }

        @Test
        void read_undefinedTzidIsNotRemembered_aLaterVcalendarDefiningItApplies() throws IOException {
            String undefined = feed("BEGIN:VEVENT", "UID:a", "DTSTAMP:20220101T000000Z",
                    "DTSTART;TZID=Later:20220802T180000", "SUMMARY:A", "END:VEVENT");
            String defined = feed("BEGIN:VEVENT", "UID:b", "DTSTAMP:20220101T000000Z",
                    "DTSTART;TZID=Later:20220802T180000", "SUMMARY:B", "END:VEVENT", "BEGIN:VTIMEZONE", "TZID:Later",
                    "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
                    "END:STANDARD", "END:VTIMEZONE");
            Map<String, ZonedDateTime> starts = startsById(READER.read(undefined + defined));
            assertThat(starts.get("a").getOffset().getId()).isEqualTo("Z");
            assertThat(starts.get("b").getOffset().getId()).isEqualTo("+03:00");
        }

        @Test
        void read_eventsWaitingForAVtimezone_areBounded_laterOnesReadAtOnce() throws IOException {
            StringBuilder events = new StringBuilder();
            for (int i = 0; i <= EventMapper.MAX_WAITING; i++) {
                events.append("BEGIN:VEVENT\r\nUID:e").append(i).append("\r\nDTSTAMP:20220101T000000Z\r\n")
                        .append("DTSTART;TZID=Late:20220802T180000\r\nSUMMARY:E\r\nEND:VEVENT\r\n");
            }
            ICalendarData data = READER.read(feed(events + "BEGIN:VTIMEZONE", "TZID:Late", "BEGIN:STANDARD",
                    "DTSTART:19700101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD",
                    "END:VTIMEZONE"));
            Map<String, ZonedDateTime> starts = startsById(data);
            assertThat(starts).hasSize(EventMapper.MAX_WAITING + 1);
            assertThat(starts.get("e0").getOffset().getId()).isEqualTo("+03:00");
            assertThat(starts.get("e" + EventMapper.MAX_WAITING).getOffset().getId()).isEqualTo("Z");
        }
    }

    @Nested
    @DisplayName("every TZID form seen in the wild")
    class Names {

        static Stream<Arguments> data_byName() {
            return Stream.of(
                    Arguments.of("America/Chicago", "America/Chicago"),
                    Arguments.of("/Europe/Stockholm", "Europe/Stockholm"),
                    Arguments.of("US/Eastern", "US/Eastern"),
                    Arguments.of("/mozilla.org/20050126_1/America/Boise", "America/Boise"),
                    Arguments.of("/softwarestudio.org/Olson_20011030_5/America/Chicago", "America/Chicago"),
                    Arguments.of("/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires",
                            "America/Argentina/Buenos_Aires"),
                    Arguments.of("/freeassociation.sourceforge.net/Europe/Berlin", "Europe/Berlin"),
                    Arguments.of("/citadel.org/20190914_1/Europe/Berlin", "Europe/Berlin"),
                    Arguments.of("Central Standard Time", "America/Chicago"),
                    Arguments.of("w. europe standard time", "Europe/Berlin"),
                    Arguments.of("(UTC-05:00) Eastern Time (US & Canada)", "America/New_York"),
                    Arguments.of("(GMT-05:00) Eastern Time (US & Canada)", "America/New_York"),
                    Arguments.of("\"(UTC+07:00) Bangkok\\, Hanoi\\, Jakarta\"", "Asia/Bangkok"),
                    Arguments.of("-05:00", "-05:00"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("data_byName")
        void byName_resolvesWithoutAVtimezone(String tzid, String zone) {
            assertThat(TimeZones.byName(TimeZones.key(tzid))).contains(ZoneId.of(zone));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("data_notNames")
        void byName_leavesWhatNamesNoZoneToTheVtimezone(String tzid) {
            assertThat(TimeZones.byName(TimeZones.key(tzid))).isEqualTo(Optional.empty());
        }

        static List<String> data_notNames() {
            return List.of("Customized Time Zone", "custom_America/New_York", "Europe/lisbon",
                    "GMT +0100 (Standard) / GMT +0200 (Daylight)", "/Europe/CUSTOM");
        }

        @Test
        void read_vendorPrefixes_resolveToTheTrailingIanaId() throws IOException {
            ICalendarData data = zones("vendor-prefixes.ics");
            assertThat(startsById(data)).extractingByKeys("mozilla", "softwarestudio", "tzfile", "freeassociation",
                    "citadel").extracting(ZonedDateTime::getZone).containsExactly(ZoneId.of("America/Boise"),
                    ZoneId.of("America/Chicago"), ZoneId.of("America/Argentina/Buenos_Aires"),
                    ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/Berlin"));
            assertThat(data.warnings()).isEmpty();
        }

        @Test
        void read_escapedAndQuotedExchangeTzid_resolvesToTheOutlookZone() throws IOException {
            ICalendarData data = zones("exchange-escaped-tzid.ics");
            assertThat(startsById(data).values()).containsOnly(
                    ZonedDateTime.parse("2019-04-30T09:00+07:00[Asia/Bangkok]"));
            assertThat(data.warnings()).isEmpty();
        }

        @Test
        void read_outlookDisplayName_mapsToIana() throws IOException {
            ICalendarData data = zones("outlook-display-name.ics");
            assertThat(startsById(data).get("outlook"))
                    .isEqualTo(ZonedDateTime.parse("2022-08-02T18:00-04:00[America/New_York]"));
            assertThat(data.warnings()).isEmpty();
        }
    }
}
