package org.nightout.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.csv.ColumnMap;
import org.nightout.csv.CsvImport;
import org.nightout.csv.CsvParseException;
import org.nightout.csv.CsvReader;
import org.nightout.csv.CsvWriter;
import org.nightout.csv.RowError;
import org.nightout.json.JsonFeed;
import org.nightout.json.JsonLdWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nightout import [--zone ZONE] [--map FILE] [--to ics|json|jsonld|csv] [--profile public|full]
 * [--previous FILE] FILE|-}: reads a sign-up sheet (CSV with a header row) and writes its events as a feed to standard
 * output, and each problem of a row that could not be read to standard error, one a line, as {@code error: row N:
 * column "NAME": value "VALUE": why}. Exits 0 when every row was read, 1 when some were not (the others are still
 * written), 2 for a usage error, which is told in one line with a pointer to {@code --help}.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads a sign-up sheet, the CSV export of a form or spreadsheet with a header row, and writes"
                + " its events as a feed to standard output; each problem of a row that could not be read goes to"
                + " standard error as: error: row N: column \"NAME\": value \"VALUE\": why",
            "Columns are found by name (title, date, start time, end time, time, address, city, state, venue, host,"
                + " contact name, phone, email, activities, notes, status, rain date, id, and their synonyms).",
            "Exit status: 0 when every row was read, 1 when some were not (the others are still written), 2 for a"
                + " usage error."})
final class Import implements Callable<Integer> {
    /** The formats import writes. */
    enum Target { ics, json, jsonld, csv }

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The IANA time zone of the times of rows without a Time Zone column of their own, such"
                    + " as America/Chicago (default: the zone where most people of the row's state live).")
    ZoneId zone;

    @Option(names = "--map", paramLabel = "FILE",
            description = "A column map: one line per column whose name is none of the documented ones,"
                    + " 'Sheet header = column' (a column's name or synonym, or ignore); # starts a comment.")
    Path map;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "ics",
            description = "ics (the default), json (the library's feed document), jsonld (schema.org) or csv (the"
                    + " sheet with the library's own columns).")
    Target to;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "PUBLIC",
            description = {"public (the default, safe to publish): no house number of a private home, no phone or"
                    + " e-mail of a resident, no column that nightout has no field for; or full, for systems that"
                    + " trust each other."})
    Profile profile;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "The full-profile output (ics or json) of the previous import of this sheet: an event"
                    + " whose row is unchanged keeps its SEQUENCE and LAST-MODIFIED, a changed one gets higher ones.")
    String previous;

    @CommandLine.Parameters(paramLabel = "FILE", description = "The sheet; - for standard input.")
    String file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CsvReader.Builder reader = CsvReader.builder().columns(columns());
        if (zone != null) {
            reader.zone(zone);
        }
        if (previous != null) {
            reader.previous(previousEvents(err));
        }
        CsvImport sheet;
        try (InputStream in = open(reader)) {
            sheet = reader.build().read(in);
        } catch (CsvParseException e) {
            err.println("error: " + name() + ": " + e.getMessage());
            return 1;
        }
        for (RowError e : sheet.errors()) {
            err.println("error: " + e.message());
        }
        if (profile == Profile.PUBLIC) {
            for (String kept : sheet.keptColumns()) {
                err.println("warning: column \"" + kept + "\" names no field of nightout: its values are kept only"
                        + " with --profile full");
            }
        }
        write(sheet.events());
        return sheet.complete() ? 0 : 1;
    }

    /**
     * Opens the sheet and gives the reader its last-modified time: the file's, so that the same sheet gives the same
     * feed; for standard input, which has none, the time of the import.
     */
    private InputStream open(CsvReader.Builder reader) throws IOException {
        if (file.equals("-")) {
            reader.lastModified(Instant.now());
            return System.in;
        }
        Path path = Path.of(file);
        try {
            reader.lastModified(Files.getLastModifiedTime(path).toInstant());
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw usage("Invalid value for parameter 'FILE': " + file + ": no such file");
        }
    }

    private String name() {
        return file.equals("-") ? "standard input" : file;
    }

    private ColumnMap columns() throws IOException {
        if (map == null) {
            return ColumnMap.empty();
        }
        try {
            return ColumnMap.parse(Files.readString(map, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw usage("Invalid value for option '--map': " + map + ": no such file");
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '--map': " + map + ": " + e.getMessage());
        }
    }

    private List<Event> previousEvents(PrintWriter err) throws IOException {
        if (!previous.equals("-") && !Files.exists(Path.of(previous))) {
            throw usage("Invalid value for option '--previous': " + previous + ": no such file");
        }
        Conversion.Source source = Conversion.Source.open(previous, System.in);
        return Conversion.load(source, new FeedIdentity().reader(false), false, err).events();
    }

    private void write(List<Event> events) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        switch (to) {
            case ics -> {
                var writer = new FeedIdentity().writer().profile(profile).build();
                if (out instanceof NightOut.StandardOutput stdout) {
                    out.flush();
                    writer.write(events, stdout.bytes);
                    stdout.bytes.flush();
                } else {
                    writer.write(events, out);
                }
            }
            case json -> {
                JsonFeed.FeedWriter json = EventData.writer(out, profile);
                events.forEach(json::write);
                json.close();
                out.println();
            }
            case jsonld -> {
                JsonLdWriter.create().withIndentation(true).withProfile(profile).write(events, out);
                out.println();
            }
            case csv -> CsvWriter.create().withProfile(profile).write(events, out);
        }
        out.flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
