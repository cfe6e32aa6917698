package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.nightout.ical.LintRulesTest.CLEAN;
import static org.nightout.ical.LintRulesTest.clean;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What {@link FeedLinter} promises beyond its single rules: lines, order, targets, limits and the HTTP response. */
class FeedLinterTest {

    private static List<LintFinding> lint(String feed) {
        return FeedLinter.create().lint(feed.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    @DisplayName("where a finding is")
    class Lines {
        @Test
        void aFoldedProperty_isFoundOnItsFirstPhysicalLine() {
            String feed = clean("SUMMARY:", "RRULE:FREQ=HOURLY;\r\n COUNT=3\r\nSUMMARY:");

            assertThat(lint(feed)).extracting(LintFinding::toString)
                    .containsExactly("line 28: error: rrule-sub-daily: RRULE: FREQ=HOURLY repeats more often than"
                            + " daily");
        }

        @Test
        void linesAfterAFold_keepTheirPhysicalNumbers() {
            String feed = clean("SUMMARY:National Night Out at Carson Park", "SUMMARY:National Night Out\r\n  at\r\n"
                    + "  Carson Park\r\nRRULE:FREQ=HOURLY;COUNT=3");

            assertThat(lint(feed)).extracting(f -> f.line().orElse(0)).containsExactly(31);
        }

        @Test
        void aByteOrderMark_isNoProblem_andLeavesTheLinesAsTheyAre() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] feed = clean("END:VEVENT", "RRULE:FREQ=HOURLY;COUNT=3\r\nEND:VEVENT")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[feed.length + 3];
            System.arraycopy(bom, 0, withBom, 0, 3);
            System.arraycopy(feed, 0, withBom, 3, feed.length);

            assertThat(FeedLinter.create().lint(withBom)).extracting(f -> f.line().orElse(0)).containsExactly(29);
        }

        @Test
        void findingsOfTheWholeFile_comeFirst_withoutLine_thenByLine() {
            String feed = clean("VERSION:2.0\r\n", "").replace("SUMMARY:", "RRULE:FREQ=HOURLY\r\nSUMMARY:")
                    .replace("DTSTAMP:20250701T120000Z\r\n", "");

            List<LintFinding> findings = lint(feed);

            assertThat(findings).extracting(f -> f.line().orElse(0)).containsExactly(0, 22, 26);
            assertThat(findings.get(0).rule()).isEqualTo(LintRule.MISSING_VERSION);
            assertThat(findings.get(0).line()).isEqualTo(OptionalInt.empty());
        }

        @Test
        void aRuleFoundOverAHundredTimes_listsAHundred_andCountsTheRest() {
            String longSummary = "SUMMARY:" + "x".repeat(80);
            StringBuilder events = new StringBuilder();
            for (int i = 0; i < 150; i++) {
                events.append("BEGIN:VEVENT\r\nUID:e").append(i).append("\r\nDTSTAMP:20250701T120000Z\r\n")
                        .append("DTSTART:20250805T220000Z\r\n").append(longSummary).append("\r\nEND:VEVENT\r\n");
            }
            String feed = CLEAN.replace("END:VCALENDAR", events + "END:VCALENDAR");

            List<LintFinding> longLines = lint(feed).stream().filter(f -> f.rule() == LintRule.LONG_LINE).toList();

            assertThat(longLines).hasSize(101);
            assertThat(longLines.get(0).line()).isEmpty();
            assertThat(longLines.get(0).message()).startsWith("50 more findings");
        }
    }

    @Nested
    @DisplayName("for which apps")
    class Targets {
        @Test
        void aLintForGoogle_leavesOutWhatConcernsOutlookAlone_butKeepsTheRfcsRules() {
            String feed = LintRulesTest.CLEAN.substring(0, CLEAN.indexOf("BEGIN:VTIMEZONE"))
                    + CLEAN.substring(CLEAN.indexOf("BEGIN:VEVENT")).replace("DTSTAMP:20250701T120000Z\r\n", "");

            List<LintFinding> all = FeedLinter.create().lint(feed.getBytes(StandardCharsets.UTF_8));
            List<LintFinding> google = FeedLinter.create().withTargets(EnumSet.of(LintTarget.GOOGLE))
                    .lint(feed.getBytes(StandardCharsets.UTF_8));

            assertThat(all).extracting(LintFinding::rule)
                    .containsExactly(LintRule.MISSING_DTSTAMP, LintRule.TZID_WITHOUT_VTIMEZONE);
            assertThat(google).extracting(LintFinding::rule).containsExactly(LintRule.MISSING_DTSTAMP);
        }

        @Test
        void parse_readsNamesInAnyCase_andAll() {
            assertThat(LintTarget.parse("Google, outlook")).containsExactly(LintTarget.GOOGLE, LintTarget.OUTLOOK);
            assertThat(LintTarget.parse("all")).containsExactly(LintTarget.values());
        }

