package org.nightout.core;

import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.core.recurrence.RecurrenceSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventSeriesTest {
    private static final Event FIRST_2019 = Fixtures.nno2021().time(Fixtures.evening(LocalDate.of(2019, 8, 6))).build();

    private static ZonedDateTime evening(int year, int month, int day) {
        return Fixtures.evening(LocalDate.of(year, month, day)).start();
    }

    private static EventSeries.Builder carsonPark() {
        return EventSeries.builder().first(FIRST_2019)
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI));
    }

    @Nested
    @DisplayName("the National Night Out yearly series")
    class Yearly {
        @Test
        void occurrences_followTheRule_skipExcludedDates() {
            EventSeries s = carsonPark().addExdates(evening(2020, 8, 4)).build();
            assertThat(s.occurrences(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 1, 1)))
                    .extracting(e -> e.time().startDate()).containsExactly(LocalDate.of(2019, 8, 6),
                            LocalDate.of(2021, 8, 3), LocalDate.of(2022, 8, 2), LocalDate.of(2023, 8, 1));
            Event in2022 = s.occurrences(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)).findFirst().orElseThrow();
            assertThat(in2022.id()).isEqualTo(FIRST_2019.id());
            assertThat(((EventTime.Timed) in2022.time()).start().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
            assertThat(s.isInfinite()).isTrue();
            assertThat(s.lastYear()).isEmpty();
        }

        @Test
        void override_replacesItsOccurrence_andACancelledOneStaysWithItsStatus() {
            Event cancelled2020 = Event.builder().from(FIRST_2019).time(Fixtures.evening(LocalDate.of(2020, 8, 4)))
                    .status(EventStatus.cancelled("COVID-19 pandemic")).sequence(1).build();
            EventSeries s = carsonPark().putOverrides(evening(2020, 8, 4), cancelled2020).build();
            assertThat(s.occurrences(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))).containsExactly(cancelled2020);
        }

        @Test
        void next_isTheFirstOccurrenceAfterAnInstant() {
            EventSeries s = carsonPark().build();
            assertThat(s.next(ZonedDateTime.parse("2024-08-06T23:00:00Z")).map(e -> e.time().startDate()))
                    .contains(LocalDate.of(2025, 8, 5));
        }
    }

    @Nested
    @DisplayName("any rule, dates and overrides")
    class AnyRule {
        @Test
        void weekly_keepsItsLocalTimeAcrossDaylightSaving_andItsLength() {
            ZoneId ny = ZoneId.of("America/New_York");
            Event first = Event.builder().from(FIRST_2019).time(EventTime.of(
                    ZonedDateTime.of(2025, 3, 1, 18, 0, 0, 0, ny), ZonedDateTime.of(2025, 3, 1, 20, 0, 0, 0, ny))).build();
            EventSeries s = EventSeries.builder().first(first).rule(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=3"))
                    .build();
            List<Event> all = s.occurrences(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)).toList();
            assertThat(all).extracting(e -> ((EventTime.Timed) e.time()).start().toOffsetDateTime().toString())
                    .containsExactly("2025-03-01T18:00-05:00", "2025-03-08T18:00-05:00", "2025-03-15T18:00-04:00");
            assertThat(((EventTime.Timed) all.get(2).time()).end()).contains(ZonedDateTime.of(2025, 3, 15, 20, 0, 0, 0, ny));
            assertThat(s.lastYear()).hasValue(2025);
        }

        @Test
        void allDay_rdatesAndAMovedOverride() {
            Event first = Event.builder().from(FIRST_2019).time(EventTime.allDay(LocalDate.of(2025, 6, 2))).build();
            Event moved = Event.builder().from(first).title("Moved").time(EventTime.allDay(LocalDate.of(2025, 6, 20)))
                    .build();
            EventSeries s = EventSeries.builder().first(first)
                    .addRdates(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 5))
                    .putOverrides(LocalDate.of(2025, 6, 5), moved).build();
            assertThat(s.rdates()).containsExactly(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 9));
            assertThat(s.occurrences(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1)))
                    .extracting(e -> e.time().startDate()).containsExactly(LocalDate.of(2025, 6, 2),
                            LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 20));
            assertThat(s.isOccurrence(LocalDate.of(2025, 6, 5))).isTrue();
            assertThat(s.isOccurrence(LocalDate.of(2025, 6, 6))).isFalse();
        }

        @Test
        void datesInAnotherZone_areKeptInTheFirstEventsZone_soEqualSeriesAreEqual() {
            ZonedDateTime utc = evening(2020, 8, 4).withZoneSameInstant(ZoneId.of("UTC"));
            assertThat(carsonPark().addExdates(utc).build()).isEqualTo(carsonPark().addExdates(evening(2020, 8, 4)).build());
        }
    }

    @Nested
    @DisplayName("daylight saving time")
    class DaylightSaving {
        private final ZoneId newYork = ZoneId.of("America/New_York");
        private final ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");

        private EventSeries.Builder daily(LocalDateTime written, ZoneId zone) {
            ZonedDateTime start = ZonedDateTime.of(written, zone);
            Event first = Event.builder().from(FIRST_2019).time(EventTime.of(start, start.plusHours(1))).build();
            return EventSeries.builder().first(first).rule(RecurrenceRule.parse("FREQ=DAILY;COUNT=3"));
        }

        private List<String> starts(EventSeries s) {
            return s.occurrences(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1))
                    .map(e -> ((EventTime.Timed) e.time()).start().toOffsetDateTime().toString()).toList();
        }

        @Test
        void aStartWrittenInTheSkippedHour_movesOnlyTheFirstOccurrence() {
            LocalDateTime written = LocalDateTime.of(2026, 3, 8, 2, 30);
            EventSeries s = daily(written, newYork).wallStart(written).build();
            assertThat(starts(s)).containsExactly("2026-03-08T03:30-04:00", "2026-03-09T02:30-04:00",
                    "2026-03-10T02:30-04:00");
            assertThat(s.occurrences(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10)).findFirst().orElseThrow()
                    .time()).isEqualTo(EventTime.of(ZonedDateTime.of(2026, 3, 9, 2, 30, 0, 0, newYork),
                    ZonedDateTime.of(2026, 3, 9, 3, 30, 0, 0, newYork)));
            assertThat(s.isOccurrence(ZonedDateTime.of(2026, 3, 9, 2, 30, 0, 0, newYork))).isTrue();
            assertThat(s.isOccurrence(ZonedDateTime.of(2026, 3, 9, 3, 30, 0, 0, newYork))).isFalse();
        }

        @Test
        void aStartWrittenInLordHowesHalfHourGap_movesOnlyTheFirstOccurrence() {
            LocalDateTime written = LocalDateTime.of(2025, 10, 5, 2, 15);
            EventSeries s = daily(written, lordHowe).wallStart(written).build();
            assertThat(starts(s)).containsExactly("2025-10-05T02:45+11:00", "2025-10-06T02:15+11:00",
                    "2025-10-07T02:15+11:00");
        }

        @Test
        void withoutTheWrittenTime_theMovedStartIsTheTimeOfEveryOccurrence() {
            EventSeries s = daily(LocalDateTime.of(2026, 3, 8, 2, 30), newYork).build();
            assertThat(starts(s)).containsExactly("2026-03-08T03:30-04:00", "2026-03-09T03:30-04:00",
                    "2026-03-10T03:30-04:00");
        }

        @Test
        void aWrittenTimeThatIsTheStartsOwn_isDropped_soEqualSeriesAreEqual() {
            LocalDateTime written = LocalDateTime.of(2026, 3, 7, 2, 30);
            EventSeries s = daily(written, newYork).wallStart(written).build();
            assertThat(s.wallStart()).isEmpty();
            assertThat(s).isEqualTo(daily(written, newYork).build());
        }

        @Test
        void aWrittenTimeThatIsNotTheStart_orWithAnAllDayStart_isRejected() {
            assertThatThrownBy(() -> daily(LocalDateTime.of(2026, 3, 8, 2, 30), newYork)
                    .wallStart(LocalDateTime.of(2026, 3, 8, 2, 0)).build())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("wallStart"));
            Event allDay = Event.builder().from(FIRST_2019).time(EventTime.allDay(LocalDate.of(2026, 3, 8))).build();
            assertThatThrownBy(() -> EventSeries.builder().first(allDay).rule(RecurrenceRule.parse("FREQ=DAILY"))
                    .wallStart(LocalDateTime.of(2026, 3, 8, 2, 30)).build())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("wallStart"));
        }

        @Test
        void aStartAtTheLaterOffsetOfTheRepeatedHour_isTheFirstOccurrence_theOthersTakeTheEarlierOffset() {
            ZonedDateTime later = ZonedDateTime.of(2025, 11, 2, 1, 30, 0, 0, newYork).withLaterOffsetAtOverlap();
            Event first = Event.builder().from(FIRST_2019).time(EventTime.of(later)).build();
            EventSeries hourly = EventSeries.builder().first(first).rule(RecurrenceRule.parse("FREQ=HOURLY;COUNT=3"))
                    .build();
            assertThat(starts(hourly)).containsExactly("2025-11-02T01:30-05:00", "2025-11-02T02:30-05:00",
                    "2025-11-02T03:30-05:00");
            EventSeries daily = EventSeries.builder().first(first).rule(RecurrenceRule.parse("FREQ=DAILY;COUNT=2"))
                    .build();
            assertThat(starts(daily)).containsExactly("2025-11-02T01:30-05:00", "2025-11-03T01:30-05:00");
        }
    }

    @Nested
    @DisplayName("the last year")
    class LastYear {
        private EventSeries allDay(LocalDate start, String rule) {
            Event first = Event.builder().from(FIRST_2019).time(EventTime.allDay(start)).build();
            return EventSeries.builder().first(first).rule(RecurrenceRule.parse(rule)).build();
        }

        @Test
        void aLargeCountOfARuleThatSkipsPeriods_isTheYearOfItsLastOccurrence() {
            // Five months in twelve have no 31st: 12,000 occurrences take some 1,714 years, not 1,000.
            assertThat(allDay(LocalDate.of(2025, 1, 31), "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=12000").lastYear())
                    .hasValue(3739);
            assertThat(allDay(LocalDate.of(2025, 8, 5), "FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;COUNT=999999999").lastYear())
                    .hasValue(9999);
        }

        @Test
        void aCountTooDenseToExpandWithinTheSearchLimit_isTheBound9999() {
            ZonedDateTime start = ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, Fixtures.CHICAGO);
            Event first = Event.builder().from(FIRST_2019).time(EventTime.of(start)).build();
            EventSeries s = EventSeries.builder().first(first).rule(RecurrenceRule.parse("FREQ=MINUTELY;COUNT=500000"))
                    .build();
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThat(s.lastYear()).hasValue(9999));
            EventSeries within = EventSeries.builder().first(first)
                    .rule(RecurrenceRule.parse("FREQ=MINUTELY;COUNT=" + RecurrenceSet.SEARCH_LIMIT)).build();
            assertThat(within.lastYear()).hasValue(2025);
        }

        @Test
        void anExcludedOrOverriddenLastOccurrence_doesNotCount_butAnOverridesOwnStartDoes() {
            EventSeries s = carsonPark().rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;COUNT=4"))
                    .addExdates(evening(2022, 8, 2)).build();
            assertThat(s.lastYear()).hasValue(2021);
            Event movedBack = Event.builder().from(FIRST_2019).time(Fixtures.evening(LocalDate.of(2020, 1, 7))).build();
            assertThat(carsonPark().rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;COUNT=4"))
                    .putOverrides(evening(2022, 8, 2), movedBack).build().lastYear()).hasValue(2021);
        }

        @Test
        void aUtcUntil_isCountedInTheFirstEventsZone() {
            ZoneId auckland = ZoneId.of("Pacific/Auckland");
            Event first = Event.builder().from(FIRST_2019)
                    .time(EventTime.of(ZonedDateTime.of(2025, 12, 30, 9, 0, 0, 0, auckland))).build();
            EventSeries s = EventSeries.builder().first(first)
                    .rule(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20251231T200000Z")).build();
            assertThat(s.occurrences(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)).reduce((a, b) -> b)
                    .orElseThrow().time().startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(s.lastYear()).hasValue(2026);
        }
    }

    @Nested
    @DisplayName("hostile sizes")
    class HostileSizes {
        private static final int N = 100_000;

        @Test
        void aHundredThousandRdatesAndOverrides_areBuiltCheckedAndIterated_inLinearTime() {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                ZoneId chicago = Fixtures.CHICAGO;
                ZonedDateTime start = ZonedDateTime.of(2025, 1, 1, 18, 0, 0, 0, chicago);
                Event first = Event.builder().from(FIRST_2019).time(EventTime.of(start)).build();
                List<Temporal> rdates = new ArrayList<>();
                Map<Temporal, Event> overrides = new HashMap<>();
                for (int i = N; i > 0; i--) {
                    // Noon on each day after the start, given last first and in UTC, so that they are sorted and
                    // converted; most are overridden, and so are the first weeks of the weekly rule.
                    ZonedDateTime noon = ZonedDateTime.of(2025, 1, 1, 12, 0, 0, 0, chicago).plusDays(i);
                    rdates.add(noon.withZoneSameInstant(ZoneOffset.UTC));
                    ZonedDateTime key = i <= N - N / 10 ? noon : start.plusWeeks(i - (N - N / 10));
                    overrides.put(key, Event.builder().from(first).time(EventTime.of(key.plusHours(1))).build());
                }
                EventSeries s = EventSeries.builder().first(first).rule(RecurrenceRule.parse("FREQ=WEEKLY"))
                        .rdates(rdates).overrides(overrides).build();
                assertThat(s.rdates()).hasSize(N);
                assertThat(s.overrides()).hasSize(N);
                List<Event> all = s.occurrences(LocalDate.of(2025, 1, 1), LocalDate.of(2300, 1, 1)).toList();
                long weeks = java.time.temporal.ChronoUnit.WEEKS.between(start, ZonedDateTime.of(2300, 1, 1, 0, 0, 0,
                        0, chicago)) + 1;
                assertThat(all).hasSize((int) (N + weeks));
                assertThat(all.stream().filter(e -> e.time() instanceof EventTime.Timed t
                        && t.start().getMinute() == 0 && t.start().getHour() == 13)).hasSize(N - N / 10);
                assertThat(s.next(ZonedDateTime.of(2200, 1, 1, 0, 0, 0, 0, chicago))).isPresent();
                assertThat(s.isOccurrence(((ZonedDateTime) rdates.get(0)).withZoneSameInstant(chicago))).isTrue();
                Map<Temporal, Event> oneWrong = new HashMap<>(overrides);
                oneWrong.put(start.plusDays(1), oneWrong.get(start.plusWeeks(1)));
                assertThatThrownBy(() -> EventSeries.builder().from(s).overrides(oneWrong).build())
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                                .extracting(Violation::field).containsExactly("overrides[" + start.plusDays(1) + "]"));
            });
        }
    }

    @Nested
    @DisplayName("rejected")
    class Rejected {
        @Test
        void noRuleAndNoDates() {
            assertThatThrownBy(() -> EventSeries.builder().first(FIRST_2019).build())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("rule"));
        }

        @Test
        void datesOfTheWrongForm_anotherId_andANonOccurrence_together() {
            Event other = Event.builder().from(FIRST_2019).id("other").build();
            assertThatThrownBy(() -> carsonPark().addExdates(LocalDate.of(2020, 8, 4))
                    .putOverrides(evening(2021, 8, 3), other).build())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field)
                            .containsExactly("exdates", "overrides[2021-08-03T17:00-05:00[America/Chicago]].id"));
            assertThatThrownBy(() -> carsonPark().putOverrides(evening(2021, 8, 4), FIRST_2019).build())
                    .hasMessageContaining("must be an occurrence of the series");
        }

        @Test
        void aTimeOfDayRule_forAnAllDayEvent() {
            Event first = Event.builder().from(FIRST_2019).time(EventTime.allDay(LocalDate.of(2025, 6, 2))).build();
            assertThatThrownBy(() -> EventSeries.builder().first(first).rule(RecurrenceRule.parse("FREQ=HOURLY"))
                    .build()).hasMessageContaining("must have no time part");
        }
    }
}
