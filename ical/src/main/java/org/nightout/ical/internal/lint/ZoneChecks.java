package org.nightout.ical.internal.lint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.nightout.ical.LintRule;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.zones.CustomZone;
import org.nightout.ical.internal.zones.TimeZones;

/**
 * The TZIDs of one VCALENDAR against its VTIMEZONEs, checked when the calendar ends, since a VTIMEZONE may follow the
 * events that use it. Each TZID keeps the line of its first use, its earliest time and the first line of each year it
 * is used in; each VTIMEZONE is evaluated by the reader's {@link CustomZone} for those years only.
 *
 * <p>What "covers" means: in every year a TZID is used, its VTIMEZONE changes the clocks where the IANA zone its name
 * (or X-LIC-LOCATION) stands for does; a zone no name resolves counts as ended where its daylight-saving changes stop;
 * and the earliest time is not before the first onset where the offset before it is not the first TZOFFSETFROM.
 *
 * <p>Not thread-safe: one instance belongs to one lint.
 */
final class ZoneChecks {
    private static final Set<String> IANA_IDS = ZoneId.getAvailableZoneIds();
    /** The most years of one TZID whose rules are evaluated: each costs time in proportion to the observances. */
    private static final int MAX_YEARS = 50;
    /** How far back a zone that no name resolves is searched for the daylight-saving changes it stopped. */
    private static final int SEARCH_BACK_YEARS = 50;

    private final Findings findings;
    private final Map<String, Component> blocks = new HashMap<>();
    private final Map<String, Use> uses = new LinkedHashMap<>();

    ZoneChecks(Findings findings) {
        this.findings = findings;
    }

    /** Where a TZID is used: first line, earliest time, first line of each year. */
    private static final class Use {
        final String tzid;
        final int line;
        final String property;
        LocalDateTime earliest;
        int earliestLine;
        final TreeMap<Integer, Integer> years = new TreeMap<>();

        Use(String tzid, int line, String property) {
            this.tzid = tzid;
            this.line = line;
            this.property = property;
        }
    }

    /**
     * Takes a VTIMEZONE of the calendar, whose onsets must be real dates and times; a later one with the same TZID
     * replaces it, as for the reader.
     */
    void define(Component vtimezone) {
        ContentLine tzid = vtimezone.firstOrNull("TZID");
        if (tzid != null) {
            blocks.put(TimeZones.key(tzid.value), vtimezone);
        }
        for (Component observance : vtimezone.children) {
            for (ContentLine p : observance.properties) {
                if (p.name.equals("DTSTART") || p.name.equals("RDATE")) {
                    DateValue.of(p, bad -> findings.add(LintRule.INVALID_DATE, p.line, p.name, "\"" + bad + "\" is"
                            + " not a real date-time (YYYYMMDDTHHMMSS) for an onset of " + observance.name));
                }
            }
        }
    }

    /** Takes a time with a TZID, on {@code line} in {@code property}. */
    void use(DateValue v, int line, String property) {
        String key = TimeZones.key(v.tzid());
        Use use = uses.computeIfAbsent(key, k -> new Use(v.tzid(), line, property));
        if (use.earliest == null || v.local().isBefore(use.earliest)) {
            use.earliest = v.local();
            use.earliestLine = line;
        }
        use.years.putIfAbsent(v.local().getYear(), line);
    }

    /** Checks every TZID of the calendar that ended, and forgets them: the next calendar has its own. */
    void calendarEnded() {
        uses.forEach(this::check);
        uses.clear();
        blocks.clear();
    }

