package org.nightout.ical.internal.lint;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.LintRule;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.ComponentSink;
import org.nightout.ical.internal.zones.TimeZones;

/**
 * Takes the components of a document as the reader's {@link org.nightout.ical.internal.read.ComponentParser} completes
 * them, and the warnings it and the line parser give on the way: each VEVENT is checked as it completes and let go,
 * each VCALENDAR when it ends. Memory grows with the largest event and the UIDs, not the document.
 *
 * <p>Not thread-safe: one instance belongs to one lint.
 */
final class DocumentChecks implements ComponentSink, ICalendarHandler {
    /**
     * The properties registered with IANA for iCalendar (RFC 5545, 6638, 7808, 7986, 9073, 9074, 9253): a line of
     * another name without the {@code X-} of an extension, after a line long enough to have been folded, is most
     * likely a continuation that lost its leading space and parsed as a property by chance.
     */
    private static final Set<String> REGISTERED = Set.of("ACTION", "ATTACH", "ATTENDEE", "CALSCALE", "CATEGORIES",
            "CLASS", "COMMENT", "COMPLETED", "CONTACT", "CREATED", "DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "DUE",
            "DURATION", "EXDATE", "EXRULE", "FREEBUSY", "GEO", "LAST-MODIFIED", "LOCATION", "METHOD", "ORGANIZER",
            "PERCENT-COMPLETE", "PRIORITY", "PRODID", "RDATE", "RECURRENCE-ID", "RELATED-TO", "REPEAT",
            "REQUEST-STATUS", "RESOURCES", "RRULE", "SEQUENCE", "STATUS", "SUMMARY", "TRANSP", "TRIGGER", "TZID",
            "TZNAME", "TZOFFSETFROM", "TZOFFSETTO", "TZURL", "UID", "URL", "VERSION", "BUSYTYPE", "TZID-ALIAS-OF",
            "TZUNTIL", "NAME", "REFRESH-INTERVAL", "SOURCE", "COLOR", "IMAGE", "CONFERENCE", "CALENDAR-ADDRESS",
            "LOCATION-TYPE", "PARTICIPANT-TYPE", "RESOURCE-TYPE", "STRUCTURED-DATA", "STYLED-DESCRIPTION",
            "ACKNOWLEDGED", "PROXIMITY", "CONCEPT", "LINK", "REFID");

    private final Findings findings;
    private final PhysicalLines physical;
    private final ZoneChecks zones;
    private final EventChecks events;
    /** Calendars already checked: one that takes components after its END ends a second time. */
    private final Set<Component> ended = Collections.newSetFromMap(new IdentityHashMap<>());

    DocumentChecks(Findings findings, PhysicalLines physical) {
        this.findings = findings;
        this.physical = physical;
        this.zones = new ZoneChecks(findings);
        this.events = new EventChecks(findings, zones);
    }

    @Override
    public void completed(Component calendar, Component c) {
        checkNames(c);
        if (c.name.equals("VTIMEZONE")) {
            zones.define(c);
        } else if (c.name.equals("VEVENT")) {
            ContentLine floating = events.check(c);
            if (floating != null) {
                checkFloating(calendar, floating);
            }
        }
    }

    @Override
    public void calendarEnded(Component calendar) {
        if (ended.add(calendar)) {
            checkCalendar(calendar);
            checkNames(calendar);
        }
        zones.calendarEnded();
    }

    /** The reader's warnings about lines and structure, which are the lint's findings too. */
    @Override
    public void warning(ReadWarning w) {
        switch (w.code()) {
            case INVALID_LINE -> findings.add(physical.foldedBefore(w.line()) ? LintRule.BROKEN_FOLD
                    : LintRule.INVALID_LINE, w.line(), null, w.message() + (physical.foldedBefore(w.line())
                    ? "; the line before it is long, so this is most likely its continuation, folded without the"
                            + " leading space" : ""));
            case STRUCTURE -> findings.add(LintRule.STRUCTURE, w.line(), w.property(), w.message());
            case INVALID_VALUE -> findings.add(LintRule.INVALID_PARAMETER, w.line(), w.property(), w.message());
            default -> {
                // The line and component parsers give no other codes; the mapper, which gives them, does not run.
            }
        }
    }

