package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.core.EventTime;

/** RFC 5545 3.3.6: days and weeks of a DURATION are nominal, its hours, minutes and seconds exact. */
class NominalDurationTest {

    private static EventTime read(String dtstart, String duration) throws ICalendarParseException {
        String doc = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
                "UID:d@example.org", "DTSTAMP:20260101T000000Z", "DTSTART" + dtstart, "DURATION:" + duration,
                "SUMMARY:Block party", "END:VEVENT", "END:VCALENDAR", "");
        ICalendarData data = ICalendarReader.builder().build().read(doc);
        assertThat(data.warnings()).isEmpty();
        return data.events().get(0).time();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        // Spring forward in New York on 2026-03-08, fall back on 2026-11-01: a day keeps the wall clock.
        "P1D, 20260307T100000, 2026-03-08T10:00-04:00[America/New_York]",
        "P1D, 20261031T100000, 2026-11-01T10:00-05:00[America/New_York]",
        "P1W, 20260305T100000, 2026-03-12T10:00-04:00[America/New_York]",
        // Hours are exact: 24 hours across the gap end at 11:00 on the wall clock.
        "PT24H, 20260307T100000, 2026-03-08T11:00-04:00[America/New_York]",
        "P1DT12H, 20260307T100000, 2026-03-08T22:00-04:00[America/New_York]",
        "PT1H30M, 20260307T100000, 2026-03-07T11:30-05:00[America/New_York]"})
    void read_durationAcrossDaylightSavingChanges_keepsNominalDays(String duration, String start, String end)
            throws ICalendarParseException {
        EventTime.Timed t = (EventTime.Timed) read(";TZID=America/New_York:" + start, duration);
        assertThat(t.end()).contains(ZonedDateTime.parse(end));
    }

    @Test
    void read_allDayDurationWithHours_coversEveryDayItTouches() throws ICalendarParseException {
        EventTime.AllDay t = (EventTime.AllDay) read(";VALUE=DATE:20260801", "P1DT12H");
        assertThat(t.first()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(t.last()).isEqualTo(LocalDate.of(2026, 8, 2));
    }
}
