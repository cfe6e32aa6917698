package org.nightout.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nightout.core.Profile;
import org.nightout.ical.ICalendarWriter;

/**
 * Sheets put together at random from real headers and hostile cells (quotes, separators, line breaks, control
 * characters, impossible dates and times): each ends in events and row errors, or in a {@link CsvParseException},
 * never another exception; and what is read can be written as a feed and as a sheet.
 */
class RobustnessTest {
    private static final String[] HEADERS = {"Title", "Date", "Time", "Start Time", "End Time", "Address", "City",
        "State", "Venue", "Host", "Contact Name", "Phone", "Email", "Activities", "Notes", "Status", "Rain Date", "ID",
        "Timestamp", "Time Zone", "ZIP", "Private Residence", "End Date", "Sequence", "Shirt \"size\"", "", "A\u0001B",
        "Date"};
    private static final String[] CELLS = {"", "TBD", "8/4/2026", "Tue, Aug 4, 2026", "0/0/0", "9999-12-31",
        "0001-01-01", "6-9 pm", "9 pm - 1 am", "25:00", "6", "noon", "12:00 AM - 12:00 AM", "WI", "Texas", "Atlantis",
        "America/Chicago", "Mars/Base", "Cancelled - \u0007bell", "Canceled", "maybe", "\"", "\"\"", "a,b",
        "line\nbreak",
        "\r\n", "x\u0000y", "\u2028", "\uFEFF", "caf\u00e9", "1234 Elm St", "The Smiths' yard", "(715) 555-0100",
        "nobody@", "a@b.co", "Music, DJ; bounce house and \u0002", "54703", "5470", "yes", "perhaps", "-1", "7",
        "7/1/2026 14:23:11", "not a stamp", "\t", " ", "8/5", "2026-08-03"};

    @Test
    void random_sheets_endInEventsAndRowErrors_orAParseException_only() throws IOException {
        Random random = new Random(20260804L);
        ICalendarWriter feed = ICalendarWriter.builder().publisher("Test", URI.create("mailto:t@example.org"))
                .profile(Profile.FULL).build();
        int events = 0;
        int errors = 0;
        for (int n = 0; n < 1500; n++) {
            StringBuilder sheet = new StringBuilder();
            int columns = 1 + random.nextInt(8);
            sheet.append("Date");
            for (int c = 1; c < columns; c++) {
                sheet.append(random.nextInt(10) == 0 ? ";" : ",")
                        .append(quoted(HEADERS[random.nextInt(HEADERS.length)], random));
            }
            int rows = random.nextInt(6);
            for (int r = 0; r < rows; r++) {
                sheet.append(random.nextBoolean() ? "\r\n" : "\n");
                int cells = random.nextInt(columns + 2);
                for (int c = 0; c < cells; c++) {
                    String cell = c == 0 && random.nextInt(3) > 0 ? "8/" + (1 + random.nextInt(31)) + "/2026"
                            : CELLS[random.nextInt(CELLS.length)];
                    sheet.append(c == 0 ? "" : ",").append(quoted(cell, random));
                }
            }
            CsvImport read;
            try {
                read = Sheets.reader().build().read(sheet.toString());
            } catch (CsvParseException e) {
                assertThat(e.row()).isEqualTo(1);
                continue;
            }
            events += read.events().size();
            errors += read.errors().size();
            assertThat(read.errors()).allSatisfy(e -> assertThat(e.row()).isBetween(2, rows + 2));
            feed.write(read.events(), new StringWriter());
            String written = CsvWriter.create().withProfile(Profile.FULL).write(read.events());
            assertThat(Sheets.reader().build().read(written).events()).hasSameSizeAs(read.events());
        }
        assertThat(events).isGreaterThan(100);
        assertThat(errors).isGreaterThan(100);
    }

    private static String quoted(String cell, Random random) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        if (needs || random.nextInt(4) == 0) {
            return random.nextInt(50) == 0 ? "\"" + cell : "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    @Test
    void excels_separatorLine_isNoRow() throws CsvParseException {
        CsvImport s = Sheets.reader().build().read("sep=;\r\nTitle;Date;State\r\nFest;8/32/2026;WI\r\n");
        assertThat(s.errors()).extracting(RowError::row).containsExactly(2);
        assertThat(List.of(s.rows())).containsExactly(1);
    }
}
