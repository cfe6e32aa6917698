package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTimeTest {
    private static final ZonedDateTime SIX_PM = ZonedDateTime.parse("2022-08-02T18:00-04:00[America/New_York]");

    @Test
    void timed_endBeforeStart_isRejected() {
        assertThatThrownBy(() -> EventTime.of(SIX_PM, SIX_PM.minusHours(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid EventTime: end: \"2022-08-02T17:00-04:00[America/New_York]\""
                        + " must be after the start 2022-08-02T18:00-04:00[America/New_York]");
        assertThatThrownBy(() -> EventTime.of(SIX_PM, SIX_PM)).hasMessageContaining("must be after the start");
    }

    @Test
    void timed_endBeforeStart_namesTheEnd() {
        assertThatThrownBy(() -> EventTime.of(SIX_PM, SIX_PM.minusHours(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("end"));
    }

    @Test
    void timed_nullArgument_isANullPointerExceptionNamingIt() {
        assertThatThrownBy(() -> EventTime.of(null)).isInstanceOf(NullPointerException.class).hasMessage("start");
        assertThatThrownBy(() -> EventTime.of(SIX_PM, null)).isInstanceOf(NullPointerException.class).hasMessage("end");
    }

    @Test
    void timed_equalsByStartAndEnd_andShowsBoth() {
        assertThat(EventTime.of(SIX_PM, SIX_PM.plusHours(3))).isEqualTo(EventTime.of(SIX_PM, SIX_PM.plusHours(3)))
                .hasSameHashCodeAs(EventTime.of(SIX_PM, SIX_PM.plusHours(3)))
                .isNotEqualTo(EventTime.of(SIX_PM));
        assertThat(EventTime.of(SIX_PM)).isNotEqualTo(EventTime.of(SIX_PM.withZoneSameInstant(ZoneOffset.ofHours(-4))));
        assertThat(EventTime.of(SIX_PM).end()).isEmpty();
        assertThat(EventTime.of(SIX_PM)).hasToString("Timed[start=2022-08-02T18:00-04:00[America/New_York],"
                + " end=Optional.empty]");
    }

    @Test
    void timed_endInAnotherZone_comparesInstants() {
        ZonedDateTime endInChicago = SIX_PM.withZoneSameInstant(java.time.ZoneId.of("America/Chicago")).plusHours(2);
        assertThat(EventTime.of(SIX_PM, endInChicago).end()).contains(endInChicago);
    }

    @Test
    void timed_fractionsOfSecond_areDropped_asForLastModified() {
        assertThat(EventTime.of(SIX_PM.plusNanos(999_999_999))).isEqualTo(EventTime.of(SIX_PM));
        assertThat(EventTime.of(SIX_PM, SIX_PM.plusHours(1).plusNanos(5)).end()).contains(SIX_PM.plusHours(1));
        Instant now = Instant.parse("2026-08-04T12:00:00.123456789Z");
        Event event = Event.builder().id("e").title("t").time(EventTime.of(SIX_PM.plusNanos(1))).lastModified(now)
                .build();
        assertThat(event.lastModified()).isEqualTo(Instant.parse("2026-08-04T12:00:00Z"));
        assertThat(((EventTime.Timed) event.time()).start().getNano()).isZero();
    }

    @Test
    void timed_endWithinTheStartsSecond_isNotAfterIt() {
        assertThatThrownBy(() -> EventTime.of(SIX_PM, SIX_PM.plusNanos(5)))
                .hasMessageContaining("end: \"2022-08-02T18:00-04:00[America/New_York]\" must be after the start");
    }

    @Test
    void start_inAZone_isTheOneStartOfBothKinds() {
        ZoneId utc = ZoneOffset.UTC;
        assertThat(EventTime.of(SIX_PM).start(utc)).isEqualTo(ZonedDateTime.parse("2022-08-02T22:00Z"));
        assertThat(EventTime.allDay(LocalDate.of(2022, 8, 2)).start(ZoneId.of("America/Chicago")))
                .isEqualTo(ZonedDateTime.parse("2022-08-02T00:00-05:00[America/Chicago]"));
        List<EventTime> times = new ArrayList<>(List.of(EventTime.of(SIX_PM), EventTime.allDay(LocalDate.of(2022, 8, 2))));
        times.sort(Comparator.comparing(t -> t.start(ZoneId.of("America/New_York"))));
        assertThat(times.get(0)).isInstanceOf(EventTime.AllDay.class);
    }

    @Test
    void allDay_isInclusive_andEndExclusiveIsNextDay() {
        EventTime.AllDay t = EventTime.allDay(LocalDate.of(2022, 8, 2), LocalDate.of(2022, 8, 3));
        assertThat(t.endExclusive()).isEqualTo(LocalDate.of(2022, 8, 4));
        assertThat(EventTime.allDay(LocalDate.of(2022, 8, 2)).endExclusive()).isEqualTo(LocalDate.of(2022, 8, 3));
        assertThatThrownBy(() -> EventTime.allDay(LocalDate.of(2022, 8, 3), LocalDate.of(2022, 8, 2)))
                .hasMessage("Invalid EventTime: last: \"2022-08-02\" must be on or after the first day 2022-08-03");
    }

    @Test
    void movedTo_keepsLocalTimeZoneAndLength() {
        EventTime.Timed t = EventTime.of(SIX_PM, SIX_PM.plusHours(3));
        EventTime.Timed moved = t.movedTo(LocalDate.of(2023, 8, 1));
        assertThat(moved.start()).isEqualTo(ZonedDateTime.parse("2023-08-01T18:00-04:00[America/New_York]"));
        assertThat(moved.end()).contains(ZonedDateTime.parse("2023-08-01T21:00-04:00[America/New_York]"));
        assertThat(EventTime.allDay(LocalDate.of(2022, 8, 2), LocalDate.of(2022, 8, 3)).movedTo(LocalDate.of(2023, 8, 1)))
                .isEqualTo(EventTime.allDay(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 8, 2)));
    }
}
