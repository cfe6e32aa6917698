package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.ActivityKind;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.Organizer;

class ICalendarReaderTest {
    private static final ICalendarReader READER = ICalendarReader.builder().build();

    private static ICalendarData resource(ICalendarReader reader, String name) throws IOException {
        try (InputStream in = ICalendarReaderTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return reader.read(in);
        }
    }

    private static String feed(String... eventLines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", eventLines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    private static final String[] MINIMAL = {"BEGIN:VEVENT", "UID:a@example.org", "DTSTAMP:20220801T000000Z",
        "DTSTART;VALUE=DATE:20220802", "SUMMARY:Night Out", "END:VEVENT"};

    @Nested
    @DisplayName("real exports")
    class Exports {

        @Test
        void google_readsZoneTimesAndKeepsWhatHasNoField() throws IOException {
            ICalendarData data = resource(READER, "google-export.ics");
            assertThat(data.warnings()).isEmpty();
            assertThat(data.name()).contains("Eau Claire PD Community Events");
            assertThat(data.events()).hasSize(2);
            Event nno = data.events().get(0);
            assertThat(nno.id()).isEqualTo("5k2j3h4g5f6d7s8a9qwerty@google.com");
            assertThat(nno.time()).isEqualTo(EventTime.of(
                    ZonedDateTime.parse("2022-08-02T17:00-05:00[America/Chicago]"),
                    ZonedDateTime.parse("2022-08-02T20:00-05:00[America/Chicago]")));
            assertThat(nno.description()).contains("Join your neighbors and officers at Carson Park.\nMusic, games and a"
                    + " K-9 demonstration.");
            assertThat(nno.venue().orElseThrow().name())
                    .isEqualTo("Carson Park, 1110 Carson Park Dr, Eau Claire, WI 54703, USA");
            assertThat(nno.lastModified()).isEqualTo(Instant.parse("2022-07-20T10:15:00Z"));
            assertThat(nno.status()).isEqualTo(EventStatus.confirmed());
            assertThat(nno.sequence()).isEqualTo(1);
            assertThat(nno.hosts()).isEmpty();
            assertThat(nno.community()).isEmpty();
            assertThat(nno.extensions()).extracting(ExtensionProperty::name).containsExactly("CREATED", "TRANSP");
            Event coffee = data.events().get(1);
            assertThat(coffee.time()).isEqualTo(EventTime.allDay(LocalDate.of(2022, 10, 4)));
            assertThat(coffee.status()).isEqualTo(EventStatus.cancelled());
            assertThat(coffee.activities()).extracting(a -> a.kind())
                    .containsExactly(ActivityKind.FOOD, ActivityKind.SAFETY_INFORMATION);
        }

        @Test
        void outlook_windowsZoneName_mapsToIana_organizerIsTheEventsOrganizer() throws IOException {
            ICalendarData data = resource(READER, "outlook-export.ics");
            assertThat(data.warnings()).isEmpty();
            Event e = data.events().get(0);
            assertThat(((EventTime.Timed) e.time()).start())
                    .isEqualTo(ZonedDateTime.parse("2023-08-01T17:00-05:00[America/Chicago]"));
            assertThat(e.participants()).isEmpty();
            assertThat(e.hosts()).isEmpty();
            assertThat(e.organizer()).contains(Organizer.of("Chippewa Falls Police Department",
                    URI.create("mailto:police@example.org")));
            assertThat(e.extensions()).extracting(ExtensionProperty::name).contains("X-MICROSOFT-CDO-BUSYSTATUS", "CLASS");
            assertThat(e.description()).contains("Meet the officers of the Chippewa Falls Police Department.\n");
        }

