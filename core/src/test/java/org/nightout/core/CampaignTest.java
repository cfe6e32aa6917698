package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignTest {
    private final Campaign nno = Campaign.nationalNightOut();

    /** Independent of DateRule: walk the days of the month and count Tuesdays. */
    private static LocalDate firstTuesdayByCounting(int year, int month) {
        LocalDate day = LocalDate.of(year, month, 1);
        while (day.getDayOfWeek() != DayOfWeek.TUESDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    static Stream<Integer> data_years() {
        return IntStream.rangeClosed(1984, 2040).boxed();
    }

    @Nested
    @DisplayName("National Night Out")
    class NationalNightOut {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.nightout.core.CampaignTest#data_years")
        void dateFor_isFirstTuesdayOfAugust(int year) {
            assertThat(nno.dateFor(year)).isEqualTo(firstTuesdayByCounting(year, 8));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.nightout.core.CampaignTest#data_years")
        void dateFor_texas_isFirstTuesdayOfOctober(int year) {
            assertThat(nno.dateFor(year, UsState.TX)).isEqualTo(firstTuesdayByCounting(year, 10));
        }

        @Test
        void dateFor_otherStates_useAugust() {
            assertThat(nno.dateFor(2022, UsState.WI)).isEqualTo(LocalDate.of(2022, 8, 2));
            assertThat(nno.dateFor(2022, UsState.OH)).isEqualTo(LocalDate.of(2022, 8, 2));
        }

        @Test
        void firstEdition_wasHeldOn1984_08_07() {
            assertThat(nno.dateFor(1984)).isEqualTo(LocalDate.of(1984, 8, 7));
            assertThat(nno.edition(1984)).isEqualTo(1);
        }

        @Test
        void edition_2022_is39th() {
            assertThat(nno.edition(2022)).isEqualTo(39);
        }

        @Test
        void seedDate_eastHartford_2017_08_01() {
            assertThat(nno.dateFor(2017)).isEqualTo(LocalDate.of(2017, 8, 1));
        }

        @Test
        void seedDate_tuesdayAugust2_fitsBoth2016And2022() {
            assertThat(IntStream.rangeClosed(2010, 2026).filter(y -> nno.dateFor(y).equals(LocalDate.of(y, 8, 2))))
                    .containsExactly(2011, 2016, 2022);
        }

        @Test
        void dateFor_beforeFirstYear_isRejected() {
            assertThatThrownBy(() -> nno.dateFor(1983))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("National Night Out was first held in 1984, so year 1983 has no edition");
            assertThatThrownBy(() -> nno.edition(1900)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void isTheSameInstance() {
            assertThat(Campaign.nationalNightOut()).isSameAs(nno);
            assertThat(nno.organizer()).contains("National Association of Town Watch");
        }
    }

    @Test
    void build_otherCampaign_withOwnRule() {
        Campaign faithAndBlue = Campaign.builder()
                .id("faith-and-blue")
                .name("Faith & Blue")
                .firstYear(2020)
                .rule(DateRule.of(2, DayOfWeek.FRIDAY, Month.OCTOBER))
                .build();
        assertThat(faithAndBlue.dateFor(2024)).isEqualTo(LocalDate.of(2024, 10, 11));
        assertThat(faithAndBlue.ruleFor(UsState.TX)).isEqualTo(faithAndBlue.rule());
    }

    @Test
    void build_invalid_listsEveryProblem() {
        assertThatThrownBy(() -> Campaign.builder().id("Coffee With A Cop").name(" ").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("id", "name", "firstYear", "rule"))
                .hasMessageContaining("id: \"Coffee With A Cop\" must be lowercase letters and digits joined by single hyphens")
                .hasMessageContaining("rule: (absent) is required");
    }
}
