package org.nightout.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.CalendarLinks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code nightout links}: prints each event's add-to-calendar links, one JSON object a line
 * ({@code {"id": ..., "google": ..., "outlook": ..., "office365": ..., "yahoo": ...}}), in the public profile. It reads
 * what {@code convert} reads, as a stream, with the same warnings and exit status; a series gives a line for each of
 * its first {@code --occurrences} occurrences (10 unless told), from its first event's day: a series may never end,
 * and links are for dates people pick.
 */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"Prints each event's add-to-calendar links (Google, outlook.com, Microsoft 365, Yahoo) as one"
                + " JSON object a line, in the public profile.", "Reads an iCalendar file or the library's JSON, as"
                        + " convert does; warnings go to standard error, one a line."})
final class Links implements Callable<Integer> {
    /** How many occurrences of a series get links unless told otherwise. */
    static final int DEFAULT_OCCURRENCES = 10;
    /** The most occurrences of a series that {@code --occurrences} may ask for. */
    static final int MAX_OCCURRENCES = 1_000;

    @Option(names = "--strict", description = "Fail (exit 1) at the first warning.")
    boolean strict;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "" + CalendarLinks.DEFAULT_MAX_LENGTH,
            description = "The longest link, at least 500 characters (default: ${DEFAULT-VALUE}); a longer one has its"
                    + " description, then location, then title cut, marked with an ellipsis.")
    int maxLength;

    @Option(names = "--occurrences", paramLabel = "N", defaultValue = "" + DEFAULT_OCCURRENCES,
            description = "A series gives a line for each of its first N occurrences, from its first event's day, from"
                    + " 1 to " + MAX_OCCURRENCES + " (default: ${DEFAULT-VALUE}).")
    int occurrences;

    @CommandLine.Parameters(paramLabel = "FILE", defaultValue = "-",
            description = "The input; - or nothing for standard input.")
    String file;

    @CommandLine.Mixin
    ReadIdentity identity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CalendarLinks links;
        try {
            links = CalendarLinks.create().withMaxLength(maxLength);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--max-length': " + e.getMessage());
        }
        if (occurrences < 1 || occurrences > MAX_OCCURRENCES) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--occurrences': "
                    + occurrences + " is not from 1 to " + MAX_OCCURRENCES);
        }
        PrintWriter out = spec.commandLine().getOut();
        // Made here, not when the class loads: picocli makes every subcommand's object whichever one runs, and
        // setting up Jackson costs each other command about 70 ms of its start.
        JsonMapper json = JsonMapper.builder().build();
        Conversion.stream(Conversion.Source.open(file, System.in), identity.reader(strict), strict,
                spec.commandLine().getErr(), true, new Conversion.Sink() {
                    @Override
                    public void event(Event event) {
                        print(json, out, links, event);
                    }

                    @Override
                    public void series(EventSeries series) {
                        // Lazy: only the occurrences printed are made, however long the series runs.
                        series.occurrences(series.first().time().startDate(), DateWindow.END).limit(occurrences)
                                .forEach(e -> print(json, out, links, e));
                    }
                });
        out.flush();
        return 0;
    }

    private static void print(JsonMapper json, PrintWriter out, CalendarLinks links, Event e) {
        ObjectNode line = json.createObjectNode()
                .put("id", e.id())
                .put("google", links.google(e).toString())
                .put("outlook", links.outlook(e).toString())
                .put("office365", links.office365(e).toString())
                .put("yahoo", links.yahoo(e).toString());
        out.println(json.writeValueAsString(line));
    }
}
