package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.Profile;

/** A time in the hour that repeats when clocks go back, written so that every reader gets its instant. */
class RepeatedHourTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 01:30 on November 1, 2026 comes twice in New York: at -04:00, then at -05:00. */
    private static final LocalDateTime REPEATED = LocalDateTime.of(2026, 11, 1, 1, 30);

    private static Event at(ZonedDateTime start) {
        return Events.carsonPark().time(EventTime.of(start, start.plusHours(2))).build();
    }

    private static String write(Event e) {
        return Events.writer().profile(Profile.FULL).build().writeToString(List.of(e));
    }

    @Test
    void write_secondOfTheRepeatedTimes_isWrittenInUtc_andReadBackInItsZone() throws ICalendarParseException {
        ZonedDateTime later = ZonedDateTime.ofLocal(REPEATED, NEW_YORK, ZoneOffset.ofHours(-5));
        assertThat(later.getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        String ics = write(at(later));
        assertThat(ics).contains("DTSTART;X-NIGHTOUT-TZID=America/New_York:20261101T063000Z\r\n")
                .contains("DTEND;TZID=America/New_York:20261101T033000\r\n");
        Event read = ICalendarReader.builder().build().read(ics).events().get(0);
        assertThat(((EventTime.Timed) read.time()).start()).isEqualTo(later);
    }

    @Test
    void write_firstOfTheRepeatedTimes_staysALocalTime() {
        ZonedDateTime earlier = ZonedDateTime.ofLocal(REPEATED, NEW_YORK, ZoneOffset.ofHours(-4));
        assertThat(write(at(earlier))).contains("DTSTART;TZID=America/New_York:20261101T013000\r\n");
    }
}
