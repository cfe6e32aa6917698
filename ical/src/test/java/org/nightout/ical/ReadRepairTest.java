package org.nightout.ical;

import org.nightout.core.Profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.EventTime;

/** Broken structure and odd values in other writers' files: what can be read is read, each repair with a warning. */
class ReadRepairTest {
    private static final ICalendarReader READER = ICalendarReader.builder().build();

    static ICalendarData read(String name) throws IOException {
        try (InputStream in = ReadRepairTest.class.getResourceAsStream("repair/" + name)) {
            assertThat(in).as(name).isNotNull();
            return READER.read(in);
        }
    }

    private static List<String> ids(ICalendarData data) {
        return data.events().stream().map(Event::id).toList();
    }

    private static List<String> messages(ICalendarData data) {
        return data.warnings().stream().map(ReadWarning::toString).toList();
    }

    /** Writes what was read, so that a repair can be seen to leave nothing unwritable behind. */
    private static String written(ICalendarData data) throws IOException {
        StringWriter out = new StringWriter();
        ICalendarWriter.builder().publisher("Test", URI.create("mailto:test@example.org")).profile(Profile.FULL).build()
                .write(data.events(), data.series(), out);
        return out.toString();
    }

    @Nested
    @DisplayName("structure")
    class Structure {

        @Test
        void read_misspelledEnd_closesTheOpenComponent_andReadsTheNextEvent() throws IOException {
            ICalendarData data = read("misspelled-end.ics");
            assertThat(ids(data)).containsExactly("after-todo");
            assertThat(messages(data)).containsExactly(
                    "line 6: END: END:VTOOD closes no open component; read as END:VTODO (opened on line 4)");
        }

        @Test
        void read_veventWithoutEnd_isClosedAtTheNextBegin_bothKept() throws IOException {
            ICalendarData data = read("vevent-without-end.ics");
            assertThat(ids(data)).containsExactly("unclosed", "next");
            assertThat(messages(data)).containsExactly("line 9: VEVENT: VEVENT opened on line 4 was not closed"
                    + " before BEGIN:VEVENT; closed there");
        }

        @Test
        void read_nestedVcalendar_readsItsEvents() throws IOException {
            ICalendarData data = read("nested-vcalendar.ics");
            assertThat(ids(data)).containsExactly("nested");
            assertThat(messages(data)).containsExactly("line 4: VCALENDAR: VCALENDAR inside VCALENDAR (line 1); its"
                    + " components are read as the outer calendar's");
        }

        @Test
        void read_whiteSpaceBeforeBeginVcalendar_isIgnored() throws IOException {
            ICalendarData data = read("whitespace-before-begin.ics");
            assertThat(ids(data)).containsExactly("indented");
            assertThat(messages(data)).containsExactly("line 1: (line): white space before the first line; ignored");
        }

        @Test
        void read_eventAfterEndVcalendar_isReadAsPartOfTheCalendar() throws IOException {
            ICalendarData data = read("event-after-end-vcalendar.ics");
            assertThat(ids(data)).containsExactly("first", "after-end");
            assertThat(messages(data)).containsExactly("line 11: VEVENT: VEVENT after END:VCALENDAR; read as part of"
                    + " the calendar that ended on line 10");
        }

        @Test
        void read_loneVevent_isReadAsIfAVcalendarHeldIt() throws IOException {
            ICalendarData data = READER.read("BEGIN:VEVENT\r\nUID:lone\r\nDTSTAMP:20220801T000000Z\r\n"
                    + "DTSTART;VALUE=DATE:20220802\r\nSUMMARY:Lone\r\nEND:VEVENT\r\n");
            assertThat(ids(data)).containsExactly("lone");
            assertThat(messages(data)).containsExactly("line 1: VEVENT: BEGIN:VEVENT without BEGIN:VCALENDAR; read as"
                    + " if a VCALENDAR held it");
        }

        @Test
        void read_unterminatedQuoteAndQuoteInUnquotedValue_areWarnedAbout_andKept() throws IOException {
            ICalendarData data = read("malformed-parameters.ics");
            assertThat(ids(data)).containsExactly("quotes");
            assertThat(messages(data)).containsExactly(
                    "line 9: ORGANIZER: the quoted value of parameter CN has no closing '\"'; read up to the first ':'",
                    "line 10: X-NOTE: parameter X-A has a '\"' inside an unquoted value; kept as it is");
            assertThat(data.events().get(0).extensions()).anySatisfy(x -> {
                assertThat(x.name()).isEqualTo("X-NOTE");
                assertThat(x.value()).isEqualTo("kept");
            });
        }
    }

