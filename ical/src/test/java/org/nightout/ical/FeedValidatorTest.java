package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.core.Campaign;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.UsState;

class FeedValidatorTest {
    private static final byte[] BODY = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
    private static final Instant CHANGED = Instant.parse("2022-08-03T00:00:00.750Z");
    private static final String CHANGED_DATE = "Wed, 03 Aug 2022 00:00:00 GMT";
    private static final FeedValidator VALIDATOR = FeedValidator.of(BODY, Optional.of(CHANGED));
    private static final String ETAG = VALIDATOR.etag();

    /** SHA-256 as the JDK computes it, so that the test does not take the class's own word for it. */
    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Request headers as a framework's case-insensitive map gives them: a list of field lines, or null. */
    private static FeedValidator.Outcome evaluate(String... namesAndValues) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return VALIDATOR.evaluate(headers::get);
    }

    @Nested
    @DisplayName("the validators")
    class Validators {
        @Test
        void etag_isTheQuotedSha256OfTheBytes() throws Exception {
            assertThat(VALIDATOR.etag()).isEqualTo('"' + sha256(BODY) + '"');
            assertThat(VALIDATOR.length()).isEqualTo(BODY.length);
        }

        @Test
        void lastModified_isTruncatedToWholeSeconds_asTheHttpDateCarriesIt() {
            assertThat(VALIDATOR.lastModified()).hasValue(Instant.parse("2022-08-03T00:00:00Z"));
            assertThat(VALIDATOR.lastModifiedHttpDate()).hasValue(CHANGED_DATE);
        }

        @Test
        void lastModified_unknown_givesNoDate() {
            FeedValidator v = FeedValidator.of(BODY, Optional.empty());
            assertThat(v.lastModified()).isEmpty();
            assertThat(v.lastModifiedHttpDate()).isEmpty();
        }

        @Test
        void httpDate_isAnImfFixdate_withTwoDigitDays() {
            FeedValidator v = FeedValidator.of(BODY, Optional.of(Instant.parse("2021-08-03T17:05:09Z")));
            assertThat(v.lastModifiedHttpDate()).hasValue("Tue, 03 Aug 2021 17:05:09 GMT");
        }

        @Test
        void ofWritten_givesWhatTheBytesGive_andWritesNothingElsewhere() throws IOException {
            FeedValidator written = FeedValidator.ofWritten(out -> {
                out.write(BODY, 0, 10);
                out.write(BODY, 10, BODY.length - 10);
            }, Optional.of(CHANGED));
            assertThat(written).isEqualTo(VALIDATOR).hasSameHashCodeAs(VALIDATOR);
            assertThat(written.toString()).isEqualTo("FeedValidator[etag=" + ETAG + ", length=" + BODY.length
                    + ", lastModified=2022-08-03T00:00:00Z]");
        }

        @Test
        void ofWritten_passesTheBodysFailureOn() {
            assertThatThrownBy(() -> FeedValidator.ofWritten(out -> {
                throw new IOException("database gone");
            }, Optional.empty())).isInstanceOf(IOException.class).hasMessage("database gone");
        }

        @Test
        void ofFeed_isTheValidatorOfTheWritersBytes_andTheNewestChangeOfEventsSeriesAndOverrides() throws Exception {
            ICalendarWriter writer = Events.writer().build();
            Event single = Events.carsonPark().id("single").lastModified(Instant.parse("2021-08-04T00:00:00Z"))
                    .build();
            Event first = Events.carsonPark().id("yearly").time(EventTime.allDay(LocalDate.of(2017, 8, 1)))
                    .lastModified(Instant.parse("2020-01-01T00:00:00Z")).build();
            Event cancelled = Event.builder().from(first).time(EventTime.allDay(LocalDate.of(2020, 8, 4)))
                    .lastModified(Instant.parse("2022-08-03T00:00:00.999Z")).build();
            EventSeries series = EventSeries.builder().first(first)
                    .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI))
                    .putOverrides(LocalDate.of(2020, 8, 4), cancelled).build();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.write(List.of(single), List.of(series), bytes);

            FeedValidator v = FeedValidator.ofFeed(writer, List.of(single), List.of(series));

            assertThat(v).isEqualTo(FeedValidator.of(bytes.toByteArray(), Optional.of(cancelled.lastModified())));
            assertThat(v.lastModifiedHttpDate()).hasValue(CHANGED_DATE);
            assertThat(FeedValidator.newestChange(List.of(single), List.of(series))).hasValue(cancelled.lastModified());
            assertThat(FeedValidator.newestChange(List.of(), List.of())).isEmpty();
        }

        @Test
        void ofFeed_anEmptyFeed_hasAnEtag_butNoLastModified() {
            FeedValidator v = FeedValidator.ofFeed(Events.writer().build(), List.of(), List.of());
            assertThat(v.etag()).matches("\"[0-9a-f]{64}\"");
            assertThat(v.lastModified()).isEmpty();
        }

        @Test
        void nullArguments_areNamed() {
            assertThatThrownBy(() -> FeedValidator.of(null, Optional.empty())).hasMessage("body");
            assertThatThrownBy(() -> FeedValidator.ofWritten(out -> { }, null)).hasMessage("lastModified");
            assertThatThrownBy(() -> VALIDATOR.evaluate(null)).hasMessage("requestHeaders");
        }
    }

    @Nested
    @DisplayName("If-None-Match, which decides whenever it is present")
    class IfNoneMatch {
        @ParameterizedTest(name = "If-None-Match: {0} gives {1}")
        @CsvSource(delimiter = '|', value = {
            "ETAG                     | NOT_MODIFIED",
            "W/ETAG                   | NOT_MODIFIED",
            "\"other\", ETAG          | NOT_MODIFIED",
            "\"a,b\" ,W/\"c\",ETAG    | NOT_MODIFIED",
            "*                        | NOT_MODIFIED",
            "not-a-tag, ETAG          | NOT_MODIFIED",
            "\"other\"                | SEND",
            "w/ETAG                   | SEND",
            "*ETAG                    | SEND",
            "\"unclosed, ETAG         | SEND",
            "''                       | SEND"})
        void comparesWeakly_tagByTag_skippingWhatIsNoTag(String value, FeedValidator.Outcome outcome) {
            assertThat(evaluate("If-None-Match", value.replace("ETAG", ETAG))).isEqualTo(outcome);
        }

        @Test
        void severalFieldLines_areOneList() {
            assertThat(evaluate("If-None-Match", "\"a\"", "if-none-match", ETAG))
                    .isEqualTo(FeedValidator.Outcome.NOT_MODIFIED);
        }

        @Test
        void anotherTag_is200_evenWhenIfModifiedSinceWouldMatch() {
            assertThat(evaluate("If-None-Match", "\"stale\"", "If-Modified-Since", CHANGED_DATE))
                    .isEqualTo(FeedValidator.Outcome.SEND);
        }

        @Test
        void theTag_is304_evenWhenIfModifiedSinceIsOlder() {
            assertThat(evaluate("If-None-Match", ETAG, "If-Modified-Since", "Tue, 02 Aug 2022 23:59:59 GMT"))
                    .isEqualTo(FeedValidator.Outcome.NOT_MODIFIED);
        }
    }

    @Nested
    @DisplayName("If-Modified-Since, without If-None-Match")
    class IfModifiedSince {
        @ParameterizedTest(name = "If-Modified-Since: {0} gives {1}")
        @CsvSource(delimiter = '|', value = {
            "Wed, 03 Aug 2022 00:00:00 GMT  | NOT_MODIFIED",
            "Thu, 01 Jan 2026 00:00:00 GMT  | NOT_MODIFIED",
            "Tue, 02 Aug 2022 23:59:59 GMT  | SEND",
            "Wednesday, 03-Aug-22 00:00:00 GMT | NOT_MODIFIED",
            "Tuesday, 02-Aug-22 23:59:59 GMT   | SEND",
            "Wed Aug  3 00:00:00 2022       | NOT_MODIFIED",
            "Tue Aug  2 23:59:59 2022       | SEND",
            "Thu, 03 Aug 2022 00:00:00 GMT  | SEND",
            "Wed, 03 Aug 2022 00:00:00 +0000 | SEND",
            "2022-08-03T00:00:00Z           | SEND",
            "not a date                     | SEND"})
        void comparesWithTheLastChange_andIgnoresWhatIsNoHttpDate(String since, FeedValidator.Outcome outcome) {
            assertThat(evaluate("If-Modified-Since", since)).isEqualTo(outcome);
        }

        @Test
        void givenTwice_isIgnored() {
            assertThat(evaluate("If-Modified-Since", CHANGED_DATE, "If-Modified-Since", CHANGED_DATE))
                    .isEqualTo(FeedValidator.Outcome.SEND);
        }

        @Test
        void withoutALastChange_isIgnored() {
            FeedValidator unknown = FeedValidator.of(BODY, Optional.empty());
            assertThat(unknown.evaluate(Map.of("If-Modified-Since", List.of(CHANGED_DATE))::get))
                    .isEqualTo(FeedValidator.Outcome.SEND);
        }

        @Test
        void rfc850Years_areTheOnesWithinFiftyYears() {
            assertThat(evaluate("If-Modified-Since", "Sunday, 06-Nov-94 08:49:37 GMT"))
                    .isEqualTo(FeedValidator.Outcome.SEND);
        }
    }

    @Nested
    @DisplayName("If-Match and If-Unmodified-Since, which come first")
    class Preconditions {
        @ParameterizedTest(name = "If-Match: {0} gives {1}")
        @CsvSource(delimiter = '|', value = {
            "ETAG         | SEND",
            "*            | SEND",
            "\"x\", ETAG  | SEND",
            "W/ETAG       | PRECONDITION_FAILED",
            "\"other\"    | PRECONDITION_FAILED"})
        void ifMatch_comparesStrongly(String value, FeedValidator.Outcome outcome) {
            assertThat(evaluate("If-Match", value.replace("ETAG", ETAG))).isEqualTo(outcome);
        }

        @ParameterizedTest(name = "If-Unmodified-Since: {0} gives {1}")
        @CsvSource(delimiter = '|', value = {
            "Wed, 03 Aug 2022 00:00:00 GMT | SEND",
            "Tue, 02 Aug 2022 23:59:59 GMT | PRECONDITION_FAILED",
            "yesterday                     | SEND"})
        void ifUnmodifiedSince_comparesWithTheLastChange(String since, FeedValidator.Outcome outcome) {
            assertThat(evaluate("If-Unmodified-Since", since)).isEqualTo(outcome);
        }

        @Test
        void ifMatch_thatHolds_overridesIfUnmodifiedSince() {
            assertThat(evaluate("If-Match", ETAG, "If-Unmodified-Since", "Tue, 02 Aug 2022 23:59:59 GMT"))
                    .isEqualTo(FeedValidator.Outcome.SEND);
        }

        @Test
        void aFailedPrecondition_comesBeforeIfNoneMatch() {
            assertThat(evaluate("If-Match", "\"other\"", "If-None-Match", ETAG))
                    .isEqualTo(FeedValidator.Outcome.PRECONDITION_FAILED);
        }

        @Test
        void aPreconditionThatHolds_letsIfNoneMatchDecide() {
            assertThat(evaluate("If-Match", ETAG, "If-None-Match", ETAG))
                    .isEqualTo(FeedValidator.Outcome.NOT_MODIFIED);
        }

        @Test
        void outcomes_carryTheirStatusCodes() {
            assertThat(List.of(FeedValidator.Outcome.values())).extracting(FeedValidator.Outcome::statusCode)
                    .containsExactly(200, 304, 412);
        }
    }
}
