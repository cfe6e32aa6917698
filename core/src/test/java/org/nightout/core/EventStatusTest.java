package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventStatusTest {

    @Test
    void cancelled_keepsReason() {
        EventStatus s = EventStatus.cancelled("COVID-19 pandemic");
        assertThat(s.isCancelled()).isTrue();
        assertThat(s.reason()).contains("COVID-19 pandemic");
        assertThat(EventStatus.cancelled().reason()).isEmpty();
    }

    @Test
    void rescheduled_needsPreviousTime() {
        assertThatThrownBy(() -> new EventStatus(EventStatus.Kind.RESCHEDULED, Optional.empty(), Optional.empty()))
                .hasMessage("Invalid EventStatus: previousTime: (absent) is required for a rescheduled event");
        EventTime before = EventTime.allDay(LocalDate.of(2022, 8, 2));
        assertThat(EventStatus.rescheduled(before, "Rain").previousTime()).contains(before);
    }

    @Test
    void reasonOrPreviousTime_onWrongKind_isRejected() {
        assertThatThrownBy(() -> new EventStatus(EventStatus.Kind.SCHEDULED, Optional.of("why"),
                Optional.of(EventTime.allDay(LocalDate.of(2022, 8, 2)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule)
                        .containsExactly("is only allowed for cancelled, postponed or rescheduled events, not SCHEDULED",
                                "is only allowed for a rescheduled event, not SCHEDULED"));
    }

    @Test
    void blankReason_isRejected() {
        assertThatThrownBy(() -> EventStatus.postponed("  ")).hasMessageContaining("reason: \"  \" must not be blank");
    }
}
