package org.nightout.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
     * Hands each record to {@code rows}. A sheet that breaks off inside a quoted value ends there: the problem is
     * returned, with the row it starts on.
     */
    static Optional<RowError> read(String text, char separator, Rows rows) {
        ObjectReader reader = MAPPER.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator));
        int row = 0;
        try (MappingIterator<String[]> records = reader.readValues(text)) {
            while (records.hasNextValue()) {
                String[] cells = records.nextValue();
                rows.row(++row, cells);
            }
        } catch (JacksonException e) {
            String why = e.getOriginalMessage() != null && e.getOriginalMessage().contains("closing quote")
                    ? "a quoted value starts in this row and is never closed, so the rest of the sheet cannot be read;"
                            + " add the closing \""
                    : "the rest of the sheet cannot be read as CSV: " + e.getOriginalMessage();
            return Optional.of(new RowError(row + 1, "", "", why));
        }
        return Optional.empty();
    }
}