    @Nested
    @DisplayName("values")
    class Values {

        @Test
        void read_valueDateWithADateTime_readsTheDateTime() throws IOException {
            ICalendarData data = read("value-date-with-date-time.ics");
            assertThat(data.events()).singleElement().extracting(Event::time)
                    .isEqualTo(EventTime.of(ZonedDateTime.parse("2022-08-02T18:00:00Z")));
            assertThat(messages(data)).containsExactly("line 7: DTSTART: \"20220802T180000Z\" is a date-time, not the"
                    + " date that VALUE=DATE announces; read as a date-time");
        }

        @Test
        void read_emptyValueUnderValueDate_isOneWarning_notAlsoADateTime() throws IOException {
            String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:a@x\r\n"
                    + "DTSTAMP:20250101T000000Z\r\nDTSTART:20250101T100000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\n"
                    + "EXDATE;VALUE=DATE:\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
            ICalendarData data = READER.read(new java.io.ByteArrayInputStream(ics.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(data.series()).singleElement();
            assertThat(messages(data)).containsExactly("line 9: EXDATE: \"\" is not a date (20210803) or date-time"
                    + " (20210803T170000, with Z or a TZID); the property is skipped");
        }

        @Test
        void read_durationTooLargeForJava_keepsTheEventWithoutEnd() throws IOException {
            ICalendarData data = read("duration-overflow.ics");
            assertThat(data.events()).singleElement().extracting(Event::time)
                    .isEqualTo(EventTime.of(ZonedDateTime.parse("2024-01-01T00:00:00Z")));
            assertThat(messages(data)).singleElement().asString().startsWith("line 8: DURATION: \"P99999999999999999D\""
                    + " is not a duration that ends after the start, within the years iCalendar can write");
            assertThat(written(data)).contains("UID;X-NIGHTOUT-UID=KEPT:long\r\n", "DTSTART:20240101T000000Z\r\n");
        }

        @Test
        void read_durationPastTheLastWritableYear_dropsTheEnd() throws IOException {
            ICalendarData data = READER.read("BEGIN:VCALENDAR\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:far\r\n"
                    + "DTSTAMP:20220801T000000Z\r\nDTSTART;VALUE=DATE:99991230\r\nDURATION:P5D\r\nSUMMARY:Far\r\n"
                    + "END:VEVENT\r\nEND:VCALENDAR\r\n");
            assertThat(data.events()).singleElement().extracting(Event::time)
                    .isEqualTo(EventTime.allDay(LocalDate.of(9999, 12, 30)));
            assertThat(messages(data)).singleElement().asString().startsWith("line 7: DURATION: \"P5D\" is not a");
            assertThat(written(data)).contains("DTSTART;VALUE=DATE:99991230");
        }
    }

    @Nested
    @DisplayName("identity")
    class Identity {

        private ICalendarData withUids(String... uids) throws IOException {
            StringBuilder doc = new StringBuilder("BEGIN:VCALENDAR\r\nPRODID:-//test//EN\r\n");
            for (String uid : uids) {
                doc.append("BEGIN:VEVENT\r\nUID:").append(uid).append("\r\nDTSTAMP:20220801T000000Z\r\n")
                        .append("DTSTART;VALUE=DATE:20220802\r\nSUMMARY:Night Out\r\nEND:VEVENT\r\n");
            }
            return READER.read(doc.append("END:VCALENDAR\r\n").toString());
        }

        private String writtenWithDomain(ICalendarData data) {
            return ICalendarWriter.builder().publisher("Test", URI.create("mailto:test@example.org")).profile(Profile.FULL)
                    .uidDomain("example.org").build().writeToString(data.events());
        }

        @Test
        void uidWithoutAt_isWrittenBackExactly_notWithTheWritersDomain() throws IOException {
            ICalendarData data = withUids("040000008200E00074C5B7101A82E008");
            assertThat(data.events().get(0).uid()).contains("040000008200E00074C5B7101A82E008");
            assertThat(data.warnings()).isEmpty();
            assertThat(writtenWithDomain(data).replace("\r\n ", ""))
                    .contains("UID;X-NIGHTOUT-UID=KEPT:040000008200E00074C5B7101A82E008\r\n")
                    .doesNotContain("E008@example.org");
        }

        @Test
        void applicationsOwnId_getsTheWritersDomain() {
            Event made = Event.builder().id("nno-2022").title("Night Out").time(EventTime.allDay(
                    LocalDate.of(2022, 8, 2))).lastModified(java.time.Instant.EPOCH).build();
            assertThat(ICalendarWriter.builder().publisher("Test", URI.create("mailto:test@example.org")).profile(Profile.FULL)
                    .uidDomain("example.org").build().writeToString(List.of(made))).contains("UID:nno-2022@example.org\r\n");
        }

        @Test
        void uidWithAUnicodeSpace_keepsItsEventAndItsUid_theIdIsCleaned() throws IOException {
            ICalendarData data = withUids("night\u00A0out");
            Event e = data.events().get(0);
            assertThat(e.id()).isEqualTo("night-out");
            assertThat(e.uid()).contains("night\u00A0out");
            assertThat(messages(data)).containsExactly("line 4: UID: \"night\u00A0out\" is not usable as an id (spaces,"
                    + " control characters or over 255 characters); the id is night-out and the UID is written back as"
                    + " it was");
            assertThat(writtenWithDomain(data)).contains("UID;X-NIGHTOUT-ID=night-out:night\u00A0out\r\n");
        }

        @Test
        void uidWithALineSeparator_keepsItsEvent_theUidIsWrittenFromTheCleanId() throws IOException {
            ICalendarData data = withUids("night\u2028out", "next\u0085line");
            assertThat(data.events()).extracting(Event::id).containsExactly("night-out", "next-line");
            assertThat(data.events()).allSatisfy(e -> assertThat(e.uid()).isEmpty());
            assertThat(data.warnings()).hasSize(2);
        }

        @Test
        void uidOver255Characters_isCutWithoutSplittingASurrogatePair() throws IOException {
            String uid = "a".repeat(254) + "\uD83D\uDE93" + "b";
            ICalendarData data = withUids(uid);
            Event e = data.events().get(0);
            assertThat(e.id()).isEqualTo("a".repeat(254));
            assertThat(e.uid()).contains(uid);
        }

        @Test
        void uidUsedTwice_givesTwoEventsWithIdsOfTheirOwn() throws IOException {
            ICalendarData data = withUids("same", "same", "same-2");
            assertThat(data.events()).extracting(Event::id).containsExactly("same", "same-2", "same-2-2");
            assertThat(messages(data)).containsExactly(
                    "line 9: UID: the id same is already used by the VEVENT on line 3; this event is read as same-2",
                    "line 15: UID: the id same-2 is already used by the VEVENT on line 9; this event is read as"
                            + " same-2-2");
        }

        private ICalendarData versions(String... sequenceAndTitle) throws IOException {
            StringBuilder doc = new StringBuilder("BEGIN:VCALENDAR\r\nPRODID:-//test//EN\r\n");
            for (int i = 0; i < sequenceAndTitle.length; i += 2) {
                doc.append("BEGIN:VEVENT\r\nUID:meeting\r\nDTSTAMP:20240101T000000Z\r\nSEQUENCE:")
                        .append(sequenceAndTitle[i]).append("\r\nDTSTART;VALUE=DATE:20240115\r\nSUMMARY:")
                        .append(sequenceAndTitle[i + 1]).append("\r\nEND:VEVENT\r\n");
            }
            return READER.read(doc.append("END:VCALENDAR\r\n").toString());
        }

        @Test
        void twoVersionsOfOneUid_theHigherSequenceWins_whereverItStands() throws IOException {
            ICalendarData later = versions("0", "Old", "3", "New");
            assertThat(later.events()).extracting(Event::title).containsExactly("New");
            assertThat(messages(later)).containsExactly("line 3: SEQUENCE: an older version of UID meeting than the"
                    + " VEVENT on line 10 (SEQUENCE and LAST-MODIFIED); it is dropped");
            ICalendarData earlier = versions("3", "New", "0", "Old");
            assertThat(earlier.events()).extracting(Event::title).containsExactly("New");
            assertThat(messages(earlier)).containsExactly("line 10: SEQUENCE: an older version of UID meeting than"
                    + " the VEVENT on line 3 (SEQUENCE and LAST-MODIFIED); it is dropped");
        }

        @Test
        void twoEventsOfOneUidAndVersion_areBothKept() throws IOException {
            ICalendarData data = versions("1", "One", "1", "Other");
            assertThat(data.events()).extracting(Event::id).containsExactly("meeting", "meeting-2");
        }

        @Test
        void readWriteRead_keepsIdAndUid() throws IOException {
            ICalendarData data = withUids("night\u00A0out", "plain");
            ICalendarData again = READER.read(writtenWithDomain(data));
            assertThat(again.events()).isEqualTo(data.events());
        }
    }
}
