package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.EventSeries;

/** RRULE values as some writers get them wrong, read as the other engines read them, with a warning. */
class RecurrenceRepairTest {

    private static ICalendarData read(String rrule) throws ICalendarParseException {
        return ICalendarReader.builder().build().read(String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:r@example.org", "DTSTAMP:20200101T000000Z",
                "DTSTART;VALUE=DATE:20200903", "SUMMARY:Academic time", rrule, "END:VEVENT", "END:VCALENDAR", ""));
    }

    @Test
    void read_ruleWithASecondRruleNameAndAWordWithoutValue_isReadWithoutThem() throws ICalendarParseException {
        ICalendarData data = read("RRULE:RRULE:AnythingRandom;FREQ=WEEKLY;BYDAY=FR,MO,TH,TU,WE;COUNT=4");
        EventSeries s = data.series().get(0);
        assertThat(s.rule()).hasValueSatisfying(r -> assertThat(r.toString())
                .isEqualTo("FREQ=WEEKLY;COUNT=4;BYDAY=MO,TU,WE,TH,FR"));
        assertThat(s.occurrences(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)).map(e -> e.time().startDate()).toList()).containsExactly(LocalDate.of(2020, 9, 3),
                LocalDate.of(2020, 9, 4), LocalDate.of(2020, 9, 7), LocalDate.of(2020, 9, 8));
        assertThat(data.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(9);
            assertThat(w.property()).isEqualTo("RRULE");
            assertThat(w.message()).contains("without a second \"RRULE:\" and \"AnythingRandom\"");
        });
    }

    @Test
    void read_ruleThatIsNoRuleEvenSo_staysInvalid() throws ICalendarParseException {
        ICalendarData data = read("RRULE:RRULE:AnythingRandom;FREQ=FORTNIGHTLY");
        assertThat(data.series()).isEmpty();
        assertThat(data.warnings()).extracting(ReadWarning::message)
                .anyMatch(m -> m.contains("is invalid") && m.contains("FORTNIGHTLY"));
        assertThat(List.copyOf(data.events())).hasSize(1);
    }

    @Test
    void read_untilBeforeDtstart_warnsThatTheSeriesIsItsStartAlone() throws ICalendarParseException {
        ICalendarData data = read("RRULE:FREQ=DAILY;UNTIL=20190101");
        assertThat(data.series()).singleElement().satisfies(s -> assertThat(
                s.occurrences(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1))).hasSize(1));
        assertThat(data.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(9);
            assertThat(w.message()).startsWith("UNTIL 20190101 is before DTSTART");
        });
    }
}
