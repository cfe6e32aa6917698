package org.nightout.ical.internal.lint;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.nightout.ical.FeedResponse;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.LintFinding;
import org.nightout.ical.LintRule;
import org.nightout.ical.LintTarget;
import org.nightout.ical.internal.lines.LineReader;
import org.nightout.ical.internal.read.ComponentParser;
import org.nightout.ical.internal.read.ReadOptions;
import org.nightout.ical.internal.read.Warnings;

/**
 * One lint: the document's bytes pass through {@link PhysicalLines} into the reader's own {@link LineReader} and
 * {@link ComponentParser}, which hand each complete component to the {@link DocumentChecks}; then the whole file and
 * the HTTP response are checked. The reader's parsers, not a second one, decide what a line and a component are.
 */
public final class Lint {
    /** Google is reported to fetch about 1 MB of a feed. */
    static final long GOOGLE_FEED_BYTES = 1_000_000;
    /**
     * The limits of a default {@link org.nightout.ical.ICalendarReader}: a lint reads what a read would, and stops
     * where it would, with a finding instead of an exception.
     */
    private static final ReadOptions OPTIONS = new ReadOptions(false, Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), 256L << 20, 4 << 20, 2_000_000, 10_000, 16);

    private Lint() {
    }

    /** Lints a document served with {@code response}, for the apps {@code targets}. */
    public static List<LintFinding> run(InputStream in, FeedResponse response, Set<LintTarget> targets)
            throws IOException {
        Findings findings = new Findings();
        BufferedInputStream buffered = new BufferedInputStream(in);
        boolean gzipped = isGzip(buffered);
        boolean sentGzipped = response.header("Content-Encoding").stream().anyMatch(e -> e.strip()
                .equalsIgnoreCase("gzip"));
        PhysicalLines physical = new PhysicalLines(gzipped && sentGzipped ? new GZIPInputStream(buffered) : buffered,
                findings);
        if (gzipped && !sentGzipped) {
            findings.add(LintRule.NOT_ICALENDAR, 0, null, "the file is gzip-compressed data, which apps read as"
                    + " iCalendar only when the response says Content-Encoding: gzip");
        } else {
            parse(physical, findings);
        }
        physical.finish();
        if (physical.bytes() > GOOGLE_FEED_BYTES) {
            findings.add(LintRule.FEED_TOO_LARGE, 0, null, "the feed is " + physical.bytes() + " bytes, over "
                    + GOOGLE_FEED_BYTES);
        }
        HeaderChecks.check(response, physical.nonAscii(), findings);
        return findings.sorted(targets);
    }

    private static void parse(PhysicalLines physical, Findings findings) throws IOException {
        DocumentChecks checks = new DocumentChecks(findings, physical);
        Warnings warnings = new Warnings(false, checks);
        // Bytes that are not UTF-8 are found per physical line by PhysicalLines, not per logical line.
        LineReader lines = new LineReader(physical, OPTIONS.maxInputBytes(), OPTIONS.maxLineOctets(), line -> { });
        try {
            ComponentParser.parse(lines, OPTIONS, warnings, checks);
        } catch (ICalendarParseException e) {
            String prefix = "line " + e.line() + ": ";
            String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length())
                    : e.getMessage();
            findings.add(LintRule.NOT_ICALENDAR, e.line(), null, message);
            // The bytes after the stop still count for the file's line ends and UTF-8, up to the reader's limit.
            byte[] rest = new byte[1 << 16];
            while (physical.bytes() < OPTIONS.maxInputBytes() && physical.read(rest) >= 0) {
                // Read only to be looked at.
            }
        }
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1F && b2 == 0x8B;
    }
}
