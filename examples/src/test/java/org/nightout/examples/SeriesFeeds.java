package org.nightout.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.recurrence.RecurrenceRule;

/**
 * Feeds of series for {@code nightout occurrences} and its comparison with python's {@code recurring_ical_events}
 * ({@code examples/src/it/occurrences/compare.sh}): weekly, monthly and yearly rules, EXDATE, RDATE, moved, retitled
 * and cancelled overrides, zones whose clocks change inside the series (America/Chicago, America/New_York,
 * Europe/London, Australia/Lord_Howe with its half-hour change), all-day series, UTC, UNTIL and COUNT. Each feed is a
 * few series and, in some, a single event.
 */
final class SeriesFeeds {
    private static final Instant CHANGED = Instant.parse("2025-01-15T12:00:00Z");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** A feed: its single events and its series. */
    record Feed(List<Event> events, List<EventSeries> series) {
    }

    private SeriesFeeds() {
    }

    private static Event event(String id, String title, EventTime time) {
        return Event.builder().id(id).title(title).time(time).lastModified(CHANGED).build();
    }

    private static ZonedDateTime at(ZoneId zone, int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(LocalDateTime.of(y, m, d, h, min), zone);
    }

    private static EventTime timed(ZonedDateTime start, int hours) {
        return EventTime.of(start, start.plusHours(hours));
    }

    /** Returns the feeds by name. */
    /**
     * Returns a series as the iCalendar writer writes it: the UNTIL of a timed start in the UTC form RFC 5545 wants,
     * which ends the series at the same occurrence: a local time is that time in the start's zone, a date the last
     * second of that local day.
     */
    static EventSeries asWritten(EventSeries s) {
        if (!(s.first().time() instanceof EventTime.Timed t) || s.rule().isEmpty()
                || s.rule().get().until().isEmpty()) {
            return s;
        }
        ZoneId zone = t.start().getZone();
        Instant last;
        RecurrenceRule.Until until = s.rule().get().until().get();
        if (until instanceof RecurrenceRule.Until.OnDate on) {
            last = on.date().plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        } else if (until instanceof RecurrenceRule.Until.AtLocal at) {
            last = ZonedDateTime.of(at.dateTime(), zone).toInstant();
        } else {
            return s;
        }
        return EventSeries.builder().from(s).rule(s.rule().get().endingAt(RecurrenceRule.Until.of(last))).build();
    }

