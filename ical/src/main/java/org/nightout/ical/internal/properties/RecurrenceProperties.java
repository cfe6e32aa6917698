package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.lines.Formats;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.ReadContext;
import org.nightout.ical.internal.zones.TimeZoneBlocks;
import org.nightout.ical.internal.zones.ZoneYears;

/**
 * RRULE, RDATE, EXDATE and RECURRENCE-ID: a series' rule, its added and excluded dates, and which occurrence an
 * override replaces. Dates are in the form of DTSTART: a {@link LocalDate} for an all-day series, a
 * {@link ZonedDateTime} for a timed one.
 */
public final class RecurrenceProperties {
    /** Written from a series; a single event may carry them as extensions only where its rule is invalid. */
    public static final Set<String> NAMES = Set.of("RRULE", "EXDATE", "RDATE", "RECURRENCE-ID");
    /** The same: a series writes all of them itself. */
    public static final Set<String> WRITES = NAMES;
    /**
     * The lines that make an event repeat: never written from an extension property, and kept under
     * {@link #UNAPPLIED} where no series applies them. A RECURRENCE-ID makes nothing repeat: an override whose series
     * is elsewhere keeps it, and it is written again, so that the occurrence it replaces stays named.
     */
    public static final Set<String> REPEATING = Set.of("RRULE", "EXDATE", "RDATE");
    /**
     * The prefix of a recurrence line the reader keeps but no series applies (an RRULE it cannot read, an override's
     * own RRULE): written back under this name, it keeps what the document said without any calendar repeating an
     * event by it.
     */
    public static final String UNAPPLIED = "X-UNAPPLIED-";

    /**
     * The local time a series' DTSTART is written at where its zone skips it (a spring-forward gap): the series repeats
     * that time, and only its first instance moves forward by the gap (RFC 5545 3.3.10). Empty for any other start.
     */
    public static Optional<LocalDateTime> wallStart(ContentLine dtstart, EventTime start) {
        if (!(start instanceof EventTime.Timed t) || TimeZoneBlocks.isUtc(t.start().getZone())) {
            return Optional.empty();
        }
        String v = dtstart.value.strip();
        if (v.length() != 15) {
            return Optional.empty();
        }
        try {
            LocalDateTime written = ReadContext.localDateTime(v);
            return written.equals(t.start().toLocalDateTime()) ? Optional.empty() : Optional.of(written);
        } catch (DateTimeException e) {
            // Read already, with its warning, as the start was.
            return Optional.empty();
        }
    }

    /** The event with the lines of {@link #REPEATING} it keeps as extension properties renamed under {@link #UNAPPLIED}. */
    public static Event unapplied(Event e) {
        boolean any = false;
        for (ExtensionProperty x : e.extensions()) {
            any |= REPEATING.contains(x.name());
        }
        if (!any) {
            return e;
        }
        List<ExtensionProperty> renamed = new ArrayList<>(e.extensions().size());
        for (ExtensionProperty x : e.extensions()) {
            renamed.add(REPEATING.contains(x.name()) ? new ExtensionProperty(UNAPPLIED + x.name(), x.parameters(),
                    x.value()) : x);
        }
        return Event.builder().from(e).extensions(renamed).build();
    }

    private RecurrenceProperties() {
    }

    /**
     * Reads an RRULE value.
     *
     * @throws IllegalArgumentException if it is no valid rule, with a message that says why
     */
    /**
     * Reads an RRULE. A value that does not parse is read again without what writers are known to put in front of or
     * among its parts, a second {@code RRULE:} and words without {@code =}, as python recurring_ical_events and
     * Mozilla's ical.js read it; a warning names what was left out.
     *
     * @throws IllegalArgumentException if the value is no rule even so; the message is the strict reading's
     */
    public static RecurrenceRule rule(ReadContext ctx, ContentLine rrule) {
        String value = rrule.value.strip();
        try {
            return RecurrenceRule.parse(value);
        } catch (IllegalArgumentException strict) {
            String rest = value.regionMatches(true, 0, "RRULE:", 0, 6) ? value.substring(6) : value;
            List<String> kept = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (String part : rest.split(";")) {
                if (part.indexOf('=') > 0) {
                    kept.add(part);
                } else if (!part.isBlank()) {
                    dropped.add(part);
                }
            }
            if (kept.isEmpty() || rest.equals(value) && dropped.isEmpty()) {
                throw strict;
            }
            RecurrenceRule rule;
            try {
                rule = RecurrenceRule.parse(String.join(";", kept));
            } catch (IllegalArgumentException repaired) {
                throw strict;
            }
            ctx.warnings.add(rrule.line, "RRULE", ReadWarning.Code.INVALID_VALUE, "\"" + value + "\" is not an RRULE"
                    + " value as RFC 5545 3.3.10 has it; read as \"" + rule + "\", without "
                    + (rest.equals(value) ? "" : "a second \"RRULE:\"" + (dropped.isEmpty() ? "" : " and "))
                    + (dropped.isEmpty() ? "" : "\"" + String.join(";", dropped) + "\""));
            return rule;
        }
    }

