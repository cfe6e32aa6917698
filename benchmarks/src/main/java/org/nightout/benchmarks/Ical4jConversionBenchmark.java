package org.nightout.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.nightout.core.Profile;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.nightout.ical4j.Ical4jConverter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code nightout-ical4j}'s way of converting costs: events to an iCal4j {@code Calendar} through our writer
 * and iCal4j's {@code CalendarBuilder}, and back through iCal4j's {@code CalendarOutputter} and our reader, beside
 * the floor an object-to-object mapping could reach: building the {@code VEvent}s directly, with only seven
 * properties each and no VTIMEZONE (what {@link WriteBenchmark#ical4j()} builds before it writes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Ical4jConversionBenchmark {
    @Param({"16000"})
    public int events;

    private List<Event> feed;
    private ICalendarWriter writer;
    private ICalendarReader reader;
    private Ical4jConverter converter;
    private Calendar calendar;

    @Setup
    public void setUp() {
        feed = FeedData.events(events);
        writer = ICalendarWriter.builder().publisher(FeedData.PUBLISHER, FeedData.PUBLISHER_ADDRESS)
                .profile(Profile.FULL).build();
        reader = ICalendarReader.builder().build();
        converter = new Ical4jConverter(writer, reader);
        calendar = converter.toCalendar(feed, List.of());
    }

    @Benchmark
    public Calendar toCalendarThroughText() {
        return converter.toCalendar(feed, List.of());
    }

    /**
     * The text route as iCal4j's defaults give it, the baseline of the converter's tuning: the feed as UTF-8 bytes
     * into a {@code new CalendarBuilder()}, which lists its property factories anew for every property.
     */
    @Benchmark
    public Calendar toCalendarDefaultBuilder() throws IOException, ParserException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(feed, List.of(), out);
        return new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
    }

    @Benchmark
    public Calendar toCalendarObjectFloor() {
        return WriteBenchmark.ical4jCalendar(feed);
    }

    @Benchmark
    public ICalendarData fromCalendarThroughText() throws ICalendarParseException {
        return converter.fromCalendar(calendar);
    }

    /** The way back through UTF-8 bytes, the baseline of the converter's tuning: iCal4j's output encoded, then read. */
    @Benchmark
    public ICalendarData fromCalendarThroughBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CalendarOutputter(false).output(calendar, out);
        return reader.read(new ByteArrayInputStream(out.toByteArray()));
    }

    /** iCal4j's output alone, the part of the way back that is not our reader. */
    @Benchmark
    public String fromCalendarOutputOnly() throws IOException {
        StringWriter out = new StringWriter();
        new CalendarOutputter(false).output(calendar, out);
        return out.toString();
    }
}
