package org.nightout.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.csv.Sheets.CHICAGO;
import static org.nightout.csv.Sheets.SAVED;
import static org.nightout.csv.Sheets.read;
import static org.nightout.csv.Sheets.reader;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.Activity;
import org.nightout.core.ActivityKind;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.OrganizationParticipant;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.PersonParticipant;
import org.nightout.core.Profile;
import org.nightout.core.UsState;

/** Sheets as Google Forms, Excel and Numbers export them, read into events and named errors. */
class CsvReaderTest {

    private static Event byId(CsvImport sheet, String id) {
        return sheet.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static EventTime.Timed timed(Event e) {
        return (EventTime.Timed) e.time();
    }

    @Nested
    @DisplayName("an Excel sheet (CSV UTF-8: byte order mark, CRLF, quoted commas, quotes and line breaks)")
    class Excel {
        private final CsvImport sheet = read("excel.csv");

        @Test
        void every_dataRow_isAnEventOrAnError_andBlankRowsAreSkipped() {
            assertThat(sheet.events()).extracting(Event::id).containsExactly("NNO-001", "NNO-002", "NNO-003",
                    "NNO-007");
            assertThat(sheet.rows()).isEqualTo(8);
            assertThat(sheet.complete()).isFalse();
        }

        @Test
        void the_errors_nameRowColumnValueAndWhy_countingAQuotedLineBreakAsOneRow() {
            assertThat(sheet.errors()).extracting(RowError::message).containsExactly(
                    "row 6: column \"Date\": value \"TBD\": the date is not known yet; the row becomes an event once"
                            + " it has one",
                    "row 7: column \"Date\": value \"08/32/2026\": no such date (month 8, day 32, year 2026); dates"
                            + " with slashes are month/day/year",
                    "row 7: column \"State\": value \"Wisconsn\": not a US state: write its two-letter code, such as"
                            + " WI, or its name",
                    "row 8: column \"Start Time\": value \"25:00\": no hour 25 in a day; write 6:00 PM or 18:00",
                    "row 8: column \"E-mail\": value \"jo-at-example.org\": must be an email address such as"
                            + " info@example.org",
                    "row 11: column \"Rain Date\": value \"08/03/2026\": must be after the event's start date"
                            + " 2026-08-04");
        }

        @Test
        void quoted_values_keepTheirCommasQuotesAndLineBreaks() {
            Event oak = byId(sheet, "NNO-001");
            assertThat(oak.title()).isEqualTo("Oak Street \"Night Out\" Party");
            assertThat(oak.description()).contains("Line one of the notes,\nline two \"quoted\".");
            assertThat(oak.venue().get().address().get().street()).contains("1410 Oak St, Apt 2");
            assertThat(oak.rainDate()).contains(LocalDate.of(2026, 8, 5));
            assertThat(oak.activities()).containsExactly(Activity.of(ActivityKind.MUSIC),
                    Activity.of(ActivityKind.RAFFLE), Activity.of(ActivityKind.DUNK_TANK));
        }

        @Test
        void times_areInTheStatesZone_whenTheReaderIsGivenNone() {
            assertThat(timed(byId(sheet, "NNO-001")).start())
                    .isEqualTo(ZonedDateTime.of(2026, 8, 4, 18, 0, 0, 0, CHICAGO));
        }

        @Test
        void a_partyPastMidnight_endsTheNextDay() {
            EventTime.Timed late = timed(byId(sheet, "NNO-002"));
            assertThat(late.start()).isEqualTo(ZonedDateTime.of(2026, 8, 4, 21, 0, 0, 0, CHICAGO));
            assertThat(late.end()).contains(ZonedDateTime.of(2026, 8, 5, 1, 0, 0, 0, CHICAGO));
        }

        @Test
        void a_tbdTime_isAnAllDayEvent() {
            Event cedar = byId(sheet, "NNO-003");
            assertThat(cedar.time()).isEqualTo(EventTime.allDay(LocalDate.of(2026, 8, 4)));
            assertThat(cedar.status()).isEqualTo(EventStatus.confirmed());
        }

        @Test
        void canceled_cancels_withTheDocumentedReason() {
            Event hickory = byId(sheet, "NNO-007");
            assertThat(hickory.status()).isEqualTo(EventStatus.cancelled("no reason given in the sign-up sheet"));
            assertThat(Profile.PUBLIC.apply(hickory).description())
                    .contains("Cancelled: no reason given in the sign-up sheet.");
        }

        @Test
        void host_and_contact_becomeParticipants_andThePublicProfileDropsThePhone() {
            Event oak = byId(sheet, "NNO-001");
            assertThat(oak.participants()).hasSize(2);
            assertThat(((OrganizationParticipant) oak.participants().get(0)).organization().name())
                    .isEqualTo("Oak Street Block Club");
            PersonParticipant contact = (PersonParticipant) oak.participants().get(1);
            assertThat(contact.role()).isEqualTo(ParticipantRole.CONTACT);
            assertThat(contact.person().name()).isEqualTo("Dana Reyes");
            assertThat(contact.person().contact().get().phone()).contains("(715) 555-0101");
            assertThat(contact.person().contact().get().email()).contains("dana@example.org");
            Event shown = Profile.PUBLIC.apply(oak);
            assertThat(shown.participants()).allMatch(p -> !(p instanceof PersonParticipant pp)
                    || pp.person().contact().isEmpty());
        }

        @Test
        void a_home_showsOnlyItsStreet_inPublic() {
            Event oak = byId(sheet, "NNO-001");
            assertThat(oak.venue().get().privateResidence()).isTrue();
            assertThat(Profile.PUBLIC.apply(oak).venue().get().address().get().oneLine())
                    .isEqualTo("Oak St, Apt 2, Eau Claire, WI");
        }
    }

    @Nested
    @DisplayName("a Google Forms sheet (questions as headers, mapped by a column map; timestamps)")
    class GoogleForms {
        private final CsvImport sheet = read("google-forms.csv", reader()
                .columns(ColumnMap.parse(Sheets.text("google-forms.map"))).build());

        @Test
        void the_mappedQuestions_areRead() {
            assertThat(sheet.events()).extracting(Event::title).containsExactly("Elm Street Block Party",
                    "Birch Court Potluck");
            Event elm = sheet.events().get(0);
            assertThat(timed(elm).start()).isEqualTo(ZonedDateTime.of(2026, 8, 4, 18, 0, 0, 0, CHICAGO));
            assertThat(timed(elm).end()).contains(ZonedDateTime.of(2026, 8, 4, 21, 0, 0, 0, CHICAGO));
            assertThat(elm.venue().get().address().get().oneLine()).isEqualTo("1234 Elm St, Eau Claire, WI");
        }

        @Test
        void the_timestamp_isWhenTheRowLastChanged() {
            assertThat(sheet.events().get(0).lastModified()).isEqualTo(Instant.parse("2026-07-01T19:23:11Z"));
            assertThat(sheet.events().get(1).lastModified()).isEqualTo(Instant.parse("2026-07-02T14:05:47Z"));
        }

        @Test
        void a_badEmail_isNamed_underTheSheetsOwnHeader() {
            assertThat(sheet.errors()).extracting(RowError::message).containsExactly(
                    "row 4: column \"Email Address\": value \"ann@example\": must be an email address such as"
                            + " info@example.org");
        }

        @Test
        void an_unknownColumn_isKept_asAnExtension_andReportedOnce() {
            assertThat(sheet.keptColumns()).containsExactly("T-Shirt Size");
            assertThat(sheet.events().get(0).extensions()).containsExactly(new ExtensionProperty("X-CSV-T-SHIRT-SIZE",
                    List.of(ExtensionProperty.Parameter.of("X-CSV-COLUMN", "T-Shirt Size")), "L"));
            assertThat(sheet.events().get(1).extensions()).isEmpty();
            assertThat(Profile.PUBLIC.apply(sheet.events().get(0)).extensions()).isEmpty();
        }

        @Test
        void activities_mapToKinds() {
            assertThat(sheet.events().get(1).activities()).containsExactly(Activity.of(ActivityKind.FOOD),
                    Activity.of(ActivityKind.K9_DEMONSTRATION), Activity.other("face painting"));
        }
    }

    @Nested
    @DisplayName("a Numbers sheet (dates as shown, one time column with ranges, LF)")
    class Numbers {
        private final CsvImport sheet = read("numbers.csv", reader().zone(CHICAGO).build());

        @Test
        void three_dateStyles_andThreeRangeStyles_areRead() {
            assertThat(sheet.events()).extracting(e -> timed(e).start().toLocalDateTime() + "/"
                    + timed(e).end().get().toLocalTime()).containsExactly("2026-08-04T18:00/21:00",
                            "2026-08-04T18:00/20:30", "2026-08-04T19:30/22:00");
        }

        @Test
        void a_wrongWeekday_and_aBareRange_areErrors() {
            assertThat(sheet.errors()).extracting(RowError::message).containsExactly(
                    "row 5: column \"Date\": value \"Wed, Aug 4, 2026\": 2026-08-04 is a Tuesday, not \"wed\"",
                    "row 6: column \"Time\": value \"6-9\": say am or pm, such as 6-9 pm");
        }

        @Test
        void a_namedVenue_isPublic_andAnAddressAlone_isAHome() {
            assertThat(sheet.events().get(0).venue().get().name()).isEqualTo("Carson Park");
            assertThat(sheet.events().get(0).venue().get().privateResidence()).isFalse();
            assertThat(sheet.events().get(2).venue().get().privateResidence()).isTrue();
            assertThat(sheet.events().get(2).venue().get().name()).isEqualTo("200 River St");
        }
    }

    @Test
    void excels_plainCsv_inWindows1252_isRead() {
        CsvImport sheet = read("excel-windows-1252.csv");
        assertThat(sheet.errors()).isEmpty();
        assertThat(sheet.events().get(0).title()).isEqualTo("Café Night Out – Main Street");
        assertThat(sheet.events().get(0).venue().get().name()).isEqualTo("Café Rouge");
    }

    @Nested
    @DisplayName("identity")
    class Identity {
        private static final String SHEET = "Title,Date,Time,Address,City,State,Notes\n"
                + "Elm Street block party,8/4/2026,6-9 pm,1234 Elm St,Eau Claire,WI,Bring chairs\n"
                + "Oak Street party,8/4/2026,6-9 pm,1410 Oak St,Eau Claire,WI,\n";

        private CsvImport sheet(String text, CsvReader.Builder b) throws CsvParseException {
            return b.build().read(text);
        }

        @Test
        void without_anIdColumn_theIdIsADigestOfTheIdentifyingFields_stableAcrossImports()
                throws CsvParseException {
            List<String> first = sheet(SHEET, reader()).events().stream().map(Event::id).toList();
            List<String> again = sheet(SHEET, reader()).events().stream().map(Event::id).toList();
            assertThat(first).isEqualTo(again).allMatch(id -> id.matches("csv-[0-9a-f]{20}")).doesNotHaveDuplicates();
            String edited = SHEET.replace("6-9 pm,1234", "5-8 pm,1234").replace("Bring chairs", "Bring a dish");
            assertThat(sheet(edited, reader()).events()).extracting(Event::id).isEqualTo(first);
            String reordered = "Notes,State,City,Address,Time,Date,Title\n"
                    + ",WI,Eau Claire,1410 Oak St,6-9 pm,8/4/2026,Oak Street party\n";
            assertThat(sheet(reordered, reader()).events().get(0).id()).isEqualTo(first.get(1));
        }

        @Test
        void an_idColumn_isTheId() throws CsvParseException {
            CsvImport s = sheet("ID,Title,Date\nreg 14,Party,8/4/2026\n", reader());
            assertThat(s.events().get(0).id()).isEqualTo("reg-14");
        }

        @Test
        void two_rowsOfOneEvent_areAnError_namingTheFirst() throws CsvParseException {
            CsvImport s = sheet(SHEET + "Elm Street Block Party,August 4 2026,7-10 pm,1234 Elm St.,Eau Claire,WI,\n",
                    reader());
            assertThat(s.events()).hasSize(2);
            assertThat(s.errors()).extracting(RowError::message).containsExactly("row 4: column \"Title\": value"
                    + " \"Elm Street Block Party\": the same event as row 2 (the same title, place and year); give the"
                    + " sheet an ID column to tell them apart");
        }

        @Test
        void an_editedRow_raisesSequenceAndLastModified_overThePreviousImport_andAnUnchangedOneKeepsThem()
                throws CsvParseException {
            List<Event> before = sheet(SHEET, reader()).events();
            Instant later = SAVED.plusSeconds(3600);
            String edited = SHEET.replace("6-9 pm,1234", "5-8 pm,1234");
            List<Event> after = sheet(edited, reader().lastModified(later).previous(before)).events();
            assertThat(after.get(0).id()).isEqualTo(before.get(0).id());
            assertThat(after.get(0).sequence()).isEqualTo(1);
            assertThat(after.get(0).lastModified()).isEqualTo(later);
            assertThat(after.get(1)).isEqualTo(before.get(1));
            List<Event> third = sheet(edited, reader().lastModified(later.plusSeconds(60)).previous(after)).events();
            assertThat(third).isEqualTo(after);
        }
    }

    @Nested
    @DisplayName("zones, titles and sheets that cannot be read")
    class Edges {
        @Test
        void two_timeColumnsThatDisagree_areAnErrorOfTheOneNotTaken() throws CsvParseException {
            CsvImport s = reader().zone(CHICAGO).build().read("Title,Date,Time,Start Time,End Time\n"
                    + "A,8/4/2026,6-8 pm,,9 pm\n"
                    + "B,8/4/2026,5-7 pm,6 pm,9 pm\n"
                    + "C,8/4/2026,6-9 pm,,9:00\n"
                    + "D,8/4/2026,6-9 pm,6:00 PM,9 pm\n");
            assertThat(s.errors()).extracting(RowError::message).containsExactly(
                    "row 2: column \"End Time\": value \"9 pm\": says another end than the range in the Time column,"
                            + " 20:00; leave one of them empty",
                    "row 3: column \"Time\": value \"5-7 pm\": says another time than the start and end time"
                            + " columns, 18:00 to 21:00; leave one of them empty");
            assertThat(s.events()).extracting(Event::title).containsExactly("C", "D");
        }

        @Test
        void a_startWithMinutes_andAnEndWithPm_areBothInTheEvening() throws CsvParseException {
            CsvImport s = reader().zone(CHICAGO).build().read("Title,Date,Start Time,End Time\nA,8/4/2026,6:30,9 pm\n");
            assertThat(timed(s.events().get(0)).start().toLocalTime()).isEqualTo(java.time.LocalTime.of(18, 30));
        }

        @Test
        void a_timeWithNoZone_isAnError_whenTheSheetNamesNoState() throws CsvParseException {
            CsvImport s = reader().build().read("Title,Date,Start Time\nParty,8/4/2026,6 pm\n");
            assertThat(s.errors()).extracting(RowError::message).containsExactly("row 2: column \"Start Time\":"
                    + " value \"6 pm\": no time zone for this time: give one (--zone), or a State or Time Zone column");
        }

        @Test
        void the_readersZone_winsOverTheStates_andATimeZoneColumnOverBoth() throws CsvParseException {
            CsvImport s = reader().zone(java.time.ZoneId.of("America/New_York")).build().read(
                    "Date,Start Time,Address,State,Time Zone\n8/4/2026,6 pm,1 Elm St,WI,\n"
                            + "8/4/2026,6 pm,2 Elm St,WI,America/Denver\n");
            assertThat(s.events()).extracting(e -> timed(e).start().getZone().getId())
                    .containsExactly("America/New_York", "America/Denver");
            assertThat(s.events().get(0).title()).isEqualTo(CsvReader.DEFAULT_TITLE);
        }

        @Test
        void a_sheetWithoutADateColumn_cannotBeRead() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader().build().read("Title,Notes\nParty,soon\n"))
                    .isInstanceOf(CsvParseException.class)
                    .hasMessageStartingWith("row 1: the header names no date column");
        }