    private void checkCalendar(Component c) {
        ContentLine version = c.firstOrNull("VERSION");
        if (version == null) {
            findings.add(LintRule.MISSING_VERSION, 0, "VERSION", "the VCALENDAR on line " + c.line + " has no"
                    + " VERSION");
        } else if (!version.value.strip().equals("2.0")) {
            findings.add(LintRule.MISSING_VERSION, version.line, "VERSION", "VERSION is \"" + version.value.strip()
                    + "\", not 2.0");
        }
        if (c.firstOrNull("PRODID") == null) {
            findings.add(LintRule.MISSING_PRODID, 0, "PRODID", "the VCALENDAR on line " + c.line + " has no PRODID");
        }
        ContentLine method = c.firstOrNull("METHOD");
        if (method != null && !method.value.strip().equalsIgnoreCase("PUBLISH")) {
            findings.add(LintRule.METHOD_NOT_PUBLISH, method.line, "METHOD", "METHOD:" + method.value.strip()
                    + " in a feed");
        }
        if (named(c, "NAME") == null && named(c, "X-WR-CALNAME") == null) {
            findings.add(LintRule.MISSING_CALENDAR_NAME, 0, "X-WR-CALNAME", "the calendar has neither NAME nor"
                    + " X-WR-CALNAME");
        }
        if (c.firstOrNull("REFRESH-INTERVAL") == null && c.firstOrNull("X-PUBLISHED-TTL") == null) {
            findings.add(LintRule.MISSING_REFRESH_INTERVAL, 0, "REFRESH-INTERVAL", "the calendar has neither"
                    + " REFRESH-INTERVAL nor X-PUBLISHED-TTL");
        }
    }

    /** Reports the properties of a component and those nested in it that look like a fold without its space. */
    private void checkNames(Component c) {
        for (ContentLine p : c.properties) {
            if (!REGISTERED.contains(p.name) && !p.name.startsWith("X-") && physical.foldedBefore(p.line)) {
                findings.add(LintRule.BROKEN_FOLD, p.line, p.name, p.name + " is no iCalendar property, and the"
                        + " line before it is long: most likely the rest of that line, folded without the leading"
                        + " space, so that line lost the text \"" + abbreviate(p.name + ":" + p.value) + "\"");
            }
        }
        // A VCALENDAR's top-level components have been checked as they completed; nesting is bounded by the reader.
        if (!c.name.equals("VCALENDAR")) {
            for (Component child : c.children) {
                checkNames(child);
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** The first non-blank property of a name, or null. */
    private static ContentLine named(Component c, String name) {
        ContentLine p = c.firstOrNull(name);
        return p == null || p.value.isBlank() ? null : p;
    }

    /**
     * Reports a floating time of an event by whether its calendar's X-WR-TIMEZONE names a zone: RFC 5545 puts the
     * calendar's properties before its components, so the calendar has them when its events complete.
     */
    private void checkFloating(Component calendar, ContentLine p) {
        ContentLine zone = calendar.firstOrNull("X-WR-TIMEZONE");
        if (zone != null && TimeZones.byName(zone.text().strip()).isPresent()) {
            findings.add(LintRule.FLOATING_TIME_CALENDAR_ZONE, p.line, p.name, "\"" + p.value.strip() + "\" has no"
                    + " zone; X-WR-TIMEZONE:" + zone.text().strip() + " places it for Google and Apple");
        } else {
            findings.add(LintRule.FLOATING_TIME, p.line, p.name, "\"" + p.value.strip() + "\" has no zone (no TZID,"
                    + " no Z)" + (zone == null ? ", and the calendar has no X-WR-TIMEZONE" : ", and X-WR-TIMEZONE"
                    + " names no known zone"));
        }
    }
}