        @Test
        void apple_bomAndLfOnly_structuredLocationGivesCoordinates() throws IOException {
            ICalendarData data = resource(READER, "apple-export.ics");
            Event e = data.events().get(0);
            assertThat(e.title()).isEqualTo("Night Out – East Hartford 🚓");
            assertThat(e.venue().orElseThrow().name()).isEqualTo("Town Green, East Hartford CT 06108, United States");
            assertThat(e.venue().orElseThrow().geo().orElseThrow().latitude()).isEqualTo(41.7823);
            assertThat(e.extensions()).extracting(ExtensionProperty::name).contains("X-APPLE-STRUCTURED-LOCATION");
            assertThat(data.warnings()).isEmpty();
            assertThat(e.extensionComponents()).singleElement().satisfies(alarm -> {
                assertThat(alarm.name()).isEqualTo("VALARM");
                assertThat(alarm.properties()).extracting(ExtensionProperty::name).contains("ACTION", "TRIGGER");
            });
        }

        @Test
        void aggregatorOptions_fillCommunityAndHost() throws IOException {
            ICalendarReader reader = ICalendarReader.builder().community(Events.eauClaire()).addHost(Events.ecpd()).build();
            Event e = resource(reader, "google-export.ics").events().get(0);
            assertThat(e.community()).contains(Events.eauClaire());
            assertThat(e.hosts()).containsExactly(Events.ecpd());
        }

        @Test
        void readThenWrite_keepsExtensionProperties() throws IOException {
            Event e = resource(READER, "outlook-export.ics").events().get(0);
            String written = Events.writer().build().writeToString(List.of(e));
            assertThat(written).contains("X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n", "CLASS:PUBLIC\r\n");
            assertThat(READER.read(written).events()).containsExactly(e);
        }
    }

    @Nested
    @DisplayName("encoding")
    class Encoding {

        @Test
        void foldInsideAUtf8Character_joinsBack() throws IOException {
            byte[] emoji = "🚓".getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(feed(MINIMAL).replace("SUMMARY:Night Out", "SUMMARY:Night Out @@").getBytes(StandardCharsets.UTF_8));
            byte[] bytes = out.toByteArray();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int at = text.indexOf("@@");
            ByteArrayOutputStream folded = new ByteArrayOutputStream();
            folded.write(bytes, 0, at);
            folded.write(emoji, 0, 2);
            folded.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
            folded.write(emoji, 2, 2);
            folded.write(bytes, at + 2, bytes.length - at - 2);
            ICalendarData data = READER.read(new ByteArrayInputStream(folded.toByteArray()));
            assertThat(data.warnings()).isEmpty();
            assertThat(data.events().get(0).title()).isEqualTo("Night Out 🚓");
        }

        @Test
        void invalidUtf8_isReplaced_withAWarningNamingTheLine() throws IOException {
            byte[] bytes = feed(MINIMAL).replace("Night Out", "Night Out \u0001").getBytes(StandardCharsets.UTF_8);
            String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("\u0001", "\u00ff");
            ICalendarData data = READER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
            assertThat(data.warnings()).extracting(ReadWarning::code).containsExactly(ReadWarning.Code.INVALID_UTF8);
            assertThat(data.warnings().get(0).line()).isEqualTo(8);
            assertThat(data.events().get(0).title()).isEqualTo("Night Out \uFFFD");
        }
    }

    @Nested
    @DisplayName("problems")
    class Problems {

        @Test
        void notICalendar_isOneClearException() {
            assertThatThrownBy(() -> READER.read("<!DOCTYPE html>\n<html></html>"))
                    .isInstanceOf(ICalendarParseException.class)
                    .hasMessageStartingWith("line 1: not an iCalendar document");
            assertThatThrownBy(() -> READER.read("")).hasMessage("line 0: not an iCalendar document: it is empty");
        }

        @Test
        void badDtstart_skipsThatEvent_andKeepsTheOthers() throws IOException {
            ICalendarData data = READER.read(feed("BEGIN:VEVENT", "UID:bad", "DTSTAMP:20220801T000000Z",
                    "DTSTART:2022-08-02 18:00", "SUMMARY:Broken", "END:VEVENT", String.join("\r\n", MINIMAL)));
            assertThat(data.events()).extracting(Event::id).containsExactly("a@example.org");
            assertThat(data.warnings()).extracting(ReadWarning::toString).containsExactly(
                    "line 7: DTSTART: \"2022-08-02 18:00\" is not a date (20210803) or date-time (20210803T170000,"
                            + " with Z or a TZID); the property is skipped",
                    "line 7: VEVENT: DTSTART cannot be read; the event is skipped");
        }