        @Test
        void parse_unknownApp_namesItAndTheChoices() {
            assertThatThrownBy(() -> LintTarget.parse("google,thunderbird"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Target \"thunderbird\" is not one of google, outlook, apple, all");
        }

        @Test
        void withTargets_none_isRefused() {
            assertThatThrownBy(() -> FeedLinter.create().withTargets(EnumSet.noneOf(LintTarget.class)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Targets must name at least one app");
        }
    }

    @Nested
    @DisplayName("what it reads")
    class Input {
        @Test
        void binaryInput_isOneFinding_notAnException() {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};

            List<LintFinding> findings = FeedLinter.create().lint(png);

            assertThat(findings).extracting(LintFinding::rule).contains(LintRule.NOT_ICALENDAR);
            assertThat(FeedLinter.hasErrors(findings)).isTrue();
        }

        @Test
        void endlessFolds_endInAFindingAtTheReadersLimit_withinSeconds() {
            InputStream endless = new InputStream() {
                private final byte[] head = clean("SUMMARY:", "DESCRIPTION:x\r\nSUMMARY:").substring(0,
                        CLEAN.indexOf("SUMMARY:") + 13).getBytes(StandardCharsets.US_ASCII);
                private long at;

                @Override
                public int read() {
                    return at < head.length ? head[(int) at++] : "\r\n x".charAt((int) (at++ - head.length) % 4);
                }
            };

            List<LintFinding> findings = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> FeedLinter.create().lint(endless));

            assertThat(findings).extracting(LintFinding::toString).contains("line 28: error: not-icalendar: line"
                    + " longer than 4194304 octets (after unfolding); raise the limit with maxLineOctets if the input"
                    + " is trusted");
        }

        @Test
        void anEmptyFile_isNoCalendar() {
            assertThat(lint("")).extracting(LintFinding::toString)
                    .containsExactly("file: error: not-icalendar: not an iCalendar document: it is empty");
        }

        @Test
        void aGoogleExport_givesNoErrorAndNoWarning() throws IOException {
            try (InputStream in = FeedLinterTest.class.getResourceAsStream("google-export.ics")) {
                assertThat(FeedLinter.create().lint(in)).allMatch(f -> f.severity() == LintRule.Severity.INFO);
            }
        }

        @Test
        void theStream_isReadToItsEnd_andLeftOpen() throws IOException {
            boolean[] closed = {false};
            ByteArrayInputStream in = new ByteArrayInputStream(CLEAN.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };

            FeedLinter.create().lint(in);

            assertThat(in.available()).isZero();
            assertThat(closed[0]).isFalse();
        }
    }

    @Nested
    @DisplayName("the HTTP response")
    class Response {
        @Test
        void parse_readsTheLastResponseOfARedirect_asCurlWritesThem() {
            FeedResponse r = FeedResponse.parse("HTTP/1.1 301 Moved Permanently\r\nLocation: https://x/nno.ics\r\n\r\n"
                    + "HTTP/2 200\r\ncontent-type: text/calendar; charset=utf-8\r\nETag: \"abc\"\r\n\r\n");

            assertThat(r.status()).hasValue(200);
            assertThat(r.header("Content-Type")).containsExactly("text/calendar; charset=utf-8");
            assertThat(r.header("location")).isEmpty();
            assertThat(r.hasResponse()).isTrue();
        }

        @Test
        void parse_aLineThatIsNoHeader_saysWhichAndWhy() {
            assertThatThrownBy(() -> FeedResponse.parse("HTTP/1.1 200 OK\nnot a header\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Line 2 of the headers is neither a status line (HTTP/1.1 200 OK) nor a header"
                            + " (Name: value): \"not a header\"");
        }

        @Test
        void aWellServedFeed_hasNoFinding_andAPlainTextOne_hasThree() throws IOException {
            FeedResponse good = FeedResponse.parse("HTTP/1.1 200 OK\nContent-Type: text/calendar; charset=utf-8\n"
                    + "ETag: \"abc\"\nLast-Modified: Mon, 04 Aug 2025 12:00:00 GMT\n");
            FeedResponse plain = FeedResponse.parse("HTTP/1.1 200 OK\nContent-Type: text/plain\n");
            byte[] feed = clean("SUMMARY:National", "SUMMARY:Caf\u00e9 National").getBytes(StandardCharsets.UTF_8);

            assertThat(FeedLinter.create().lint(new ByteArrayInputStream(feed), good)).isEmpty();
            assertThat(FeedLinter.create().lint(new ByteArrayInputStream(feed), plain)).extracting(LintFinding::rule)
                    .containsExactlyInAnyOrder(LintRule.HTTP_CONTENT_TYPE, LintRule.HTTP_CHARSET,
                            LintRule.HTTP_VALIDATORS);
        }
    }
}
