package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"first Tuesday of August", "second Friday of October", "last Monday of May",
            "fourth Thursday of November"})
    void parse_readsWhatToStringWrites(String text) {
        assertThat(DateRule.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void parse_ignoresCaseAndAcceptsIn() {
        assertThat(DateRule.parse("FIRST tuesday in august")).isEqualTo(DateRule.of(1, DayOfWeek.TUESDAY, Month.AUGUST));
    }

    @Test
    void dateIn_last() {
        assertThat(DateRule.parse("last Monday of May").dateIn(2024)).isEqualTo(LocalDate.of(2024, 5, 27));
    }

    @Test
    void matches_onlyTheRulesDate() {
        DateRule rule = DateRule.of(1, DayOfWeek.TUESDAY, Month.AUGUST);
        assertThat(rule.matches(LocalDate.of(2022, 8, 2))).isTrue();
        assertThat(rule.matches(LocalDate.of(2022, 8, 9))).isFalse();
    }

    @Test
    void of_badOrdinal() {
        assertThatThrownBy(() -> DateRule.of(5, DayOfWeek.TUESDAY, Month.AUGUST))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid DateRule: ordinal: \"5\" must be 1 to 4, or -1 for the last");
    }

    @Test
    void parse_badText() {
        assertThatThrownBy(() -> DateRule.parse("every Tuesday"))
                .hasMessage("Cannot parse date rule \"every Tuesday\": expected text such as \"first Tuesday of August\"");
        assertThatThrownBy(() -> DateRule.parse("first Tusday of August"))
                .hasMessageContaining("unknown weekday or month name");
    }
}