        @Test
        void an_unclosedQuote_endsTheSheet_afterTheRowsBeforeIt() throws CsvParseException {
            CsvImport s = reader().zone(CHICAGO).build().read(
                    "Title,Date,Notes\nGood,8/4/2026,fine\n\"Broken,8/4/2026,never closed\nMore,8/4/2026,\n");
            assertThat(s.events()).extracting(Event::title).containsExactly("Good");
            assertThat(s.errors()).extracting(RowError::message).containsExactly("row 3: column \"Title\": value"
                    + " \"\"Broken,8/4/2026,never closed\": a quoted value starts here and is never closed, so the rest"
                    + " of the sheet cannot be read; add the closing \"");
        }

        @Test
        void text_afterAClosingQuote_isAnErrorOfItsRow_andTheRowsAfterItAreRead() throws CsvParseException {
            CsvImport s = reader().zone(CHICAGO).build().read(
                    "Title,Date,Notes\nGood,8/4/2026,fine\nOak,8/4/2026,\"Oak\" Street\nMore,8/5/2026,\n");
            assertThat(s.events()).extracting(Event::title).containsExactly("Good", "More");
            assertThat(s.rows()).isEqualTo(3);
            assertThat(s.errors()).singleElement().satisfies(e -> {
                assertThat(e.row()).isEqualTo(3);
                assertThat(e.column()).isEqualTo("Notes");
                assertThat(e.value()).isEqualTo("\"Oak\" Street");
                assertThat(e.reason()).startsWith("not CSV: a quoted value must end at a separator");
            });
        }

