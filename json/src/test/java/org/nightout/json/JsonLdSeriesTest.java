package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.Profile;
import org.nightout.core.recurrence.RecurrenceRule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JsonLdSeriesTest {
    private static final JsonLdWriter WRITER = JsonLdWriter.create();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static List<JsonNode> graph(JsonLdWriter writer, EventSeries series, LocalDate from) {
        JsonNode doc = PLAIN.readTree(writer.write(series, from));
        assertThat(doc.get("@context").asString()).isEqualTo("https://schema.org");
        return StreamSupport.stream(doc.get("@graph").spliterator(), false).toList();
    }

    private static List<String> starts(List<JsonNode> events) {
        return events.stream().map(e -> e.get("startDate").asString()).toList();
    }

    /** A series of the test event at Carson Park, 6 to 9 p.m. from its first date, by the given rule. */
    private static EventSeries carsonPark(String start, String rule) {
        return carsonPark(ZonedDateTime.parse(start + "T18:00:00-05:00[America/Chicago]"), Duration.ofHours(3), rule);
    }

    /** A series of the test event at Carson Park from a start, lasting as long as given, by the given rule. */
    private static EventSeries carsonPark(ZonedDateTime start, Duration length, String rule) {
        Event first = Event.builder().from(TestEvents.cancelled()).status(EventStatus.scheduled())
                .time(EventTime.of(start, start.plus(length))).build();
        return EventSeries.builder().first(first).rule(RecurrenceRule.parse(rule)).build();
    }

    private static JsonNode schedule(EventSeries series) {
        JsonNode node = graph(WRITER, series, series.first().time().startDate()).get(0);
        return node.get("superEvent").get("eventSchedule");
    }

    @Nested
    @DisplayName("occurrences as events of their own")
    class Occurrences {

        @Test
        void write_infiniteSeries_listsTheNextTenFromTheDay() {
            List<JsonNode> events = graph(WRITER, TestEvents.yearlyAtCarsonPark(), LocalDate.of(2026, 1, 1));

            assertThat(starts(events)).hasSize(JsonLdWriter.DEFAULT_OCCURRENCE_LIMIT)
                    .startsWith("2026-08-04T18:00:00-05:00", "2027-08-03T18:00:00-05:00")
                    .endsWith("2035-08-07T18:00:00-05:00");
            assertThat(events).allSatisfy(e -> assertThat(e.get("@type").asString()).isEqualTo("Event"));
        }

        @Test
        void write_withOccurrenceLimit_listsThatMany() {
            List<JsonNode> events = graph(WRITER.withOccurrenceLimit(3), TestEvents.weeklyAtHome(),
                    LocalDate.of(2025, 6, 1));

            assertThat(starts(events)).containsExactly("2025-06-03T18:00:00-05:00", "2025-06-05T18:00:00-05:00",
                    "2025-06-10T18:00:00-05:00");
        }

        @Test
        void write_excludedDate_isLeftOut_andCancelledOccurrence_isListedCancelled() {
            List<JsonNode> events = graph(WRITER, TestEvents.weeklyAtHome(), LocalDate.of(2025, 6, 24));

            assertThat(starts(events)).startsWith("2025-06-24T18:00:00-05:00", "2025-06-26T18:00:00-05:00",
                    "2025-07-01T18:00:00-05:00", "2025-07-08T18:00:00-05:00");
            assertThat(events.get(0).get("eventStatus").asString()).isEqualTo("https://schema.org/EventCancelled");
            assertThat(events.get(1).get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
        }

        @Test
        void write_pastSeries_givesAnEmptyGraph() {
            assertThat(graph(WRITER, TestEvents.weeklyAtHome(), LocalDate.of(2026, 1, 1))).isEmpty();
        }

        @Test
        void write_publicProfile_hidesThePrivateHomeInEveryOccurrence() {
            String json = WRITER.write(TestEvents.weeklyAtHome(), LocalDate.of(2025, 6, 1));
            String full = WRITER.withProfile(Profile.FULL).write(TestEvents.weeklyAtHome(), LocalDate.of(2025, 6, 1));

            assertThat(json).doesNotContain("1234").doesNotContain("Smiths").contains("\"streetAddress\":\"Elm St\"");
            assertThat(full).contains("1234 Elm St").contains("The Smiths");
        }

        @Test
        void write_occurrenceWithoutSchedule_isTheEventAsWrittenAlone() {
            EventSeries series = carsonPark("2025-06-30", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1");

            List<JsonNode> events = graph(WRITER, series, LocalDate.of(2025, 6, 1));

            assertThat(starts(events)).startsWith("2025-06-30T18:00:00-05:00", "2025-07-31T18:00:00-05:00",
                    "2025-08-29T18:00:00-05:00");
            List<Event> occurrences = series.occurrences(LocalDate.of(2025, 6, 1), LocalDate.of(2027, 1, 1))
                    .limit(events.size()).toList();
            for (int i = 0; i < events.size(); i++) {
                ObjectNode alone = (ObjectNode) PLAIN.readTree(WRITER.write(occurrences.get(i)));
                alone.remove("@context");
                assertThat(events.get(i)).isEqualTo(alone);
            }
        }

        @Test
        void withOccurrenceLimit_outOfRange_fails() {
            assertThatThrownBy(() -> WRITER.withOccurrenceLimit(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Occurrence limit 0 must be from 1 to 1000");
            assertThat(WRITER.withOccurrenceLimit(1_000).occurrenceLimit()).isEqualTo(1_000);
            assertThat(WRITER.withOccurrenceLimit(10)).isSameAs(WRITER);
        }
    }

    @Nested
    @DisplayName("eventSchedule")
    class Schedule {

        @Test
        void write_nationalNightOutRule_givesTheFirstTuesdayOfAugust() {
            EventSeries series = TestEvents.yearlyAtCarsonPark();
            JsonNode superEvent = graph(WRITER, series, LocalDate.of(2025, 1, 1)).get(0).get("superEvent");

            assertThat(superEvent.get("@type").asString()).isEqualTo("EventSeries");
            assertThat(superEvent.get("name").asString()).isEqualTo("National Night Out at Carson Park");
            assertThat(superEvent.get("superEvent").get("name").asString()).isEqualTo("National Night Out");
            assertThat(superEvent.get("eventSchedule")).isEqualTo(PLAIN.readTree("""
                    {"@type":"Schedule","repeatFrequency":"P1Y","byDay":"1TU","byMonth":8,
                     "startDate":"2025-08-05","startTime":"18:00:00","endTime":"21:00:00",
                     "scheduleTimezone":"America/Chicago"}"""));
        }

        @Test
        void write_weeklyRuleWithCountAndExceptions_givesDaysCountEndAndExceptDates() {
            JsonNode schedule = schedule(TestEvents.weeklyAtHome());

            assertThat(schedule).isEqualTo(PLAIN.readTree("""
                    {"@type":"Schedule","repeatFrequency":"P1W",
                     "byDay":["https://schema.org/Tuesday","https://schema.org/Thursday"],
                     "repeatCount":20,"startDate":"2025-06-03","endDate":"2025-08-07",
                     "startTime":"18:00:00","endTime":"20:00:00","scheduleTimezone":"America/Chicago",
                     "exceptDate":["2025-06-24T18:00:00-05:00","2025-07-03T18:00:00-05:00"]}"""));
        }

        @Test
        void write_allDaySeries_givesDatesAndNoTimes() {
            EventSeries series = EventSeries.builder().from(TestEvents.series()).overrides(Map.of()).build();

            assertThat(schedule(series)).isEqualTo(PLAIN.readTree("""
                    {"@type":"Schedule","repeatFrequency":"P1Y","byDay":"1TU","byMonth":8,"repeatCount":10,
                     "startDate":"2021-08-03","endDate":"2030-08-06","exceptDate":"2024-08-06"}"""));
        }

        @ParameterizedTest(name = "{1} from {0}")
        @CsvSource(delimiter = '|', value = {
            "2025-01-31 | FREQ=MONTHLY                    | P1M | byMonthDay | 31",
            "2025-06-11 | FREQ=MONTHLY;BYDAY=2WE          | P1M | byDay      | 2WE",
            "2025-07-25 | FREQ=MONTHLY;BYDAY=-1FR         | P1M | byDay      | -1FR",
            "2025-06-11 | FREQ=WEEKLY;INTERVAL=2          | P2W | byDay      | https://schema.org/Wednesday",
            "2024-02-29 | FREQ=YEARLY                     | P1Y | byMonthDay | 29",
            "2025-06-02 | FREQ=DAILY;BYDAY=MO             | P1D | byDay      | https://schema.org/Monday",
        })
        void write_partsFromTheStart_areWrittenOut(String start, String rule, String frequency, String part,
                String value) {
            JsonNode schedule = schedule(carsonPark(start, rule));

            assertThat(schedule.get("repeatFrequency").asString()).isEqualTo(frequency);
            assertThat(schedule.get(part).asString()).isEqualTo(value);
        }

        @Test
        void write_untilBeforeTheTimeOfDay_endsTheDayBefore() {
            EventSeries series = carsonPark("2025-08-05", "FREQ=WEEKLY;UNTIL=20250826T225959Z");

            assertThat(schedule(series).get("endDate").asString()).isEqualTo("2025-08-25");
            assertThat(series.occurrences(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 1)))
                    .extracting(e -> e.time().startDate()).last().isEqualTo(LocalDate.of(2025, 8, 19));
        }

        @Test
        void write_eventPastMidnight_givesDurationNotEndTime() {
            EventSeries series = carsonPark(ZonedDateTime.parse("2025-08-05T22:00:00-05:00[America/Chicago]"),
                    Duration.ofHours(3), "FREQ=WEEKLY");

            JsonNode schedule = schedule(series);

            assertThat(schedule.get("duration").asString()).isEqualTo("PT3H");
            assertThat(schedule.has("endTime")).isFalse();
        }

        @Test
        void write_fixedOffsetZone_givesTimesWithTheOffset() {
            EventSeries series = carsonPark(ZonedDateTime.parse("2025-08-05T20:00:00Z"), Duration.ofHours(2),
                    "FREQ=DAILY;COUNT=3");

            JsonNode schedule = schedule(series);

            assertThat(schedule.get("startTime").asString()).isEqualTo("20:00:00+00:00");
            assertThat(schedule.get("endTime").asString()).isEqualTo("22:00:00+00:00");
            assertThat(schedule.has("scheduleTimezone")).isFalse();
        }

        @ParameterizedTest(name = "{1} from {0}")
        @CsvSource(delimiter = '|', value = {
            "2025-06-30 | FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "2025-05-12 | FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
            "2025-04-10 | FREQ=YEARLY;BYYEARDAY=100",
            "2025-06-01 | FREQ=HOURLY;INTERVAL=6",
            "2025-06-01 | FREQ=DAILY;BYHOUR=18,20",
            "2025-06-30 | FREQ=MONTHLY;BYMONTHDAY=-1",
            "2025-06-13 | FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
            "2025-01-07 | FREQ=YEARLY;BYDAY=1TU",
            "2025-06-01 | FREQ=YEARLY;BYMONTHDAY=1",
            "2025-06-01 | FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,TU;WKST=SU",
            "2025-06-02 | FREQ=WEEKLY;BYDAY=TU",
        })
        void write_ruleAScheduleCannotState_listsOccurrencesOnly(String start, String rule) {
            EventSeries series = carsonPark(start, rule);

            List<JsonNode> events = graph(WRITER, series, LocalDate.parse(start));

            assertThat(events).isNotEmpty();
            assertThat(WRITER.write(series, LocalDate.parse(start))).doesNotContain("eventSchedule");
            assertThat(events.get(0).get("superEvent").get("name").asString()).isEqualTo("National Night Out");
        }

        @Test
        void write_movedOccurrence_listsOccurrencesOnly() {
            EventSeries series = TestEvents.series();

            List<JsonNode> events = graph(WRITER, series, LocalDate.of(2022, 1, 1));

            assertThat(starts(events)).startsWith("2022-08-09", "2023-08-01", "2025-08-05");
            assertThat(WRITER.write(series, LocalDate.of(2022, 1, 1))).doesNotContain("eventSchedule");
        }

        @Test
        void write_addedDate_listsOccurrencesOnly() {
            EventSeries weekly = carsonPark("2025-08-05", "FREQ=WEEKLY;COUNT=3");
            ZonedDateTime extra = ZonedDateTime.parse("2025-08-09T10:00:00-05:00[America/Chicago]");
            EventSeries series = EventSeries.builder().from(weekly).addRdates(extra).build();

            assertThat(starts(graph(WRITER, series, LocalDate.of(2025, 8, 1)))).containsExactly(
                    "2025-08-05T18:00:00-05:00", "2025-08-09T10:00:00-05:00", "2025-08-12T18:00:00-05:00",
                    "2025-08-19T18:00:00-05:00");
            assertThat(WRITER.write(series, LocalDate.of(2025, 8, 1))).doesNotContain("eventSchedule");
        }

        @Test
        void write_seriesLastModified_doesNotChangeTheOutput() {
            EventSeries series = TestEvents.weeklyAtHome();
            EventSeries touched = EventSeries.builder().from(series).first(Event.builder().from(series.first())
                    .lastModified(Instant.parse("2025-05-21T12:00:00Z")).build()).build();

            assertThat(WRITER.write(touched, LocalDate.of(2025, 6, 1)))
                    .isEqualTo(WRITER.write(series, LocalDate.of(2025, 6, 1)));
        }
    }
}
