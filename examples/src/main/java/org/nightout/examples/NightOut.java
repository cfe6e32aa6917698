package org.nightout.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.Profile;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.nightout.ical.WriteResult;
import org.nightout.json.JsonFeed;
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
 * java -jar nightout.jar links events.ics      # each event's add-to-calendar links, one JSON object a line
 * java -jar nightout.jar lint nno.ics          # why a feed will fail in Google, Outlook or Apple, before publishing
 * java -jar nightout.jar import sheet.csv      # a sign-up sheet's events as a feed, each bad row named
 * </pre>
 */
@Command(name = "nightout", mixinStandardHelpOptions = true, versionProvider = NightOut.Version.class,
        description = "Publishes National Night Out events.")
public final class NightOut implements Callable<Integer> {

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(NightOut.Feed.class, NightOut.Convert.class,
            NightOut.Validate.class, NightOut.Serve.class, Links.class, Occurrences.class, Lint.class, Import.class);

    /** The writer of every command with the default options: the one default publisher, name and UID domain. */
    static final ICalendarWriter DEFAULT_WRITER = new FeedIdentity().writer().build();

    /** Prints the version of the jar, as Maven filtered it into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = NightOut.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("the jar lacks org/nightout/examples/version.properties");
                }
                p.load(in);
            }
            return new String[] {"nightout " + p.getProperty("version")};
        }
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
        System.exit(run(args, new StandardOutput(System.out),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /**
     * Standard output as {@link #main} makes it: characters through the PrintWriter picocli prints to, and the bytes
     * beneath it for the writers that encode UTF-8 themselves (convert --to ics and --to json), which then need no
     * second encoding.
     */
    static final class StandardOutput extends PrintWriter {
        final OutputStream bytes;

        StandardOutput(OutputStream bytes) {
            super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
            this.bytes = bytes;
        }
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new NightOut());
        // picocli makes each subcommand's model by reflection, and that of every one it is given, whichever runs:
        // a command line that names one gets that one alone. Any other (help, a misspelled name) gets them all.
        String named = args.length > 0 ? args[0] : "";
        boolean one = SUBCOMMANDS.stream().anyMatch(c -> c.getAnnotation(Command.class).name().equals(named));
        for (Class<?> c : SUBCOMMANDS) {
            if (!one || c.getAnnotation(Command.class).name().equals(named)) {
                cli.addSubcommand(c);
            }
        }
        cli.addSubcommand(CommandLine.HelpCommand.class);   // nightout help [COMMAND], as well as --help
        cli.setCaseInsensitiveEnumValuesAllowed(true);   // --profile public as well as PUBLIC
        cli.registerConverter(ZoneId.class, NightOut::zone);
        cli.setParameterExceptionHandler(NightOut::usageError);
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

