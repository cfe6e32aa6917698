package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link FeedLinter} on the smallest feed that trips it, at the line where the problem starts, and on
 * the same feed with the problem fixed, which does not trip it. Every feed is {@link #CLEAN} with one change.
 */
class LintRulesTest {
    /** A feed that breaks no rule: lines 23 to 29 are its VEVENT. */
    static final String CLEAN = lines(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//nightout//lint test//EN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Chippewa Valley National Night Out",
            "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
            "X-PUBLISHED-TTL:PT12H",
            "BEGIN:VTIMEZONE",
            "TZID:America/Chicago",
            "BEGIN:DAYLIGHT",
            "DTSTART:20070311T020000",
            "TZOFFSETFROM:-0600",
            "TZOFFSETTO:-0500",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20071104T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0600",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:nno-2025-eau-claire@example.org",
            "DTSTAMP:20250701T120000Z",
            "DTSTART;TZID=America/Chicago:20250805T170000",
            "DTEND;TZID=America/Chicago:20250805T200000",
            "SUMMARY:National Night Out at Carson Park",
            "END:VEVENT",
            "END:VCALENDAR");

    private static final String START = "DTSTART;TZID=America/Chicago:20250805T170000";
    private static final String END = "DTEND;TZID=America/Chicago:20250805T200000";
    private static final String SUMMARY = "SUMMARY:National Night Out at Carson Park";
    private static final String CHICAGO_BLOCK = CLEAN.substring(CLEAN.indexOf("BEGIN:VTIMEZONE"),
            CLEAN.indexOf("BEGIN:VEVENT"));
    private static final FeedResponse SERVED = FeedResponse.of(200, Map.of(
            "Content-Type", List.of("text/calendar; charset=utf-8"), "ETag", List.of("\"1f2e3d\""),
            "Last-Modified", List.of("Mon, 04 Aug 2025 12:00:00 GMT")))
            .withUrl(URI.create("https://example.org/nno.ics"));

    static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** {@link #CLEAN} with one text replaced, which must be there. */
    static String clean(String text, String replacement) {
        assertThat(CLEAN).contains(text);
        return CLEAN.replace(text, replacement);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A case of the document alone: {@code at} starts the line the finding is on, or is null for the whole file. */
    private static Arguments rule(LintRule rule, String name, String failing, String at, String passing) {
        return rule(rule, name, utf8(failing), failing, at, 1, utf8(passing));
    }

    /** A case whose finding is on the {@code occurrence}th line starting with {@code at} of {@code text}. */
    private static Arguments rule(LintRule rule, String name, byte[] failing, String text, String at, int occurrence,
            byte[] passing) {
        int line = 0;
        if (at != null) {
            List<String> all = text.lines().toList();
            int seen = 0;
            for (int i = 0; i < all.size() && line == 0; i++) {
                if (all.get(i).startsWith(at) && ++seen == occurrence) {
                    line = i + 1;
                }
            }
            assertThat(line).as(name + ": line " + occurrence + " starting " + at).isPositive();
        }
        return Arguments.of(rule, name, failing, line, passing, null, null);
    }

    /** A case of the HTTP response or the URL, of the clean feed. */
    private static Arguments served(LintRule rule, String name, FeedResponse failing, FeedResponse passing) {
        return Arguments.of(rule, name, utf8(CLEAN), 0, utf8(CLEAN), failing, passing);
    }

    static Stream<Arguments> data_rules() {
        String text = "Music, games, raffles and giveaways for all ages; bring a chair and a blanket";
        String folded = "DESCRIPTION:" + text.substring(0, 62) + "\r\n " + text.substring(62);
        String event = CLEAN.substring(CLEAN.indexOf("BEGIN:VEVENT"), CLEAN.indexOf("END:VCALENDAR"));
        String cafe = clean(SUMMARY, "SUMMARY:Caf\u00e9 night");
        int e = utf8(cafe.substring(0, cafe.indexOf('\u00e9'))).length;
        String floating = "DTSTART:20250805T170000\r\nDTEND:20250805T200000";
        String allDay = "DTSTART;VALUE=DATE:20250805\r\nDTEND;VALUE=DATE:20250806";
        return Stream.of(
                rule(LintRule.NOT_ICALENDAR, "a web page", "<html><body>Not found</body></html>\r\n", "<html>", CLEAN),
                rule(LintRule.INVALID_UTF8, "Latin-1 text", latin1(cafe), cafe, "SUMMARY", 1, utf8(cafe)),
                rule(LintRule.LINE_ENDING, "LF alone", CLEAN.replace("\r\n", "\n"), null, CLEAN),
                rule(LintRule.LINE_ENDING, "one line with LF alone", clean(SUMMARY + "\r\n", SUMMARY + "\n"), SUMMARY,
                        CLEAN),
                rule(LintRule.LONG_LINE, "an unfolded description", clean(SUMMARY, SUMMARY + "\r\nDESCRIPTION:"
                        + text), "DESCRIPTION", clean(SUMMARY, SUMMARY + "\r\n" + folded)),
                rule(LintRule.FOLD_SPLITS_CHARACTER, "a fold between the bytes of \u00e9", foldAfter(e + 1, cafe),
                        cafe, "SUMMARY", 1, utf8(clean(SUMMARY, "SUMMARY:Caf\r\n \u00e9 night"))),
                rule(LintRule.INVALID_LINE, "a property without its colon", clean(SUMMARY, "SUMMARY National Night"
                        + " Out"), "SUMMARY", CLEAN),
                rule(LintRule.BROKEN_FOLD, "a fold without its space", clean(SUMMARY, SUMMARY + "\r\n"
                        + folded.replace("\r\n ", "\r\n")), text.substring(62), clean(SUMMARY, SUMMARY + "\r\n"
                        + folded)),
                rule(LintRule.BROKEN_FOLD, "an indented property", clean(END, " " + END), " " + END, CLEAN),
                rule(LintRule.BROKEN_FOLD, "a fold without its space that reads as a property", clean(SUMMARY,
                        SUMMARY + "\r\nDESCRIPTION:Bring a chair and a blanket\\; the evening runs for three hours.\r\n"
                        + "Hours: 5 to 8 pm"), "Hours", clean(SUMMARY, SUMMARY + "\r\nDESCRIPTION:Bring a chair and a"
                        + " blanket\\; the evening runs for three hours.\r\n Hours: 5 to 8 pm")),
                rule(LintRule.STRUCTURE, "a VEVENT without END", clean("END:VEVENT\r\n", ""), "END:VCALENDAR",
                        CLEAN),
                rule(LintRule.STRUCTURE, "a misspelled END", clean("END:VEVENT", "END:VEVNT"), "END:VEVNT", CLEAN),
                rule(LintRule.INVALID_PARAMETER, "an unclosed quote", clean(START,
                        "DTSTART;TZID=\"America/Chicago:20250805T170000"), "DTSTART;TZID=\"", CLEAN),
                rule(LintRule.MISSING_VERSION, "no VERSION", clean("VERSION:2.0\r\n", ""), null, CLEAN),
                rule(LintRule.MISSING_VERSION, "vCalendar 1.0", clean("VERSION:2.0", "VERSION:1.0"), "VERSION",
                        CLEAN),
                rule(LintRule.MISSING_PRODID, "no PRODID", clean("PRODID:-//nightout//lint test//EN\r\n", ""), null,
                        CLEAN),
                rule(LintRule.METHOD_NOT_PUBLISH, "METHOD:REQUEST", clean("METHOD:PUBLISH", "METHOD:REQUEST"),
                        "METHOD", CLEAN),
                rule(LintRule.MISSING_CALENDAR_NAME, "no X-WR-CALNAME", clean("X-WR-CALNAME:Chippewa Valley National"
                        + " Night Out\r\n", ""), null, CLEAN),
                rule(LintRule.MISSING_REFRESH_INTERVAL, "neither REFRESH-INTERVAL nor X-PUBLISHED-TTL",
                        clean("REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\n", ""), null,
                        CLEAN),
                rule(LintRule.FEED_TOO_LARGE, "5,000 events", clean(event, Stream.iterate(0, i -> i + 1).limit(5_000)
                        .map(i -> event.replace("nno-2025", "nno-" + i)).collect(Collectors.joining())), null, CLEAN),
                rule(LintRule.CANCELLED_EVENT_HIDDEN, "a cancelled event", clean(SUMMARY, "STATUS:CANCELLED\r\n"
                        + SUMMARY), "STATUS", clean(SUMMARY, "STATUS:CONFIRMED\r\n" + SUMMARY)),
                rule(LintRule.TZID_WITHOUT_VTIMEZONE, "no VTIMEZONE", clean(CHICAGO_BLOCK, ""), "DTSTART", CLEAN),
                rule(LintRule.UNKNOWN_TZID, "a TZID of nobody's", clean(CHICAGO_BLOCK, "").replace("America/Chicago",
                        "Central Time"), "DTSTART", CLEAN),
                rule(LintRule.VTIMEZONE_COVERAGE, "rules that start after the event", clean(CHICAGO_BLOCK,
                        CHICAGO_BLOCK.replace("DTSTART:2007", "DTSTART:2030")), "BEGIN:VTIMEZONE", CLEAN),
                rule(LintRule.VTIMEZONE_COVERAGE, "rules that end before the event", clean(CHICAGO_BLOCK,
                        CHICAGO_BLOCK.replace("DTSTART:20070311", "DTSTART:19870405").replace("DTSTART:20071104",
                                "DTSTART:19871025").replace("BYMONTH=3;BYDAY=2SU", "BYMONTH=4;BYDAY=1SU;UNTIL="
                                + "20060402T080000Z").replace("BYMONTH=11;BYDAY=1SU", "BYMONTH=10;BYDAY=-1SU;UNTIL="
                                + "20061029T070000Z")), "BEGIN:VTIMEZONE", CLEAN),
                rule(LintRule.VTIMEZONE_WITHOUT_RRULE, "observances by RDATE", clean(CHICAGO_BLOCK, lines(
                        "BEGIN:VTIMEZONE", "TZID:America/Chicago", "BEGIN:DAYLIGHT", "DTSTART:20250309T020000",
                        "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "RDATE:20260308T020000", "END:DAYLIGHT",
                        "BEGIN:STANDARD", "DTSTART:20241103T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
                        "RDATE:20251102T020000", "END:STANDARD", "END:VTIMEZONE")), "BEGIN:VTIMEZONE", CLEAN),
                rule(LintRule.MISSING_UID, "no UID", clean("UID:nno-2025-eau-claire@example.org\r\n", ""),
                        "BEGIN:VEVENT", CLEAN),
                rule(LintRule.DUPLICATE_UID, "two events, one UID", utf8(clean(event, event + event
                        .replace("20250805", "20260804"))), clean(event, event + event), "UID:", 2,
                        utf8(clean(event, event + event.replace("20250805", "20260804").replace("nno-2025",
                                "nno-2026")))),
                rule(LintRule.MISSING_DTSTAMP, "no DTSTAMP", clean("DTSTAMP:20250701T120000Z\r\n", ""),
                        "BEGIN:VEVENT", CLEAN),
                rule(LintRule.MISSING_DTSTART, "no DTSTART", clean(START + "\r\n" + END + "\r\n", ""),
                        "BEGIN:VEVENT", CLEAN),
                rule(LintRule.INVALID_DATE, "February 30", clean(START, START.replace("0805", "0230")), "DTSTART;",
                        CLEAN),
                rule(LintRule.INVALID_DATE, "hour 25", clean(END, END.replace("T200000", "T250000")), "DTEND", CLEAN),
                rule(LintRule.INVALID_DATE, "an onset on February 31", clean("DTSTART:20070311T020000",
                        "DTSTART:20070231T020000"), "DTSTART:20070231", CLEAN),
                rule(LintRule.FLOATING_TIME, "no zone", clean(START + "\r\n" + END, floating), "DTSTART:2025", CLEAN),
                rule(LintRule.FLOATING_TIME_CALENDAR_ZONE, "no zone but the calendar's", clean(START + "\r\n" + END,
                        floating).replace("X-PUBLISHED-TTL:PT12H", "X-PUBLISHED-TTL:PT12H\r\nX-WR-TIMEZONE:"
                        + "America/Chicago"), "DTSTART:2025", CLEAN),
                rule(LintRule.TZID_ON_DATE, "a TZID on a date", clean(START + "\r\n" + END, allDay.replace(";VALUE",
                        ";TZID=America/Chicago;VALUE")), "DTSTART;", clean(START + "\r\n" + END, allDay)),
                rule(LintRule.DTEND_BEFORE_DTSTART, "an end before the start", clean(END, END.replace("T200000",
                        "T160000")), "DTEND", CLEAN),
                rule(LintRule.DTEND_BEFORE_DTSTART, "an end before the start, in UTC", clean(END,
                        "DTEND:20250805T210000Z"), "DTEND", clean(END, "DTEND:20250806T010000Z")),
                rule(LintRule.DTEND_EQUALS_DTSTART, "an end at the start", clean(END, END.replace("T200000",
                        "T170000")), "DTEND", CLEAN),
                rule(LintRule.ZERO_LENGTH_ALL_DAY, "an all-day end on its start", clean(START + "\r\n" + END,
                        allDay.replace("20250806", "20250805")), "DTEND", clean(START + "\r\n" + END, allDay)),
                rule(LintRule.DTEND_AND_DURATION, "DTEND and DURATION", clean(END, END + "\r\nDURATION:PT3H"),
                        "DURATION", clean(END, "DURATION:PT3H")),
                rule(LintRule.DTEND_VALUE_TYPE, "a date end of a timed event", clean(END,
                        "DTEND;VALUE=DATE:20250806"), "DTEND", CLEAN),
                rule(LintRule.RRULE_INVALID, "no rule", clean(SUMMARY, "RRULE:FREQ=SOMETIMES\r\n" + SUMMARY),
                        "RRULE:FREQ=SOMETIMES", clean(SUMMARY, "RRULE:FREQ=YEARLY;BYMONTH=8;BYDAY=1TU\r\n" + SUMMARY)),
                rule(LintRule.RRULE_INVALID, "COUNT and UNTIL", clean(SUMMARY, "RRULE:FREQ=WEEKLY;COUNT=4;UNTIL="
                        + "20250826T220000Z\r\n" + SUMMARY), "RRULE:FREQ=WEEKLY", CLEAN),
                rule(LintRule.RRULE_UNTIL_FORM, "a local UNTIL for a zoned start", clean(SUMMARY,
                        "RRULE:FREQ=WEEKLY;UNTIL=20250826T170000\r\n" + SUMMARY), "RRULE:FREQ=WEEKLY", clean(SUMMARY,
                        "RRULE:FREQ=WEEKLY;UNTIL=20250826T220000Z\r\n" + SUMMARY)),
                rule(LintRule.RRULE_SUB_DAILY, "hourly", clean(SUMMARY, "RRULE:FREQ=HOURLY;COUNT=3\r\n" + SUMMARY),
                        "RRULE:FREQ=HOURLY", clean(SUMMARY, "RRULE:FREQ=DAILY;COUNT=3\r\n" + SUMMARY)),
                rule(LintRule.RRULE_OUTLOOK_PATTERN, "the 2nd and 4th Tuesday", clean(SUMMARY,
                        "RRULE:FREQ=MONTHLY;BYDAY=2TU,4TU\r\n" + SUMMARY), "RRULE:FREQ=MONTHLY", clean(SUMMARY,
                        "RRULE:FREQ=MONTHLY;BYDAY=1TU\r\n" + SUMMARY)),
                rule(LintRule.RRULE_SEVERAL, "two rules", clean(SUMMARY, "RRULE:FREQ=YEARLY;COUNT=2\r\n"
                        + "RRULE:FREQ=MONTHLY;COUNT=2\r\n" + SUMMARY), "RRULE:FREQ=MONTHLY", clean(SUMMARY,
                        "RRULE:FREQ=YEARLY;COUNT=2\r\n" + SUMMARY)),
                rule(LintRule.RDATE_WITHOUT_RRULE, "RDATE alone", clean(SUMMARY, "RDATE;TZID=America/Chicago:"
                        + "20250812T170000\r\n" + SUMMARY), "RDATE", clean(SUMMARY, "RRULE:FREQ=WEEKLY;COUNT=2\r\n"
                        + SUMMARY)),
                served(LintRule.HTTP_STATUS, "a 404", FeedResponse.of(404, SERVED.headers()), SERVED),
                served(LintRule.HTTP_CONTENT_TYPE, "text/plain", FeedResponse.of(200, Map.of("Content-Type",
                        List.of("text/plain; charset=utf-8"), "ETag", List.of("\"1\""))), SERVED),
                served(LintRule.HTTP_CHARSET, "Latin-1", FeedResponse.of(200, Map.of("Content-Type",
                        List.of("text/calendar; charset=ISO-8859-1"), "ETag", List.of("\"1\""))), SERVED),
                Arguments.of(LintRule.HTTP_CONTENT_ENCODING, "gzip", gzip(utf8(CLEAN)), 0, utf8(CLEAN),
                        FeedResponse.of(200, Map.of("Content-Type", List.of("text/calendar; charset=utf-8"),
                                "Content-Encoding", List.of("gzip"), "ETag", List.of("\"1\""))), SERVED),
                served(LintRule.HTTP_VALIDATORS, "neither ETag nor Last-Modified", FeedResponse.of(200, Map.of(
                        "Content-Type", List.of("text/calendar; charset=utf-8"))), SERVED),
                served(LintRule.URL_NOT_HTTPS, "http", SERVED.withUrl(URI.create("http://example.org/nno.ics")),
                        SERVED),
                served(LintRule.URL_TOO_LONG, "a 300-character URL", SERVED.withUrl(URI.create(
                        "https://example.org/nno.ics?q=" + "x".repeat(270))), SERVED));
    }

    /** {@code text} as UTF-8, with CRLF and a space inserted after its first {@code at} bytes. */
    private static byte[] foldAfter(int at, String text) {
        byte[] b = utf8(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(new byte[] {'\r', '\n', ' '});
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<LintFinding> lint(byte[] feed, FeedResponse response) throws IOException {
        return response == null ? FeedLinter.create().lint(feed)
                : FeedLinter.create().lint(new ByteArrayInputStream(feed), response);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("data_rules")
    void rule_tripsOnItsProblem_atItsLine_andNotOnceFixed(LintRule rule, String name, byte[] failing, int line,
            byte[] passing, FeedResponse response, FeedResponse fixedResponse) throws IOException {
        List<LintFinding> found = lint(failing, response).stream().filter(f -> f.rule() == rule).toList();

        assertThat(found).as(name).isNotEmpty();
        assertThat(found.get(0).line()).as(found.get(0).toString())
                .isEqualTo(line == 0 ? OptionalInt.empty() : OptionalInt.of(line));
        assertThat(lint(passing, fixedResponse)).extracting(LintFinding::rule).doesNotContain(rule);
    }

    @Test
    void everyRule_hasACase() {
        Set<LintRule> covered = data_rules().map(a -> (LintRule) a.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LintRule.class)));

        assertThat(covered).containsExactlyInAnyOrder(LintRule.values());
    }

    @Test
    void theCleanFeed_servedWell_hasNoFinding() throws IOException {
        assertThat(lint(utf8(CLEAN), SERVED)).isEmpty();
    }
}
