package org.nightout.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.examples.SampleEvents;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarWriter;

/** A provider whose writer has a window on a clock serves the window of each request's day, under its ETag. */
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

    private static String body(ICalendarProvider provider, List<Event> events) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(events, List.class, List.class, new Annotation[0], ICalendarProvider.TEXT_CALENDAR_UTF8,
                new MultivaluedHashMap<>(), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String etagOf(String body) throws Exception {
        return '"' + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))) + '"';
    }

    @Test
    void window_movesWithTheClock_andTheETagWithIt() throws Exception {
        List<Event> events = SampleEvents.all();
        MovableClock clock = new MovableClock(events.get(0).time().startDate().atStartOfDay(ZoneOffset.UTC)
                .toInstant());
        ICalendarWriter writer = ICalendarWriter.builder()
                .publisher("City of Eau Claire", java.net.URI.create("mailto:events@example.org"))
                .window(clock, Period.ofDays(1), Period.ofDays(1)).build();
        ICalendarProvider provider = new ICalendarProvider(writer);
        ICalendarData feed = new ICalendarData(java.util.Optional.empty(), events, List.of(), List.of());

        String today = body(provider, events);
        assertThat(today).contains("BEGIN:VEVENT");
        assertThat(provider.preconditions().validator(feed).etag()).isEqualTo(etagOf(today));

        clock.now = clock.now.plus(Duration.ofDays(3650));
        String later = body(provider, events);
        assertThat(later).doesNotContain("BEGIN:VEVENT");
        assertThat(provider.preconditions().validator(feed).etag()).isEqualTo(etagOf(later))
                .isNotEqualTo(etagOf(today));
    }
}
