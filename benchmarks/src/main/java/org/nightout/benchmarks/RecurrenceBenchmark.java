package org.nightout.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Recur;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.nightout.core.Campaign;
import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.core.recurrence.RecurrenceSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Expands the same rules with nightout's {@link RecurrenceSet}, dmfs lib-recur and iCal4j's {@link Recur}: a year of
 * a weekly and of a monthly rule in Chicago, and ten years of the National Night Out rule (all-day) in 50 zones, as
 * a feed of 50 communities would. Each returns the number of occurrences, so that all three do the same work, and
 * each makes the zoned date-time it would hand a caller for every occurrence: nightout a {@link ZonedDateTime},
 * lib-recur its {@link DateTime} in the zone (not only the milliseconds, which would skip its calendar fields) and
 * iCal4j its list of {@link ZonedDateTime}s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecurrenceBenchmark {
    static final String WEEKLY = "FREQ=WEEKLY;BYDAY=WE,TH";
    static final String MONTHLY = "FREQ=MONTHLY;BYDAY=2WE";
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 8, 18, 0);
    private static final LocalDateTime END = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final LocalDate NNO_START = LocalDate.of(2025, 8, 5);

    private RecurrenceRule ourWeekly;
    private RecurrenceRule ourMonthly;
    private RecurrenceRule ourNno;
    private org.dmfs.rfc5545.recur.RecurrenceRule dmfsWeekly;
    private org.dmfs.rfc5545.recur.RecurrenceRule dmfsMonthly;
    private org.dmfs.rfc5545.recur.RecurrenceRule dmfsNno;
    private Recur<ZonedDateTime> ical4jWeekly;
    private Recur<ZonedDateTime> ical4jMonthly;
    private Recur<LocalDate> ical4jNno;
    private List<ZoneId> zones;

    @Setup
    public void setUp() throws Exception {
        ourWeekly = RecurrenceRule.parse(WEEKLY);
        ourMonthly = RecurrenceRule.parse(MONTHLY);
        ourNno = Campaign.nationalNightOut().rule().toRecurrenceRule();
        dmfsWeekly = new org.dmfs.rfc5545.recur.RecurrenceRule(WEEKLY);
        dmfsMonthly = new org.dmfs.rfc5545.recur.RecurrenceRule(MONTHLY);
        dmfsNno = new org.dmfs.rfc5545.recur.RecurrenceRule(ourNno.toString());
        ical4jWeekly = new Recur<>(WEEKLY);
        ical4jMonthly = new Recur<>(MONTHLY);
        ical4jNno = new Recur<>(ourNno.toString());
        zones = ZoneId.getAvailableZoneIds().stream().filter(z -> z.startsWith("America/")).sorted().limit(50)
                .map(ZoneId::of).toList();
    }

    @Benchmark
    public int nightoutWeekly() {
        return nightoutYear(ourWeekly);
    }

    @Benchmark
    public int nightoutMonthly() {
        return nightoutYear(ourMonthly);
    }

    @Benchmark
    public int nightoutNno() {
        int n = 0;
        for (ZoneId zone : zones) {
            // All-day dates are the same in every zone; the zone picks the window's end, as a feed per community would.
            LocalDate end = NNO_START.plusYears(10).atStartOfDay(zone).toLocalDate();
            n += (int) RecurrenceSet.allDay(NNO_START).withRule(ourNno).occurrences(NNO_START, end).count();
        }
        return n;
    }

    @Benchmark
    public int libRecurWeekly() {
        return libRecurYear(dmfsWeekly);
    }

    @Benchmark
    public int libRecurMonthly() {
        return libRecurYear(dmfsMonthly);
    }

    @Benchmark
    public int libRecurNno() {
        int n = 0;
        for (ZoneId zone : zones) {
            LocalDate endDate = NNO_START.plusYears(10).atStartOfDay(zone).toLocalDate();
            DateTime end = new DateTime(endDate.getYear(), endDate.getMonthValue() - 1, endDate.getDayOfMonth());
            RecurrenceRuleIterator it = dmfsNno.iterator(new DateTime(NNO_START.getYear(),
                    NNO_START.getMonthValue() - 1, NNO_START.getDayOfMonth()));
            while (it.hasNext() && it.peekDateTime().before(end)) {
                it.nextDateTime();
                n++;
            }
        }
        return n;
    }

    @Benchmark
    public int ical4jWeekly() {
        return ical4jYear(ical4jWeekly);
    }

    @Benchmark
    public int ical4jMonthly() {
        return ical4jYear(ical4jMonthly);
    }

    @Benchmark
    public int ical4jNno() {
        int n = 0;
        for (ZoneId zone : zones) {
            LocalDate end = NNO_START.plusYears(10).atStartOfDay(zone).toLocalDate();
            n += ical4jNno.getDates(NNO_START, NNO_START, end.minusDays(1)).size();
        }
        return n;
    }

    private static int nightoutYear(RecurrenceRule rule) {
        return (int) RecurrenceSet.timed(START, CHICAGO).withRule(rule)
                .occurrences(START.atZone(CHICAGO), END.atZone(CHICAGO)).count();
    }

    private static int libRecurYear(org.dmfs.rfc5545.recur.RecurrenceRule rule) {
        TimeZone chicago = TimeZone.getTimeZone(CHICAGO);
        DateTime start = new DateTime(chicago, START.getYear(), START.getMonthValue() - 1, START.getDayOfMonth(),
                START.getHour(), START.getMinute(), 0);
        long end = END.atZone(CHICAGO).toInstant().toEpochMilli();
        RecurrenceRuleIterator it = rule.iterator(start);
        int n = 0;
        while (it.hasNext() && it.peekMillis() < end) {
            it.nextDateTime();
            n++;
        }
        return n;
    }

    private static int ical4jYear(Recur<ZonedDateTime> recur) {
        ZonedDateTime start = START.atZone(CHICAGO);
        return recur.getDates(start, start, END.atZone(CHICAGO).minusNanos(1)).size();
    }
}