    private void check(String key, Use use) {
        Component block = blocks.get(key);
        if (block == null) {
            if (IANA_IDS.contains(key)) {
                findings.add(LintRule.TZID_WITHOUT_VTIMEZONE, use.line, use.property, "TZID \"" + use.tzid
                        + "\" has no VTIMEZONE in this calendar");
            } else {
                findings.add(LintRule.UNKNOWN_TZID, use.line, use.property, "TZID \"" + use.tzid + "\" has no"
                        + " VTIMEZONE in this calendar and is no IANA zone name"
                        + TimeZones.byName(key).map(z -> " (this reader takes it for " + z.getId()
                                + "; other apps need not)").orElse(""));
            }
            return;
        }
        Optional<CustomZone> rules = CustomZone.of(block, problem -> { });
        if (rules.isEmpty()) {
            findings.add(LintRule.VTIMEZONE_COVERAGE, block.line, "VTIMEZONE", "the VTIMEZONE of TZID \"" + use.tzid
                    + "\" has no STANDARD or DAYLIGHT observance with a DTSTART and offsets");
            return;
        }
        Optional<ZoneId> named = TimeZones.byName(key).or(() -> block.first("X-LIC-LOCATION")
                .flatMap(l -> TimeZones.byName(TimeZones.key(l.value))));
        if (!checkStart(block, use, rules.get(), named)) {
            checkYears(block, use, rules.get(), named);
        }
    }

    /** Reports a first use before the block's first onset where the offset there is not that onset's TZOFFSETFROM. */
    private boolean checkStart(Component block, Use use, CustomZone custom, Optional<ZoneId> named) {
        LocalDateTime first = custom.firstOnset();
        if (!use.earliest.isBefore(first)) {
            return false;
        }
        boolean wrong = named.isPresent()
                ? !named.get().getRules().getOffset(use.earliest).equals(custom.offsetBeforeFirstOnset())
                : use.earliest.isBefore(first.minusDays(366));
        if (wrong) {
            findings.add(LintRule.VTIMEZONE_COVERAGE, block.line, "VTIMEZONE", "the VTIMEZONE of TZID \"" + use.tzid
                    + "\" starts at " + first + ", after the time " + use.earliest + " on line " + use.earliestLine
                    + named.map(z -> ", when " + z.getId() + " was at "
                            + z.getRules().getOffset(use.earliest).getId()).orElse(""));
        }
        return wrong;
    }

    private void checkYears(Component block, Use use, CustomZone custom, Optional<ZoneId> named) {
        boolean withRrule = custom.repeatsByRule();
        int evaluated = 0;
        for (Map.Entry<Integer, Integer> year : use.years.entrySet()) {
            if (++evaluated > MAX_YEARS) {
                return;
            }
            int y = year.getKey();
            int changes = changes(custom.rulesAround(y), y);
            if (changes > 0 && !withRrule) {
                findings.add(LintRule.VTIMEZONE_WITHOUT_RRULE, block.line, "VTIMEZONE", "the VTIMEZONE of TZID \""
                        + use.tzid + "\" changes its clocks in " + y + " by RDATE or single observances, with no"
                        + " yearly RRULE");
                return;
            }
            if (changes == 0) {
                String stale = named.isPresent() ? endedBeside(named.get(), y) : ended(custom, y);
                if (stale != null) {
                    findings.add(LintRule.VTIMEZONE_COVERAGE, block.line, "VTIMEZONE", "the VTIMEZONE of TZID \""
                            + use.tzid + "\" has no daylight-saving change in " + y + ", " + stale + "; the time on"
                            + " line " + year.getValue() + " falls in that year");
                    return;
                }
            }
        }
    }

    /** Why a year without changes is uncovered where an IANA zone has changes then, or null. */
    private static String endedBeside(ZoneId zone, int year) {
        int iana = changes(zone.getRules(), year);
        return iana > 0 ? "where " + zone.getId() + " changes its clocks " + iana + " times" : null;
    }

    /** Why a year without changes is uncovered where the block's daylight-saving changes stopped before it, or null. */
    private static String ended(CustomZone custom, int year) {
        for (int y = year - 1; y >= Math.max(1, year - SEARCH_BACK_YEARS); y--) {
            int changes = changes(custom.rulesAround(y), y);
            if (changes > 0) {
                return changes >= 2 ? "though it had daylight saving time until " + y + " and its rules end there"
                        : null;
            }
        }
        return null;
    }

    /** How many times the offset changes within a year. */
    private static int changes(ZoneRules rules, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        int n = 0;
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            n++;
        }
        return n;
    }
}
