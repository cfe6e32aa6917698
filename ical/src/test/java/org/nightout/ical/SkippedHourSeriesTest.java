package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;

/** RFC 5545 3.3.5 and 3.3.10: a DTSTART the zone skips moves only its own instance; the series repeats the time. */
class SkippedHourSeriesTest {
    private static final String DOC = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "BEGIN:VEVENT", "UID:daily@example.org", "DTSTAMP:20260101T000000Z",
            "DTSTART;TZID=America/New_York:20260308T023000", "RRULE:FREQ=DAILY;COUNT=3", "SUMMARY:Patrol briefing",
            "END:VEVENT", "END:VCALENDAR", "");

    private static List<ZonedDateTime> starts(EventSeries s) {
        return s.occurrences(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))
                .map(e -> ((EventTime.Timed) e.time()).start()).toList();
    }

    @Test
    void read_startInTheSpringGap_movesOnlyTheFirstInstance() throws ICalendarParseException {
        EventSeries s = ICalendarReader.builder().build().read(DOC).series().get(0);
        assertThat(starts(s)).containsExactly(ZonedDateTime.parse("2026-03-08T03:30-04:00[America/New_York]"),
                ZonedDateTime.parse("2026-03-09T02:30-04:00[America/New_York]"),
                ZonedDateTime.parse("2026-03-10T02:30-04:00[America/New_York]"));
    }

    @Test
    void write_startInTheSpringGap_isWrittenAsTheTimeItRepeats() throws Exception {
        EventSeries s = ICalendarReader.builder().build().read(DOC).series().get(0);
        StringWriter out = new StringWriter();
        Events.writer().build().write(List.of(), List.of(s), out);
        assertThat(out.toString()).contains("\r\nDTSTART;TZID=America/New_York:20260308T023000\r\n");
        assertThat(starts(ICalendarReader.builder().build().read(out.toString()).series().get(0)))
                .isEqualTo(starts(s));
    }
}
