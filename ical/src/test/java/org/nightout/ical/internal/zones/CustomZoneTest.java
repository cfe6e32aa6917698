package org.nightout.ical.internal.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ICalendarReader;

/** The observances of a VTIMEZONE, evaluated by core's recurrence engine. */
class CustomZoneTest {

    private static Instant startOf(String vtimezone, String dtstart) throws ICalendarParseException {
        String doc = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", vtimezone,
                "BEGIN:VEVENT", "UID:meeting@example.org", "DTSTAMP:20050101T000000Z",
                "DTSTART;TZID=Eastern:" + dtstart, "SUMMARY:Meeting", "END:VEVENT", "END:VCALENDAR", "");
        ICalendarData data = ICalendarReader.builder().build().read(doc);
        assertThat(data.warnings()).noneMatch(w -> w.message().contains("RRULE"));
        return ((EventTime.Timed) data.events().get(0).time()).start().toInstant();
    }

    /** A zone of the rules before 2007, as Lotus Notes writes them: BYHOUR and BYMINUTE in every RRULE. */
    private static final String LOTUS = String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:Eastern",
            "BEGIN:STANDARD", "DTSTART:19501029T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
            "RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19500402T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
            "RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=1SU;BYMONTH=4", "END:DAYLIGHT", "END:VTIMEZONE");

    @Test
    void read_rulesWithByHourAndByMinute_giveDaylightTime() throws ICalendarParseException {
        assertThat(startOf(LOTUS, "20050415T090000")).isEqualTo(Instant.parse("2005-04-15T13:00:00Z"));
        assertThat(startOf(LOTUS, "20050115T090000")).isEqualTo(Instant.parse("2005-01-15T14:00:00Z"));
    }

    @Test
    void read_zoneOfTheRulesBefore2007_isNotReplacedAfter2007() throws ICalendarParseException {
        // The block defines daylight time from the first Sunday of April: March 20, 2010 is standard time in it.
        assertThat(startOf(LOTUS, "20100320T090000")).isEqualTo(Instant.parse("2010-03-20T14:00:00Z"));
    }

    @Test
    void read_utcUntil_endsTheRuleInTheOffsetBeforeTheOnset() throws ICalendarParseException {
        String zone = String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:Eastern",
                "BEGIN:STANDARD", "DTSTART:19671029T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:19870405T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
                // The 2006 onset, 2006-04-02T02:00 at -05:00, is 07:00Z: an UNTIL of that instant keeps it.
                "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z", "END:DAYLIGHT",
                "BEGIN:DAYLIGHT", "DTSTART:20070311T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE");
        assertThat(startOf(zone, "20060403T090000")).isEqualTo(Instant.parse("2006-04-03T13:00:00Z"));
        assertThat(startOf(zone, "20070320T090000")).isEqualTo(Instant.parse("2007-03-20T13:00:00Z"));
    }

    @Test
    void read_seriesInAZoneOfTheRulesBefore2007_keepsTheVtimezonesInstantsAfter2007() throws ICalendarParseException {
        String doc = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", LOTUS,
                "BEGIN:VEVENT", "UID:weekly@example.org", "DTSTAMP:20050101T000000Z",
                "DTSTART;TZID=Eastern:20050319T090000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=3SA;COUNT=7",
                "SUMMARY:Block watch meeting", "END:VEVENT",
                "BEGIN:VEVENT", "UID:weekly@example.org", "DTSTAMP:20050101T000000Z",
                "RECURRENCE-ID;TZID=Eastern:20100320T090000", "DTSTART;TZID=Eastern:20100320T100000",
                "SUMMARY:Block watch meeting, an hour later", "END:VEVENT", "END:VCALENDAR", "");
        ICalendarData data = ICalendarReader.builder().build().read(doc);
        EventSeries s = data.series().get(0);
        List<Instant> starts = s.occurrences(LocalDate.of(2005, 1, 1), LocalDate.of(2012, 1, 1))
                .map(e -> ((EventTime.Timed) e.time()).start().toInstant()).toList();
        // The third Saturday of March: daylight time only from 2007 in New York, never before April in the block.
        assertThat(starts).containsExactly(Instant.parse("2005-03-19T14:00:00Z"), Instant.parse("2006-03-18T14:00:00Z"),
                Instant.parse("2007-03-17T14:00:00Z"), Instant.parse("2008-03-15T14:00:00Z"),
                Instant.parse("2009-03-21T14:00:00Z"), Instant.parse("2010-03-20T15:00:00Z"),
                Instant.parse("2011-03-19T14:00:00Z"));
        assertThat(s.overrides()).hasSize(1);
        assertThat(data.events()).isEmpty();
        assertThat(data.warnings()).extracting(w -> w.message()).anyMatch(m -> m.contains("moved to the instant"));
    }
}
