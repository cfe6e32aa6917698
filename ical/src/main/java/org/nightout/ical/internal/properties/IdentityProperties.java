package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Event;
import org.nightout.core.internal.Sha256;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.ReadContext;

/**
 * UID, DTSTAMP, LAST-MODIFIED and SEQUENCE: which event this is and which version of it. UIDs from other calendars
 * are kept exactly; ids are made from them where they need cleaning.
 */
public final class IdentityProperties {
    /** The properties the writer writes from {@link Event#id()}, {@link Event#lastModified()} and the sequence. */
    public static final Set<String> WRITES = Set.of("UID", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE");

    private IdentityProperties() {
    }

    /**
     * Gives the event its id and, for a UID from another writer, the UID to write back exactly: subscribers know
     * an event by its UID, so a converted feed that changed them would show every event as new.
     */
    /** Reads the event's id and UID, when it last changed and its SEQUENCE. */
    public static void read(ReadContext ctx, Component v, ContentLine dtstart, Event.Builder b) {
        identify(ctx, v, dtstart, b);
        v.take("LAST-MODIFIED");
        v.take("DTSTAMP");
        b.lastModified(lastModified(ctx, v));
        ContentLine sequence = v.takeOrNull("SEQUENCE");
        if (sequence != null) {
            Optional<Integer> n = ctx.integer(sequence);
            if (n.isPresent()) {
                b.sequence(n.get());
            }
        }
    }

    private static void identify(ReadContext ctx, Component v, ContentLine dtstart, Event.Builder b) {
        ContentLine line = v.takeOrNull("UID");
        String raw = line == null ? "" : line.text().strip();
        if (raw.isEmpty()) {
            b.id(derivedId(ctx, v, dtstart));
            return;
        }
        if (ctx.ours) {
            // Our writer marks a kept UID with the event's id; any other UID it made from the id.
            Optional<String> id = line.param(NightOutFields.ID_PARAM);
            if (id.isPresent() || "KEPT".equals(line.param(NightOutFields.UID_PARAM).orElse(null))) {
                b.uid(raw);
                b.id(id.orElse(raw));
                return;
            }
        }
        String cleaned = idWithoutBreakers(raw);
        if (ctx.options.uidDomain().isPresent() && cleaned.endsWith("@" + ctx.options.uidDomain().get())) {
            cleaned = cleaned.substring(0, cleaned.length() - ctx.options.uidDomain().get().length() - 1);
        }
        String id = truncated(cleaned, MAX_ID);
        // Event.uid() is one line of text: a UID with a control character or line separator cannot be kept.
        boolean keepable = raw.length() <= MAX_UID && !hasControlOrSeparator(raw);
        if (keepable && !ctx.ours) {
            b.uid(raw);
        }
        if (!id.equals(raw) && !ctx.ours) {
            ctx.warnings.add(line.line, "UID", ReadWarning.Code.INVALID_VALUE, "\"" + abbreviated(raw) + "\" is"
                    + " not usable as an id (spaces, control characters or over " + MAX_ID + " characters); the"
                    + " id is " + id + (keepable ? " and the UID is written back as it was"
                            : ", and the UID is written back from it"));
        }
        b.id(id);
    }
    public static final int MAX_ID = 255;
    /** The longest one-line text the model takes, and so the longest UID kept exactly. */
    public static final int MAX_UID = 10_000;
    /** Unicode classes, so that NBSP, NEL and U+2028 count as the spaces and controls they are. */
    static final java.util.regex.Pattern ID_BREAKERS = java.util.regex.Pattern.compile("[\\s\\p{Cntrl}\\p{Z}]+",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    /** The text with each run of {@link #ID_BREAKERS} replaced by a hyphen. */
    public static String idWithoutBreakers(String text) {
        // Printable ASCII and Latin-1 and the letters up to U+167F hold no such character: most UIDs are read
        // without the regular expression, whose Unicode classes cost more than the rest of reading the UID.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= '\u007f' && c <= '\u00a0' || c >= '\u1680') {
                return ID_BREAKERS.matcher(text).replaceAll("-");
            }
        }
        return text;
    }

    private static boolean hasControlOrSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static String derivedId(ReadContext ctx, Component v, ContentLine dtstart) {
        // Stable, never random: the same event in the next poll gets the same id.
        ContentLine summary = v.firstOrNull("SUMMARY");
        String basis = dtstart.value + "\n" + (summary == null ? "" : summary.value);
        // The first 8 bytes of the hash: 16 hex digits.
        String id = "no-uid-" + Sha256.hex(basis).substring(0, 16);
        ctx.warnings.add(v.line, "UID", ReadWarning.Code.MISSING_PROPERTY, "no UID; the id " + id
                + " was derived from DTSTART and SUMMARY");
        return id;
    }
    /** The properties that tell when an event last changed, best first. */
    private static final String[] CHANGE_TIMES = {"LAST-MODIFIED", "DTSTAMP", "CREATED"};

    private static Instant lastModified(ReadContext ctx, Component v) {
        ContentLine precise = v.firstOrNull(NightOutFields.LAST_MODIFIED);
        if (precise != null) {
            try {
                return Instant.parse(precise.value);
            } catch (DateTimeException e) {
                ctx.invalid(precise, "an instant such as 2021-08-04T15:30:00.5Z");
            }
        }
        for (String name : CHANGE_TIMES) {
            ContentLine p = v.firstOrNull(name);
            if (p != null) {
                Optional<Instant> t = ctx.utc(p);
                if (t.isPresent()) {
                    return t.get();
                }
            }
        }
        ctx.warnings.add(v.line, "DTSTAMP", ReadWarning.Code.MISSING_PROPERTY,
                "no LAST-MODIFIED, DTSTAMP or CREATED; the last change is taken as 1970-01-01T00:00:00Z");
        return Instant.EPOCH;
    }

    /** The UID an event came with, exactly; otherwise one made from the application's id and the UID domain. */
    public static String uid(Event e, Optional<String> uidDomain) {
        if (e.uid().isPresent()) {
            return e.uid().get();
        }
        return uidDomain.isPresent() && e.id().indexOf('@') < 0 ? e.id() + "@" + uidDomain.get() : e.id();
    }

    /** Cuts text to at most {@code max} chars without splitting a surrogate pair. */
    public static String truncated(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    public static String abbreviated(String text) {
        return text.length() > 80 ? truncated(text, 80) + "..." : text;
    }

    /**
     * Writes UID, DTSTAMP, LAST-MODIFIED (both the record's last change, so the same data gives the same bytes) and
     * SEQUENCE above 0. A UID kept from another calendar is marked, so that our reader tells it from one made from
     * the id; the id travels beside it where it differs. The marks and the fractions of a second are written in the
     * full profile only.
     */
    public static void write(ContentLines out, Event e, String uid, boolean full) throws IOException {
        out.name("UID");
        if (full && e.uid().isPresent()) {
            if (e.uid().get().equals(e.id())) {
                out.param(NightOutFields.UID_PARAM, "KEPT");
            } else {
                out.param(NightOutFields.ID_PARAM, e.id());
            }
        }
        out.text(uid);
        out.name("DTSTAMP").value(e.lastModified());
        out.name("LAST-MODIFIED").value(e.lastModified());
        if (e.sequence() > 0) {
            out.name("SEQUENCE").value(Integer.toString(e.sequence()));
        }
        if (full && e.lastModified().getNano() != 0) {
            // DTSTAMP and LAST-MODIFIED hold whole seconds; keep the rest so nothing is lost.
            out.name(NightOutFields.LAST_MODIFIED).value(e.lastModified().toString());
        }
    }
}