        @Test
        void strict_turnsTheFirstWarningIntoTheException() {
            ICalendarReader strict = ICalendarReader.builder().strict(true).build();
            assertThatThrownBy(() -> strict.read(feed("BEGIN:VEVENT", "UID:x", "DTSTAMP:20220801T000000Z",
                    "DTSTART:20220802T180000", "SUMMARY:Floating", "END:VEVENT")))
                    .isInstanceOfSatisfying(ICalendarParseException.class, e -> assertThat(e.line()).isEqualTo(7))
                    .hasMessage("line 7: DTSTART: \"20220802T180000\" has no time zone, and neither the calendar"
                            + " (X-WR-TIMEZONE) nor the reader names one; read in UTC");
        }

        @Test
        void floatingTime_readInTheConfiguredZone() throws IOException {
            ICalendarReader reader = ICalendarReader.builder().floatingTimeZone(ZoneId.of("America/Chicago")).build();
            ICalendarData data = reader.read(feed("BEGIN:VEVENT", "UID:x", "DTSTAMP:20220801T000000Z",
                    "DTSTART:20220802T180000", "SUMMARY:Floating", "END:VEVENT"));
            assertThat(((EventTime.Timed) data.events().get(0).time()).start())
                    .isEqualTo(ZonedDateTime.parse("2022-08-02T18:00-05:00[America/Chicago]"));
            assertThat(data.warnings()).isEmpty();
        }

        @Test
        void floatingTime_readInTheCalendarsXWrTimezone_beforeTheReadersZone() throws IOException {
            ICalendarReader reader = ICalendarReader.builder().floatingTimeZone(ZoneId.of("America/Chicago")).build();
            ICalendarData data = reader.read(feed("X-WR-TIMEZONE:Europe/Berlin", "BEGIN:VEVENT", "UID:x",
                    "DTSTAMP:20220801T000000Z", "DTSTART:20220802T180000", "SUMMARY:Floating", "END:VEVENT"));
            assertThat(((EventTime.Timed) data.events().get(0).time()).start())
                    .isEqualTo(ZonedDateTime.parse("2022-08-02T18:00+02:00[Europe/Berlin]"));
            assertThat(data.warnings()).isEmpty();
        }

        @Test
        void floatingTime_readInTheCommunitysZone_whenNothingElseSaysWhere() throws IOException {
            org.nightout.core.Community eauClaire = org.nightout.core.Community.builder().name("Eau Claire")
                    .kind(org.nightout.core.CommunityKind.CITY).state(org.nightout.core.UsState.WI)
                    .zone(ZoneId.of("America/Chicago")).build();
            ICalendarData data = ICalendarReader.builder().community(eauClaire).build().read(feed("BEGIN:VEVENT",
                    "UID:x", "DTSTAMP:20220801T000000Z", "DTSTART:20220802T180000", "SUMMARY:Floating", "END:VEVENT"));
            assertThat(((EventTime.Timed) data.events().get(0).time()).start())
                    .isEqualTo(ZonedDateTime.parse("2022-08-02T18:00-05:00[America/Chicago]"));
            assertThat(data.warnings()).isEmpty();
        }

        @Test
        void unknownTzid_withAFixedOffsetVtimezone_readsAtThatOffset() throws IOException {
            ICalendarData data = READER.read(feed("BEGIN:VTIMEZONE", "TZID:Custom Zone", "BEGIN:STANDARD",
                    "DTSTART:19700101T000000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0400", "END:STANDARD", "END:VTIMEZONE",
                    "BEGIN:VEVENT", "UID:x", "DTSTAMP:20220801T000000Z", "DTSTART;TZID=Custom Zone:20220802T180000",
                    "SUMMARY:Custom", "END:VEVENT"));
            assertThat(((EventTime.Timed) data.events().get(0).time()).start().getOffset())
                    .isEqualTo(ZoneOffset.ofHours(-4));
            assertThat(data.warnings()).isEmpty();
        }

