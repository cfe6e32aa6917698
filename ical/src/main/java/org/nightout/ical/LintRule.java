package org.nightout.ical;

import static org.nightout.ical.LintRule.Severity.ERROR;
import static org.nightout.ical.LintRule.Severity.INFO;
import static org.nightout.ical.LintRule.Severity.WARNING;
import static org.nightout.ical.LintTarget.APPLE;
import static org.nightout.ical.LintTarget.GOOGLE;
import static org.nightout.ical.LintTarget.OUTLOOK;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rules of {@link FeedLinter}: each a stable id, a severity, the apps it concerns, a one-line reason with its
 * reference (the RFC section, and the vendor's documentation or the issue threads where an app was seen to do it), and
 * how to fix it. Where the evidence for an app's behaviour is one report or none, the reason says so. A rule that
 * names no app concerns the RFC and the strict parsers that hold a feed to it.
 *
 * <p>The severities: {@link Severity#ERROR} where an app drops, rejects or misplaces data; {@link Severity#WARNING}
 * where an app shows it degraded or a strict parser may refuse it; {@link Severity#INFO} for what a publisher should
 * know.
 */
public enum LintRule {
    // The file as bytes and lines.
    /** The input cannot be read as iCalendar at all: no BEGIN:VCALENDAR first, empty, or beyond the reader's limits. */
    NOT_ICALENDAR(ERROR, all(), "RFC 5545 3.4, 3.6: a document is BEGIN:VCALENDAR ... END:VCALENDAR; no app"
            + " subscribes to anything else", "Serve the iCalendar text itself, starting with BEGIN:VCALENDAR."),
    /** Bytes that are not UTF-8: every app shows U+FFFD or garbled text in their place. */
    INVALID_UTF8(ERROR, all(), "RFC 5545 3.1.4: the text is UTF-8; other bytes become U+FFFD or mojibake in every"
            + " app", "Write the file in UTF-8 (not Latin-1 or Windows-1252)."),
    /** Line ends other than CRLF. Google, Outlook and Apple read LF files; strict parsers need not. */
    LINE_ENDING(WARNING, none(), "RFC 5545 3.1: content lines end with CRLF; the three apps are not known to refuse"
            + " LF (evidence thin; jshor/datebook#217)", "End every line with CR LF (\\r\\n)."),
    /**
     * A physical line over 76 characters. The RFC says lines should not pass 75 octets, but the vendors' own exports
     * do (Google's reach 76 characters, Exchange's and Outlook's run to hundreds) and every app reads them, so this
     * is information.
     */
    LONG_LINE(INFO, none(), "RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets; Google's exports reach 76"
            + " characters and Exchange's and Outlook's are often longer, and the apps read them all", "Fold lines at"
            + " 75 octets: CRLF and a space, never inside a UTF-8 character."),
    /** A fold inside a multi-byte UTF-8 character: a parser that decodes before it unfolds sees invalid UTF-8. */
    FOLD_SPLITS_CHARACTER(WARNING, none(), "RFC 5545 3.1 calls such folds improper; parsers that decode lines"
            + " before unfolding them, such as python-vobject, refuse the file", "Fold between characters, not"
            + " between the bytes of one."),
    /** A line that is not {@code NAME;PARAM=...:VALUE}: apps skip it or the whole file. */
    INVALID_LINE(ERROR, all(), "RFC 5545 3.1: every line is a content line; apps drop what is not, often a long"
            + " line folded without its leading space", "Fold with CRLF followed by a space; escape line breaks in"
            + " text as \\n."),
    /** A continuation line that starts like a property: a property indented by mistake joins the line before it. */
    BROKEN_FOLD(ERROR, all(), "RFC 5545 3.1: a line that starts with a space continues the line before it, so the"
            + " property on it is lost in that line's value", "Start each property at the beginning of its line;"
            + " indent only continuations."),
    /** Components out of place: an END that closes nothing, a component left open, a property outside VCALENDAR. */
    STRUCTURE(ERROR, all(), "RFC 5545 3.4, 3.6: components nest BEGIN ... END inside one VCALENDAR; apps drop or"
            + " refuse what stands elsewhere", "Close each component with its own END, inside BEGIN:VCALENDAR and"
            + " END:VCALENDAR."),
    /** A parameter value with a stray or unclosed double quote; apps read it differently. */
    INVALID_PARAMETER(WARNING, none(), "RFC 5545 3.1, 3.2: a parameter value with : ; or , is quoted, and a quoted"
            + " value has no inner quote", "Quote parameter values that hold : ; or , and leave out inner quotes."),

    // The calendar.
    /** No VERSION:2.0 in the VCALENDAR. */
    MISSING_VERSION(WARNING, none(), "RFC 5545 3.6, 3.7.4: VERSION is required, 2.0 for iCalendar; strict parsers"
            + " refuse a calendar without it (evidence on the three apps thin)", "Add VERSION:2.0 after"
            + " BEGIN:VCALENDAR."),
    /** No PRODID in the VCALENDAR. */
    MISSING_PRODID(WARNING, none(), "RFC 5545 3.6, 3.7.3: PRODID is required; strict parsers refuse a calendar"
            + " without it", "Add PRODID:-//Your organisation//Your product//EN."),
    /** A METHOD other than PUBLISH: Outlook treats REQUEST and the like as invitations to answer, not a feed. */
    METHOD_NOT_PUBLISH(WARNING, apps(OUTLOOK), "RFC 5546 3.2.1: a published feed is METHOD:PUBLISH; other methods"
            + " are scheduling messages with attendees (evidence on Outlook's handling thin)", "Write"
            + " METHOD:PUBLISH, or leave METHOD out."),
    /** Neither NAME nor X-WR-CALNAME: Google names the subscription after its URL. */
    MISSING_CALENDAR_NAME(INFO, apps(GOOGLE, APPLE), "RFC 7986 5.1; Google and Apple read the name from"
            + " X-WR-CALNAME, else show the URL or Untitled (scientific-python/scientific-python.org#201)", "Add"
            + " NAME and X-WR-CALNAME with the calendar's name."),
    /** Neither REFRESH-INTERVAL nor X-PUBLISHED-TTL: the apps poll at their own pace. */
    MISSING_REFRESH_INTERVAL(INFO, apps(OUTLOOK, APPLE), "RFC 7986 5.7; Outlook reads X-PUBLISHED-TTL; Google"
            + " ignores both and polls every 8 to 24 hours (abe-101/myHebrewDates#64)", "Add"
            + " REFRESH-INTERVAL;VALUE=DURATION:PT12H and X-PUBLISHED-TTL:PT12H."),
    /** A feed over 1 MB: Google is reported to stop fetching feeds that large. */
    FEED_TOO_LARGE(WARNING, apps(GOOGLE), "Google fetches about 1 MB of a subscribed feed (evidence thin: reports,"
            + " no documented limit)", "Leave out past events, or split the feed by year or community."),
    /** STATUS:CANCELLED: Google hides the event, so subscribers never see that it was cancelled. */
    CANCELLED_EVENT_HIDDEN(INFO, apps(GOOGLE), "RFC 5545 3.8.1.11; Google removes events with STATUS:CANCELLED"
            + " from a subscribed calendar (hackgvl/hackgreenville-com#498, shift-org/shift-docs#730)", "Keep it: the"
            + " other apps mark it cancelled; tell Google's subscribers on the feed's page."),

    // Time zones.
    /** A TZID with no VTIMEZONE in the file: Outlook reads the time as floating, an hour or more off. */
    TZID_WITHOUT_VTIMEZONE(ERROR, apps(OUTLOOK), "RFC 5545 3.2.19: each TZID MUST have a VTIMEZONE; Outlook reports"
            + " an undeclared time zone and treats the time as floating (neokoenig/RoomBooking#18,"
            + " owncloud-archive/calendar#687)", "Add a VTIMEZONE for the TZID (nightout's writer adds one for every"
            + " zone it uses)."),
    /** A TZID that is neither defined in the file nor an IANA zone name: no app knows its offset. */
    UNKNOWN_TZID(ERROR, all(), "RFC 5545 3.2.19, 3.6.5: a TZID is defined by its VTIMEZONE; apps read an unknown"
            + " one as floating or UTC (neokoenig/RoomBooking#18, callumalpass/tasknotes#1913)", "Use an IANA zone"
            + " name such as America/Chicago, with its VTIMEZONE."),
    /** A VTIMEZONE whose observances do not reach the times that use it, or whose rules end before them. */
    VTIMEZONE_COVERAGE(WARNING, apps(OUTLOOK), "RFC 5545 3.6.5: a VTIMEZONE defines its zone for the times it"
            + " covers; before its first onset, or after its rules end, apps that evaluate it (Outlook; Google and"
            + " Apple use the IANA name) guess (evidence thin: mangstadt/biweekly#85)", "Write observances from"
            + " before the first event, with yearly RRULEs for the current rules."),
    /** A VTIMEZONE with daylight saving time but no RRULE: Outlook ignores it and picks another zone. */
    VTIMEZONE_WITHOUT_RRULE(ERROR, apps(OUTLOOK), "RFC 5545 3.6.5 allows RDATE observances, but Outlook maps such a"
            + " zone to another one and moves daylight-saving times by an hour (iCalcreator/iCalcreator#86, #106)",
            "Write one STANDARD and one DAYLIGHT observance with a yearly RRULE, as Google and Outlook do."),

    // Events.
    /** A VEVENT without UID: apps cannot tell it from the same event in the next fetch. */
    MISSING_UID(ERROR, all(), "RFC 5545 3.6.1, 3.8.4.7: UID is required; subscribing apps match events across"
            + " fetches by UID, so one without is duplicated or dropped (evidence on each app thin)", "Give each"
            + " event a stable UID derived from its identity, never a random one."),
    /** Two VEVENTs with one UID (and one RECURRENCE-ID): apps keep one of them. */
    DUPLICATE_UID(ERROR, all(), "RFC 5545 3.8.4.7: a UID identifies one event; apps keep one VEVENT per UID and"
            + " RECURRENCE-ID and drop the others (evidence thin)", "Give each event its own UID; overrides of a"
            + " series share the series' UID with a RECURRENCE-ID."),
    /** A VEVENT without DTSTAMP. */
    MISSING_DTSTAMP(WARNING, none(), "RFC 5545 3.6.1, 3.8.7.2: DTSTAMP is required; strict parsers such as"
            + " python-vobject refuse an event without it", "Add DTSTAMP, in UTC, from the event's last change."),
    /** A VEVENT without DTSTART: no app can place it. */
    MISSING_DTSTART(ERROR, all(), "RFC 5545 3.6.1: DTSTART is required in a calendar without METHOD, and no app"
            + " shows an event without a start", "Add DTSTART."),
    /** A date or date-time that is no day or time: month 13, February 30, hour 24, or not digits at all. */
    INVALID_DATE(ERROR, all(), "RFC 5545 3.3.4, 3.3.5: a DATE is YYYYMMDD and a DATE-TIME YYYYMMDDTHHMMSS with an"
            + " optional Z, naming a real day and time; apps drop the property or the event (evidence on each"
            + " app thin)", "Write a real date in that form."),
    /** A floating time on a timed event, and no X-WR-TIMEZONE: Google reads it as UTC, Outlook reports an error. */
    FLOATING_TIME(ERROR, apps(GOOGLE, OUTLOOK), "RFC 5545 3.3.5: a time without Z or TZID floats; Google reads it in"
            + " UTC and Outlook takes floating times for all-day events only (ulsklyc/yuvomi#818,"
            + " neokoenig/RoomBooking#18, spatie/icalendar-generator#22)", "Give the time a TZID and its VTIMEZONE,"
            + " or write it in UTC."),
    /** A floating time on a timed event in a calendar with X-WR-TIMEZONE: Google and Apple place it, Outlook not. */
    FLOATING_TIME_CALENDAR_ZONE(WARNING, apps(OUTLOOK), "RFC 5545 3.3.5; Google and Apple read floating times in"
            + " X-WR-TIMEZONE, Outlook reports an error on each sync and shows them in the viewer's zone"
            + " (spatie/icalendar-generator#137, #22)", "Give the time a TZID and its VTIMEZONE, or write it in UTC."),
    /** A TZID on a DATE value. */
    TZID_ON_DATE(WARNING, none(), "RFC 5545 3.2.19: TZID MUST NOT be applied to DATE values; parsers differ on"
            + " which day such a date is", "Leave TZID out of VALUE=DATE properties."),
    /** A DTEND before DTSTART: apps refuse the event or show it ending before it starts. */
    DTEND_BEFORE_DTSTART(ERROR, all(), "RFC 5545 3.8.2.2: DTEND is later than DTSTART; Google refuses the event"
            + " (derekantrican/GAS-ICS-Sync#56)", "Put DTEND after DTSTART, or leave it out."),
    /** A DTEND equal to DTSTART on a timed event. */
    DTEND_EQUALS_DTSTART(WARNING, none(), "RFC 5545 3.8.2.2: DTEND is later than DTSTART; for an event without"
            + " length leave DTEND out (3.6.1); apps show it as 0 minutes, an hour or a day (pimutils/khal#444)",
            "Leave DTEND out, or give the event its real end."),
    /** An all-day event whose DTEND is its DTSTART: it ends the day it starts, so it lasts no day. */
    ZERO_LENGTH_ALL_DAY(ERROR, apps(GOOGLE, OUTLOOK), "RFC 5545 3.6.1, 3.8.2.2: an all-day DTEND is the day after"
            + " the last; Outlook shows it ending before it starts and Google refuses it (spatie/calendar-links#53,"
            + " hoodie/icalendar#129, derekantrican/GAS-ICS-Sync#56)", "Write DTEND;VALUE=DATE as the day after the"
            + " last day, or leave DTEND out for one day."),
    /** A VEVENT with both DTEND and DURATION. */
    DTEND_AND_DURATION(WARNING, none(), "RFC 5545 3.6.1: DTEND and DURATION MUST NOT occur together; apps take one"
            + " or the other (evidence thin)", "Keep DTEND or DURATION, not both."),
    /** A DTEND of another value type than DTSTART (a date against a date-time). */
    DTEND_VALUE_TYPE(WARNING, none(), "RFC 5545 3.8.2.2: DTEND MUST have the value type of DTSTART; apps differ on"
            + " whether such an event is all-day (evidence thin)", "Write both as dates or both as date-times."),

    // Recurrence.
    /** An RRULE that is not a rule at all, or breaks one of RFC 5545's MUSTs (COUNT with UNTIL, BYMONTHDAY=32). */
    RRULE_INVALID(ERROR, all(), "RFC 5545 3.3.10: apps drop an RRULE they cannot read, and with it every occurrence"
            + " but the first, or the whole event (derekantrican/GAS-ICS-Sync#466)", "Write the rule as RFC 5545"
            + " 3.3.10 has it: FREQ first, known parts, each once."),
    /** An UNTIL without Z beside a DTSTART with a zone, or with Z beside a floating one. */
    RRULE_UNTIL_FORM(WARNING, none(), "RFC 5545 3.3.10: UNTIL is UTC when DTSTART has a TZID or is UTC, and local"
            + " when DTSTART floats; python-dateutil, beneath many Python consumers, refuses the rule otherwise"
            + " (a UTC UNTIL beside an all-day start, as Exchange writes it, is accepted)", "Write UNTIL as a UTC"
            + " date-time ending in Z for a zoned start, as a local one for a floating start."),
    /** A rule that repeats more often than daily: Google, Apple and Outlook show no occurrences, or no event. */
    RRULE_SUB_DAILY(ERROR, all(), "RFC 5545 3.3.10 allows HOURLY, MINUTELY and SECONDLY, but Google and Apple"
            + " repeat at most daily and Outlook has no such pattern (sebbo2002/ical-generator#130,"
            + " googleapis/google-api-ruby-client#572)", "Write the occurrences as events of their own, or as"
            + " a daily rule."),
    /** A rule Outlook has no pattern for (such as the 2nd and 4th Tuesday): Outlook skips the whole event. */
    RRULE_OUTLOOK_PATTERN(ERROR, apps(OUTLOOK), "Outlook's recurrences are daily, weekly, monthly on one day or one"
            + " nth weekday, and yearly likewise; it skips an event with any other rule"
            + " (w3c/calendar#25, DevExpress/devextreme-reactive#3065, Microsoft KB 2643084)", "Split the rule"
            + " into rules of one day each, as separate events, or use RDATEs."),
    /** More than one RRULE, or an EXRULE: most apps use the first rule only. */
    RRULE_SEVERAL(WARNING, none(), "RFC 5545 3.8.5.3: RRULE SHOULD NOT occur more than once; EXRULE was dropped"
            + " from RFC 5545 (appendix A.3); apps read the first rule only (evidence thin)", "Use one RRULE, with"
            + " RDATE and EXDATE for the rest."),
    /** RDATE without RRULE: Microsoft's own specification wants an RRULE beside it. */
    RDATE_WITHOUT_RRULE(INFO, apps(OUTLOOK), "Microsoft's MS-OXCICAL, on RDATE: an RRULE MUST be in the same VEVENT;"
            + " one report says Outlook skips the event (esrg-knights/Squire#214; evidence thin)", "Where Outlook"
            + " matters, write the dates as events of their own."),

    // The HTTP response.
    /** A status other than 200: the apps keep the old copy or drop the subscription. */
    HTTP_STATUS(ERROR, all(), "RFC 9110 15: subscribing apps need a 200 with the feed; on an error they keep"
            + " their old copy or drop the subscription (evidence thin)", "Serve the feed with 200 at its own URL."),
    /** A Content-Type other than text/calendar. */
    HTTP_CONTENT_TYPE(WARNING, none(), "RFC 5545 8.1: the media type is text/calendar; some clients refuse"
            + " text/plain or text/html (TracksApp/tracks#273; evidence on the three apps thin)", "Send"
            + " Content-Type: text/calendar; charset=utf-8."),
    /** No charset (or another than UTF-8) for a feed that is not all ASCII. */
    HTTP_CHARSET(WARNING, none(), "RFC 5545 8.1, RFC 9110 8.3.2: without charset=utf-8 a client may decode the"
            + " text as Latin-1 (evidence thin)", "Send Content-Type: text/calendar; charset=utf-8."),
    /** A compressed response: Outlook's subscription is reported to fail on it. */
    HTTP_CONTENT_ENCODING(WARNING, apps(OUTLOOK), "RFC 9110 8.4; an Outlook subscription was seen to fail until gzip"
            + " was turned off (markuspoerschke/iCal#541; one report)", "Serve the feed uncompressed, or only to"
            + " clients that ask for gzip."),
    /** Neither ETag nor Last-Modified: every poll fetches the whole feed again. */
    HTTP_VALIDATORS(INFO, none(), "RFC 9110 8.8, 13: a strong ETag or a Last-Modified lets clients that poll ask"
            + " \"has it changed?\" and get 304", "Send a strong ETag over the bytes and a Last-Modified (nightout's"
            + " FeedValidator computes both)."),
    /** A subscription URL over http rather than https: Google is reported to fetch https only. */
    URL_NOT_HTTPS(WARNING, apps(GOOGLE), "Google Calendar's \"From URL\" is reported to fail for http URLs"
            + " (ellite/Wallos#693; evidence thin)", "Serve the feed over https."),
    /** A subscription URL over 256 characters: Google is reported to fail on long URLs without a word. */
    URL_TOO_LONG(ERROR, apps(GOOGLE), "Google Calendar's \"From URL\" is reported to fail on long URLs without an"
            + " error (ilios/ilios#512 saw a limit of 116 characters in 2014; the 256 used here is what publishers"
            + " report; evidence thin)", "Shorten the"
            + " URL: fewer query parameters, or a short path that names the feed.");

    /** How much a finding of a rule matters. */
    public enum Severity {
        /** An app drops, rejects or misplaces data. */
        ERROR,
        /** An app shows it degraded, or a strict parser may refuse it. */
        WARNING,
        /** What a publisher should know. */
        INFO;

        /**
         * Returns the name as the command line prints it: {@code error}, {@code warning} or {@code info}.
         *
         * @return the lower-case name
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Severity severity;
    private final Set<LintTarget> targets;
    private final String reference;
    private final String fix;

    LintRule(Severity severity, Set<LintTarget> targets, String reference, String fix) {
        this.severity = severity;
        this.targets = targets;
        this.reference = reference;
        this.fix = fix;
    }

    private static Set<LintTarget> apps(LintTarget first, LintTarget... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    private static Set<LintTarget> all() {
        return Collections.unmodifiableSet(EnumSet.allOf(LintTarget.class));
    }

    private static Set<LintTarget> none() {
        return Collections.unmodifiableSet(EnumSet.noneOf(LintTarget.class));
    }

    /**
     * Returns the stable id, such as {@code tzid-without-vtimezone}: the constant's name in lower case with hyphens.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns how much a finding of this rule matters.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the apps this rule concerns; empty for a rule of the RFC that concerns no app in particular.
     *
     * @return an unmodifiable set
     */
    public Set<LintTarget> targets() {
        return targets;
    }

    /**
     * Returns the reason in one line, with its RFC section and the vendor documentation or issue threads it rests on.
     *
     * @return the reason
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns how to fix a finding of this rule.
     *
     * @return one sentence
     */
    public String fix() {
        return fix;
    }

    /**
     * Returns whether a lint for some apps reports this rule: it concerns one of them, or no app in particular.
     *
     * @param apps the apps linted for
     * @return true if findings of this rule are reported
     */
    public boolean concerns(Set<LintTarget> apps) {
        return targets.isEmpty() || !Collections.disjoint(targets, apps);
    }

    /**
     * Returns the rule with an id.
     *
     * @param id an id as {@link #id()} gives it
     * @return the rule
     * @throws IllegalArgumentException if no rule has that id
     */
    public static LintRule ofId(String id) {
        for (LintRule r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("No lint rule has the id \"" + id + "\"");
    }
}
