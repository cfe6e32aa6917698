package org.nightout.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.nightout.ical.ICalendarWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code nightout} command.
 *
 * <pre>
 * java -jar nightout.jar feed                  # the sample feed on standard output
 * java -jar nightout.jar feed --out nno.ics    # ... or in a file
 * </pre>
 */
@Command(name = "nightout", mixinStandardHelpOptions = true, version = "nightout 0.1",
        description = "Publishes National Night Out events.",
        subcommands = {NightOut.Feed.class})
public final class NightOut implements Callable<Integer> {

    /** The feed publisher named as ORGANIZER where a sample event names no host. */
    static final ICalendarWriter SAMPLE_WRITER = ICalendarWriter.builder()
            .publisher("nightout sample data", URI.create("https://example.org/nightout-sample"))
            .name("National Night Out (sample)")
            .description("National Night Out events described by local news reports")
            .refreshInterval(Duration.ofHours(12))
            .uidDomain("example.org")
            .build();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    NightOut() {
    }

    /**
     * Runs the command and exits with its status: 0 on success, 1 on failure, 2 for a usage error.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new NightOut());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** {@code nightout feed}: writes the bundled sample events as an iCalendar feed. */
    @Command(name = "feed", mixinStandardHelpOptions = true,
            description = "Writes the sample National Night Out events as an iCalendar feed.")
    static final class Feed implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (out == null) {
                OutputStream stdout = System.out;
                SAMPLE_WRITER.write(SampleEvents.all(), stdout);
                stdout.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(out)) {
                    SAMPLE_WRITER.write(SampleEvents.all(), file);
                }
                spec.commandLine().getErr().println("wrote " + SampleEvents.all().size() + " events to " + out);
            }
            return 0;
        }
    }
}
