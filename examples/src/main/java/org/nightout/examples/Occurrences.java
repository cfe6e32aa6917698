package org.nightout.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nightout occurrences --from DATE --to DATE [FILE|-]}: prints every occurrence that starts in a window, one a
 * line, as {@code START<tab>UID<tab>SUMMARY}.
 *
 * <p>START is ISO 8601 with seconds: with the offset the event's own zone has at that instant for a timed occurrence
 * ({@code 2025-08-05T18:00:00-05:00}), {@code Z} for a UTC one, no offset for a floating one
 * ({@code 2025-03-09T02:30:00}), a plain date for an all-day one ({@code 2025-08-05}). UID is what
 * {@code convert --to ics} writes for the event. Titles and UIDs are single lines without control characters (the
 * model checks them), so a line never breaks and never holds a stray tab.
 *
 * <p>Lines are sorted by the instant of START, then by UID (then SUMMARY): an all-day occurrence sorts as midnight UTC
 * of its date, and a floating one as if its wall-clock time were UTC, so the order does not depend on the machine's
 * zone.
 *
 * <p>Single events stream through, and only those in the window are kept (by id, a later version replacing the
 * earlier); series arrive at the end of an iCalendar document (in a JSON feed, where they stand), and each is
 * expanded over the window only. What is
 * held is therefore the window's occurrences, which are sorted at the end: at most {@value #MAX_OCCURRENCES}, past
 * which the command fails and asks for a narrower window rather than exhaust memory.
 */
@Command(name = "occurrences", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints every occurrence that starts in a window of days, one a line: START, UID and SUMMARY,"
                + " separated by tabs, sorted by START's instant, then UID.",
            "Reads an iCalendar file or the library's JSON (told apart by content, as convert does). Cancelled"
                + " occurrences are left out. Warnings go to standard error, one a line."})
final class Occurrences implements Callable<Integer> {
    /** The most occurrences the command holds for sorting. */
    static final int MAX_OCCURRENCES = 1_000_000;

    /**
     * The zone this command has the reader put floating times in, where neither {@code --zone} nor the calendar's
     * X-WR-TIMEZONE names one: a fixed offset of one second that no calendar names, so that a time in it is known to
     * have been floating and is printed without an offset. Being fixed, it has no gap and no repeated hour: a
     * floating series is expanded in plain wall-clock time, as RFC 5545 says.
     */
    static final ZoneId FLOATING = ZoneOffset.ofTotalSeconds(1);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder().append(LOCAL)
            .appendOffset("+HH:MM:ss", "+00:00").toFormatter();

    @Option(names = "--from", required = true, paramLabel = "DATE", converter = DateWindow.Converter.class,
            description = "The first day of the window, such as 2025-08-01, in each event's own zone.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", converter = DateWindow.Converter.class,
            description = "The day after the window: occurrences that start before this day.")
    LocalDate to;

    @Option(names = "--strict", description = "Fail (exit 1) at the first warning.")
    boolean strict;

    @CommandLine.Parameters(paramLabel = "FILE", defaultValue = "-",
            description = "The input; - or nothing for standard input.")
    String file;

    @CommandLine.Mixin
    ReadIdentity identity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One line of output, with what it sorts by. */
    record Line(Instant sortsAt, String start, String uid, String summary) {
        static final Comparator<Line> ORDER = Comparator.comparing(Line::sortsAt).thenComparing(Line::uid)
                .thenComparing(Line::summary);

        @Override
        public String toString() {
            return start + "\t" + uid + "\t" + summary;
        }
    }

    @Override
    public Integer call() throws IOException {
        DateWindow window;
        try {
            window = new DateWindow(from, to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--to': "
                    + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Line> singles = new HashMap<>();
        List<Line> fromSeries = new ArrayList<>();
        Conversion.stream(Conversion.Source.open(file, System.in), identity.reader(strict, FLOATING), strict, err,
                true, new Conversion.Sink() {
                    @Override
                    public void event(Event event) throws IOException {
                        // A later version of an event has the same id and takes the earlier one's place, in the
                        // window or out of it.
                        singles.remove(event.id());
                        if (!event.status().isCancelled() && window.contains(event.time().startDate())) {
                            singles.put(event.id(), line(event));
                            checkSize(singles.size() + fromSeries.size());
                        }
                    }

                    @Override
                    public void series(EventSeries series) throws IOException {
                        try (Stream<Event> occurrences = series.occurrences(window.from(), window.to())) {
                            for (Event o : (Iterable<Event>) occurrences::iterator) {
                                if (!o.status().isCancelled()) {
                                    fromSeries.add(line(o));
                                    checkSize(singles.size() + fromSeries.size());
                                }
                            }
                        }
                    }
                });
        List<Line> lines = new ArrayList<>(singles.size() + fromSeries.size());
        lines.addAll(singles.values());
        lines.addAll(fromSeries);
        lines.sort(Line.ORDER);
        PrintWriter out = spec.commandLine().getOut();
        for (Line l : lines) {
            // '\n' on every platform: the output is data for other programs.
            out.print(l + "\n");
        }
        out.flush();
        return 0;
    }

    private static void checkSize(int size) throws IOException {
        if (size > MAX_OCCURRENCES) {
            throw new IOException("more than " + MAX_OCCURRENCES + " occurrences start in the window; give a"
                    + " narrower window (--from, --to)");
        }
    }

    private Line line(Event e) {
        return new Line(sortsAt(e.time()), start(e.time()), identity.uid(e), e.title());
    }

    /** Formats the start of an occurrence as the command prints it. */
    static String start(EventTime time) {
        if (time instanceof EventTime.Timed t) {
            ZonedDateTime s = t.start();
            if (s.getZone().equals(FLOATING)) {
                return LOCAL.format(s);
            }
            if (s.getZone().normalized().equals(ZoneOffset.UTC)) {
                return LOCAL.format(s.withZoneSameInstant(ZoneOffset.UTC)) + "Z";
            }
            return WITH_OFFSET.format(s);
        }
        return time.startDate().toString();
    }

    /** The instant an occurrence sorts at: its own; midnight UTC for a date; a floating time as if in UTC. */
    static Instant sortsAt(EventTime time) {
        if (time instanceof EventTime.Timed t) {
            return t.start().getZone().equals(FLOATING) ? t.start().toLocalDateTime().toInstant(ZoneOffset.UTC)
                    : t.start().toInstant();
        }
        return time.startDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
