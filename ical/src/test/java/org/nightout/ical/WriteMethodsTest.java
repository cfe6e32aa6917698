package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.recurrence.RecurrenceRule;

/**
 * The write methods form one set: the events as an iterable, a supplier of streams or read once through a spool,
 * alone or with series, to an OutputStream, a Writer or a String. Every form writes the same feed.
 */
class WriteMethodsTest {
    private static final ICalendarWriter WRITER = Events.writer().build();
    private static final List<Event> EVENTS = List.of(Events.carsonPark().build(),
            Events.carsonPark().id("eastside").time(EventTime.of(ZonedDateTime.of(2021, 8, 3, 18, 0, 0, 0,
                    ZoneId.of("America/New_York")))).build());
    private static final List<EventSeries> SERIES = List.of(EventSeries.builder()
            .first(Events.carsonPark().id("coffee").time(EventTime.of(ZonedDateTime.of(2025, 1, 8, 18, 0, 0, 0,
                    Events.CHICAGO))).build())
            .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE;COUNT=6")).build());

    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    private Supplier<Stream<Event>> streams() {
        return () -> {
            opened.incrementAndGet();
            return EVENTS.stream().onClose(closed::incrementAndGet);
        };
    }

    private static String bytes(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eventsAlone_everySourceAndTarget_writeTheSameFeed() throws IOException {
        String expected = WRITER.writeToString(EVENTS);
        assertThat(expected).contains("UID:eastside").doesNotContain("UID:coffee");

        StringWriter chars = new StringWriter();
        WRITER.write(EVENTS, chars);
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        WRITER.write(EVENTS, octets);
        assertThat(chars.toString()).isEqualTo(expected);
        assertThat(bytes(octets)).isEqualTo(expected);

        StringWriter supplierChars = new StringWriter();
        WRITER.write(streams(), supplierChars);
        ByteArrayOutputStream supplierOctets = new ByteArrayOutputStream();
        WRITER.write(streams(), supplierOctets);
        assertThat(supplierChars.toString()).isEqualTo(expected);
        assertThat(bytes(supplierOctets)).isEqualTo(expected);
        assertThat(WRITER.writeToString(streams())).isEqualTo(expected);
        assertThat(opened).hasValue(6);
        assertThat(closed).hasValue(6);
    }

    @Test
    void eventsAndSeries_everySourceAndTarget_writeTheSameFeed() throws IOException {
        String expected = WRITER.writeToString(EVENTS, SERIES);
        assertThat(expected).contains("UID:eastside").contains("RRULE:FREQ=MONTHLY;COUNT=6;BYDAY=2WE")
                .startsWith(WRITER.writeToString(EVENTS).substring(0, 40));

        StringWriter chars = new StringWriter();
        WRITER.write(EVENTS, SERIES, chars);
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        WRITER.write(EVENTS, SERIES, octets);
        assertThat(chars.toString()).isEqualTo(expected);
        assertThat(bytes(octets)).isEqualTo(expected);

        StringWriter supplierChars = new StringWriter();
        WRITER.write(streams(), SERIES, supplierChars);
        ByteArrayOutputStream supplierOctets = new ByteArrayOutputStream();
        WRITER.write(streams(), SERIES, supplierOctets);
        assertThat(supplierChars.toString()).isEqualTo(expected);
        assertThat(bytes(supplierOctets)).isEqualTo(expected);
        assertThat(WRITER.writeToString(streams(), SERIES)).isEqualTo(expected);
        assertThat(closed).hasValue(6);
    }

    @Test
    void spooled_withAndWithoutSeries_writesWhatTheTwoPassMethodsWrite(@TempDir Path spool) throws IOException {
        StringWriter alone = new StringWriter();
        WRITER.writeSpooled(EVENTS, alone, spool);
        ByteArrayOutputStream aloneOctets = new ByteArrayOutputStream();
        WRITER.writeSpooled(EVENTS, aloneOctets, spool);
        assertThat(alone.toString()).isEqualTo(WRITER.writeToString(EVENTS));
        assertThat(bytes(aloneOctets)).isEqualTo(WRITER.writeToString(EVENTS));

        StringWriter both = new StringWriter();
        WRITER.writeSpooled(EVENTS, SERIES, both, spool);
        ByteArrayOutputStream bothOctets = new ByteArrayOutputStream();
        WRITER.writeSpooled(EVENTS, SERIES, bothOctets, spool);
        assertThat(both.toString()).isEqualTo(WRITER.writeToString(EVENTS, SERIES));
        assertThat(bytes(bothOctets)).isEqualTo(WRITER.writeToString(EVENTS, SERIES));
    }
}