    /**
     * Reads the dates of every RDATE or EXDATE line in the form of the series' start, with a warning for each value
     * that cannot be read or has the other form. A PERIOD gives its start.
     */
    /**
     * Warns where a rule ends before the series starts: RFC 5545 3.8.5.3 counts DTSTART as the first instance all
     * the same, so the series is that one event, which is seldom what its writer meant.
     */
    public static void warnIfEndsBeforeStart(ReadContext ctx, ContentLine rrule, RecurrenceRule rule,
            EventTime start) {
        if (rule.until().isEmpty()) {
            return;
        }
        RecurrenceRule.Until until = rule.until().get();
        boolean before;
        if (start instanceof EventTime.Timed t && until instanceof RecurrenceRule.Until.AtUtc utc) {
            before = utc.instant().isBefore(t.start().toInstant());
        } else if (start instanceof EventTime.Timed t && until instanceof RecurrenceRule.Until.AtLocal local) {
            before = local.dateTime().isBefore(t.start().toLocalDateTime());
        } else {
            before = until.date().isBefore(start.startDate());
        }
        if (before) {
            ctx.warnings.add(rrule.line, "RRULE", ReadWarning.Code.INVALID_VALUE, "UNTIL " + until + " is before"
                    + " DTSTART; the series has DTSTART as its only instance of the rule (RFC 5545 3.8.5.3)");
        }
    }

    public static List<Temporal> dates(ReadContext ctx, Component v, String property, EventTime start) {
        List<Temporal> dates = new ArrayList<>();
        for (ContentLine p : v.all(property)) {
            boolean period = p.paramIs("VALUE", "PERIOD");
            for (String raw : p.value.split(",")) {
                String value = raw.strip();
                int slash = value.indexOf('/');
                if (slash >= 0) {
                    if (!period) {
                        ctx.warnings.add(p.line, property, ReadWarning.Code.INVALID_VALUE, "\"" + value + "\" is a"
                                + " period without VALUE=PERIOD; read as one");
                    }
                    ctx.warnings.add(p.line, property, ReadWarning.Code.INVALID_VALUE, "the period \"" + value
                            + "\" gives its start; the occurrence has the series' length");
                    value = value.substring(0, slash);
                }
                String read = value;
                ctx.time(p, read).flatMap(t -> inFormOf(ctx, p, read, t, start)).ifPresent(dates::add);
            }
        }
        return dates;
    }

    /**
     * Reads a RECURRENCE-ID in the form of the series' start; a value of the other form (a date for a timed series,
     * a date-time for an all-day one) comes back as it is, for the caller to match by date.
     */
    public static Optional<Temporal> recurrenceId(ReadContext ctx, ContentLine rid) {
        return ctx.time(rid, rid.value).map(RecurrenceProperties::startOf);
    }

    private static Optional<Temporal> inFormOf(ReadContext ctx, ContentLine p, String value, EventTime t,
            EventTime start) {
        if (t instanceof EventTime.Timed == start instanceof EventTime.Timed) {
            return Optional.of(startOf(t));
        }
        ctx.warnings.add(p.line, p.name, ReadWarning.Code.INVALID_VALUE, "\"" + value + "\" is a "
                + (t instanceof EventTime.Timed ? "date-time" : "date") + ", but DTSTART is a "
                + (start instanceof EventTime.Timed ? "date-time" : "date") + "; ignored");
        return Optional.empty();
    }

    public static Temporal startOf(EventTime t) {
        return t instanceof EventTime.Timed timed ? timed.start() : t.startDate();
    }

    /**
     * Writes RRULE, RDATE and EXDATE of a series, the dates in the exact form of its DTSTART, and UNTIL in the form
     * RFC 5545 section 3.3.10 requires for it.
     */
    public static void writeRecurrence(ContentLines out, EventSeries s, ZoneYears zones) throws IOException {
        if (s.rule().isPresent()) {
            out.name("RRULE").value(inFormOfStart(s.rule().get(), s.first().time()).toString());
        }
        for (Temporal t : s.rdates()) {
            writeDate(out, "RDATE", t, zones);
        }
        for (Temporal t : s.exdates()) {
            writeDate(out, "EXDATE", t, zones);
        }
    }

    /**
     * Returns the rule with its UNTIL in the form RFC 5545 section 3.3.10 requires for the start: a date for an
     * all-day start, a UTC time for a timed one (every timed start of the model has a zone or is UTC). Input may
     * bring another form, which the RFC forbids and calcurse rejects; it is written as the value the engine
     * ({@code RecurrenceSet}) compares occurrences with, so the occurrences stay the same: a local time is that time
     * in the start's zone, a date ends after that whole local day, so the last second of the day (the start of the
     * next one in the zone, less a second: UNTIL has whole seconds, and so have occurrences read from iCalendar).
     * An all-day start takes the date of a date-time UNTIL, its UTC date for a UTC time, as the engine does.
     */
    public static RecurrenceRule inFormOfStart(RecurrenceRule rule, EventTime start) {
        if (rule.until().isEmpty()) {
            return rule;
        }
        RecurrenceRule.Until until = rule.until().get();
        if (start instanceof EventTime.Timed timed) {
            ZoneId zone = timed.start().getZone();
            if (until instanceof RecurrenceRule.Until.AtLocal at) {
                return rule.endingAt(RecurrenceRule.Until.of(ZonedDateTime.of(at.dateTime(), zone).toInstant()));
            }
            if (until instanceof RecurrenceRule.Until.OnDate on) {
                Instant lastSecond = on.date().plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
                return rule.endingAt(RecurrenceRule.Until.of(lastSecond));
            }
            return rule;
        }
        return until instanceof RecurrenceRule.Until.OnDate ? rule
                : rule.endingAt(RecurrenceRule.Until.of(until.date()));
    }

    /** Writes one date of a series (RDATE, EXDATE, RECURRENCE-ID) in the form of its DTSTART. */
    public static void writeDate(ContentLines out, String property, Temporal t, ZoneYears zones) throws IOException {
        if (t instanceof ZonedDateTime z) {
            TimeProperties.writeDateTime(out, property, z, zones);
        } else {
            out.name(property).param("VALUE", "DATE").value(Formats.date((LocalDate) t));
        }
    }
}