        @Test
        void truncated_keepsWhatWasRead_withAWarning() throws IOException {
            String truncated = feed(MINIMAL);
            truncated = truncated.substring(0, truncated.indexOf("END:VEVENT"));
            ICalendarData data = READER.read(truncated);
            assertThat(data.events()).hasSize(1);
            assertThat(data.warnings()).extracting(ReadWarning::code)
                    .containsExactly(ReadWarning.Code.STRUCTURE, ReadWarning.Code.STRUCTURE);
        }

        @Test
        void missingSummaryAndUid_areVisibleGaps() throws IOException {
            ICalendarData data = READER.read(feed("BEGIN:VEVENT", "DTSTAMP:20220801T000000Z",
                    "DTSTART;VALUE=DATE:20220802", "END:VEVENT"));
            Event e = data.events().get(0);
            assertThat(e.title()).isEqualTo("(no title)");
            assertThat(e.id()).startsWith("no-uid-").isEqualTo(READER.read(feed("BEGIN:VEVENT",
                    "DTSTAMP:20220801T000000Z", "DTSTART;VALUE=DATE:20220802", "END:VEVENT")).events().get(0).id());
            assertThat(data.warnings()).extracting(ReadWarning::code)
                    .containsExactly(ReadWarning.Code.MISSING_PROPERTY, ReadWarning.Code.MISSING_PROPERTY);
        }

        @Test
        void endBeforeStart_dropsTheEnd() throws IOException {
            ICalendarData data = READER.read(feed("BEGIN:VEVENT", "UID:x", "DTSTAMP:20220801T000000Z",
                    "DTSTART:20220802T180000Z", "DTEND:20220802T170000Z", "SUMMARY:Backwards", "END:VEVENT"));
            assertThat(data.events().get(0).time()).isEqualTo(EventTime.of(ZonedDateTime.parse("2022-08-02T18:00Z")));
            assertThat(data.warnings()).extracting(ReadWarning::property).containsExactly("DTEND");
        }

        @Test
        void injectionInAnEscapedTitle_staysText() throws IOException {
            ICalendarData data = READER.read(feed("BEGIN:VEVENT", "UID:x", "DTSTAMP:20220801T000000Z",
                    "DTSTART;VALUE=DATE:20220802", "SUMMARY:Night\\nX-EVIL:1", "END:VEVENT"));
            assertThat(data.events().get(0).title()).isEqualTo("Night X-EVIL:1");
            assertThat(data.events().get(0).extensions()).isEmpty();
        }

        @Test
        void tooLongALine_stopsWithTheLimit() {
            ICalendarReader small = ICalendarReader.builder().maxLineOctets(100).build();
            String longLine = "DESCRIPTION:" + "x".repeat(60) + "\r\n " + "y".repeat(60);
            assertThatThrownBy(() -> small.read(feed("BEGIN:VEVENT", longLine, "END:VEVENT")))
                    .isInstanceOf(ICalendarParseException.class)
                    .hasMessage("line 5: line longer than 100 octets (after unfolding); raise the limit with"
                            + " maxLineOctets if the input is trusted");
        }

        @Test
        void tooManyComponentsOrTooDeep_stops() {
            assertThatThrownBy(() -> ICalendarReader.builder().maxComponents(2).build()
                    .read(feed(String.join("\r\n", MINIMAL), String.join("\r\n", MINIMAL))))
                    .hasMessageContaining("more than 2 components");
            StringBuilder deep = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                deep.append("BEGIN:X-NEST\r\n");
            }
            assertThatThrownBy(() -> READER.read(feed(deep.toString().strip())))
                    .hasMessageContaining("components nested deeper than 16");
        }

