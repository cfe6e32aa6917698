package org.nightout.ical.internal.lint;

import java.util.List;
import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;
import org.nightout.ical.LintRule;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.read.Component;

/**
 * The recurrence of one VEVENT: each RRULE read by core's recurrence engine, the one parser of rules, then held
 * against what RFC 5545 requires of UNTIL and what the apps can repeat.
 */
final class RecurrenceChecks {
    private RecurrenceChecks() {
    }

    /** Checks the RRULEs, EXRULEs and RDATEs of a VEVENT whose DTSTART is {@code start} (null where unreadable). */
    static void check(Component v, DateValue start, Findings findings) {
        List<ContentLine> rules = v.all("RRULE");
        for (int i = 0; i < rules.size(); i++) {
            ContentLine p = rules.get(i);
            if (i == 1) {
                findings.add(LintRule.RRULE_SEVERAL, p.line, p.name, "a second RRULE; the first is on line "
                        + rules.get(0).line);
            }
            RecurrenceRule rule;
            try {
                rule = RecurrenceRule.parse(p.value.strip());
            } catch (IllegalArgumentException e) {
                // ValidationException or a form that does not parse; both say what is wrong.
                findings.add(LintRule.RRULE_INVALID, p.line, p.name, "\"" + p.value + "\" is no rule: "
                        + e.getMessage());
                continue;
            }
            String subDaily = rule.frequency().compareTo(Frequency.DAILY) < 0 ? rule.frequency().name() : null;
            String outlook = subDaily == null ? outlookCannot(rule) : null;
            if (subDaily != null) {
                findings.add(LintRule.RRULE_SUB_DAILY, p.line, p.name, "FREQ=" + subDaily + " repeats more often"
                        + " than daily");
            } else if (outlook != null) {
                findings.add(LintRule.RRULE_OUTLOOK_PATTERN, p.line, p.name, "\"" + p.value + "\": " + outlook);
            }
            if (start != null && rule.until().isPresent()) {
                checkUntil(p, rule.until().get(), start, findings);
            }
        }
        for (ContentLine p : v.all("EXRULE")) {
            findings.add(LintRule.RRULE_SEVERAL, p.line, p.name, "EXRULE is no longer part of iCalendar");
        }
        List<ContentLine> rdates = v.all("RDATE");
        if (!rdates.isEmpty() && rules.isEmpty()) {
            findings.add(LintRule.RDATE_WITHOUT_RRULE, rdates.get(0).line, "RDATE", "RDATE without an RRULE in"
                    + " the same VEVENT");
        }
    }

    /**
     * Reports an UNTIL of another form than RFC 5545 3.3.10 requires beside DTSTART, where a consumer refuses it: not
     * a date-time in UTC beside a zoned start, or one beside a floating start. Beside a date, Exchange writes a UTC
     * UNTIL and the consumers take it.
     */
    private static void checkUntil(ContentLine p, RecurrenceRule.Until until, DateValue start, Findings findings) {
        String wanted = null;
        if (start.floating() && until instanceof RecurrenceRule.Until.AtUtc) {
            wanted = "a local date-time, as DTSTART is floating";
        } else if (!start.date() && !start.floating() && !(until instanceof RecurrenceRule.Until.AtUtc)) {
            wanted = "a UTC date-time ending in Z, as DTSTART" + (start.utc() ? " is in UTC" : " has a TZID");
        }
        if (wanted != null) {
            findings.add(LintRule.RRULE_UNTIL_FORM, p.line, p.name, "UNTIL=" + until + " should be " + wanted);
        }
    }

    /**
     * Why Outlook cannot hold a rule, or null where it can: its recurrences are every n days; every n weeks on some
     * weekdays; every n months on one day, one nth weekday, or weekdays picked by one BYSETPOS; and the same every
     * year in one month.
     */
    static String outlookCannot(RecurrenceRule r) {
        Frequency f = r.frequency();
        boolean nth = r.byDay().stream().anyMatch(d -> d.ordinal() != 0);
        String why = null;
        if (!r.bySecond().isEmpty() || !r.byMinute().isEmpty() || !r.byHour().isEmpty()) {
            why = "it repeats at several hours, minutes or seconds of a day";
        } else if (!r.byWeekNo().isEmpty() || !r.byYearDay().isEmpty()) {
            why = "it names week numbers or days of the year";
        } else if (r.bySetPos().size() > 1) {
            why = "it picks more than one position of the period";
        } else if (r.byMonth().size() > 1 || !r.byMonth().isEmpty() && f != Frequency.YEARLY) {
            why = "it names more than one month, or months in a rule that is not yearly";
        } else if (r.byMonthDay().size() > 1) {
            why = "it names more than one day of the month";
        } else if (!r.byMonthDay().isEmpty() && (!r.byDay().isEmpty() || f == Frequency.DAILY
                || f == Frequency.WEEKLY)) {
            why = "it names a day of the month together with weekdays, or in a daily or weekly rule";
        } else if (nth && r.byDay().size() > 1) {
            why = "it names more than one nth weekday, such as the 2nd and the 4th Tuesday";
        } else if ((f == Frequency.MONTHLY || f == Frequency.YEARLY) && !r.byDay().isEmpty() && !nth
                && r.bySetPos().isEmpty()) {
            why = "it repeats on every such weekday of the month or year";
        } else if (f == Frequency.YEARLY && r.byMonth().isEmpty() && (!r.byDay().isEmpty()
                || !r.byMonthDay().isEmpty())) {
            why = "it names days of a yearly rule without their month";
        }
        return why;
    }
}