        @Test
        void an_emptySheet_hasNoRows() throws CsvParseException {
            assertThat(reader().build().read("").rows()).isZero();
            assertThat(reader().build().read("Title,Date\r\n\r\n,\r\n").events()).isEmpty();
        }

        @Test
        void a_semicolonSheet_isRead() throws CsvParseException {
            CsvImport s = reader().build().read("Title;City;Date;State\nFest;Eau Claire;2026-08-04;Wisconsin\n");
            assertThat(s.events()).singleElement().satisfies(e -> assertThat(e.venue()).isPresent()
                    .get().satisfies(v -> assertThat(v.address().get().state()).isEqualTo(UsState.WI)));
        }

        @Test
        void a_community_namesEveryEvent_andGivesCityAndState() throws CsvParseException {
            org.nightout.core.Community ec = org.nightout.core.Community.builder().name("Eau Claire")
                    .kind(org.nightout.core.CommunityKind.CITY).state(UsState.WI).zone(CHICAGO).build();
            CsvImport s = reader().community(ec).build().read("Date,Time,Address\n8/4/2026,6-9 pm,1 Elm St\n");
            Event e = s.events().get(0);
            assertThat(e.community()).contains(ec);
            assertThat(e.venue().get().address().get().oneLine()).isEqualTo("1 Elm St, Eau Claire, WI");
            assertThat(Optional.of(timed(e).start().getZone())).contains(CHICAGO);
        }