    static Map<String, Feed> all() {
        Map<String, Feed> feeds = new LinkedHashMap<>();

        // Weekly on two days across the spring change in Chicago, a start in the skipped hour, EXDATE and RDATE.
        Event weekly = event("weekly-walk", "Neighborhood walk", timed(at(CHICAGO, 2025, 2, 22, 2, 30), 1));
        Event practice = event("academy", "Citizens' academy", timed(at(CHICAGO, 2025, 2, 4, 18, 0), 2));
        feeds.put("weekly-dst", new Feed(List.of(event("meeting", "Block captains' meeting",
                        timed(at(CHICAGO, 2025, 3, 9, 12, 0), 1))), List.of(
                EventSeries.builder().first(weekly).rule(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=SA,SU;COUNT=8"))
                        .addExdates(at(CHICAGO, 2025, 3, 1, 2, 30))
                        .addRdates(at(CHICAGO, 2025, 3, 12, 2, 30)).build(),
                EventSeries.builder().first(practice)
                        .rule(RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20250501T000000Z"))
                        .build(),
                // UNTIL a date for a timed start: RFC 5545 wants a date-time, real files have it; it ends after
                // that whole day.
                EventSeries.builder().first(event("briefing", "Morning briefing", timed(at(CHICAGO, 2025, 3, 7, 10,
                        0), 1))).rule(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20250310")).build())));

        // Monthly on the second Wednesday: an UNTIL equal to the last occurrence, a moved and retitled
        // occurrence, a cancelled one; and the last weekday of each month by BYSETPOS.
        Event coffee = event("coffee-with-a-cop", "Coffee with a Cop", timed(at(NEW_YORK, 2024, 1, 10, 8, 0), 2));
        Event moved = Event.builder().from(coffee).title("Coffee with a Cop, at the library")
                .time(timed(at(NEW_YORK, 2024, 5, 9, 9, 0), 2)).build();
        Event cancelled = Event.builder().from(coffee).status(EventStatus.cancelled("Snow"))
                .time(timed(at(NEW_YORK, 2024, 2, 14, 8, 0), 2)).build();
        Event lastWeekday = event("last-weekday", "Records office late hours",
                timed(at(NEW_YORK, 2024, 1, 31, 17, 0), 3));
        feeds.put("monthly", new Feed(List.of(), List.of(
                EventSeries.builder().first(coffee)
                        .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE;UNTIL=20241211T130000Z"))
                        .putOverrides(at(NEW_YORK, 2024, 5, 8, 8, 0), moved)
                        .putOverrides(at(NEW_YORK, 2024, 2, 14, 8, 0), cancelled).build(),
                EventSeries.builder().first(lastWeekday)
                        .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=14"))
                        .build(),
                // UNTIL a local time for a zoned start (RFC 5545 wants UTC; real files have it): read in the
                // start's zone, and inclusive.
                EventSeries.builder().first(event("standup", "Daily stand-up", timed(at(NEW_YORK, 2025, 6, 2, 10, 0),
                        1))).rule(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20250604T100000")).build())));

        // Yearly: National Night Out's rule, in Wisconsin and in Texas, one year cancelled.
        Event nno = event("nno-eau-claire", "National Night Out at Carson Park",
                timed(at(CHICAGO, 2019, 8, 6, 17, 0), 4));
        Event texas = event("nno-houston", "National Night Out in Houston",
                timed(at(CHICAGO, 2019, 10, 1, 18, 0), 3));
        feeds.put("yearly-nno", new Feed(List.of(), List.of(
                EventSeries.builder().first(nno).rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=8;BYDAY=1TU"))
                        .addExdates(at(CHICAGO, 2020, 8, 4, 17, 0)).build(),
                EventSeries.builder().first(texas)
                        .rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=10;BYDAY=1TU;COUNT=9")).build())));

        // The autumn change: daily at 01:30 in New York passes 2025-11-02, when 01:30 happens twice.
        Event early = event("early-patrol", "Early patrol briefing", timed(at(NEW_YORK, 2025, 10, 30, 1, 30), 1));
        Event london = event("london-watch", "Neighbourhood watch", timed(at(ZoneId.of("Europe/London"), 2025, 3,
                27, 1, 30), 1));
        Event lordHowe = event("lord-howe", "Island safety talk", timed(at(ZoneId.of("Australia/Lord_Howe"), 2025,
                4, 3, 1, 45), 1));
        feeds.put("repeated-hour", new Feed(List.of(), List.of(
                EventSeries.builder().first(early).rule(RecurrenceRule.parse("FREQ=DAILY;COUNT=6")).build(),
                EventSeries.builder().first(london).rule(RecurrenceRule.parse("FREQ=DAILY;COUNT=5")).build(),
                EventSeries.builder().first(lordHowe).rule(RecurrenceRule.parse("FREQ=DAILY;COUNT=5")).build())));

        // All day: weekly with an excluded date, yearly on February 29 (leap years only), the last day of the month.
        Event market = event("market", "Farmers' market safety booth", EventTime.allDay(LocalDate.of(2025, 6, 7)));
        Event leap = event("leap-day", "Leap-day open house", EventTime.allDay(LocalDate.of(2024, 2, 29)));
        Event monthEnd = event("month-end", "Month-end report", EventTime.allDay(LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 2, 1)));
        feeds.put("all-day", new Feed(List.of(event("fair", "County fair", EventTime.allDay(LocalDate.of(2025, 8,
                        14), LocalDate.of(2025, 8, 17)))), List.of(
                EventSeries.builder().first(market).rule(RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20250830"))
                        .addExdates(LocalDate.of(2025, 7, 5)).addRdates(LocalDate.of(2025, 9, 1)).build(),
                EventSeries.builder().first(leap).rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"))
                        .build(),
                EventSeries.builder().first(monthEnd).rule(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6"))
                        .build())));

        // UTC: every third day, and hourly on one afternoon.
        Event utc = event("utc-check-in", "Radio check-in", timed(ZonedDateTime.of(2025, 5, 1, 23, 0, 0, 0,
                ZoneOffset.UTC), 1));
        Event hourly = event("utc-hourly", "Hourly status", EventTime.of(ZonedDateTime.of(2025, 5, 2, 12, 0, 0, 0,
                ZoneOffset.UTC)));
        feeds.put("utc", new Feed(List.of(), List.of(
                EventSeries.builder().first(utc).rule(RecurrenceRule.parse("FREQ=DAILY;INTERVAL=3;COUNT=10")).build(),
                EventSeries.builder().first(hourly).rule(RecurrenceRule.parse("FREQ=HOURLY;BYHOUR=12,13,14;COUNT=5"))
                        .build())));
        return feeds;
    }
}
