package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventSeriesTest {
    private static final Event FIRST_2019 = Fixtures.nno2021().time(Fixtures.evening(LocalDate.of(2019, 8, 6))).build();

    private static EventSeries.Builder carsonPark() {
        return EventSeries.builder().first(FIRST_2019).rule(Campaign.nationalNightOut().ruleFor(UsState.WI));
    }

    @Test
    void occurrences_followTheRule_skipCancelledYears() {
        EventSeries s = carsonPark().addCancelledYears(2020).build();
        assertThat(s.occurrences(2018, 2023)).extracting(e -> e.time().startDate()).containsExactly(
                LocalDate.of(2019, 8, 6), LocalDate.of(2021, 8, 3), LocalDate.of(2022, 8, 2), LocalDate.of(2023, 8, 1));
        assertThat(s.occurrence(2020)).isEmpty();
        assertThat(s.occurrence(2022).orElseThrow().id()).isEqualTo(FIRST_2019.id());
        EventTime.Timed t = (EventTime.Timed) s.occurrence(2022).orElseThrow().time();
        assertThat(t.start().toLocalTime()).isEqualTo(java.time.LocalTime.of(17, 0));
    }

    @Test
    void override_replacesItsYear() {
        Event cancelled2020 = Event.builder().from(FIRST_2019).time(Fixtures.evening(LocalDate.of(2020, 8, 4)))
                .status(EventStatus.cancelled("COVID-19 pandemic")).sequence(1).build();
        EventSeries s = carsonPark().putOverrides(2020, cancelled2020).lastYear(2021).build();
        assertThat(s.occurrence(2020)).contains(cancelled2020);
        assertThat(s.occurrence(2022)).isEmpty();
        assertThat(s.occurrences(2019, 2030)).hasSize(3);
    }

    @Test
    void firstNotOnTheRulesDate_isRejected() {
        assertThatThrownBy(() -> EventSeries.builder().first(Fixtures.nno2021().time(Fixtures.evening(LocalDate.of(2019, 8, 7))).build())
                .rule(Campaign.nationalNightOut().rule()).build())
                .hasMessage("Invalid EventSeries: first.time: \"2019-08-07\" must be on the rule's date"
                        + " first Tuesday of August in 2019, which is 2019-08-06");
    }

    @Test
    void badYears_areRejected_together() {
        Event other = Event.builder().from(FIRST_2019).id("other").build();
        assertThatThrownBy(() -> carsonPark().lastYear(2022).addCancelledYears(2018, 2021)
                .putOverrides(2021, other).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("cancelledYears", "overrides[2021]", "overrides[2021].id"));
    }
}