        @Test
        void a_rainDateWithoutItsYear_takesTheEventsYear() throws CsvParseException {
            CsvImport s = reader().build().read("Date,Rain Date\n8/4/2026,8/5\n8/4/2027,none\n");
            assertThat(s.events()).extracting(Event::rainDate)
                    .containsExactly(Optional.of(LocalDate.of(2026, 8, 5)), Optional.empty());
        }

        @Test
        void values_underNoHeader_orBeyondIt_areKept_andOnlyColumnsWithValuesReported() throws CsvParseException {
            CsvImport s = reader().build().read("Date,,Shoe size,Title\n8/4/2026,x,,One\n8/5/2026,,,Two,extra\n");
            assertThat(s.errors()).isEmpty();
            assertThat(s.keptColumns()).containsExactly("column 2", "column 5");
            assertThat(s.events().get(0).extensions()).extracting(ExtensionProperty::name, ExtensionProperty::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("X-CSV-COLUMN-2", "x"));
            assertThat(s.events().get(1).extensions()).extracting(ExtensionProperty::name)
                    .containsExactly("X-CSV-COLUMN-5");
        }

        @Test
        void a_venueNamedAsSomeonesHome_isPrivate_unlessTheSheetSaysOtherwise() throws CsvParseException {
            CsvImport s = reader().build().read("Date,Venue,Address,City,State,Private Residence\n"
                    + "8/4/2026,The Smiths' front yard,1 Elm St,Eau Claire,WI,\n"
                    + "8/4/2026,Lopez residence,2 Elm St,Eau Claire,WI,\n"
                    + "8/4/2026,Carson Park,1110 Carson Park Dr,Eau Claire,WI,\n"
                    + "8/4/2026,Open House Church,3 Elm St,Eau Claire,WI,no\n");
            assertThat(s.events()).extracting(e -> e.venue().get().privateResidence())
                    .containsExactly(true, true, false, false);
            assertThat(Profile.PUBLIC.apply(s.events().get(0)).venue().get().name()).isEqualTo("Elm St");
        }

