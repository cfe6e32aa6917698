package org.nightout.ical.internal.lint;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.internal.FingerprintTable;
import org.nightout.ical.LintRule;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.zones.TimeZones;

/**
 * The checks of one VEVENT at a time, as each completes: its identity (UID, DTSTAMP), its times (each value read
 * strictly, DTEND against DTSTART, TZIDs handed to the {@link ZoneChecks}), its recurrence. Its first floating time
 * is handed back, for the caller to judge by the calendar's X-WR-TIMEZONE.
 *
 * <p>Not thread-safe: one instance belongs to one lint.
 */
final class EventChecks {
    /** The properties whose values are dates or date-times of the event itself, where a zone matters. */
    private static final List<String> TIMES = List.of("DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "RDATE", "EXDATE");
    /** The properties whose values are UTC date-times about the record. */
    private static final Set<String> STAMPS = Set.of("DTSTAMP", "CREATED", "LAST-MODIFIED");

    private final Findings findings;
    private final ZoneChecks zones;
    /** Each UID and RECURRENCE-ID seen, with the line of its UID: a fingerprint each, not the strings. */
    private final FingerprintTable uids = new FingerprintTable();

    EventChecks(Findings findings, ZoneChecks zones) {
        this.findings = findings;
        this.zones = zones;
    }

    /** Checks a complete VEVENT; returns its first floating time's property, for the calendar to judge, or null. */
    ContentLine check(Component v) {
        checkIdentity(v);
        ContentLine floating = null;
        DateValue start = null;
        DateValue end = null;
        for (ContentLine p : v.properties) {
            if (STAMPS.contains(p.name)) {
                DateValue.of(p, bad -> invalid(p, bad));
            } else if (TIMES.contains(p.name)) {
                List<DateValue> values = DateValue.of(p, bad -> invalid(p, bad));
                if (values == null) {
                    continue;
                }
                for (DateValue value : values) {
                    if (value.date() && value.tzid() != null) {
                        findings.add(LintRule.TZID_ON_DATE, p.line, p.name, "TZID=" + value.tzid() + " on the date "
                                + p.value.strip());
                        break;
                    } else if (value.tzid() != null && !value.date() && !value.utc()) {
                        zones.use(value, p.line, p.name);
                    } else if (value.floating() && floating == null) {
                        floating = p;
                    }
                }
                if (p.name.equals("DTSTART") && start == null) {
                    start = values.get(0);
                } else if (p.name.equals("DTEND") && end == null) {
                    end = values.get(0);
                }
            }
        }
        ContentLine dtstart = v.firstOrNull("DTSTART");
        if (dtstart == null) {
            findings.add(LintRule.MISSING_DTSTART, v.line, "VEVENT", "the VEVENT has no DTSTART");
        }
        checkEnd(v, start, end);
        RecurrenceChecks.check(v, start, findings);
        ContentLine status = v.firstOrNull("STATUS");
        if (status != null && status.value.strip().equalsIgnoreCase("CANCELLED")) {
            findings.add(LintRule.CANCELLED_EVENT_HIDDEN, status.line, status.name, "Google hides this cancelled"
                    + " event rather than showing it cancelled");
        }
        return floating;
    }

    private void invalid(ContentLine p, String value) {
        findings.add(LintRule.INVALID_DATE, p.line, p.name, "\"" + value + "\" is not a real "
                + (p.paramIs("VALUE", "DATE") ? "date (YYYYMMDD)" : "date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS,"
                + " Z for UTC)"));
    }

    private void checkIdentity(Component v) {
        ContentLine uid = v.firstOrNull("UID");
        if (uid == null || uid.value.isBlank()) {
            findings.add(LintRule.MISSING_UID, uid == null ? v.line : uid.line, "UID", "the VEVENT has no UID");
        } else {
            ContentLine recurrenceId = v.firstOrNull("RECURRENCE-ID");
            String key = uid.text().strip() + (recurrenceId == null ? "" : "\n" + recurrenceId.value.strip());
            long first = uids.putIfAbsent(uids.fingerprint(key), uid.line);
            if (first != FingerprintTable.ABSENT) {
                findings.add(LintRule.DUPLICATE_UID, uid.line, "UID", "UID \"" + uid.text().strip() + "\""
                        + (recurrenceId == null ? "" : " with RECURRENCE-ID " + recurrenceId.value.strip())
                        + " is also the UID of the VEVENT whose UID is on line " + first);
            }
        }
        if (v.firstOrNull("DTSTAMP") == null) {
            findings.add(LintRule.MISSING_DTSTAMP, v.line, "VEVENT", "the VEVENT has no DTSTAMP");
        }
    }

    /** Checks DTEND against DTSTART and DURATION. */
    private void checkEnd(Component v, DateValue start, DateValue end) {
        ContentLine dtend = v.firstOrNull("DTEND");
        ContentLine duration = v.firstOrNull("DURATION");
        if (dtend != null && duration != null) {
            ContentLine later = dtend.line > duration.line ? dtend : duration;
            findings.add(LintRule.DTEND_AND_DURATION, later.line, later.name, "the VEVENT has both DTEND (line "
                    + dtend.line + ") and DURATION (line " + duration.line + ")");
        }
        if (start == null || end == null) {
            return;
        }
        if (start.date() != end.date()) {
            findings.add(LintRule.DTEND_VALUE_TYPE, dtend.line, dtend.name, "DTEND is a " + (end.date() ? "date" :
                    "date-time") + " but DTSTART is a " + (start.date() ? "date" : "date-time"));
            return;
        }
        Optional<Integer> order = compare(start, end);
        if (order.isEmpty()) {
            return;
        }
        if (order.get() > 0) {
            findings.add(LintRule.DTEND_BEFORE_DTSTART, dtend.line, dtend.name, "DTEND " + dtend.value.strip()
                    + " is before DTSTART " + v.firstOrNull("DTSTART").value.strip());
        } else if (order.get() == 0 && start.date()) {
            findings.add(LintRule.ZERO_LENGTH_ALL_DAY, dtend.line, dtend.name, "DTEND " + dtend.value.strip()
                    + " is the day of DTSTART; an all-day DTEND is the day after the last day");
        } else if (order.get() == 0) {
            findings.add(LintRule.DTEND_EQUALS_DTSTART, dtend.line, dtend.name, "DTEND " + dtend.value.strip()
                    + " is DTSTART");
        }
    }

    /**
     * Compares two times of one kind: dates, or date-times in UTC, in one TZID, floating, or in zones their names
     * give. Empty where a zone is only defined by the document, which the zone checks look at.
     */
    private static Optional<Integer> compare(DateValue a, DateValue b) {
        if (a.date() || a.utc() == b.utc() && (a.tzid() == null ? b.tzid() == null : b.tzid() != null
                && TimeZones.key(a.tzid()).equals(TimeZones.key(b.tzid())))) {
            return Optional.of(a.local().compareTo(b.local()));
        }
        Optional<Long> x = epochSecond(a);
        Optional<Long> y = epochSecond(b);
        return x.isPresent() && y.isPresent() ? Optional.of(x.get().compareTo(y.get())) : Optional.empty();
    }

    private static Optional<Long> epochSecond(DateValue v) {
        if (v.utc()) {
            return Optional.of(v.local().toEpochSecond(ZoneOffset.UTC));
        }
        if (v.tzid() == null) {
            return Optional.empty();
        }
        Optional<ZoneId> zone = TimeZones.byName(TimeZones.key(v.tzid()));
        LocalDateTime local = v.local();
        return zone.map(z -> local.atZone(z).toEpochSecond());
    }
}
