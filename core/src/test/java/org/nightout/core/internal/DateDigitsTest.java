package org.nightout.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

    @Test
    void basicDate_readsTheEightDigitsAtAnIndex() {
        assertThat(DateDigits.basicDate("20250826", 0)).isEqualTo(LocalDate.of(2025, 8, 26));
        assertThat(DateDigits.basicDate("UNTIL=20240229T120000Z", 6)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DateDigits.basicDate("20001231", 0)).isEqualTo(LocalDate.of(2000, 12, 31));
    }

    @Test
    void basicDate_yearZero_isYearZeroOfJavaTime() {
        assertThat(DateDigits.basicDate("00000229", 0)).isEqualTo(LocalDate.of(0, 2, 29));
    }

    @ParameterizedTest(name = "\"{0}\" at {1}")
    @CsvSource({
            "20251301, 0", "20250001, 0", "20250100, 0", "20250431, 0", "20250132, 0",
            "20250229, 0", "19000229, 0", "2025O826, 0", "2025-826, 0", "+2025082, 0", "2025082, 0",
            "x2025082, 1", "20250826, 9", "'', 0"})
    void basicDate_noDateOrTooShort_isNull(String text, int from) {
        assertThat(DateDigits.basicDate(text, from)).isNull();
    }

    @Test
    void basicDateTime_readsEitherCaseOfT_andIgnoresWhatFollows() {
        LocalDateTime expected = LocalDateTime.of(2025, 8, 26, 23, 59, 59);
        assertThat(DateDigits.basicDateTime("20250826T235959", 0)).isEqualTo(expected);
        assertThat(DateDigits.basicDateTime("20250826t235959", 0)).isEqualTo(expected);
        assertThat(DateDigits.basicDateTime("UNTIL=20250826T235959Z", 6)).isEqualTo(expected);
        assertThat(DateDigits.basicDateTime("20240229T000000", 0)).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
    }

    @ParameterizedTest(name = "\"{0}\" at {1}")
    @CsvSource({
            "20250826T240000, 0", "20250826T236000, 0", "20250826T235960, 0", "20250229T120000, 0",
            "20250931T120000, 0", "20250826 120000, 0", "20250826X120000, 0", "20250826T12000a, 0",
            "20250826T1200, 0", "20250826, 0", "x20250826T12000, 1", "'', 0"})
    void basicDateTime_noDateTimeOrTooShort_isNull(String text, int from) {
        assertThat(DateDigits.basicDateTime(text, from)).isNull();
    }

    @Test
    void basic_negativeIndex_isRefused() {
        assertThatThrownBy(() -> DateDigits.basicDate("20250826", -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> DateDigits.basicDateTime("x20250826T120000", -1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