        @Test
        void an_addressOnOneLine_givesStreetCityStateAndZip_andTheStatesZone() throws CsvParseException {
            CsvImport s = reader().build().read("Date,Time,Location\n"
                    + "8/4/2026,6-9 pm,\"1410 Oak St, Apt 2, Eau Claire, WI 54703, USA\"\n"
                    + "8/4/2026,6-9 pm,\"9 Main St, Austintown, Ohio\"\n");
            assertThat(s.events()).extracting(e -> e.venue().get().address().get().oneLine()).containsExactly(
                    "1410 Oak St, Apt 2, Eau Claire, WI 54703", "9 Main St, Austintown, OH");
            assertThat(timed(s.events().get(1)).start().getZone().getId()).isEqualTo("America/New_York");
        }

        @Test
        void not_applicable_inAnyCell_butTheDate_isNoValue() throws CsvParseException {
            CsvImport s = reader().build().read("Date,Contact Name,Phone,Email,Activities,Rain Date\n"
                    + "8/4/2026,Jo Kim,N/A,none,None,TBD\n");
            assertThat(s.errors()).isEmpty();
            PersonParticipant jo = (PersonParticipant) s.events().get(0).participants().get(0);
            assertThat(jo.person().contact()).isEmpty();
            assertThat(s.events().get(0).activities()).isEmpty();
        }

