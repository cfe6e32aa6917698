package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.ical.ReadWarning.Code;

/**
 * Hostile and broken documents end in the documented exception or in warnings, within seconds, under the reader's
 * default limits. Small cases are files under {@code hostile/}; large ones are generated as streams, so that neither
 * the repository nor the test holds megabytes it does not need to.
 */
class HostileInputTest {
    /** Generous: each case takes well under a second; a hang or a quadratic path takes far longer. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ICalendarReader READER = ICalendarReader.builder().build();
    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n";
    private static final String EVENT = "BEGIN:VEVENT\r\nUID:nno-1@example.org\r\nDTSTAMP:20220801T000000Z\r\n"
            + "DTSTART;VALUE=DATE:20220802\r\nSUMMARY:National Night Out\r\n";
    private static final String TAIL = "END:VEVENT\r\nEND:VCALENDAR\r\n";

    static Stream<Arguments> data_exception() {
        return Stream.of(
                Arguments.of("truncated-header.ics", file("truncated-header.ics"),
                        "line 1: not an iCalendar document: it must start with BEGIN:VCALENDAR"),
                Arguments.of("deep-nesting.ics", file("deep-nesting.ics"),
                        "line 23: components nested deeper than 16; raise the limit with maxDepth"),
                Arguments.of("broken-bom.ics", file("broken-bom.ics"),
                        "line 1: input starts with bytes that are neither iCalendar nor a UTF-8 byte order mark"),
                Arguments.of("only-nul-bytes.ics", file("only-nul-bytes.ics"),
                        "line 1: not an iCalendar document: expected a property name in \"\\u0000\\u0000"),
                Arguments.of("a 10 MB line", (Supplier<InputStream>) () -> concat(text(HEAD + EVENT + "DESCRIPTION:"),
                                repeat("x", 10 << 20), text("\r\n" + TAIL)),
                        "line 9: line longer than 4194304 octets (after unfolding); raise the limit with"
                                + " maxLineOctets"),
                Arguments.of("endless folds, each adding a character", (Supplier<InputStream>) () -> concat(
                                text(HEAD + EVENT + "DESCRIPTION:x"), endless("\r\n x")),
                        "line 9: line longer than 4194304 octets"),
                Arguments.of("endless empty folds", (Supplier<InputStream>) () -> concat(
                                text(HEAD + EVENT + "DESCRIPTION:x"), endless("\r\n ")),
                        "input larger than 268435456 bytes; raise the limit with maxInputBytes"),
                Arguments.of("100,000 nested components", (Supplier<InputStream>) () -> concat(text(HEAD),
                                repeat("BEGIN:VALARM\r\n", 100_000)),
                        "line 19: components nested deeper than 16"),
                Arguments.of("20,000 properties in one event", (Supplier<InputStream>) () -> concat(text(HEAD + EVENT),
                                repeat("X-A:1\r\n", 20_000), text(TAIL)),
                        "line 10005: more than 10000 properties in VEVENT from line 4"),
                Arguments.of("a megabyte of random bytes", (Supplier<InputStream>) () -> random(1 << 20, 7),
                        "not an iCalendar document"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_exception")
    void hostile_endsInTheDocumentedException(String name, Supplier<InputStream> input, String message) {
        assertTimeoutPreemptively(BOUND, () -> {
            try (InputStream in = input.get()) {
                assertThatThrownBy(() -> READER.read(in)).isExactlyInstanceOf(ICalendarParseException.class)
                        .hasMessageContaining(message);
            }
        });
    }

    static Stream<Arguments> data_warnings() {
        return Stream.of(
                Arguments.of("truncated.ics", file("truncated.ics"), 1, List.of(Code.STRUCTURE, Code.STRUCTURE)),
                Arguments.of("truncated-in-fold.ics", file("truncated-in-fold.ics"), 1,
                        List.of(Code.INVALID_UTF8, Code.STRUCTURE, Code.STRUCTURE)),
                Arguments.of("secondly-no-end.ics", file("secondly-no-end.ics"), 1, List.of()),
                Arguments.of("yearly-count-two-billion.ics", file("yearly-count-two-billion.ics"), 1,
                        List.of(Code.UNSUPPORTED_RECURRENCE)),
                Arguments.of("invalid-utf8.ics", file("invalid-utf8.ics"), 1, List.of(Code.INVALID_UTF8)),
                Arguments.of("bom.ics", file("bom.ics"), 1, List.of()),
                Arguments.of("nul-bytes.ics", file("nul-bytes.ics"), 1,
                        List.of(Code.INVALID_LINE, Code.INVALID_VALUE, Code.INVALID_VALUE)),
                Arguments.of("lf-and-cr-line-ends.ics", file("lf-and-cr-line-ends.ics"), 1, List.of()),
                Arguments.of("three million continuation lines", (Supplier<InputStream>) () -> concat(
                                text(HEAD + EVENT + "DESCRIPTION:x"), repeat("\r\n ", 3_000_000), text("\r\n" + TAIL)),
                        1, List.of()),
                Arguments.of("a VTIMEZONE with 5,000 observances", (Supplier<InputStream>) () -> concat(
                                text(HEAD + "BEGIN:VTIMEZONE\r\nTZID:Hostile Zone\r\n"),
                                repeat("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:-0500\r\n"
                                        + "TZOFFSETTO:-0500\r\nEND:STANDARD\r\n", 5_000),
                                text("END:VTIMEZONE\r\n" + EVENT.replace("DTSTART;VALUE=DATE:20220802",
                                        "DTSTART;TZID=Hostile Zone:20220802T180000") + TAIL)),
                        1, List.of(Code.INVALID_VALUE)),
                Arguments.of("9,000 extension properties", (Supplier<InputStream>) () -> concat(text(HEAD + EVENT),
                                repeat("X-A;X-P=\"a,b\":1\\,2\r\n", 9_000), text(TAIL)),
                        1, List.of()),
                Arguments.of("200,000 stray END lines", (Supplier<InputStream>) () -> concat(text(HEAD),
                                repeat("END:VEVENT\r\n", 200_000), text(EVENT + TAIL)),
                        1, repeated(Code.STRUCTURE, 200_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_warnings")
    void hostile_endsInWarnings(String name, Supplier<InputStream> input, int eventsAndSeries, List<Code> codes) {
        assertTimeoutPreemptively(BOUND, () -> {
            ICalendarData data;
            try (InputStream in = input.get()) {
                data = READER.read(in);
            }
            assertThat(data.events().size() + data.series().size()).isEqualTo(eventsAndSeries);
            assertThat(data.warnings()).extracting(ReadWarning::code).containsExactlyElementsOf(codes);
            assertThat(data.warnings()).allSatisfy(w -> assertThat(w.message()).doesNotContainPattern("\\p{Cntrl}"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_warnings")
    void hostile_withWarnings_isAnExceptionWhenStrict(String name, Supplier<InputStream> input, int eventsAndSeries,
            List<Code> codes) {
        ICalendarReader strict = ICalendarReader.builder().strict(true).build();
        assertTimeoutPreemptively(BOUND, () -> {
            try (InputStream in = input.get()) {
                if (codes.isEmpty()) {
                    assertThat(strict.read(in).warnings()).isEmpty();
                } else {
                    assertThatThrownBy(() -> strict.read(in)).isExactlyInstanceOf(ICalendarParseException.class);
                }
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("data_seeds")
    void randomBytesAfterAValidHeader_giveWarningsOnly(long seed) {
        assertTimeoutPreemptively(BOUND, () -> {
            ICalendarData data = READER.read(concat(text(HEAD), random(64 << 10, seed)));
            assertThat(data.events()).isEmpty();
            assertThat(data.warnings()).extracting(ReadWarning::code)
                    .isSubsetOf(Code.INVALID_LINE, Code.INVALID_UTF8, Code.STRUCTURE);
        });
    }

    static Stream<Long> data_seeds() {
        return Stream.of(1L, 2L, 3L);
    }

    private static Supplier<InputStream> file(String name) {
        return () -> {
            InputStream in = HostileInputTest.class.getResourceAsStream("hostile/" + name);
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing test resource hostile/" + name));
            }
            return in;
        };
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream concat(InputStream... parts) {
        InputStream all = parts[0];
        for (int i = 1; i < parts.length; i++) {
            all = new SequenceInputStream(all, parts[i]);
        }
        return all;
    }

    /** A unit repeated, without holding the whole in memory. */
    private static InputStream repeat(String unit, long times) {
        return new Repeating(unit.getBytes(StandardCharsets.UTF_8), times);
    }

