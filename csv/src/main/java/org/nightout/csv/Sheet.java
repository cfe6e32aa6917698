package org.nightout.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A sheet's text and records, as spreadsheets and forms export them: UTF-8 with or without a byte order mark (Google
 * Forms and Sheets, Numbers, Excel's "CSV UTF-8"), Windows-1252 where the bytes are not UTF-8 (Excel's plain "CSV"),
 * UTF-16 with its byte order mark (Excel's "Unicode Text"); commas, or the semicolons or tabs that the first line
 * shows instead; CRLF or LF; quoted values holding separators, doubled quotes and line breaks. Jackson's CSV parser
 * splits the records; each record is a row, numbered from 1 for the header as a spreadsheet numbers it, whatever
 * line breaks its quoted values hold.
 */
final class Sheet {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Takes one record: its row number and its cells. */
    interface Rows {
        void row(int number, String[] cells);
    }

    private Sheet() {
    }

    /** The text of a sheet's bytes, without a byte order mark. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    /** The separator the first line uses most outside quotes: a comma, a semicolon or a tab; a comma if none. */
    static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    /**
     * A record that is not CSV: its row, the column (from 0) where it breaks, the cell's raw text up to the end of its
     * line, and why.
     */
    record Broken(int row, int column, String raw, String why) {
    }

    /**
     * Hands each record to {@code rows} and returns the records that are not CSV, such as {@code "Oak" Street} (text
     * after a closing quote). Reading goes on at the next line after such a record, which still counts as a row; a
     * quoted value that is never closed takes the rest of the sheet with it, and a broken header ends the reading.
     */
    static List<Broken> read(String text, char separator, Rows rows) {
        ObjectReader reader = MAPPER.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator));
        List<Broken> broken = new ArrayList<>();
        int row = 0;
        int start = 0;
        while (start <= text.length()) {
            int recordStart = start;
            try (MappingIterator<String[]> records = reader.readValues(text.substring(start))) {
                while (records.hasNextValue()) {
                    String[] cells = records.nextValue();
                    rows.row(++row, cells);
                    recordStart = start + (int) records.currentLocation().getCharOffset();
                }
                return broken;
            } catch (JacksonException e) {
                row++;
                long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
                int at = offset < 0 ? text.length() : (int) Math.min(text.length(), start + offset);
                boolean unclosed = e.getOriginalMessage() != null && e.getOriginalMessage().contains("closing quote");
                broken.add(broken(text, recordStart, at, separator, row, unclosed, e.getOriginalMessage()));
                int next = text.indexOf('\n', at);
                if (unclosed || row == 1 || next < 0) {
                    return broken;
                }
                start = next + 1;
            }
        }
        return broken;
    }

    /** Where in its record the text that is not CSV stands, and why it is not. */
    private static Broken broken(String text, int recordStart, int at, char separator, int row, boolean unclosed,
            String message) {
        int begin = recordStart;
        while (begin < at && (text.charAt(begin) == '\n' || text.charAt(begin) == '\r')) {
            begin++;   // where the last record read ends: before its line break
        }
        int column = 0;
        int cellStart = begin;
        boolean quoted = false;
        int end = Math.min(at, text.length());
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                column++;
                cellStart = i + 1;
            } else if (unclosed && (c == '\n' || c == '\r') && !quoted) {
                break;
            }
        }
        int lineEnd = cellStart;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        String why = unclosed
                ? "a quoted value starts here and is never closed, so the rest of the sheet cannot be read; add the"
                        + " closing \""
                : "not CSV: a quoted value must end at a separator or the end of the line, with quotes inside it"
                        + " doubled (\"\"); the row is left out" + (message == null ? "" : " (" + message.replaceAll(
                                "\\s+", " ") + ")");
        return new Broken(row, column, text.substring(Math.min(cellStart, lineEnd), lineEnd), why);
    }
}
