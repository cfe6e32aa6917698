package org.nightout.ical.internal.zones;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.lines.Formats;

/**
 * Builds a compact VTIMEZONE from the JDK's own zone rules, offline, for the years a feed uses.
 *
 * <p>Written by hand because iCal4j's VTIMEZONE carries a zone's whole history since 1883 and a TZURL that sends
 * clients to the network, and hands back another zone's block for an alias zone. Here a zone whose current
 * daylight-saving rules cover the feed becomes one STANDARD and one DAYLIGHT observance with a yearly RRULE, the
 * form Outlook expects; transitions from before the current rules are written one observance each, and every
 * RRULE is checked against the JDK's own transitions before it is used.
 */
public final class TimeZoneBlocks {
    /** Years an RRULE is checked against the JDK's transitions before it is trusted. */
    private static final int RULE_CHECK_YEARS = 40;

    private TimeZoneBlocks() {
    }

    /** The TZID a zone is written under: its id, which for a fixed offset is the offset itself, such as -05:00. */
    public static String tzid(ZoneId zone) {
        return zone.getId();
    }

    /** Tells whether times in a zone are written in UTC form ("Z") with no VTIMEZONE. */
    public static boolean isUtc(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC);
    }

    /**
     * Writes the VTIMEZONE of a zone that is valid for local times from the start of {@code fromYear} through the end
     * of {@code toYear}, and beyond where the zone's current rules hold.
     */
    public static void write(ContentLines out, ZoneId zone, int fromYear, int toYear) throws IOException {
        ZoneRules rules = zone.getRules();
        LocalDateTime from = LocalDate.of(fromYear - 1, 1, 1).atStartOfDay();
        Instant fromInstant = from.toInstant(rules.getOffset(from));
        List<ZoneOffsetTransition> explicit = new ArrayList<>();
        List<Observance> recurring = new ArrayList<>();

        int ruleYear = firstRuleYear(rules, fromYear - 1);
        if (ruleYear <= toYear + 1 && !rules.getTransitionRules().isEmpty()) {
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                Observance o = Observance.recurring(rules, rule, ruleYear);
                if (o == null) {
                    recurring.clear();
                    ruleYear = Integer.MAX_VALUE;
                    break;
                }
                recurring.add(o);
            }
        }
        Instant explicitEnd = ruleYear == Integer.MAX_VALUE
                ? LocalDate.of(toYear + 2, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)
                : LocalDate.of(ruleYear, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(14 * 3600);
        ZoneOffsetTransition t = rules.nextTransition(fromInstant.minusSeconds(1));
        while (t != null && t.getInstant().isBefore(explicitEnd)) {
            explicit.add(t);
            t = rules.nextTransition(t.getInstant());
        }

        out.begin("VTIMEZONE");
        out.name("TZID").value(tzid(zone));
        LocalDateTime firstOnset = explicit.isEmpty()
                ? recurring.stream().map(o -> o.start).min(LocalDateTime::compareTo).orElse(LocalDateTime.MAX)
                : explicit.get(0).getDateTimeBefore();
        if (firstOnset.isAfter(LocalDate.of(fromYear, 1, 1).atStartOfDay())) {
            // Nothing defines the offset at the start of the feed's first year: state it.
            ZoneOffset offset = rules.getOffset(fromInstant);
            writeObservance(out, zone, rules.isDaylightSavings(fromInstant), from, offset, offset, null);
        }
        for (ZoneOffsetTransition e : explicit) {
            writeObservance(out, zone, rules.isDaylightSavings(e.getInstant()), e.getDateTimeBefore(),
                    e.getOffsetBefore(), e.getOffsetAfter(), null);
        }
        for (Observance o : recurring) {
            writeObservance(out, zone, o.daylight, o.start, o.offsetFrom, o.offsetTo, o.rrule);
        }
        out.end("VTIMEZONE");
    }

    /** The first year from which the zone's transition rules, not its explicit transitions, give every transition. */
    private static int firstRuleYear(ZoneRules rules, int notBefore) {
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (transitions.isEmpty()) {
            return notBefore;
        }
        ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
        return Math.max(notBefore, last.getDateTimeAfter().getYear() + 1);
    }

    private static void writeObservance(ContentLines out, ZoneId zone, boolean daylight, LocalDateTime start,
            ZoneOffset from, ZoneOffset to, String rrule) throws IOException {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        out.begin(kind);
        out.name("DTSTART").value(start);
        out.name("TZOFFSETFROM").value(Formats.offset(from));
        out.name("TZOFFSETTO").value(Formats.offset(to));
        if (rrule != null) {
            out.name("RRULE").value(rrule);
        }
        if (!(zone instanceof ZoneOffset)) {
            out.name("TZNAME").text(TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.US));
        }
        out.end(kind);
    }

    /** One yearly observance: where it starts, the offsets, and the RRULE that repeats it. */
    private static final class Observance {
        final LocalDateTime start;
        final ZoneOffset offsetFrom;
        final ZoneOffset offsetTo;
        final boolean daylight;
        final String rrule;

        private Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to, boolean daylight, String rrule) {
            this.start = start;
            this.offsetFrom = from;
            this.offsetTo = to;
            this.daylight = daylight;
            this.rrule = rrule;
        }

        /** Returns the observance of a rule from a year on, or null if no RRULE reproduces the rule exactly. */
        static Observance recurring(ZoneRules rules, ZoneOffsetTransitionRule rule, int year) {
            ZoneOffsetTransition first = rule.createTransition(year);
            LocalDateTime start = first.getDateTimeBefore();
            DayOfWeek day = start.getDayOfWeek();
            int ordinal = (start.getDayOfMonth() - 1) / 7 + 1;
            for (int candidate : new int[] {ordinal, -1}) {
                if (candidate <= 4 && reproduces(rule, year, candidate, day, start)) {
                    String rrule = "FREQ=YEARLY;BYMONTH=" + start.getMonthValue() + ";BYDAY=" + candidate
                            + day.name().substring(0, 2);
                    return new Observance(start, first.getOffsetBefore(), first.getOffsetAfter(),
                            rules.isDaylightSavings(first.getInstant()), rrule);
                }
            }
            return null;
        }

        private static boolean reproduces(ZoneOffsetTransitionRule rule, int year, int ordinal, DayOfWeek day,
                LocalDateTime start) {
            for (int y = year; y < year + RULE_CHECK_YEARS; y++) {
                LocalDateTime actual = rule.createTransition(y).getDateTimeBefore();
                LocalDate first = LocalDate.of(y, start.getMonth(), 1);
                LocalDate byRule = first.with(ordinal == -1 ? TemporalAdjusters.lastInMonth(day)
                        : TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
                if (!actual.equals(byRule.atTime(start.toLocalTime()))) {
                    return false;
                }
            }
            return true;
        }
    }
}
