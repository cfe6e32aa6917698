package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.Profile;

/** A window that moves with the date, a writer changed through toBuilder, and one event's calendar. */
class MovingWindowTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    /** A clock whose instant the test moves. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return CHICAGO;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Event on(LocalDate day, String id) {
        return Events.carsonPark().id(id).time(Events.evening(day, CHICAGO)).build();
    }

    @Test
    void window_ofAClock_movesWithTheDateOfEachWrite() {
        MovableClock clock = new MovableClock(Instant.parse("2022-08-01T17:00:00Z"));
        ICalendarWriter writer = Events.writer().window(clock, Period.ofDays(1), Period.ofDays(30)).build();
        List<Event> events = List.of(on(LocalDate.of(2022, 8, 2), "nno-2022"), on(LocalDate.of(2022, 10, 4), "tx-2022"));
        assertThat(writer.writeToString(events)).contains("UID:nno-2022").doesNotContain("UID:tx-2022");
        clock.now = Instant.parse("2022-09-20T17:00:00Z");
        assertThat(writer.writeToString(events)).doesNotContain("UID:nno-2022").contains("UID:tx-2022");
    }

    @Test
    void window_negativePeriod_isRefused() {
        assertThatThrownBy(() -> Events.writer().window(Clock.systemUTC(), Period.ofDays(-1), Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1D");
    }

    @Test
    void toBuilder_givesAWriterThatDiffersInWhatIsChanged_andLeavesTheFirstAsItWas() {
        ICalendarWriter publicWriter = Events.writer().profile(Profile.PUBLIC).name("National Night Out").build();
        ICalendarWriter full = publicWriter.toBuilder().profile(Profile.FULL).build();
        Event e = on(LocalDate.of(2022, 8, 2), "nno-2022");
        assertThat(full.writeToString(List.of(e))).contains("X-NIGHTOUT-").contains("NAME:National Night Out");
        assertThat(publicWriter.writeToString(List.of(e))).doesNotContain("X-NIGHTOUT-");
    }

    @Test
    void ics_ofOneEvent_ignoresTheFeedsWindow() {
        ICalendarWriter windowed = Events.writer().window(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)).build();
        String ics = CalendarLinks.create().ics(on(LocalDate.of(2022, 8, 2), "nno-2022"), windowed);
        assertThat(ics).contains("UID:nno-2022");
    }
}
