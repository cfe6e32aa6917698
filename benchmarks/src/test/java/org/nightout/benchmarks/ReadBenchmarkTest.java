package org.nightout.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.ical.ICalendarData;

/** Every parser reads the whole feed our writer writes, not a part of it, and reads it right. */
class ReadBenchmarkTest {
    private static final int EVENTS = 500;

    @Test
    void ourReaderIcal4jAndBiweeklyParseEveryEventOfOurFeed() throws Exception {
        ReadBenchmark benchmark = new ReadBenchmark();
        benchmark.events = EVENTS;
        benchmark.setUp();
        List<Event> feed = FeedData.events(EVENTS);
        Event last = feed.get(EVENTS - 1);
        ZonedDateTime lastStart = ((EventTime.Timed) last.time()).start();

        ICalendarData ours = benchmark.nightout();
        assertThat(ours.warnings()).isEmpty();
        assertThat(ours.events()).isEqualTo(feed);

        Calendar ical4j = benchmark.ical4j();
        List<VEvent> ical4jEvents = ical4j.getComponents(Component.VEVENT);
        assertThat(ical4jEvents).hasSize(EVENTS);
        VEvent ical4jLast = ical4jEvents.get(EVENTS - 1);
        assertThat(ical4jLast.getSummary().getValue()).isEqualTo(last.title());
        assertThat(ical4jLast.getDescription().getValue()).isEqualTo(last.description().orElseThrow());
        // iCal4j resolves the TZID through the feed's own VTIMEZONE, under a zone id of its own making.
        ZonedDateTime ical4jStart = (ZonedDateTime) ical4jLast.getDateTimeStart().getDate();
        assertThat(ical4jStart.toLocalDateTime()).isEqualTo(lastStart.toLocalDateTime());
        assertThat(ical4jStart.toInstant()).isEqualTo(lastStart.toInstant());

        ICalendar biweekly = benchmark.biweekly();
        assertThat(biweekly.getEvents()).hasSize(EVENTS);
        biweekly.component.VEvent biweeklyLast = biweekly.getEvents().get(EVENTS - 1);
        assertThat(biweeklyLast.getSummary().getValue()).isEqualTo(last.title());
        assertThat(biweeklyLast.getDescription().getValue()).isEqualTo(last.description().orElseThrow());
        assertThat(biweeklyLast.getDateStart().getValue().toInstant()).isEqualTo(lastStart.toInstant());
    }
}
