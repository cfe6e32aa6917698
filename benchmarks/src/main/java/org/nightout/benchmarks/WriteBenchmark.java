package org.nightout.benchmarks;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.nightout.core.Profile;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.ical.ICalendarWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writes the same feed with our writer, iCal4j, biweekly and a hand-written floor. The baselines start from our
 * {@link Event}s, as an application switching library would, so each measures building its own model plus
 * writing it; every writer writes to a counting writer, so no I/O is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmark {
    @Param({"16000"})
    public int events;

    private List<Event> feed;
    private ICalendarWriter ours;
    private ICalendarWriter oursPublic;
    private HandWrittenWriter floorPublic;

    @Setup
    public void setUp() {
        feed = FeedData.events(events);
        ours = writer(Profile.FULL);
        oursPublic = writer(Profile.PUBLIC);
        floorPublic = HandWrittenWriter.publicProfile(zoneBlocks(oursPublic.writeToString(feed)));
    }

    static ICalendarWriter writer(Profile profile) {
        return ICalendarWriter.builder().publisher(FeedData.PUBLISHER, FeedData.PUBLISHER_ADDRESS)
                .profile(profile).build();
    }

    /** The VTIMEZONE blocks of a feed, by TZID, each with its line ends, as the floor is to write them. */
    static Map<String, String> zoneBlocks(String feed) {
        Map<String, String> blocks = new HashMap<>();
        int from = 0;
        while ((from = feed.indexOf("BEGIN:VTIMEZONE\r\n", from)) >= 0) {
            String end = "END:VTIMEZONE\r\n";
            int to = feed.indexOf(end, from) + end.length();
            String block = feed.substring(from, to);
            int id = block.indexOf("TZID:") + "TZID:".length();
            blocks.put(block.substring(id, block.indexOf('\r', id)), block);
            from = to;
        }
        return blocks;
    }

    /** Our writer in its full profile: everything, losslessly, with the {@code X-NIGHTOUT-*} fields. */
    @Benchmark
    public long nightout() throws IOException {
        CountingWriter out = new CountingWriter();
        ours.write(feed, out);
        return out.chars();
    }

    /** Our writer in its public profile, the same bytes as {@link #handWrittenPublic()}. */
    @Benchmark
    public long nightoutPublic() throws IOException {
        CountingWriter out = new CountingWriter();
        oursPublic.write(feed, out);
        return out.chars();
    }

    /** The floor writing what our public profile writes, its VTIMEZONEs ready-made. */
    @Benchmark
    public long handWrittenPublic() throws IOException {
        CountingWriter out = new CountingWriter();
        floorPublic.write(feed, out);
        return out.chars();
    }

    @Benchmark
    public long ical4j() throws Exception {
        CountingWriter out = new CountingWriter();
        writeIcal4j(feed, out);
        return out.chars();
    }

    @Benchmark
    public long biweekly() throws IOException {
        CountingWriter out = new CountingWriter();
        writeBiweekly(feed, out);
        return out.chars();
    }

    static void writeIcal4j(Iterable<Event> feed, Writer out) throws Exception {
        new CalendarOutputter(false).output(ical4jCalendar(feed), out);
    }

    /** The events as a bare iCal4j Calendar: seven properties an event, no VTIMEZONE. */
    static Calendar ical4jCalendar(Iterable<Event> feed) {
        // One list handed to the constructor: adding to a Calendar one event at a time copies the list each time.
        List<CalendarComponent> components = feed instanceof List<Event> list
                ? new ArrayList<>(list.size()) : new ArrayList<>();
        for (Event e : feed) {
            components.add(ical4jEvent(e));
        }
        return new Calendar(new PropertyList(List.of(new ProdId(FeedData.PRODID), ImmutableVersion.VERSION_2_0)),
                new ComponentList<>(components));
    }

    /** One event as a bare iCal4j VEvent: UID, DTSTAMP, DTSTART, DTEND, SUMMARY, DESCRIPTION and LOCATION. */
    static VEvent ical4jEvent(Event e) {
        EventTime.Timed t = (EventTime.Timed) e.time();
        List<Property> props = new ArrayList<>(7);
        props.add(new Uid(e.id()));
        props.add(new DtStamp(e.lastModified()));
        props.add(new DtStart<>(t.start()));
        props.add(new DtEnd<>(t.end().orElseThrow()));
        props.add(new Summary(e.title()));
        props.add(new Description(e.description().orElse("")));
        props.add(new Location(FeedData.location(e)));
        return new VEvent(new PropertyList(props));
    }

    static void writeBiweekly(Iterable<Event> feed, Writer out) throws IOException {
        ICalendar ical = new ICalendar();
        ical.setProductId(FeedData.PRODID);
        TimezoneInfo zones = ical.getTimezoneInfo();
        // A global TZID ("/America/Chicago") spares biweekly a VTIMEZONE download; the zones are cached per
        // feed, as any application writing many events would.
        Map<ZoneId, TimezoneAssignment> assignments = new HashMap<>();
        for (Event e : feed) {
            EventTime.Timed t = (EventTime.Timed) e.time();
            ZonedDateTime start = t.start();
            ZonedDateTime end = t.end().orElseThrow();
            TimezoneAssignment zone = assignments.computeIfAbsent(start.getZone(),
                    z -> new TimezoneAssignment(TimeZone.getTimeZone(z), z.getId()));
            biweekly.component.VEvent v = new biweekly.component.VEvent();
            v.setUid(e.id());
            v.setDateTimeStamp(Date.from(e.lastModified()));
            zones.setTimezone(v.setDateStart(Date.from(start.toInstant()), true), zone);
            zones.setTimezone(v.setDateEnd(Date.from(end.toInstant()), true), zone);
            v.setSummary(e.title());
            v.setDescription(e.description().orElse(""));
            v.setLocation(FeedData.location(e));
            ical.addEvent(v);
        }
        Biweekly.write(ical).go(out);
    }

    @Benchmark
    public long handWritten() throws IOException {
        CountingWriter out = new CountingWriter();
        HandWrittenWriter.sevenProperties().write(feed, out);
        return out.chars();
    }
}
