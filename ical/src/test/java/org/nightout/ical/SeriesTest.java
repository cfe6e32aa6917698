package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Campaign;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.UsState;

class SeriesTest {

    private static String write(String name, EventSeries series) throws IOException {
        StringWriter w = new StringWriter();
        Events.writer().uidDomain("example.org").build().write(List.of(), List.of(series), w);
        Path file = Path.of("target", "interop", name + ".ics");
        Files.createDirectories(file.getParent());
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
        return w.toString();
    }

    @Test
    void timedSeries_rruleExdateAndOverride_inDtstartsExactForm() throws IOException {
        Event first = Events.carsonPark().time(Events.evening(LocalDate.of(2018, 8, 7), Events.CHICAGO)).build();
        Event moved2022 = Events.carsonPark().time(Events.evening(LocalDate.of(2022, 8, 9), Events.CHICAGO))
                .status(EventStatus.rescheduled(Events.evening(LocalDate.of(2022, 8, 2), Events.CHICAGO), "Heat"))
                .build();
        EventSeries series = EventSeries.builder().first(first)
                .rule(Campaign.nationalNightOut().ruleFor(UsState.WI))
                .lastYear(2023).addCancelledYears(2020).putOverrides(2022, moved2022).build();
        String feed = write("series-timed", series);
        assertThat(feed).contains(
                "DTSTART;TZID=America/Chicago:20180807T170000\r\n",
                "RRULE:FREQ=YEARLY;BYMONTH=8;BYDAY=1TU;UNTIL=20230801T220000Z\r\n",
                "EXDATE;TZID=America/Chicago:20200804T170000\r\n",
                "RECURRENCE-ID;TZID=America/Chicago:20220802T170000\r\n",
                "DTSTART;TZID=America/Chicago:20220809T170000\r\n");
        assertThat(feed.split("UID:nno-2021-eau-claire@example.org", -1)).hasSize(3);
        assertThat(feed.indexOf("BEGIN:VTIMEZONE")).isLessThan(feed.indexOf("BEGIN:VEVENT"));
    }

    @Test
    void allDaySeries_usesDateForms() throws IOException {
        Event first = Events.carsonPark().time(EventTime.allDay(LocalDate.of(2017, 8, 1))).build();
        Event cancelled2020 = Events.carsonPark().time(EventTime.allDay(LocalDate.of(2020, 8, 4)))
                .status(EventStatus.cancelled("COVID-19 pandemic")).build();
        EventSeries series = EventSeries.builder().first(first).rule(Campaign.nationalNightOut().rule())
                .addCancelledYears(2021).putOverrides(2020, cancelled2020).build();
        String feed = write("series-all-day", series);
        assertThat(feed).contains("RRULE:FREQ=YEARLY;BYMONTH=8;BYDAY=1TU\r\n", "EXDATE;VALUE=DATE:20210803\r\n",
                "RECURRENCE-ID;VALUE=DATE:20200804\r\n", "STATUS:CANCELLED\r\n").doesNotContain("VTIMEZONE");
    }
}
