package org.nightout.core.recurrence;

import org.nightout.core.Campaign;
import org.nightout.core.ValidationException;
import org.nightout.core.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecurrenceSetTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static RecurrenceRule rule(String text) {
        return RecurrenceRule.parse(text);
    }

    private static List<String> times(RecurrenceSet<ZonedDateTime> set, int n) {
        return set.occurrences().limit(n).map(t -> t.toOffsetDateTime().toString()).toList();
    }

    @Nested
    @DisplayName("Daylight saving time")
    class Dst {
        @Test
        void newYork_aDailyTimeInTheSkippedHour_movesForwardByTheGap_onThatDayOnly() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(LocalDateTime.of(2025, 3, 8, 2, 30), NEW_YORK)
                    .withRule(rule("FREQ=DAILY;COUNT=3"));
            assertThat(times(set, 3)).containsExactly("2025-03-08T02:30-05:00", "2025-03-09T03:30-04:00",
                    "2025-03-10T02:30-04:00");
        }

        @Test
        void newYork_aDtstartInTheGap_keepsItsWallTimeForTheOtherDays() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(LocalDateTime.of(2025, 3, 9, 2, 30), NEW_YORK)
                    .withRule(rule("FREQ=DAILY;COUNT=2"));
            assertThat(times(set, 2)).containsExactly("2025-03-09T03:30-04:00", "2025-03-10T02:30-04:00");
        }

        @Test
        void newYork_aTimeInTheRepeatedHour_takesTheFirstOffset() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(LocalDateTime.of(2025, 11, 1, 1, 30), NEW_YORK)
                    .withRule(rule("FREQ=DAILY;COUNT=3"));
            assertThat(times(set, 3)).containsExactly("2025-11-01T01:30-04:00", "2025-11-02T01:30-04:00",
                    "2025-11-03T01:30-05:00");
        }

        @Test
        void newYork_everyThirtyMinutesAcrossTheGap_givesEachInstantOnceInOrder() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(LocalDateTime.of(2025, 3, 9, 1, 0), NEW_YORK)
                    .withRule(rule("FREQ=MINUTELY;INTERVAL=30;COUNT=5"));
            assertThat(times(set, 5)).containsExactly("2025-03-09T01:00-05:00", "2025-03-09T01:30-05:00",
                    "2025-03-09T03:00-04:00", "2025-03-09T03:30-04:00", "2025-03-09T04:00-04:00");
        }

        @Test
        void berlin_weeklyAtTwoThirty_acrossBothChanges() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(LocalDateTime.of(2025, 3, 23, 2, 30), BERLIN)
                    .withRule(rule("FREQ=WEEKLY;BYDAY=SU"));
            assertThat(times(set, 3)).containsExactly("2025-03-23T02:30+01:00", "2025-03-30T03:30+02:00",
                    "2025-04-06T02:30+02:00");
            assertThat(set.occurrences(ZonedDateTime.of(2025, 10, 26, 0, 0, 0, 0, BERLIN),
                    ZonedDateTime.of(2025, 10, 27, 0, 0, 0, 0, BERLIN)).map(t -> t.toOffsetDateTime().toString()))
                    .containsExactly("2025-10-26T02:30+02:00");
        }

        @Test
        void newYork_aZonedStartInTheGap_repeatsAtItsOwnLocalTime_asTheWrittenTimeIsGone() {
            ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2026, 3, 8, 2, 30), NEW_YORK);
            assertThat(times(RecurrenceSet.timed(start).withRule(rule("FREQ=DAILY;COUNT=2")), 2))
                    .containsExactly("2026-03-08T03:30-04:00", "2026-03-09T03:30-04:00");
            assertThat(times(RecurrenceSet.timed(LocalDateTime.of(2026, 3, 8, 2, 30), NEW_YORK)
                    .withRule(rule("FREQ=DAILY;COUNT=2")), 2))
                    .containsExactly("2026-03-08T03:30-04:00", "2026-03-09T02:30-04:00");
        }

        @Test
        void lordHowe_aDtstartInTheHalfHourGap_movesByHalfAnHour_andTheOtherDaysKeepItsWallTime() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(LocalDateTime.of(2025, 10, 5, 2, 15),
                    ZoneId.of("Australia/Lord_Howe")).withRule(rule("FREQ=WEEKLY;BYDAY=SU,MO;COUNT=4"));
            assertThat(times(set, 4)).containsExactly("2025-10-05T02:45+11:00", "2025-10-06T02:15+11:00",
                    "2025-10-12T02:15+11:00", "2025-10-13T02:15+11:00");
        }

        @Test
        void newYork_aStartAtTheLaterOffset_staysFirst_andLocalTimesWhoseEarlierOffsetIsBeforeItGiveNothing() {
            ZonedDateTime later = ZonedDateTime.of(2025, 11, 2, 1, 30, 0, 0, NEW_YORK).withLaterOffsetAtOverlap();
            assertThat(times(RecurrenceSet.timed(later).withRule(rule("FREQ=MINUTELY;INTERVAL=15;COUNT=3")), 3))
                    .containsExactly("2025-11-02T01:30-05:00", "2025-11-02T02:00-05:00", "2025-11-02T02:15-05:00");
            assertThat(times(RecurrenceSet.timed(later).withRule(rule("FREQ=DAILY;COUNT=2")), 2))
                    .containsExactly("2025-11-02T01:30-05:00", "2025-11-03T01:30-05:00");
        }

        @Test
        void allDay_staysOnItsDates() {
            assertThat(RecurrenceSet.allDay(LocalDate.of(2025, 3, 8)).withRule(rule("FREQ=DAILY;COUNT=3"))
                    .occurrences().toList()).containsExactly(LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 9),
                    LocalDate.of(2025, 3, 10));
        }
    }

    @Nested
    @DisplayName("Dates the rule gives")
    class Dates {
        @Test
        void february29_onlyInLeapYears() {
            assertThat(RecurrenceSet.allDay(LocalDate.of(2024, 2, 29)).withRule(rule("FREQ=YEARLY;COUNT=3"))
                    .occurrences().toList()).containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29),
                    LocalDate.of(2032, 2, 29));
        }

        @Test
        void yearlyByMonthDayWithoutByMonth_staysInTheStartsMonth() {
            // Google Calendar and Windows' calendar write a birthday this way; dateutil, rrule.js and libical expand
            // it to every month, lib-recur and RFC 5545's "the month is taken from DTSTART" do not.
            assertThat(RecurrenceSet.allDay(LocalDate.of(2025, 6, 20)).withRule(rule("FREQ=YEARLY;BYMONTHDAY=20"))
                    .occurrences().limit(3).toList()).containsExactly(LocalDate.of(2025, 6, 20),
                    LocalDate.of(2026, 6, 20), LocalDate.of(2027, 6, 20));
        }

        @Test
        void the31st_skipsShortMonths_andNegativesCountFromTheEnd() {
            assertThat(RecurrenceSet.allDay(LocalDate.of(2025, 1, 31)).withRule(rule("FREQ=MONTHLY;COUNT=4"))
                    .occurrences().toList()).containsExactly(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 31),
                    LocalDate.of(2025, 5, 31), LocalDate.of(2025, 7, 31));
            assertThat(RecurrenceSet.allDay(LocalDate.of(2024, 1, 31)).withRule(rule("FREQ=MONTHLY;BYMONTHDAY=-1"))
                    .occurrences().limit(3).toList()).containsExactly(LocalDate.of(2024, 1, 31),
                    LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31));
            assertThat(RecurrenceSet.allDay(LocalDate.of(2024, 12, 31)).withRule(rule("FREQ=YEARLY;BYYEARDAY=-366"))
                    .occurrences().limit(2).toList()).containsExactly(LocalDate.of(2024, 12, 31),
                    LocalDate.of(2028, 1, 1));
        }

        @Test
        void lastWorkdayOfTheMonth_byBySetPos() {
            assertThat(RecurrenceSet.allDay(LocalDate.of(2025, 5, 30))
                    .withRule(rule("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")).occurrences().limit(3).toList())
                    .containsExactly(LocalDate.of(2025, 5, 30), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 31));
        }

        @Test
        void weekNumbers_dependOnWkst() {
            // 2025-01-01 is a Wednesday: with weeks from Monday, week 1 starts 2024-12-30; from Sunday, 2024-12-29.
            assertThat(RecurrenceSet.allDay(LocalDate.of(2024, 12, 29))
                    .withRule(rule("FREQ=YEARLY;BYWEEKNO=1;BYDAY=SU;WKST=MO")).occurrences().limit(2).toList())
                    .containsExactly(LocalDate.of(2024, 12, 29), LocalDate.of(2025, 1, 5));
            assertThat(RecurrenceSet.allDay(LocalDate.of(2024, 12, 29))
                    .withRule(rule("FREQ=YEARLY;BYWEEKNO=1;BYDAY=SU;WKST=SU")).occurrences().limit(2).toList())
                    .containsExactly(LocalDate.of(2024, 12, 29), LocalDate.of(2026, 1, 4));
        }

        @Test
        void dtstart_isTheFirstOccurrence_evenWhereTheRuleDoesNotGiveIt_andCountsForCount() {
            assertThat(RecurrenceSet.allDay(LocalDate.of(2025, 8, 1)).withRule(rule("FREQ=MONTHLY;BYDAY=1TU;COUNT=3"))
                    .occurrences().toList()).containsExactly(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 5),
                    LocalDate.of(2025, 9, 2));
        }
    }

    @Nested
    @DisplayName("UNTIL in each form")
    class Until {
        @Test
        void aUtcUntil_boundsATimedSetByInstant_inclusively() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(LocalDateTime.of(2025, 8, 5, 18, 0), NEW_YORK)
                    .withRule(rule("FREQ=WEEKLY;UNTIL=20250819T220000Z"));
            assertThat(times(set, 9)).containsExactly("2025-08-05T18:00-04:00", "2025-08-12T18:00-04:00",
                    "2025-08-19T18:00-04:00");
        }

        @Test
        void aDateUntil_boundsAnAllDaySet_andATimedSetByItsWholeDay() {
            assertThat(RecurrenceSet.allDay(LocalDate.of(2025, 8, 5)).withRule(rule("FREQ=WEEKLY;UNTIL=20250819"))
                    .occurrences().toList()).hasSize(3);
            assertThat(times(RecurrenceSet.timed(LocalDateTime.of(2025, 8, 5, 18, 0), NEW_YORK)
                    .withRule(rule("FREQ=WEEKLY;UNTIL=20250819")), 9)).hasSize(3);
        }

        @Test
        void anUntilBeforeTheStart_leavesTheStartAlone_asDtstartIsAlwaysTheFirstOccurrence() {
            assertThat(RecurrenceSet.allDay(LocalDate.of(2025, 8, 5)).withRule(rule("FREQ=WEEKLY;UNTIL=20250101"))
                    .occurrences().toList()).containsExactly(LocalDate.of(2025, 8, 5));
            assertThat(times(RecurrenceSet.timed(LocalDateTime.of(2025, 8, 5, 18, 0), NEW_YORK)
                    .withRule(rule("FREQ=DAILY;UNTIL=20250805T215959Z")), 9)).containsExactly("2025-08-05T18:00-04:00");
        }

        @Test
        void aLocalUntil_boundsAFloatingSet() {
            assertThat(RecurrenceSet.floating(LocalDateTime.of(2025, 8, 5, 18, 0))
                    .withRule(rule("FREQ=WEEKLY;UNTIL=20250819T175959")).occurrences().toList())
                    .containsExactly(LocalDateTime.of(2025, 8, 5, 18, 0), LocalDateTime.of(2025, 8, 12, 18, 0));
        }
    }

    @Nested
    @DisplayName("Windows, dates and overrides")
    class Windows {
        private final RecurrenceSet<LocalDate> nno = RecurrenceSet.allDay(LocalDate.of(1984, 8, 7))
                .withRule(Campaign.nationalNightOut().rule().toRecurrenceRule());

        @Test
        void occurrences_inAWindow_farFromTheStart() {
            assertThat(nno.occurrences(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)).toList())
                    .containsExactly(LocalDate.of(2025, 8, 5), LocalDate.of(2026, 8, 4));
            assertThat(nno.occurrences(LocalDate.of(2025, 8, 5), LocalDate.of(2025, 8, 5)).toList()).isEmpty();
        }

        @Test
        void next_isStrictlyAfter() {
            assertThat(nno.next(LocalDate.of(2025, 8, 5))).contains(LocalDate.of(2026, 8, 4));
            RecurrenceSet<ZonedDateTime> timed = RecurrenceSet.timed(ZonedDateTime.of(2025, 8, 5, 18, 0, 0, 0,
                    NEW_YORK)).withRule(rule("FREQ=WEEKLY"));
            assertThat(timed.next(Instant.parse("2025-08-12T22:00:00Z").atZone(ZoneOffset.UTC)).orElseThrow()
                    .toOffsetDateTime().toString()).isEqualTo("2025-08-19T18:00-04:00");
        }

        @Test
        void rdatesAndExdates_areMergedInOrder() {
            RecurrenceSet<LocalDate> set = nno.withExdates(List.of(LocalDate.of(2020, 8, 4)))
                    .withRdates(List.of(LocalDate.of(2020, 10, 6), LocalDate.of(2020, 10, 6)));
            assertThat(set.occurrences(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 1, 1)).toList())
                    .containsExactly(LocalDate.of(2019, 8, 6), LocalDate.of(2020, 10, 6), LocalDate.of(2021, 8, 3));
            assertThat(set.isOccurrence(LocalDate.of(2020, 8, 4))).isFalse();
            assertThat(set.isOccurrence(LocalDate.of(2021, 8, 3))).isTrue();
        }

        @Test
        void overrides_replaceOrCancelByOriginalStart_andAreAlsoPlacedByTheirNewStart() {
            Map<LocalDate, Optional<String>> overrides = Map.of(
                    LocalDate.of(2021, 8, 3), Optional.of("moved to 2022-01-15"),
                    LocalDate.of(2022, 8, 2), Optional.empty(),
                    LocalDate.of(2022, 8, 3), Optional.of("no such occurrence"));
            List<String> shown = nno.occurrences(LocalDate.of(2021, 9, 1), LocalDate.of(2024, 1, 1), overrides,
                    LocalDate::toString, s -> s.startsWith("moved") ? LocalDate.of(2022, 1, 15) : LocalDate.MIN)
                    .toList();
            assertThat(shown).containsExactly("moved to 2022-01-15", "2023-08-01");
        }
    }

    @Nested
    @DisplayName("Many times to look up")
    class LookUps {
        @Test
        void occurrencesAmong_givesTheTimesThatAreOccurrences_inOrder_comparedByInstant() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(ZonedDateTime.of(2025, 8, 5, 18, 0, 0, 0, NEW_YORK))
                    .withRule(rule("FREQ=WEEKLY;COUNT=4"))
                    .withRdates(List.of(ZonedDateTime.of(2025, 8, 7, 9, 0, 0, 0, NEW_YORK)))
                    .withExdates(List.of(ZonedDateTime.of(2025, 8, 12, 18, 0, 0, 0, NEW_YORK)));
            ZonedDateTime inUtc = Instant.parse("2025-08-19T22:00:00Z").atZone(ZoneOffset.UTC);
            assertThat(set.occurrencesAmong(List.of(ZonedDateTime.of(2025, 9, 2, 18, 0, 0, 0, NEW_YORK), inUtc,
                    ZonedDateTime.of(2025, 8, 12, 18, 0, 0, 0, NEW_YORK), inUtc.withZoneSameInstant(BERLIN),
                    ZonedDateTime.of(2025, 8, 7, 9, 0, 0, 0, NEW_YORK), ZonedDateTime.of(2025, 8, 5, 18, 0, 0, 0,
                    NEW_YORK), ZonedDateTime.of(2025, 8, 26, 18, 0, 0, 0, NEW_YORK))))
                    .containsExactly(ZonedDateTime.of(2025, 8, 5, 18, 0, 0, 0, NEW_YORK),
                            ZonedDateTime.of(2025, 8, 7, 9, 0, 0, 0, NEW_YORK), inUtc,
                            ZonedDateTime.of(2025, 8, 26, 18, 0, 0, 0, NEW_YORK));
        }

        @Test
        void overrideKeysInAnotherZone_replaceTheirOccurrence() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(ZonedDateTime.of(2025, 8, 5, 18, 0, 0, 0, NEW_YORK))
                    .withRule(rule("FREQ=WEEKLY;COUNT=3"));
            Map<ZonedDateTime, Optional<String>> overrides = Map.of(
                    Instant.parse("2025-08-12T22:00:00Z").atZone(ZoneOffset.UTC), Optional.of("moved"),
                    Instant.parse("2025-08-19T22:00:00Z").atZone(BERLIN), Optional.empty());
            assertThat(set.occurrences(ZonedDateTime.of(2025, 8, 1, 0, 0, 0, 0, NEW_YORK),
                    ZonedDateTime.of(2025, 9, 1, 0, 0, 0, 0, NEW_YORK), overrides, t -> t.toLocalDate().toString(),
                    e -> ZonedDateTime.of(2025, 8, 13, 9, 0, 0, 0, NEW_YORK)).toList())
                    .containsExactly("2025-08-05", "moved");
        }

        @Test
        void aHundredThousandRdates_lookedUpOneByOne_costABinarySearchEach() {
            List<LocalDate> rdates = java.util.stream.IntStream.range(0, 100_000)
                    .mapToObj(i -> LocalDate.of(2025, 1, 1).plusDays(2L * i)).toList();
            RecurrenceSet<LocalDate> set = RecurrenceSet.allDay(LocalDate.of(2025, 1, 1)).withRdates(rdates)
                    .withExdates(rdates.subList(0, 50_000));
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
                long found = rdates.stream().filter(set::isOccurrence).count();
                assertThat(found).isEqualTo(50_000);
                assertThat(set.occurrencesAmong(rdates)).hasSize(50_000);
                assertThat(set.isOccurrence(LocalDate.of(2025, 1, 2))).isFalse();
            });
        }

        @Test
        void aRuleThatNeverMatches_isSearchedOncePerStretchItGivesUpOn_notOncePerTime() {
            RecurrenceSet<LocalDate> set = RecurrenceSet.allDay(LocalDate.of(2025, 1, 31))
                    .withRule(rule("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"));
            List<LocalDate> times = java.util.stream.IntStream.range(0, 100_000)
                    .mapToObj(i -> LocalDate.of(2025, 2, 1).plusDays(29L * i)).toList();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> assertThat(set.occurrencesAmong(times)).isEmpty());
            assertThat(set.occurrencesAmong(List.of(LocalDate.of(2025, 1, 31)))).containsExactly(LocalDate.of(2025, 1,
                    31));
        }
    }

    @Nested
    @DisplayName("Absurd rules")
    class Absurd {
        @Test
        void aRuleThatNeverMatches_endsAndSaysSo() {
            RecurrenceSet.Occurrences<LocalDate> it = RecurrenceSet.allDay(LocalDate.of(2025, 1, 31))
                    .withRule(rule("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")).iterator();
            assertThat(it.next()).isEqualTo(LocalDate.of(2025, 1, 31));
            assertThat(it.hasNext()).isFalse();
            assertThat(it.truncated()).isTrue();
        }

        @Test
        void aYearlyRuleThatNeverMatches_endsAtTheYear9999() {
            RecurrenceSet.Occurrences<LocalDate> it = RecurrenceSet.allDay(LocalDate.of(2025, 1, 31))
                    .withRule(rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31")).iterator();
            it.next();
            assertThat(it.hasNext()).isFalse();
            assertThat(it.truncated()).isFalse();
        }

        @Test
        void secondlyForever_isLazy_andAFarWindowIsReachedDirectly() {
            RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(ZonedDateTime.of(1990, 1, 1, 0, 0, 0, 0,
                    ZoneOffset.UTC)).withRule(rule("FREQ=SECONDLY"));
            assertThat(set.occurrences().limit(3)).hasSize(3);
            assertThat(set.occurrences(ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                    ZonedDateTime.of(2025, 1, 1, 0, 0, 5, 0, ZoneOffset.UTC))).hasSize(5);
        }

        @Test
        void aFiniteFinishedSet_isNotTruncated() {
            RecurrenceSet.Occurrences<LocalDate> it = RecurrenceSet.allDay(LocalDate.of(2025, 1, 1))
                    .withRule(rule("FREQ=DAILY;COUNT=2")).iterator();
            it.next();
            it.next();
            assertThat(it.hasNext()).isFalse();
            assertThat(it.truncated()).isFalse();
        }
    }

    @Test
    void allDay_rejectsARuleWithATimePart() {
        assertThatThrownBy(() -> RecurrenceSet.allDay(LocalDate.of(2025, 1, 1)).withRule(rule("FREQ=HOURLY")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("rule"));
    }

    @Test
    void aStartOutsideTheYearsFormatsCarry_isRejected_alsoWhereOnlyItsInstantInUtcIs() {
        assertThat(startViolation(() -> RecurrenceSet.allDay(LocalDate.of(10000, 1, 1)))).isEqualTo("start");
        assertThat(startViolation(() -> RecurrenceSet.floating(LocalDateTime.of(0, 12, 31, 0, 0)))).isEqualTo("start");
        // Local times in the first and last years whose instants fall in the years 0 and 10000 in UTC.
        assertThat(startViolation(() -> RecurrenceSet.timed(LocalDateTime.of(9999, 12, 31, 23, 0),
                ZoneId.of("America/Chicago")))).isEqualTo("start");
        assertThat(startViolation(() -> RecurrenceSet.timed(ZonedDateTime.of(1, 1, 1, 1, 0, 0, 0,
                ZoneOffset.ofHours(5))))).isEqualTo("start");
        // The same years where the instant stays inside them are taken.
        assertThat(RecurrenceSet.timed(LocalDateTime.of(9999, 12, 31, 12, 0), ZoneId.of("America/Chicago"))
                .occurrences().toList()).hasSize(1);
        assertThat(RecurrenceSet.allDay(LocalDate.of(1, 1, 1)).occurrences().toList())
                .containsExactly(LocalDate.of(1, 1, 1));
    }

    private static String startViolation(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> thrown[0] = e);
        return ((ValidationException) thrown[0]).violations().get(0).field();
    }

    @Test
    void nullArguments_areNamed() {
        assertThatThrownBy(() -> RecurrenceSet.allDay(null)).hasMessage("start");
        assertThatThrownBy(() -> RecurrenceSet.timed(null, NEW_YORK)).hasMessage("wallStart");
        RecurrenceSet<LocalDate> set = RecurrenceSet.allDay(LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> set.withRule(null)).hasMessage("rule");
        assertThatThrownBy(() -> set.occurrences(null, LocalDate.MAX)).hasMessage("from");
        assertThatThrownBy(() -> set.next(null)).hasMessage("after");
    }
}
