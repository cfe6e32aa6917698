package org.nightout.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.nightout.ical.FeedLinter;
import org.nightout.ical.FeedResponse;
import org.nightout.ical.LintFinding;
import org.nightout.ical.LintRule;
import org.nightout.ical.LintTarget;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code nightout lint [--target google,outlook,apple,all] [--format text|json] [--headers FILE] [--url URL] FILE|-}:
 * tells why a feed will fail in Google Calendar, Outlook or Apple Calendar, before it is published. Prints each finding
 * with its physical line, severity, rule, the apps it concerns, the reason and the fix; as text, or as JSON Lines (one
 * object a finding, {@code line} null for the whole file). Exits 1 when a finding is an error, 0 otherwise, 2 for a
 * usage error, which is told in one line with a pointer to {@code --help}.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks an iCalendar feed against what Google Calendar, Outlook and Apple Calendar do with it,"
                + " before it is published: each finding with its line, severity, rule, the apps it concerns, why"
                + " and how to fix it.",
            "Exit status: 1 when a finding is an error (an app drops, rejects or misplaces data), 0 otherwise, 2 for"
                + " a usage error."})
final class Lint implements Callable<Integer> {
    @Option(names = "--target", paramLabel = "APPS", defaultValue = "all",
            description = "The apps to check for, comma-separated: google, outlook, apple or all (default:"
                    + " ${DEFAULT-VALUE}). Rules of the RFC that concern no app in particular are always checked.")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default) or json: JSON Lines, one object a finding, with severity, line (null"
                    + " for the whole file), rule, property, apps, message, reference and fix.")
    String format;

    @Option(names = "--headers", paramLabel = "FILE",
            description = "The HTTP response headers the feed is served with, as curl -D FILE writes them: checks"
                    + " the status, Content-Type, charset, Content-Encoding, ETag and Last-Modified.")
    Path headers;

    @Option(names = "--url", paramLabel = "URL",
            description = "The URL subscribers give their app: checks https and its length.")
    String url;

    @CommandLine.Parameters(paramLabel = "FILE", description = "The feed; - for standard input.")
    String file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        FeedLinter linter = FeedLinter.create().withTargets(targets());
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw usage("Invalid value for option '--format': \"" + format + "\" is not text or json");
        };
        FeedResponse response = response();
        List<LintFinding> findings;
        try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
            findings = linter.lint(in, response);
        } catch (NoSuchFileException e) {
            throw usage("Invalid value for parameter 'FILE': " + file + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, findings);
        } else {
            printText(out, findings, linter.targets());
        }
        out.flush();
        return FeedLinter.hasErrors(findings) ? 1 : 0;
    }

    private Set<LintTarget> targets() {
        try {
            return LintTarget.parse(target);
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '--target': " + e.getMessage());
        }
    }

    private FeedResponse response() throws IOException {
        FeedResponse response = FeedResponse.unknown();
        if (headers != null) {
            try {
                response = FeedResponse.parse(Files.readString(headers, StandardCharsets.ISO_8859_1));
            } catch (NoSuchFileException e) {
                throw usage("Invalid value for option '--headers': " + headers + ": no such file");
            } catch (IllegalArgumentException e) {
                throw usage("Invalid value for option '--headers': " + e.getMessage());
            }
        }
        if (url != null) {
            try {
                response = response.withUrl(new URI(url));
            } catch (java.net.URISyntaxException e) {
                throw usage("Invalid value for option '--url': " + e.getMessage());
            }
        }
        return response;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Prints each finding, the reason and fix after the first of its rule, then a count. */
    private void printText(PrintWriter out, List<LintFinding> findings, Set<LintTarget> targets) {
        Set<LintRule> explained = EnumSet.noneOf(LintRule.class);
        int[] counts = new int[LintRule.Severity.values().length];
        for (LintFinding f : findings) {
            counts[f.severity().ordinal()]++;
            out.println(file + ":" + (f.line().isPresent() ? f.line().getAsInt() + ":" : "") + " "
                    + f.severity().id() + ": " + f.rule().id() + ": " + f.property().map(p -> p + ": ").orElse("")
                    + f.message() + " [" + apps(f.targets()) + "]");
            if (explained.add(f.rule())) {
                out.println("    why: " + f.rule().reference());
                out.println("    fix: " + f.rule().fix());
            }
        }
        String apps = apps(targets);
        out.println(findings.isEmpty() ? file + ": no problems for " + apps : file + ": "
                + counts[0] + " errors, " + counts[1] + " warnings, " + counts[2] + " info for " + apps);
    }

    private static String apps(Set<LintTarget> apps) {
        return apps.isEmpty() ? "any strict parser" : String.join(", ", apps.stream().map(LintTarget::id).toList());
    }

    private void printJson(PrintWriter out, List<LintFinding> findings) {
        // Made here, not when the class loads: picocli makes every subcommand's object whichever one runs.
        JsonMapper mapper = JsonMapper.builder().build();
        for (LintFinding f : findings) {
            ObjectNode o = mapper.createObjectNode();
            o.put("file", file);
            if (f.line().isPresent()) {
                o.put("line", f.line().getAsInt());
            } else {
                o.putNull("line");
            }
            o.put("severity", f.severity().id());
            o.put("rule", f.rule().id());
            if (f.property().isPresent()) {
                o.put("property", f.property().get());
            } else {
                o.putNull("property");
            }
            ArrayNode apps = o.putArray("apps");
            f.targets().forEach(t -> apps.add(t.id()));
            o.put("message", f.message());
            o.put("reference", f.rule().reference());
            o.put("fix", f.rule().fix());
            out.println(mapper.writeValueAsString(o));
        }
    }
}
