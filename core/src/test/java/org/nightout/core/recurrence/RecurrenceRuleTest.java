package org.nightout.core.recurrence;

import org.nightout.core.Campaign;
import org.nightout.core.DateRule;
import org.nightout.core.UsState;
import org.nightout.core.ValidationException;
import org.nightout.core.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=YEARLY;BYDAY=1TU;BYMONTH=8", "FREQ=MONTHLY;BYDAY=2WE", "FREQ=WEEKLY;COUNT=10;BYDAY=TH",
            "FREQ=DAILY;UNTIL=20250826;INTERVAL=2", "FREQ=HOURLY;UNTIL=20250826T230000Z;BYMINUTE=0,30",
            "FREQ=MINUTELY;UNTIL=20250826T180000;BYSECOND=0,60", "FREQ=YEARLY;BYDAY=MO;BYWEEKNO=-1,20;WKST=SU",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", "FREQ=YEARLY;BYYEARDAY=-366,1,100",
            "FREQ=SECONDLY;BYSECOND=1;BYMINUTE=2;BYHOUR=3;BYMONTHDAY=-31,4;BYMONTH=5;BYSETPOS=1;WKST=MO"})
    void toString_printsCanonicalTextBackExactly(String text) {
        assertThat(RecurrenceRule.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void parse_normalisesOrderCaseSignsRepeatsAndDefaultInterval() {
        RecurrenceRule rule = RecurrenceRule.parse("bymonthday=+15,01,15,-1;interval=1;Freq=monthly;count=03");
        assertThat(rule.toString()).isEqualTo("FREQ=MONTHLY;COUNT=3;BYMONTHDAY=-1,1,15");
        assertThat(RecurrenceRule.parse(rule.toString())).isEqualTo(rule);
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYDAY=+1tu,-1FR,MO").toString())
                .isEqualTo("FREQ=YEARLY;BYDAY=MO,1TU,-1FR");
    }

    @Test
    void until_keepsItsForm() {
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20250826").until()).contains(
                RecurrenceRule.Until.of(LocalDate.of(2025, 8, 26)));
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20250826T230000Z").until()).contains(
                RecurrenceRule.Until.of(Instant.parse("2025-08-26T23:00:00Z")));
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20250826T180000").until()).contains(
                RecurrenceRule.Until.of(LocalDateTime.of(2025, 8, 26, 18, 0)));
    }

    @Test
    void builder_makesTheSameRuleAsTheText() {
        RecurrenceRule built = RecurrenceRule.builder(RecurrenceRule.Frequency.MONTHLY)
                .addByDay(RecurrenceRule.WeekdayNum.of(2, DayOfWeek.WEDNESDAY)).build();
        assertThat(built).isEqualTo(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"));
        assertThat(built.endingAfter(5).toString()).isEqualTo("FREQ=MONTHLY;COUNT=5;BYDAY=2WE");
        assertThat(built.endingAfter(5).endingAt(RecurrenceRule.Until.of(LocalDate.of(2026, 1, 1))).toString())
                .isEqualTo("FREQ=MONTHLY;UNTIL=20260101;BYDAY=2WE");
        assertThat(RecurrenceRule.of(RecurrenceRule.Frequency.WEEKLY).isInfinite()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FREQ=MONTHLY;BYMONTHDAY=32|BYMONTHDAY: \"32\" must be 1 to 31 or -31 to -1, in \"FREQ=MONTHLY;BYMONTHDAY=32\"",
            "FREQ=DAILY;COUNT=3;UNTIL=20250101|UNTIL: \"20250101\" must not be given together with COUNT (RFC 5545: one or the other), in \"FREQ=DAILY;UNTIL=20250101;COUNT=3\"",
            "FREQ=DAILY;INTERVAL=0|INTERVAL: \"0\" must be 1 or more, in \"FREQ=DAILY;INTERVAL=0\"",
            "FREQ=WEEKLY;BYDAY=1MO|BYDAY: \"1MO\" may have an ordinal only with FREQ=MONTHLY or FREQ=YEARLY, in \"FREQ=WEEKLY;BYDAY=1MO\"",
            "FREQ=YEARLY;BYDAY=1MO;BYWEEKNO=3|BYDAY: \"1MO\" must not have an ordinal when BYWEEKNO is given, in \"FREQ=YEARLY;BYDAY=1MO;BYWEEKNO=3\"",
            "FREQ=MONTHLY;BYWEEKNO=3|BYWEEKNO: \"3\" may be given only with FREQ=YEARLY, in \"FREQ=MONTHLY;BYWEEKNO=3\"",
            "FREQ=WEEKLY;BYMONTHDAY=3|BYMONTHDAY: \"3\" must not be given with FREQ=WEEKLY, in \"FREQ=WEEKLY;BYMONTHDAY=3\"",
            "FREQ=MONTHLY;BYYEARDAY=3|BYYEARDAY: \"3\" must not be given with FREQ=MONTHLY, in \"FREQ=MONTHLY;BYYEARDAY=3\"",
            "FREQ=DAILY;BYSETPOS=1|BYSETPOS: \"1\" must be given together with another BYxxx part, in \"FREQ=DAILY;BYSETPOS=1\"",
            "FREQ=DAILY;BYHOUR=24|BYHOUR: \"24\" must be 0 to 23, in \"FREQ=DAILY;BYHOUR=24\"",
            "FREQ=YEARLY;BYMONTH=13|BYMONTH: \"13\" must be 1 to 12, in \"FREQ=YEARLY;BYMONTH=13\"",
            "FREQ=YEARLY;BYYEARDAY=0|BYYEARDAY: \"0\" must be 1 to 366 or -366 to -1, in \"FREQ=YEARLY;BYYEARDAY=0\""})
    void parse_invalidRule_namesPartValueAndRule(String text, String violation) {
        assertThatThrownBy(() -> RecurrenceRule.parse(text)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field() + ": " + v.value() + " " + v.rule())
                        .containsExactly(violation));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FREQ=DAILY;COUNT=999999999|true",
            "FREQ=DAILY;INTERVAL=999999999|true",
            "FREQ=MONTHLY;BYDAY=5MO,-5FR|true",
            "FREQ=YEARLY;BYDAY=53MO,-53FR|true",
            "FREQ=MONTHLY;BYDAY=6MO|false",
            "FREQ=MONTHLY;BYDAY=-9FR|false"})
    void parse_acceptsExactlyWhatTheBuilderTakes(String text, boolean valid) {
        if (valid) {
            assertThat(RecurrenceRule.parse(text).toString()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> RecurrenceRule.parse(text)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("BYDAY"));
        }
    }

    @Test
    void builder_refusesACountOrIntervalThatTheTextFormCannotCarry() {
        assertThatThrownBy(() -> RecurrenceRule.builder(RecurrenceRule.Frequency.DAILY).count(1_000_000_000).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ": " + v.value() + " " + v.rule())
                        .containsExactly("COUNT: \"1000000000\" must be at most 999999999, the nine digits the text"
                                + " form reads, in \"FREQ=DAILY;COUNT=1000000000\""));
        assertThatThrownBy(() -> RecurrenceRule.builder(RecurrenceRule.Frequency.DAILY).interval(Integer.MAX_VALUE)
                .build()).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("INTERVAL"));
        assertThatThrownBy(() -> RecurrenceRule.of(RecurrenceRule.Frequency.DAILY).endingAfter(Integer.MAX_VALUE))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=DAILY;COUNT=1000000000"))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
            "-1000000000-01-01T00:00:00Z", "-0001-06-01T00:00:00Z", "0000-12-31T23:59:59Z"})
    void builder_refusesAUtcUntilOutsideTheYears1To9999_asAValidationExceptionNamingUntil(String instant) {
        assertUntilRefused(RecurrenceRule.Until.of(Instant.parse(instant)));
    }

    @Test
    void builder_refusesADateOrLocalUntilOutsideTheYears1To9999_asAValidationExceptionNamingUntil() {
        assertUntilRefused(RecurrenceRule.Until.of(LocalDate.of(10_000, 1, 1)));
        assertUntilRefused(RecurrenceRule.Until.of(LocalDate.MAX));
        assertUntilRefused(RecurrenceRule.Until.of(LocalDate.of(-1, 1, 1)));
        assertUntilRefused(RecurrenceRule.Until.of(LocalDateTime.MAX.withNano(0)));
        assertUntilRefused(RecurrenceRule.Until.of(LocalDateTime.of(0, 12, 31, 23, 59, 59)));
    }

    private static void assertUntilRefused(RecurrenceRule.Until until) {
        assertThatThrownBy(() -> RecurrenceRule.builder(RecurrenceRule.Frequency.DAILY).until(until).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .startsWith(org.assertj.core.groups.Tuple.tuple("UNTIL",
                                "must be in a year from 1 to 9999, in \"FREQ=DAILY;UNTIL=" + until + "\""))
                        .allMatch(v -> v.toList().get(0).equals("UNTIL")));
    }

    @Test
    void until_showsAValueTheTextFormCannotHold_inIsoForm() {
        assertThat(RecurrenceRule.Until.of(Instant.MAX)).hasToString("+1000000000-12-31T23:59:59.999999999Z");
        assertThat(RecurrenceRule.Until.of(LocalDate.of(10_000, 1, 1))).hasToString("+10000-01-01");
        assertThat(RecurrenceRule.Until.of(LocalDateTime.of(-1, 1, 1, 0, 0))).hasToString("-0001-01-01T00:00");
        assertThat(RecurrenceRule.Until.of(Instant.parse("9999-12-31T23:59:59Z"))).hasToString("99991231T235959Z");
    }

    @Test
    void build_reportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=0,32;BYHOUR=25"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("BYHOUR", "BYMONTHDAY", "BYMONTHDAY"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|it is empty",
            "BYDAY=MO|FREQ is missing",
            "FREQ=DAILY;FREQ=WEEKLY|part FREQ appears more than once",
            "FREQ=FORTNIGHTLY|FREQ=FORTNIGHTLY is not one of",
            "FREQ=DAILY;X-NAME=1|unknown part \"X-NAME\"",
            "FREQ=DAILY;COUNT|part \"COUNT\" has no '='",
            "FREQ=DAILY;COUNT=ten|COUNT value \"ten\" is not a whole number",
            "FREQ=WEEKLY;BYDAY=MON|BYDAY value \"MON\" is not a weekday",
            "FREQ=MONTHLY;BYDAY=0MO|has ordinal 0",
            "FREQ=DAILY;UNTIL=2025-08-26|UNTIL=2025-08-26 is not a date",
            "FREQ=DAILY;UNTIL=20250230|UNTIL=20250230 is not a real date or time",
            "FREQ=DAILY;WKST=XX|WKST=XX is not a weekday",
            "FREQ=DAILY;|part \"\" has no '='"})
    void parse_badText_isAnIllegalArgumentException(String text, String message) {
        assertThatThrownBy(() -> RecurrenceRule.parse(text)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot parse recurrence rule \"" + text + "\": ")
                .hasMessageContaining(message);
    }

    @Test
    void nullArguments_areNamed() {
        assertThatThrownBy(() -> RecurrenceRule.parse(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> RecurrenceRule.builder(null)).hasMessage("frequency");
        assertThatThrownBy(() -> RecurrenceRule.WeekdayNum.every(null)).hasMessage("day");
        assertThatThrownBy(() -> RecurrenceRule.Until.of((LocalDate) null)).hasMessage("date");
    }

    @Test
    void dateRule_mapsToAYearlyRule_andCampaignsHandItOut() {
        assertThat(DateRule.of(1, DayOfWeek.TUESDAY, Month.AUGUST).toRecurrenceRule().toString())
                .isEqualTo("FREQ=YEARLY;BYDAY=1TU;BYMONTH=8");
        assertThat(DateRule.parse("last Friday of September").toRecurrenceRule().toString())
                .isEqualTo("FREQ=YEARLY;BYDAY=-1FR;BYMONTH=9");
        Campaign nno = Campaign.nationalNightOut();
        assertThat(nno.recurrenceRuleFor(UsState.TX).toString()).isEqualTo("FREQ=YEARLY;BYDAY=1TU;BYMONTH=10");
        assertThat(nno.recurrenceRuleFor(UsState.WI).toString()).isEqualTo("FREQ=YEARLY;BYDAY=1TU;BYMONTH=8");
    }

    @Test
    void dateRule_andItsRecurrenceRule_giveTheSameDates() {
        for (DateRule rule : new DateRule[] {DateRule.of(1, DayOfWeek.TUESDAY, Month.AUGUST),
                DateRule.of(1, DayOfWeek.TUESDAY, Month.OCTOBER), DateRule.of(-1, DayOfWeek.FRIDAY, Month.FEBRUARY),
                DateRule.of(4, DayOfWeek.THURSDAY, Month.NOVEMBER)}) {
            assertThat(RecurrenceSet.allDay(rule.dateIn(1984)).withRule(rule.toRecurrenceRule()).occurrences()
                    .limit(200).toList()).as(rule.toString())
                    .isEqualTo(java.util.stream.IntStream.range(1984, 2184).mapToObj(rule::dateIn).toList());
        }
    }
}
