package org.nightout.benchmarks;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.nightout.core.Profile;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarReader;
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
 * Parses the feed our writer writes, VTIMEZONEs included, with our {@link ICalendarReader} and, as baselines,
 * with iCal4j's {@code CalendarBuilder} and with biweekly. Each parses the UTF-8 bytes from memory into its own
 * model, so no I/O is timed; ours goes all the way to validated nightout {@code Event}s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {
    @Param({"16000"})
    public int events;

    private byte[] ics;
    private ICalendarReader ours;

    @Setup
    public void setUp() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ICalendarWriter.builder().publisher(FeedData.PUBLISHER, FeedData.PUBLISHER_ADDRESS)
                .profile(Profile.FULL).build()
                .write(FeedData.events(events), out);
        ics = out.toByteArray();
        ours = ICalendarReader.builder().build();
    }

    @Benchmark
    public ICalendarData nightout() throws IOException {
        return ours.read(new ByteArrayInputStream(ics));
    }

    @Benchmark
    public Calendar ical4j() throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    @Benchmark
    public ICalendar biweekly() throws IOException {
        return Biweekly.parse(new ByteArrayInputStream(ics)).first();
    }

    /** The feed every parser reads. */
    byte[] ics() {
        return ics;
    }
}
