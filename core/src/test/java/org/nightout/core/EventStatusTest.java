package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.lang.reflect.Modifier;
import java.util.Arrays;
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
        assertThatThrownBy(() -> EventStatus.builder().kind(EventStatus.Kind.RESCHEDULED).build())
                .hasMessage("Invalid EventStatus: previousTime: (absent) is required for a rescheduled event");
        EventTime before = EventTime.allDay(LocalDate.of(2022, 8, 2));
        assertThat(EventStatus.rescheduled(before, "Rain").previousTime()).contains(before);
    }

    @Test
    void reasonOrPreviousTime_onWrongKind_isRejected() {
        assertThatThrownBy(() -> EventStatus.builder().kind(EventStatus.Kind.SCHEDULED).reason("why")
                .previousTime(EventTime.allDay(LocalDate.of(2022, 8, 2))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule)
                        .containsExactly("is only allowed for cancelled, postponed or rescheduled events, not SCHEDULED",
                                "is only allowed for a rescheduled event, not SCHEDULED"));
    }

    @Test
    void blankReason_isRejected() {
        assertThatThrownBy(() -> EventStatus.postponed("  ")).hasMessageContaining("reason: \"  \" must not be blank");
    }

    @Test
    void builder_withoutKind_isAValidationExceptionNamingIt() {
        assertThatThrownBy(() -> EventStatus.builder().reason("Rain").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("kind"));
    }

    @Test
    void factories_giveWhatTheBuilderGives() {
        EventTime before = EventTime.allDay(LocalDate.of(2022, 8, 2));

        assertThat(EventStatus.rescheduled(before, "Rain")).isEqualTo(EventStatus.builder()
                .kind(EventStatus.Kind.RESCHEDULED).previousTime(before).reason("Rain").build());
        assertThat(EventStatus.cancelled()).isEqualTo(EventStatus.builder().kind(EventStatus.Kind.CANCELLED).build());
        assertThat(EventStatus.scheduled().reason()).isEmpty();
        assertThat(EventStatus.scheduled().previousTime()).isEmpty();
    }

    @Test
    void multilineReason_isAValidationExceptionNamingTheReason() {
        assertThatThrownBy(() -> EventStatus.cancelled("Heat\nand storms"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("reason"));
    }

    @Test
    void noPublicConstructor_takesAnOptional() {
        assertThat(Arrays.stream(EventStatus.class.getConstructors())).isEmpty();
        assertThat(Arrays.stream(EventStatus.class.getDeclaredConstructors()))
                .noneMatch(c -> Modifier.isPublic(c.getModifiers()));
    }
}
