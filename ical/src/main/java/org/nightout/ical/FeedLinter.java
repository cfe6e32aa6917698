package org.nightout.ical;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nightout.ical.internal.lint.Lint;

/**
 * Tells a publisher why a feed will fail in Google Calendar, Outlook or Apple Calendar before subscribers notice:
 * reads an iCalendar document, and where known the HTTP response that serves it, and returns a {@link LintFinding} for
 * each problem, with the physical line where it starts, the {@link LintRule} it breaks and the apps it concerns.
 *
 * <p>Where a validator checks RFC 5545's text, this checks what the apps do with it: a TZID without VTIMEZONE that
 * Outlook reads as floating, a VTIMEZONE of RDATEs that Outlook maps to another zone, a rule Outlook has no pattern
 * for, a floating time Google reads as UTC. Each rule cites its RFC section and the vendor documentation or issue
 * threads where the apps were seen to do it. The document is read with the reader's own line and component parsers,
 * as a stream: memory grows with the largest event, not the feed; a file that is no iCalendar at all is one finding,
 * not an exception.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * List<LintFinding> findings = FeedLinter.create()
 *         .withTargets(LintTarget.parse("google,outlook"))
 *         .lint(Files.newInputStream(Path.of("nno.ics")));
 * findings.forEach(System.out::println);   // line 12: error: tzid-without-vtimezone: DTSTART: ...
 * boolean publishable = !FeedLinter.hasErrors(findings);
 * }</pre>
 */
public final class FeedLinter {
    private static final FeedLinter ALL = new FeedLinter(EnumSet.allOf(LintTarget.class));

    private final Set<LintTarget> targets;

    private FeedLinter(Set<LintTarget> targets) {
        this.targets = Collections.unmodifiableSet(EnumSet.copyOf(targets));
    }

    /**
     * Returns a linter for every app: Google, Outlook and Apple.
     *
     * @return the linter
     */
    public static FeedLinter create() {
        return ALL;
    }

    /**
     * Returns a copy that reports the rules concerning some apps, and the rules that concern no app in particular.
     *
     * @param targets the apps subscribers use, such as {@code LintTarget.parse("google,outlook")}
     * @return the changed copy
     * @throws NullPointerException if {@code targets} is null
     * @throws IllegalArgumentException if {@code targets} is empty
     */
    public FeedLinter withTargets(Set<LintTarget> targets) {
        Objects.requireNonNull(targets, "targets");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Targets must name at least one app");
        }
        return new FeedLinter(targets);
    }

    /**
     * Returns the apps this linter reports for.
     *
     * @return an unmodifiable set, never empty
     */
    public Set<LintTarget> targets() {
        return targets;
    }

    /**
     * Lints a document. The stream is read to its end, or to the reader's limit of 256 MB, and not closed.
     *
     * @param in the document's bytes
     * @return the findings in the order of their lines, those of the whole file first
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if reading the stream fails
     */
    public List<LintFinding> lint(InputStream in) throws IOException {
        return lint(in, FeedResponse.unknown());
    }

    /**
     * Lints a document together with the HTTP response that serves it and the URL subscribers use. A body sent with
     * {@code Content-Encoding: gzip} may be given as sent or decoded.
     *
     * @param in the document's bytes
     * @param response the status, headers and URL; what it leaves empty is not checked
     * @return the findings in the order of their lines, those of the whole file and the response first
     * @throws NullPointerException if an argument is null
     * @throws IOException if reading the stream fails
     */
    public List<LintFinding> lint(InputStream in, FeedResponse response) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(response, "response");
        return Lint.run(in, response, targets);
    }

    /**
     * Lints a document held in memory, such as a feed just written to a byte array.
     *
     * @param document the document's bytes
     * @return the findings in the order of their lines
     * @throws NullPointerException if {@code document} is null
     */
    public List<LintFinding> lint(byte[] document) {
        Objects.requireNonNull(document, "document");
        try {
            return lint(new ByteArrayInputStream(document));
        } catch (IOException e) {
            // A byte array cannot fail to be read.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns whether findings hold an error: whether an app drops, rejects or misplaces data of the feed.
     *
     * @param findings the findings of a lint
     * @return true if one of them is an {@link LintRule.Severity#ERROR}
     * @throws NullPointerException if {@code findings} is null
     */
    public static boolean hasErrors(List<LintFinding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == LintRule.Severity.ERROR);
    }
}
