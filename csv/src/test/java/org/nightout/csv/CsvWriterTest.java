package org.nightout.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.csv.Sheets.read;
import static org.nightout.csv.Sheets.reader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightout.core.Event;
import org.nightout.core.Profile;

/** Events written as a sheet, and read back to the same events. */
class CsvWriterTest {

    private static CsvReader.Builder readerFor(String sheet) {
        CsvReader.Builder b = reader().zone(Sheets.CHICAGO);
        return sheet.startsWith("google") ? b.columns(ColumnMap.parse(Sheets.text("google-forms.map"))) : b;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"excel.csv", "google-forms.csv", "numbers.csv", "excel-windows-1252.csv"})
    void a_sheet_readWrittenAndReadAgain_givesEqualEvents(String name) throws IOException {
        List<Event> events = read(name, readerFor(name).build()).events();
        assertThat(events).isNotEmpty();

        String written = CsvWriter.create().withProfile(Profile.FULL).write(events);
        CsvImport back = reader().build().read(written);

        assertThat(back.errors()).isEmpty();
        assertThat(back.events()).isEqualTo(events);
    }

    @Test
    void the_header_isTheColumnsOwn_thenTheKeptColumns() {
        List<Event> events = read("google-forms.csv", readerFor("google-forms.csv").build()).events();
        String first = CsvWriter.create().withProfile(Profile.FULL).write(events).lines().findFirst().orElseThrow();
        assertThat(first).isEqualTo("ID,Title,Date,\"Start Time\",\"End Time\",\"End Date\",\"Time Zone\",Venue,"
                + "Address,City,State,ZIP,\"Private Residence\",Host,\"Contact Name\",Phone,Email,Activities,"
                + "Description,Status,\"Rain Date\",\"Last Modified\",Sequence,\"T-Shirt Size\"");
    }

    @Test
    void a_partyPastMidnight_isWrittenAsAnEndBeforeTheStart() {
        Event late = read("excel.csv").events().get(1);
        String row = CsvWriter.create().write(List.of(late)).lines().skip(1).findFirst().orElseThrow();
        assertThat(row).startsWith("NNO-002,\"Late Night on Pine\",2026-08-04,\"9:00 PM\",\"1:00 AM\",,"
                + "America/Chicago,");
    }

    @Test
    void the_publicProfile_leavesOutPhonesEmailsAndHouseNumbers() {
        List<Event> events = read("excel.csv").events();
        String sheet = CsvWriter.create().write(events);
        assertThat(sheet).doesNotContain("555-0101", "dana@example.org", "1410 Oak St").contains("Oak St, Apt 2");
        assertThat(CsvWriter.create().withProfile(Profile.FULL).write(events)).contains("(715) 555-0101",
                "dana@example.org", "1410 Oak St");
    }

    @Test
    void a_stream_getsUtf8WithAByteOrderMark_andCrlf() throws IOException {
        List<Event> events = read("excel-windows-1252.csv").events();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.create().write(events, out);
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("\u00ef\u00bb\u00bf");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("Café Rouge").contains("\r\n");
        List<Event> back = new ArrayList<>(reader().build().read(new ByteArrayInputStream(bytes)).events());
        assertThat(back).isEqualTo(events);
    }
}
