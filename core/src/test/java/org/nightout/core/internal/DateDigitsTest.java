package org.nightout.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateDigitsTest {

    @Test
    void date_basicAndExtended() {
        StringBuilder basic = new StringBuilder();
        DateDigits.appendDate(basic, 21, 8, 3, false);
        StringBuilder extended = new StringBuilder();
        DateDigits.appendDate(extended, 2021, 12, 31, true);
        assertThat(basic).hasToString("00210803");
        assertThat(extended).hasToString("2021-12-31");
    }

    @Test
    void time_basicAndExtended() {
        StringBuilder b = new StringBuilder();
        DateDigits.appendTime(b, 7, 5, 9, false);
        DateDigits.appendTime(b, 23, 59, 58, true);
        assertThat(b).hasToString("T070509T23:59:58");
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({"-05:00, -0500, -05:00", "+05:30, +0530, +05:30", "+00:00, +0000, +00:00",
            "-00:25:21, -002521, -00:25:21"})
    void offset_basicAndExtended_secondsOnlyWhereThere(String id, String basic, String extended) {
        StringBuilder b = new StringBuilder();
        DateDigits.appendOffset(b, ZoneOffset.of(id), false);
        StringBuilder e = new StringBuilder();
        DateDigits.appendOffset(e, ZoneOffset.of(id), true);
        assertThat(b).hasToString(basic);
        assertThat(e).hasToString(extended);
    }

    @Test
    void date_yearOfFiveDigits_isRefused() {
        assertThatThrownBy(() -> DateDigits.appendDate(new StringBuilder(), 10_000, 1, 1, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
    }

    @Test
    void digits_readBack() {
        assertThat(DateDigits.isDigits("x2021y", 1, 5)).isTrue();
        assertThat(DateDigits.isDigits("20a1", 0, 4)).isFalse();
        assertThat(DateDigits.number("x2021y", 1, 5)).isEqualTo(2021);
    }
}