        @Test
        void badLine_isSkipped_withItsLineNumber() throws IOException {
            ICalendarData data = READER.read(feed("this is not a content line", String.join("\r\n", MINIMAL)));
            assertThat(data.events()).hasSize(1);
            assertThat(data.warnings()).singleElement().satisfies(w -> {
                assertThat(w.line()).isEqualTo(4);
                assertThat(w.code()).isEqualTo(ReadWarning.Code.INVALID_LINE);
            });
        }
    }

    /** Inputs the fuzzer found that escaped as exceptions other than ICalendarParseException, or lost an event. */
    @Nested
    @DisplayName("regressions")
    class Regressions {
        private static final String[] START = {"BEGIN:VEVENT", "UID:a", "DTSTAMP:20220801T000000Z",
            "DTSTART;VALUE=DATE:20220802", "SUMMARY:Night Out"};

        private ICalendarData readEvent(String... lines) throws IOException {
            List<String> all = new java.util.ArrayList<>(List.of(START));
            all.addAll(List.of(lines));
            all.add("END:VEVENT");
            return READER.read(feed(all.toArray(String[]::new)));
        }

        @Test
        void rruleUntilTooShort_isAnUnsupportedRule_notAStringIndexOutOfBoundsException() throws IOException {
            ICalendarData data = readEvent("RRULE:FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;UNTIL=1");
            assertThat(data.events()).singleElement().satisfies(e -> assertThat(e.extensions())
                    .containsExactly(ExtensionProperty.of("X-UNAPPLIED-RRULE", "FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;UNTIL=1")));
            assertThat(data.warnings()).extracting(ReadWarning::code)
                    .containsExactly(ReadWarning.Code.UNSUPPORTED_RECURRENCE);
        }

        @Test
        void rruleUntilNotADate_isAnUnsupportedRule_notANumberFormatOrDateTimeException() throws IOException {
            for (String until : List.of("ABCDEFGH", "20301301T000000Z", "20300230")) {
                ICalendarData data = readEvent("RRULE:FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;UNTIL=" + until);
                assertThat(data.events()).as(until).hasSize(1);
                assertThat(data.warnings()).as(until).extracting(ReadWarning::code)
                        .containsExactly(ReadWarning.Code.UNSUPPORTED_RECURRENCE);
            }
        }

        @Test
        void rruleCountPastTheYear9999_isASeries_thatTheWriterCanWrite() throws IOException {
            ICalendarData data = readEvent("RRULE:FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;COUNT=999999999");
            assertThat(data.series()).singleElement().satisfies(s -> assertThat(s.lastYear()).hasValue(9999));
            assertThat(data.warnings()).isEmpty();
            java.io.StringWriter out = new java.io.StringWriter();
            Events.writer().build().write(List.of(), data.series(), out);
            assertThat(READER.read(out.toString()).series()).isEqualTo(data.series());
        }

        @Test
        void categoryLongerThanTheModelAllows_isAWarning_notAValidationException() throws IOException {
            ICalendarData data = readEvent("CATEGORIES:Music," + "x".repeat(10_001));
            assertThat(data.events()).singleElement().satisfies(e -> assertThat(e.activities())
                    .extracting(a -> a.kind()).containsExactly(ActivityKind.MUSIC));
            assertThat(data.warnings()).extracting(ReadWarning::code).containsExactly(ReadWarning.Code.INVALID_VALUE);
        }

        @Test
        void tabInAOneLineValue_becomesASpace_andKeepsTheEvent() throws IOException {
            ICalendarData data = READER.read(feed("BEGIN:VEVENT", "UID:a", "DTSTAMP:20220801T000000Z",
                    "DTSTART;VALUE=DATE:20220802", "SUMMARY:Night\tOut", "CATEGORIES:Arts\tcrafts", "END:VEVENT"));
            assertThat(data.events()).singleElement().satisfies(e -> {
                assertThat(e.title()).isEqualTo("Night Out");
                assertThat(e.activities()).extracting(a -> a.label()).containsExactly("Arts crafts");
            });
            assertThat(data.warnings()).extracting(ReadWarning::code)
                    .containsOnly(ReadWarning.Code.INVALID_VALUE);
        }

        @Test
        void hostingSinceYear0_isAWarning_andTheEventIsKept() throws IOException {
            ICalendarData data = readEvent("X-NIGHTOUT-HOSTING-SINCE:0");
            assertThat(data.events()).singleElement().satisfies(e -> assertThat(e.hostingSince()).isEmpty());
            assertThat(data.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo(ReadWarning.Code.INVALID_VALUE);
                assertThat(w.message()).contains("a year from 1 to 9999");
            });
        }

        @Test
        void hostingSinceOutsideTheYearRange_isAWarning_notADateTimeException() throws IOException {
            ICalendarData data = readEvent("X-NIGHTOUT-HOSTING-SINCE:-1000000000");
            assertThat(data.events()).singleElement().satisfies(e -> assertThat(e.hostingSince()).isEmpty());
            assertThat(data.warnings()).extracting(ReadWarning::code).containsExactly(ReadWarning.Code.INVALID_VALUE);
        }

        @Test
        void yearlyRuleNotOnDtstart_isASeries_whoseFirstOccurrenceIsDtstart() throws IOException {
            ICalendarData data = READER.read(feed("BEGIN:VEVENT", "UID:a", "DTSTAMP:20220801T000000Z",
                    "DTSTART;VALUE=DATE:20220803", "SUMMARY:Night Out", "RRULE:FREQ=YEARLY;BYMONTH=8;BYDAY=1TU",
                    "EXDATE;VALUE=DATE:20230801", "END:VEVENT"));
            assertThat(data.series()).singleElement().satisfies(s -> {
                assertThat(s.first().extensions()).isEmpty();
                assertThat(s.occurrences(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1)))
                        .extracting(e -> e.time().startDate()).containsExactly(LocalDate.of(2022, 8, 3),
                                LocalDate.of(2024, 8, 6));
            });
            assertThat(data.warnings()).isEmpty();
        }

        @Test
        void overrideThatNoOccurrenceTakes_isKeptAsAnEvent_notDropped() throws IOException {
            String master = String.join("\r\n", "BEGIN:VEVENT", "UID:s", "DTSTAMP:20220801T000000Z",
                    "DTSTART;VALUE=DATE:20220802", "SUMMARY:Night Out", "RRULE:FREQ=YEARLY;BYMONTH=8;BYDAY=1TU",
                    "EXDATE;VALUE=DATE:20230801", "END:VEVENT");
            String unreadable = String.join("\r\n", "BEGIN:VEVENT", "UID:s", "DTSTAMP:20220801T000000Z",
                    "RECURRENCE-ID:not a date", "DTSTART;VALUE=DATE:20240806", "SUMMARY:Moved", "END:VEVENT");
            String ofCancelledYear = unreadable.replace("RECURRENCE-ID:not a date",
                    "RECURRENCE-ID;VALUE=DATE:20230801");
            ICalendarData data = READER.read(feed(master, unreadable, ofCancelledYear));
            assertThat(data.series()).singleElement().satisfies(s -> {
                assertThat(s.exdates()).containsExactly(LocalDate.of(2023, 8, 1));
                assertThat(s.overrides()).isEmpty();
                assertThat(s.first().extensions()).isEmpty();
            });
            assertThat(data.events()).hasSize(2).allSatisfy(e -> assertThat(e.title()).isEqualTo("Moved"))
                    .extracting(Event::id).containsExactly("s-not-a-date", "s-20230801");
            assertThat(data.events()).allSatisfy(e -> assertThat(e.uid()).contains("s"));
            assertThat(data.warnings()).extracting(ReadWarning::property)
                    .containsExactly("RECURRENCE-ID", "RECURRENCE-ID", "RECURRENCE-ID");
        }

        @Test
        void exdateOfTheOtherForm_isIgnored_andTheSeriesKept() throws IOException {
            ICalendarData data = readEvent("RRULE:FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;COUNT=3",
                    "EXDATE;VALUE=DATE:20230801", "EXDATE:20240806T170000Z");
            assertThat(data.series()).singleElement().satisfies(s -> {
                assertThat(s.lastYear()).hasValue(2024);
                assertThat(s.exdates()).containsExactly(LocalDate.of(2023, 8, 1));
            });
            assertThat(data.warnings()).extracting(ReadWarning::code)
                    .containsExactly(ReadWarning.Code.INVALID_VALUE);
        }
    }
}
