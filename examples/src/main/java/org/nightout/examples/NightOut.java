package org.nightout.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarWriter;
import org.nightout.json.JsonLdWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code nightout} command.
 *
 * <pre>
 * java -jar nightout.jar feed                  # the sample feed on standard output
 * java -jar nightout.jar feed --out nno.ics    # ... or in a file
 * java -jar nightout.jar serve --port 8080     # feeds and a web page at http://127.0.0.1:8080/
 * </pre>
 */
@Command(name = "nightout", mixinStandardHelpOptions = true, version = "nightout 0.1",
        description = "Publishes National Night Out events.",
        subcommands = {NightOut.Feed.class, NightOut.Convert.class, NightOut.Validate.class, NightOut.Serve.class})
public final class NightOut implements Callable<Integer> {

    /** Writes the sample feed; its publisher is the ORGANIZER where a sample event names no host. */
    static final ICalendarWriter SAMPLE_WRITER = sampleWriter().build();

    /**
     * Writes the sample feed with RFC 9073 components. The iCalendar module knows nothing of JSON: the application
     * hands it the JSON-LD writer as a function, as here.
     */
    static final ICalendarWriter EVENT_PUBLISHING_WRITER = sampleWriter()
            .eventPublishingComponents(true)
            .structuredData(JsonLdWriter.create()::write)
            .build();

    /** Writes the feed of events read from a file given to {@code serve --data} or {@code convert}. */
    static final ICalendarWriter DATA_WRITER = ICalendarWriter.builder()
            .publisher("nightout feed server", URI.create("https://example.org/nightout"))
            .name("National Night Out")
            .refreshInterval(Duration.ofHours(12))
            .uidDomain("example.org")
            .build();

    private static ICalendarWriter.Builder sampleWriter() {
        return ICalendarWriter.builder()
                .publisher("nightout sample data", URI.create("https://example.org/nightout-sample"))
                .name("National Night Out (sample)")
                .description("National Night Out events described by local news reports")
                .refreshInterval(Duration.ofHours(12))
                .uidDomain("example.org");
    }

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
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
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

        @Option(names = "--event-publishing", description = {"Add the RFC 9073 components: PARTICIPANT, VLOCATION"
                + " and each event's schema.org JSON-LD as STRUCTURED-DATA.", "libical 3.0, calcurse 4.7 and"
                        + " ruby-icalendar 2.8 reject them; most calendar apps want the feed without."})
        boolean eventPublishing;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ICalendarWriter writer = eventPublishing ? EVENT_PUBLISHING_WRITER : SAMPLE_WRITER;
            if (out == null) {
                OutputStream stdout = System.out;
                writer.write(SampleEvents.all(), stdout);
                stdout.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(out)) {
                    writer.write(SampleEvents.all(), file);
                }
                spec.commandLine().getErr().println("wrote " + SampleEvents.all().size() + " events to " + out);
            }
            return 0;
        }
    }

    /** {@code nightout convert}: reads an .ics file or the library's JSON and writes another format. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = {"Reads an iCalendar file or the library's JSON (told apart by content) and writes another"
                    + " format to standard output.", "Warnings go to standard error, one a line."})
    static final class Convert implements Callable<Integer> {
        /** The formats convert writes. */
        enum Target { ics, json, jsonld }

        @Option(names = "--to", paramLabel = "FORMAT",
                description = "ics, json or jsonld (schema.org); default: json for iCalendar input, ics for JSON.")
        Target to;

        @Option(names = "--strict", description = "Fail (exit 1) at the first warning.")
        boolean strict;

        @CommandLine.Parameters(paramLabel = "FILE", defaultValue = "-",
                description = "The input; - or nothing for standard input.")
        String file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Conversion.Input input = Conversion.read(file, strict, System.in, spec.commandLine().getErr());
            Target target = to != null ? to : input.format() == Conversion.Format.ICS ? Target.json : Target.ics;
            List<Event> events = Conversion.flatten(input);
            PrintWriter out = spec.commandLine().getOut();
            switch (target) {
                case ics -> {
                    if (input.format() == Conversion.Format.ICS) {
                        DATA_WRITER.write(input.events(), input.series(), out);
                    } else {
                        DATA_WRITER.write(events, out);
                    }
                }
                case json -> {
                    out.write(EventData.toJson(events));
                    out.println();
                }
                case jsonld -> out.println(JsonLdWriter.create().withIndentation(true).write(events));
            }
            out.flush();
            return 0;
        }
    }

    /** {@code nightout validate}: reads a file and reports every warning. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Reads an iCalendar file or the library's JSON and prints every warning.")
    static final class Validate implements Callable<Integer> {
        @Option(names = "--strict", description = "Fail (exit 1) at the first warning.")
        boolean strict;

        @CommandLine.Parameters(paramLabel = "FILE", description = "The file to check; - for standard input.")
        String file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Conversion.Input input = Conversion.read(file, strict, System.in, spec.commandLine().getErr());
            spec.commandLine().getOut().println(file + ": " + input.events().size() + " events, "
                    + input.series().size() + " yearly series, " + input.warnings() + " warnings");
            return 0;
        }
    }

    /** {@code nightout serve}: serves the events as feeds and a web page until stopped. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Serves the events as iCalendar and JSON feeds and a web page, until stopped (Ctrl+C).",
                "Routes: / (web page), /feed.ics, /feed.json; filters ?state=WI, ?community=NAME, ?agency=NAME,"
                        + " ?year=2022."})
    static final class Serve implements Callable<Integer> {
        @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
                description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
                description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
        String bind;

        @Option(names = "--data", paramLabel = "FILE",
                description = "Serve the events of FILE, a JSON array of events in the library's format "
                        + "(as /feed.json serves it), instead of the bundled sample.")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (port < 0 || port > 65535) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--port': " + port + " is not a port number from 0 to 65535");
            }
            List<Event> events = data == null ? SampleEvents.all() : EventData.read(data);
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(bind), port);
            FeedServer server;
            try {
                server = FeedServer.start(address, events, data == null ? SAMPLE_WRITER : DATA_WRITER);
            } catch (BindException e) {
                throw new IOException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Serving " + events.size() + " events at " + server.uri());
            out.println("  subscribe: " + server.uri().resolve("/feed.ics"));
            out.println("  JSON:      " + server.uri().resolve("/feed.json"));
            out.println("Press Ctrl+C to stop.");
            out.flush();
            Thread stop = new Thread(server::close, "nightout-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                server.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is exiting and the hook is already closing the server.
                }
            }
            return 0;
        }
    }
}
