package org.nightout.ical.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLinesTest {

    private static String text(String name, String value) throws IOException {
        StringWriter w = new StringWriter();
        new ContentLines(w).name(name).text(value);
        return w.toString();
    }

    /** Unfolds per RFC 5545 3.1: a CRLF followed by one space or tab is removed. */
    private static String unfold(String s) {
        return s.replace("\r\n ", "").replace("\r\n\t", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "é", "中", "😀", "e\u0301", "שלום"})
    void fold_neverSplitsACharacter_andKeepsLinesWithin75Octets(String unit) throws IOException {
        String value = unit.repeat(120);
        String out = text("SUMMARY", value);
        assertThat(out).endsWith("\r\n");
        for (String physical : out.split("\r\n")) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(isWholeUtf8(bytes)).as("line decodes alone: %s", physical).isTrue();
        }
        assertThat(unfold(out)).isEqualTo("SUMMARY:" + value + "\r\n");
    }

    private static boolean isWholeUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return !new String(bytes, StandardCharsets.UTF_8).contains("\uFFFD");
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void fold_exactly75Octets_staysOneLine() throws IOException {
        String value = "x".repeat(75 - "SUMMARY:".length());
        assertThat(text("SUMMARY", value)).isEqualTo("SUMMARY:" + value + "\r\n");
        assertThat(text("SUMMARY", value + "y")).isEqualTo("SUMMARY:" + value + "\r\n y\r\n");
    }

    @Test
    void text_escapesSpecialCharacters() throws IOException {
        assertThat(text("DESCRIPTION", "a;b,c\\d\ne\r\nf\rg"))
                .isEqualTo("DESCRIPTION:a\\;b\\,c\\\\d\\ne\\nf\\ng\r\n");
    }

    @Test
    void text_dropsControlCharacters_soNoneCanBreakTheLine() throws IOException {
        assertThat(text("SUMMARY", "a\u0000b\u0007c\td")).isEqualTo("SUMMARY:abc\td\r\n");
    }

    @Test
    void param_quotesAndEncodesPerRfc6868() throws IOException {
        StringWriter w = new StringWriter();
        ContentLines lines = new ContentLines(w);
        lines.name("ORGANIZER").param("CN", "Smith, \"Jo\"; ^x\nline").value("mailto:jo@example.org");
        lines.name("ORGANIZER").param("CN", "Plain Name").value("mailto:x@example.org");
        assertThat(w.toString()).isEqualTo(
                "ORGANIZER;CN=\"Smith, ^'Jo^'; ^^x^nline\":mailto:jo@example.org\r\n"
                        + "ORGANIZER;CN=Plain Name:mailto:x@example.org\r\n");
    }

    @Test
    void value_dropsLineBreaks() throws IOException {
        StringWriter w = new StringWriter();
        new ContentLines(w).name("URL").value("https://example.org/\r\nX-EVIL:1");
        assertThat(w.toString()).isEqualTo("URL:https://example.org/X-EVIL:1\r\n");
    }

    @Test
    void textList_escapesEachItem() throws IOException {
        StringWriter w = new StringWriter();
        new ContentLines(w).name("CATEGORIES").textList(List.of("Arts, crafts", "Music"));
        assertThat(w.toString()).isEqualTo("CATEGORIES:Arts\\, crafts,Music\r\n");
    }
    @Test
    void octets_countTheUtf8OfEveryLineWritten_foldsIncluded() throws IOException {
        StringWriter w = new StringWriter();
        ContentLines lines = new ContentLines(w);
        lines.name("SUMMARY").text("Noche de ni\u00f1os \ud83d\ude00 ".repeat(12));
        lines.name("DTSTART").param("TZID", "America/Chicago").value(java.time.LocalDateTime.of(2026, 8, 4, 18, 0));
        lines.end("VEVENT");
        assertThat(lines.octets()).isEqualTo(w.toString().getBytes(StandardCharsets.UTF_8).length);
        assertThat(w.toString()).contains("\r\n ", "DTSTART;TZID=America/Chicago:20260804T180000\r\n");
    }

    @Test
    void hold_keepsLinesUntilReleased_andDiscardDropsThem() throws IOException {
        StringWriter w = new StringWriter();
        ContentLines lines = new ContentLines(w);
        lines.hold();
        lines.name("SUMMARY").text("dropped");
        assertThat(w.toString()).isEmpty();
        assertThat(lines.heldOctets()).isEqualTo("SUMMARY:dropped\r\n".length());
        lines.discard();
        lines.hold();
        lines.name("SUMMARY").text("kept");
        lines.name("DTSTAMP").value(java.time.Instant.parse("2026-07-01T12:00:00.5Z"));
        lines.release();
        assertThat(w.toString()).isEqualTo("SUMMARY:kept\r\nDTSTAMP:20260701T120000Z\r\n");
        assertThat(lines.octets()).isEqualTo(w.toString().length());
        assertThat(lines.heldOctets()).isZero();
    }

    /**
     * Lines written to an OutputStream are the UTF-8 of the lines written to a Writer, folded at the same places:
     * ASCII, two-, three- and four-octet characters at every offset against the 75-octet limit.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a", "é", "中", "😀", "e\u0301", "aé中😀", "\\;,\n"})
    void bytes_areTheUtf8OfTheCharacters_foldedAlike(String unit) throws IOException {
        for (int prefix = 0; prefix < 8; prefix++) {
            String value = "x".repeat(prefix) + unit.repeat(100);
            StringWriter chars = new StringWriter();
            ContentLines charLines = new ContentLines(chars);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ContentLines byteLines = new ContentLines(bytes);
            for (ContentLines lines : List.of(charLines, byteLines)) {
                lines.name("DESCRIPTION").param("CN", "Ana Núñez 😀").text(value);
                lines.name("X-VALUE").value(value);
            }

            byte[] utf8 = chars.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.toByteArray()).isEqualTo(utf8);
            assertThat(byteLines.octets()).isEqualTo(utf8.length).isEqualTo(charLines.octets());
            assertThat(byteLines.chars()).isEqualTo(utf8.length);
        }
    }

    /** A surrogate without its pair, which no UTF can carry, becomes '?' in both forms, as Java's encoder writes it. */
    @Test
    void loneSurrogate_becomesAQuestionMark_inCharactersAndBytes() throws IOException {
        String value = "a\uD83Db \uDE00c \uD83D\uDE00";
        StringWriter chars = new StringWriter();
        new ContentLines(chars).name("SUMMARY").text(value);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new ContentLines(bytes).name("SUMMARY").text(value);

        assertThat(chars.toString()).isEqualTo("SUMMARY:a?b ?c \uD83D\uDE00\r\n");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.toString());
    }
}
