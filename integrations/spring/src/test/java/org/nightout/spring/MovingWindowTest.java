package org.nightout.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.examples.SampleEvents;
import org.nightout.ical.ICalendarWriter;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A window in properties moves with the application's clock: a feed served for months keeps its own today. */
class MovingWindowTest {
    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void window_readsTodayFromTheApplicationsClock_atEachWrite() {
        List<Event> events = SampleEvents.all();
        java.time.LocalDate day = events.get(0).time().startDate();
        MovableClock clock = new MovableClock(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(NightOutAutoConfiguration.class))
                .withBean(Clock.class, () -> clock)
                .withPropertyValues("nightout.feed.publisher.name=City of Eau Claire",
                        "nightout.feed.publisher.address=mailto:events@example.org",
                        "nightout.feed.window-before=1d", "nightout.feed.window-after=1d")
                .run(context -> {
                    ICalendarWriter writer = context.getBean(ICalendarWriter.class);
                    assertThat(writer.writeToString(events)).contains("BEGIN:VEVENT");
                    clock.now = clock.now.plus(java.time.Duration.ofDays(3650));
                    assertThat(writer.writeToString(events)).doesNotContain("BEGIN:VEVENT");
                });
    }

    @Test
    void window_withOneEndOnly_failsAtStartup_namingBoth() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(NightOutAutoConfiguration.class))
                .withPropertyValues("nightout.feed.publisher.name=City of Eau Claire",
                        "nightout.feed.publisher.address=mailto:events@example.org",
                        "nightout.feed.window-after=18m")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("nightout.feed.window-before and nightout.feed.window-after"));
    }
}
