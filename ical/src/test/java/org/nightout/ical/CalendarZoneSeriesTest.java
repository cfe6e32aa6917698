package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;

/** A series whose DTSTART is in UTC, in a calendar that names its zone in X-WR-TIMEZONE, as Google writes them. */
class CalendarZoneSeriesTest {

    private static ICalendarData read(String... calendarLines) throws ICalendarParseException {
        StringBuilder doc = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar"
                + " 70.9054//EN\r\n");
        for (String line : calendarLines) {
            doc.append(line).append("\r\n");
        }
        doc.append("BEGIN:VEVENT\r\nUID:weekly@example.org\r\nDTSTAMP:20171204T134925Z\r\n"
                + "DTSTART:20171023T140000Z\r\nDTEND:20171023T150000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
                + "SUMMARY:Block watch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        return ICalendarReader.builder().build().read(doc.toString());
    }

    private static Object starts(ICalendarData data) {
        EventSeries s = data.series().get(0);
        return s.occurrences(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1))
                .map(e -> ((EventTime.Timed) e.time()).start().toInstant()).toList();
    }

    @Test
    void read_utcSeriesInACalendarWithItsZone_repeatsOnThatZonesWallClock() throws ICalendarParseException {
        // 17:00 in Kiev: EEST (UTC+3) until October 29, 2017, then EET (UTC+2).
        assertThat(starts(read("X-WR-TIMEZONE:Europe/Kiev"))).isEqualTo(java.util.List.of(
                Instant.parse("2017-10-23T14:00:00Z"), Instant.parse("2017-10-30T15:00:00Z"),
                Instant.parse("2017-11-06T15:00:00Z")));
    }

    @Test
    void read_utcSeriesWithoutACalendarZone_repeatsInUtc() throws ICalendarParseException {
        assertThat(starts(read())).isEqualTo(java.util.List.of(Instant.parse("2017-10-23T14:00:00Z"),
                Instant.parse("2017-10-30T14:00:00Z"), Instant.parse("2017-11-06T14:00:00Z")));
    }
}
