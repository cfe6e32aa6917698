package org.nightout.ical.internal.zones;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.ical.internal.read.ReadContext;
import org.nightout.ical.internal.zones.TimeZoneBlocks;
import org.nightout.ical.internal.zones.ZoneYears;

/** The zones a feed uses and the first and last year each is used in, in a stable order. */
public final class ZoneYears {
    /** The years after its start that the VTIMEZONEs of an infinite series describe one by one: 10. */
    public static final int HORIZON = 10;
    /** By zone, in a hash map (looked up for every time written); sorted by id once, for writing. */
    private final Map<ZoneId, int[]> years = new java.util.HashMap<>();

    public void addAll(Event e) {
        add(e.time());
        if (e.status().previousTime().isPresent()) {
            add(e.status().previousTime().get());
        }
    }

    /**
     * Records the zones of a series for the years it spans: from its start to its {@link EventSeries#lastYear()},
     * or, for an infinite series, {@link #HORIZON} years from its start; past them the VTIMEZONE's observances
     * repeat the zone's current rules with their own RRULE, which is what a calendar applies to later years.
     */
    public void addAll(EventSeries s) {
        addAll(s.first());
        if (s.first().time() instanceof EventTime.Timed t) {
            int from = t.start().getYear();
            int last = s.lastYear().orElse(Math.min(ReadContext.LAST_YEAR, from + HORIZON));
            record(ZonedDateTime.of(last, 12, 31, 12, 0, 0, 0, t.start().getZone()));
        }
        s.overrides().values().forEach(this::addAll);
    }

    private void add(EventTime time) {
        if (time instanceof EventTime.Timed t) {
            record(t.start());
            if (t.end().isPresent()) {
                record(t.end().get());
            }
        }
    }

    private void record(ZonedDateTime t) {
        ZoneId zone = t.getZone();
        if (TimeZoneBlocks.isUtc(zone)) {
            return;
        }
        int year = t.getYear();
        int[] range = years.get(zone);
        if (range == null) {
            years.put(zone, new int[] {year, year});
            return;
        }
        range[0] = Math.min(range[0], year);
        range[1] = Math.max(range[1], year);
    }

    /**
     * Checks that the zone of a time being written is one {@link #addAll} recorded, so that the feed has its
     * VTIMEZONE; the years were recorded then, from the event's own times.
     */
    public void add(ZonedDateTime t) {
        ZoneId zone = t.getZone();
        if (!TimeZoneBlocks.isUtc(zone) && !years.containsKey(zone)) {
            throw new IllegalStateException("Time zone " + zone + " appeared only on the second pass over"
                    + " the events: the iterable or stream supplier must give the same events each time");
        }
    }

    /** The zones and their years, by zone id: the order of the VTIMEZONEs. */
    public List<Map.Entry<ZoneId, int[]>> entries() {
        List<Map.Entry<ZoneId, int[]>> sorted = new ArrayList<>(years.entrySet());
        sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(ZoneId::getId)));
        return sorted;
    }
}