    /**
     * Tells a command line that cannot be parsed in the reader's style: one line that names what is wrong, and a
     * pointer to the command's help, rather than the whole help after it. Exit status 2.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = e.getMessage();
        if (cmd.getParent() == null && e instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            String commands = String.join(", ", SUBCOMMANDS.stream()
                    .map(c -> c.getAnnotation(Command.class).name()).toList()) + " and help";
            message = "'" + u.getUnmatched().get(0) + "' is no command; " + (u.getSuggestions().isEmpty()
                    ? "the commands are " + commands
                    : "did you mean " + u.getSuggestions().get(0) + "? The commands are " + commands);
        }
        cmd.getErr().println("error: " + message);
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Reads a {@code --zone}, naming what it wants where java.time knows no such zone. */
    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException("'" + name + "' is no time zone java.time knows; give an"
                    + " IANA name such as America/Chicago, or UTC");
        }
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

        @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "PUBLIC",
                description = {"public (the default): what subscribers use, no house number of a private residence,"
                        + " no phone or e-mail of a person, no X-NIGHTOUT-* fields.", "full: everything, losslessly."})
        Profile profile;

        @CommandLine.Mixin
        FeedIdentity identity;

        @CommandLine.Mixin
        Horizon horizon;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ICalendarWriter.Builder builder = horizon.applyTo(spec, identity.writer().profile(profile));
            if (eventPublishing) {
                // The iCalendar module knows nothing of JSON: the application hands it the JSON-LD writer.
                builder.eventPublishingComponents(true)
                        .structuredData(JsonLdWriter.create().withProfile(profile)::write);
            }
            ICalendarWriter writer = builder.build();
            if (out == null) {
                OutputStream stdout = System.out;
                writer.write(SampleEvents.all(), stdout);
                stdout.flush();
            } else {
                WriteResult written;
                try (OutputStream file = openForWriting(out)) {
                    written = writer.write(SampleEvents.all(), file);
                }
                spec.commandLine().getErr().println("wrote " + written.events() + " events to " + out
                        + (written.outsideWindow() > 0 ? "; " + written.outsideWindow() + " outside --from/--before"
                                : ""));
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

        @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "PUBLIC",
                description = {"public (the default, safe to publish): what subscribers use, no house number of a"
                        + " private residence, no phone or e-mail of a person, no X-NIGHTOUT-* fields; or full, for"
                        + " lossless conversions between systems that trust each other. Applies to every format."})
        Profile profile;

        @Option(names = "--occurrences", paramLabel = "N", defaultValue = "" + JsonLdWriter.DEFAULT_OCCURRENCE_LIMIT,
                description = "jsonld only: each series is written as its first N occurrences, from its first"
                        + " event's day, each an Event (default: ${DEFAULT-VALUE}; at most "
                        + JsonLdWriter.MAX_OCCURRENCE_LIMIT + "). ics and json keep a series whole.")
        int occurrences;

        @CommandLine.Parameters(paramLabel = "FILE", defaultValue = "-",
                description = "The input; - or nothing for standard input.")
        String file;

        @CommandLine.Mixin
        FeedIdentity identity;

        @CommandLine.Mixin
        Horizon horizon;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Conversion.Source source = Conversion.Source.open(file, System.in);
            ICalendarReader reader = identity.reader(strict);
            PrintWriter err = spec.commandLine().getErr();
            ICalendarWriter writer = horizon.applyTo(spec, identity.writer().profile(profile)).build();
            Target target = to != null ? to : source.format() == Conversion.Format.ICS ? Target.json : Target.ics;
            if (target != Target.ics && horizon.window(spec).isPresent()) {
                // The window is the iCalendar writer's; the JSON writers have none, and a copy of its rule here
                // would drift from it.
                throw new CommandLine.ParameterException(spec.commandLine(), "--from and --before apply to --to ics"
                        + " only: the JSON and JSON-LD writers have no window; use nightout occurrences to list"
                        + " what falls in one");
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (target) {
                case ics -> {
                    // Read once: the writer spools the VEVENTs to a temporary file while it learns the zones whose
                    // VTIMEZONEs precede them, which costs far less than reading and checking the input twice.
                    Path spool = Path.of(System.getProperty("java.io.tmpdir"));
                    try (Conversion.Replay events = new Conversion.Replay(source, reader, strict, err)) {
                        if (out instanceof StandardOutput stdout) {
                            out.flush();
                            writer.writeSpooled(events, events.series(), stdout.bytes, spool);
                        } else {
                            writer.writeSpooled(events, events.series(), out, spool);
                        }
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                }
                case json -> {
                    Conversion.streamBeside(source, reader, strict, err, () -> {
                        // Jackson's UTF-8 generator writes the bytes itself, where a Writer's output is encoded again.
                        JsonFeed.FeedWriter json;
                        if (out instanceof StandardOutput stdout) {
                            out.flush();
                            json = EventData.writer(stdout.bytes, profile);
                        } else {
                            json = EventData.writer(out, profile);
                        }
                        return new Conversion.ClosingSink() {
                            @Override
                            public void name(String name) {
                                NightOut.name(json, name, err);
                            }

                            @Override
                            public void event(Event event) {
                                json.write(event);
                            }

                            @Override
                            public void series(EventSeries series) {
                                json.write(series);
                            }

                            @Override
                            public void close() {
                                json.close();
                            }
                        };
                    });
                    out.println();
                }
                case jsonld -> {
                    JsonLdWriter jsonLd;
                    try {
                        jsonLd = JsonLdWriter.create().withIndentation(true).withProfile(profile)
                                .withOccurrenceLimit(occurrences);
                    } catch (IllegalArgumentException e) {
                        throw new CommandLine.ParameterException(spec.commandLine(),
                                "Invalid value for option '--occurrences': " + e.getMessage());
                    }
                    // One @graph, written as the events and series come; not closed where the input fails.
                    JsonLdWriter.GraphWriter graph = jsonLd.graphWriter(out);
                    Conversion.stream(source, reader, strict, err, true, new Conversion.Sink() {
                        @Override
                        public void event(Event event) throws IOException {
                            placeless(event, source, err);
                            graph.write(event);
                        }

                        @Override
                        public void series(EventSeries series) throws IOException {
                            placeless(series.first(), source, err);
                            graph.write(series, series.first().time().startDate());
                        }
                    });
                    graph.close();
                    out.println();
                }
            }
            out.flush();
            return 0;
        }
    }

    /** Says that an event's JSON-LD has no location, which Google requires, as nothing says where it is. */
    private static void placeless(Event event, Conversion.Source source, PrintWriter err) {
        if (event.venue().isEmpty() && event.community().isEmpty()) {
            err.println("warning: " + source.name() + ": the event \"" + event.id() + "\" names no place, so its"
                    + " JSON-LD has no location, which Google requires");
        }
    }

    /**
     * Names a JSON feed after its input's calendar; a name the JSON format cannot hold (one with control characters)
     * is left out, with a warning.
     */
    private static void name(JsonFeed.FeedWriter json, String name, PrintWriter err) {
        try {
            json.name(name);
        } catch (org.nightout.core.ValidationException e) {
            err.println("warning: the calendar's name is left out of the JSON: " + e.getMessage());
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

        @CommandLine.Mixin
        ReadIdentity identity;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            long[] counts = new long[2];
            int warnings = Conversion.stream(Conversion.Source.open(file, System.in), identity.reader(strict), strict,
                    spec.commandLine().getErr(), true, new Conversion.Sink() {
                        @Override
                        public void event(Event event) {
                            counts[0]++;
                        }

                        @Override
                        public void series(EventSeries series) {
                            counts[1]++;
                        }
                    });
            spec.commandLine().getOut().println(file + ": " + counts[0] + " events, " + counts[1] + " series, "
                    + warnings + " warnings");
            if (counts[0] + counts[1] == 0 && warnings > 0) {
                // Every event there was is skipped: a file that gives nothing is no pass.
                spec.commandLine().getErr().println("error: " + file + ": no event could be read");
                return 1;
            }
            return 0;
        }
    }

    /** {@code nightout serve}: serves the events as feeds and a web page until stopped. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Serves the events as iCalendar and JSON feeds and a web page, until stopped (Ctrl+C).",
                "Routes: / (web page), /feed.ics, /feed.json; filters ?state=WI, ?community=NAME, ?agency=NAME,"
                        + " ?year=2022, and a window of days ?from=2025-08-01&to=2025-09-01 (to excluded)."})
    static final class Serve implements Callable<Integer> {
        @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
                description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
                description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
        String bind;

        @Option(names = "--data", paramLabel = "FILE",
                description = "Serve the events and series of FILE instead of the bundled sample: an iCalendar file or"
                        + " the library's JSON (a feed document, as /feed.json serves it, or an array of events),"
                        + " told apart by content as convert does.")
        String data;

        @Option(names = "--strict", description = "Fail (exit 1) at the first warning in FILE.")
        boolean strict;

        @Option(names = "--window-before", paramLabel = "PERIOD",
                description = "Serve a request that gives no ?from= or ?to= the days from PERIOD before today (an"
                        + " ISO-8601 period such as P1M), today read at each request, so the window moves with the"
                        + " days.")
        java.time.Period windowBefore;

        @Option(names = "--window-after", paramLabel = "PERIOD",
                description = "Serve a request that gives no ?from= or ?to= the days up to PERIOD after today, such"
                        + " as P18M.")
        java.time.Period windowAfter;

        @CommandLine.Mixin
        FeedIdentity identity;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (windowBefore != null && windowBefore.isNegative() || windowAfter != null && windowAfter.isNegative()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--window-before and --window-after"
                        + " must not be negative: got " + windowBefore + " and " + windowAfter);
            }
            if (port < 0 || port > 65535) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--port': " + port + " is not a port number from 0 to 65535");
            }
            Conversion.Loaded loaded = data == null ? new Conversion.Loaded(SampleEvents.all(), List.of())
                    : Conversion.load(Conversion.Source.open(data, System.in), identity.reader(strict), strict,
                            spec.commandLine().getErr());
            List<Event> events = loaded.events();
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(bind), port);
            FeedServer server;
            try {
                server = FeedServer.start(address, events, loaded.series(), identity.writer().build(),
                        java.time.Clock.systemDefaultZone(), identity.calendarName, windowBefore, windowAfter);
            } catch (BindException e) {
                throw new IOException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Serving " + events.size() + " events" + (loaded.series().isEmpty() ? ""
                    : " and " + loaded.series().size() + " series") + " at " + server.uri());
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

    /** Opens a file for writing, saying why where that fails. */
    static OutputStream openForWriting(Path file) throws IOException {
        try {
            return Files.newOutputStream(file);
        } catch (NoSuchFileException e) {
            Path dir = file.toAbsolutePath().getParent();
            throw new IOException("cannot write " + file + ": the directory " + dir + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + file + ": permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + file + ": " + (e.getReason() != null ? e.getReason()
                    : e.getClass().getSimpleName()), e);
        }
    }
}