        @Test
        void a_dateWithItsTime_givesBoth() throws CsvParseException {
            CsvImport s = reader().zone(CHICAGO).build().read("When,Title\n8/4/2026 18:00:00,A\n"
                    + "\"Aug 4, 2026 6-9 pm\",B\n\"Tue, Aug 4, 2026 at 7:30 PM\",C\n8/4/2026,D\n8/4/2026 soon,E\n");
            assertThat(s.events()).extracting(e -> e.time().toString()).containsExactly(
                    "Timed[start=2026-08-04T18:00-05:00[America/Chicago], end=Optional.empty]",
                    "Timed[start=2026-08-04T18:00-05:00[America/Chicago], end=Optional[2026-08-04T21:00-05:00"
                            + "[America/Chicago]]]",
                    "Timed[start=2026-08-04T19:30-05:00[America/Chicago], end=Optional.empty]",
                    "AllDay[first=2026-08-04, last=2026-08-04]");
            assertThat(s.errors()).extracting(RowError::message).containsExactly(
                    "row 6: column \"When\": value \"8/4/2026 soon\": not a date: write 2026-08-04, 8/4/2026 or"
                            + " August 4, 2026");
        }

        @Test
        void a_tbdPlace_isNoPlace() throws CsvParseException {
            CsvImport s = reader().build().read("Date,Address,City,State\n8/4/2026,TBD,TBD,WI\n");
            assertThat(s.events()).singleElement().satisfies(e -> assertThat(e.venue()).isEmpty());
        }

        @Test
        void host_withoutContactName_namesTheContact() throws CsvParseException {
            CsvImport s = reader().build().read("Date,Host,Phone\n8/4/2026,Elm Block Club,715-555-0100\n");
            List<Participant> p = s.events().get(0).participants();
            assertThat(p).extracting(Participant::name).containsExactly("Elm Block Club", "Elm Block Club");
        }
    }
}