    /** A unit repeated for ever: an input that never ends. */
    private static InputStream endless(String unit) {
        return new Repeating(unit.getBytes(StandardCharsets.UTF_8), Long.MAX_VALUE);
    }

    private static InputStream random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return new ByteArrayInputStream(bytes);
    }

    private static List<Code> repeated(Code code, int times) {
        Code[] codes = new Code[times];
        Arrays.fill(codes, code);
        return List.of(codes);
    }

    /** Gives {@code times} copies of {@code unit}, in bulk reads. */
    private static final class Repeating extends InputStream {
        private final byte[] unit;
        private long remaining;
        private int pos;

        Repeating(byte[] unit, long times) {
            this.unit = unit;
            this.remaining = times;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = 0;
            while (n < len && remaining > 0) {
                int take = Math.min(len - n, unit.length - pos);
                System.arraycopy(unit, pos, b, off + n, take);
                n += take;
                pos += take;
                if (pos == unit.length) {
                    pos = 0;
                    remaining--;
                }
            }
            return n;
        }
    }

    @org.junit.jupiter.api.Test
    void hostile_manyVtimezonesOfManyRules_usedOverManyYears_readInBoundedTime() {
        StringBuilder doc = new StringBuilder(HEAD);
        for (int z = 0; z < 200; z++) {
            doc.append("BEGIN:VTIMEZONE\r\nTZID:Zone ").append(z).append("\r\n");
            for (int o = 0; o < 20; o++) {
                // Offsets no IANA zone has, so that every year is compared with every zone until the bound.
                String offset = String.format("+%02d%02d", 1 + o % 12, 7 + z % 50);
                doc.append("BEGIN:").append(o % 2 == 0 ? "STANDARD" : "DAYLIGHT").append("\r\nDTSTART:1970")
                        .append(String.format("%02d", 1 + o % 12)).append("01T020000\r\nTZOFFSETFROM:")
                        .append(offset).append("\r\nTZOFFSETTO:").append(offset)
                        .append("\r\nRRULE:FREQ=YEARLY;BYHOUR=2;BYMINUTE=0;BYDAY=1SU,-1SU;BYMONTH=")
                        .append(1 + o % 12).append("\r\nEND:").append(o % 2 == 0 ? "STANDARD" : "DAYLIGHT")
                        .append("\r\n");
            }
            doc.append("END:VTIMEZONE\r\n");
        }
        for (int e = 0; e < 2_000; e++) {
            doc.append("BEGIN:VEVENT\r\nUID:e").append(e).append("@example.org\r\nDTSTAMP:20220801T000000Z\r\n")
                    .append("DTSTART;TZID=Zone ").append(e % 200).append(":").append(1980 + e % 60)
                    .append("0802T180000\r\nSUMMARY:National Night Out\r\nEND:VEVENT\r\n");
        }
        doc.append("BEGIN:VEVENT\r\nUID:s@example.org\r\nDTSTAMP:20220801T000000Z\r\n")
                .append("DTSTART;TZID=Zone 7:20220802T180000\r\nRRULE:FREQ=SECONDLY\r\nSUMMARY:Every second\r\n")
                .append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertTimeoutPreemptively(BOUND, () -> {
            ICalendarData data = READER.read(doc.toString());
            assertThat(data.events()).hasSize(2_000);
            assertThat(data.series()).hasSize(1);
        });
    }

    @org.junit.jupiter.api.Test
    void hostile_seriesOfAHundredThousandRdatesAndOverrides_readInBoundedTime() {
        StringBuilder doc = new StringBuilder(HEAD);
        doc.append("BEGIN:VEVENT\r\nUID:s@example.org\r\nDTSTAMP:20220801T000000Z\r\n")
                .append("DTSTART:20220802T180000Z\r\nRRULE:FREQ=DAILY;COUNT=100000\r\n");
        java.time.LocalDate day = java.time.LocalDate.of(2022, 8, 2);
        for (int i = 0; i < 100_000; i += 1_000) {
            doc.append("RDATE:");
            for (int j = 0; j < 1_000; j++) {
                doc.append(j == 0 ? "" : ",").append(day.plusDays(i + j).toString().replace("-", "")).append("T190000Z");
            }
            doc.append("\r\n");
        }
        doc.append("SUMMARY:Every day\r\nEND:VEVENT\r\n");
        for (int i = 0; i < 100_000; i++) {
            String d = day.plusDays(i).toString().replace("-", "");
            doc.append("BEGIN:VEVENT\r\nUID:s@example.org\r\nDTSTAMP:20220801T000000Z\r\nRECURRENCE-ID:").append(d)
                    .append("T180000Z\r\nDTSTART:").append(d).append("T200000Z\r\nSUMMARY:Moved\r\nEND:VEVENT\r\n");
        }
        doc.append("END:VCALENDAR\r\n");
        assertTimeoutPreemptively(BOUND, () -> {
            ICalendarData data = READER.read(doc.toString());
            assertThat(data.series()).singleElement().satisfies(s -> {
                assertThat(s.rdates()).hasSize(100_000);
                assertThat(s.overrides()).hasSize(100_000);
            });
        });
    }
}
