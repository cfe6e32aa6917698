package org.nightout.examples;

import java.time.LocalDate;
import java.util.Optional;
import org.nightout.ical.ICalendarWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --from} and {@code --before} options of {@code feed} and {@code convert}: the past and future horizon
 * of an iCalendar feed, handed to {@link ICalendarWriter.Builder#window(LocalDate, LocalDate)}. A single event is
 * kept when one of its days lies in the window (so one that began before {@code --from} and lasts into it stays), a
 * series is kept whole when one of its occurrences does, and everything else is left out.
 *
 * <p>The end is exclusive, as {@code occurrences --to} is ({@link DateWindow}); it is spelled {@code --before}
 * because {@code convert --to} already names the output format. Either option may be given alone.
 */
final class Horizon {
    @Option(names = "--from", paramLabel = "DATE", converter = DateWindow.Converter.class,
            description = "Leave out events that ended before this day, such as 2025-07-01 (in each event's own zone).")
    LocalDate from;

    @Option(names = "--before", paramLabel = "DATE", converter = DateWindow.Converter.class,
            description = "Leave out events that start on or after this day; a series is kept whole when one"
                    + " occurrence falls between --from and --before.")
    LocalDate before;

    /**
     * Returns the window the options give.
     *
     * @param spec the command, for a usage error
     * @return the window, or empty when neither option is given
     * @throws CommandLine.ParameterException if {@code --before} is not after {@code --from}
     */
    Optional<DateWindow> window(CommandLine.Model.CommandSpec spec) {
        if (from == null && before == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DateWindow(from != null ? from : DateWindow.FIRST_DAY,
                    before != null ? before : DateWindow.END));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--before': "
                    + e.getMessage());
        }
    }

    /**
     * Sets the window on a writer, if the options give one.
     *
     * @param spec the command, for a usage error
     * @param writer the writer's builder
     * @return the builder
     */
    ICalendarWriter.Builder applyTo(CommandLine.Model.CommandSpec spec, ICalendarWriter.Builder writer) {
        window(spec).ifPresent(w -> writer.window(w.from(), w.last()));
        return writer;
    }
}
