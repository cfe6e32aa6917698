package org.nightout.ical.internal.zones;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nightout.core.internal.DateDigits;
import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.core.recurrence.RecurrenceSet;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.read.Component;

/**
 * The rules of one VTIMEZONE, evaluated completely: every STANDARD and DAYLIGHT observance, with its DTSTART, its
 * RRULEs (any rule core's recurrence engine takes, so BYHOUR and BYMINUTE as Lotus Notes writes them too, ended by
 * UNTIL or COUNT) and its RDATEs, over all the eras the block describes. At any instant the offset is the TZOFFSETTO of the
 * latest onset before it, whichever observance it belongs to; an onset's local time is read in its TZOFFSETFROM.
 *
 * <p>The rules are evaluated a year at a time, into a small java.time {@link ZoneRules} that covers that year and
 * the ones on either side: a block from 1601 whose rules never end costs no more than one from 2007, and only the
 * years a document's events use cost anything. No {@link java.time.zone.ZoneRulesProvider} is registered: the
 * rules belong to one read, not to the JVM.
 *
 * <p>Not thread-safe: one instance belongs to one read.
 */
public final class CustomZone {
    /**
     * Years a rule that yields no onset is searched back for its last one before it counts as having none: a rule on
     * February 29 yields one every eight years at worst.
     */
    private static final int SEARCH_BACK_YEARS = 30;
    /**
     * The most observances read from one VTIMEZONE. A zone's whole history since 1847 takes a few hundred; each year
     * a document uses costs time in proportion to them, so a hostile block cannot make a read take hours.
     */
    public static final int MAX_OBSERVANCES = 1_000;

    private final List<Observance> observances;
    private final ZoneOffset initial;
    /** The rules last evaluated: events come in runs of one year, and each year's rules are worth keeping once. */
    private ZoneRules lastRules;
    private int lastYear;

    private CustomZone(List<Observance> observances, ZoneOffset initial) {
        this.observances = observances;
        this.initial = initial;
    }

    /**
     * Reads the observances of a VTIMEZONE. What cannot be read (an observance without offsets, an RRULE that is no
     * yearly rule) is told to {@code problems} and left out; empty when no observance is left.
     */
    public static Optional<CustomZone> of(Component vtimezone, Consumer<String> problems) {
        List<Observance> observances = new ArrayList<>();
        for (Component c : vtimezone.children) {
            if (c.name.equals("STANDARD") || c.name.equals("DAYLIGHT")) {
                if (observances.size() == MAX_OBSERVANCES) {
                    problems.accept("it has more than " + MAX_OBSERVANCES + " observances; those from line " + c.line
                            + " on are left out");
                    break;
                }
                Observance.of(c, problems).ifPresent(observances::add);
            }
        }
        return observances.stream().min(Comparator.comparing(o -> o.start.toEpochSecond(o.from)))
                .map(first -> new CustomZone(List.copyOf(observances), first.from));
    }

    /** The rules in force around a year: exact for the year itself and the ones before and after it. */
    public ZoneRules rulesAround(int year) {
        if (lastRules == null || lastYear != year) {
            lastRules = evaluate(year);
            lastYear = year;
        }
        return lastRules;
    }

    /** The local time of the earliest onset; before it the block gives only {@link #offsetBeforeFirstOnset()}. */
    public LocalDateTime firstOnset() {
        return observances.stream().min(Comparator.comparing(o -> o.start.toEpochSecond(o.from))).orElseThrow().start;
    }

    /** The TZOFFSETFROM of the earliest onset: the offset the block gives the times before it. */
    public ZoneOffset offsetBeforeFirstOnset() {
        return initial;
    }

    /** Whether an observance repeats by a readable RRULE, rather than by RDATEs or single onsets alone. */
    public boolean repeatsByRule() {
        return observances.stream().anyMatch(o -> !o.rules.isEmpty());
    }

    /**
     * Reads a local time by these rules as RFC 5545 asks: in a gap it moves forward by the length of the gap (the
     * offset before the gap applies), in an overlap the earlier of the two offsets applies.
     */
    public ZonedDateTime at(LocalDateTime local) {
        ZoneRules rules = rulesAround(local.getYear());
        ZoneOffsetTransition t = rules.getTransition(local);
        if (t == null) {
            return ZonedDateTime.of(local, rules.getOffset(local));
        }
        if (t.isGap()) {
            return ZonedDateTime.ofInstant(local.toInstant(t.getOffsetBefore()), t.getOffsetAfter());
        }
        return ZonedDateTime.of(local, t.getOffsetBefore());
    }

    private ZoneRules evaluate(int year) {
        List<Onset> onsets = new ArrayList<>();
        Onset before = null;
        for (Observance o : observances) {
            o.onsetsIn(year - 1, year + 1, onsets);
            Onset last = o.lastBefore(year - 1);
            if (last != null && (before == null || last.epochSecond() > before.epochSecond())) {
                before = last;
            }
        }
        onsets.sort(Comparator.comparingLong(Onset::epochSecond));
        ZoneOffset wall = before == null ? initial : before.to;
        ZoneOffset base = wall;
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        for (Onset o : onsets) {
            long at = o.epochSecond();
            ZoneOffsetTransition previous = transitions.isEmpty() ? null : transitions.get(transitions.size() - 1);
            if (previous != null && previous.toEpochSecond() == at) {
                // Two onsets at one instant: the later-listed one wins, as if it came a moment later.
                transitions.remove(transitions.size() - 1);
                wall = previous.getOffsetBefore();
            }
            if (!o.to.equals(wall)) {
                transitions.add(ZoneOffsetTransition.of(LocalDateTime.ofEpochSecond(at, 0, wall), wall, o.to));
                wall = o.to;
            }
        }
        return ZoneRules.of(base, base, List.of(), transitions, List.of());
    }

    /** One moment the offset becomes {@code to}; {@code local} is read in {@code from}. */
    private record Onset(LocalDateTime local, ZoneOffset from, ZoneOffset to) {
        long epochSecond() {
            return local.toEpochSecond(from);
        }
    }

    /** A STANDARD or DAYLIGHT block: its first onset, offsets, recurrence rules and extra dates. */
    private static final class Observance {
        final LocalDateTime start;
        final ZoneOffset from;
        final ZoneOffset to;
        final List<OnsetRule> rules;
        final List<LocalDateTime> dates;

        private Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to, List<OnsetRule> rules,
                List<LocalDateTime> dates) {
            this.start = start;
            this.from = from;
            this.to = to;
            this.rules = rules;
            this.dates = dates;
        }

        static Optional<Observance> of(Component c, Consumer<String> problems) {
            Optional<ZoneOffset> to = c.first("TZOFFSETTO").flatMap(p -> offset(p.value));
            Optional<ZoneOffset> from = c.first("TZOFFSETFROM").flatMap(p -> offset(p.value)).or(() -> to);
            Optional<LocalDateTime> start = c.first("DTSTART").flatMap(p -> localTime(p.value));
            if (to.isEmpty() || start.isEmpty()) {
                problems.accept(c.name + " on line " + c.line + " has no readable DTSTART or TZOFFSETTO and is left"
                        + " out");
                return Optional.empty();
            }
            List<OnsetRule> rules = new ArrayList<>(1);
            List<LocalDateTime> dates = new ArrayList<>(0);
            for (ContentLine p : c.properties) {
                if (p.name.equals("RRULE")) {
                    OnsetRule.parse(p, start.get(), from.get(), problems, c.name).ifPresent(rules::add);
                } else if (p.name.equals("RDATE")) {
                    for (String v : p.value.split(",")) {
                        // A PERIOD's start is its onset.
                        Optional<LocalDateTime> date = localTime(v.contains("/") ? v.substring(0, v.indexOf('/')) : v);
                        date.ifPresent(dates::add);
                    }
                }
            }
            return Optional.of(new Observance(start.get(), from.get(), to.get(), rules, dates));
        }

        void onsetsIn(int firstYear, int lastYear, List<Onset> out) {
            if (start.getYear() >= firstYear && start.getYear() <= lastYear) {
                out.add(new Onset(start, from, to));
            }
            for (LocalDateTime d : dates) {
                if (d.getYear() >= firstYear && d.getYear() <= lastYear) {
                    out.add(new Onset(d, from, to));
                }
            }
            for (OnsetRule r : rules) {
                for (LocalDateTime d : r.onsetsIn(firstYear, lastYear)) {
                    out.add(new Onset(d, from, to));
                }
            }
        }

        /** The latest onset in a year before {@code year}, or null. */
        Onset lastBefore(int year) {
            LocalDateTime latest = start.getYear() < year ? start : null;
            for (LocalDateTime d : dates) {
                if (d.getYear() < year && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
            for (OnsetRule r : rules) {
                LocalDateTime last = r.lastBefore(year);
                if (last != null && (latest == null || last.isAfter(latest))) {
                    latest = last;
                }
            }
            return latest == null ? null : new Onset(latest, from, to);
        }
    }

    /**
     * An observance's RRULE as onsets, expanded by core's recurrence engine, so that a VTIMEZONE takes any rule an
     * event may (Lotus Notes writes BYHOUR and BYMINUTE into them). RFC 5545 3.6.5 gives an observance's DTSTART and
     * its onsets as local times and its UNTIL in UTC; the UNTIL is read in the observance's TZOFFSETFROM, the offset in
     * force just before each onset.
     */
    private static final class OnsetRule {
        /**
         * The most onsets taken from one rule in a year: real zones change twice, and a hostile rule (FREQ=SECONDLY)
         * must not make a year cost millions.
         */
        private static final int MAX_ONSETS_PER_YEAR = 64;
        private final RecurrenceSet<LocalDateTime> onsets;
        private final LocalDateTime start;

        private OnsetRule(RecurrenceSet<LocalDateTime> onsets, LocalDateTime start) {
            this.onsets = onsets;
            this.start = start;
        }

        /** The rule, or empty, with the reason told to {@code problems}, where it cannot be read. */
        static Optional<OnsetRule> parse(ContentLine rrule, LocalDateTime start, ZoneOffset from,
                Consumer<String> problems, String observance) {
            try {
                RecurrenceRule rule = RecurrenceRule.parse(rrule.value.strip());
                if (rule.until().orElse(null) instanceof RecurrenceRule.Until.AtUtc utc) {
                    rule = rule.endingAt(new RecurrenceRule.Until.AtLocal(
                            LocalDateTime.ofInstant(utc.instant(), from)));
                }
                return Optional.of(new OnsetRule(RecurrenceSet.floating(start).withRule(rule), start));
            } catch (IllegalArgumentException e) {
                // ValidationException or a form that does not parse; both say what was wrong.
                problems.accept("the RRULE \"" + rrule.value + "\" of " + observance + " on line " + rrule.line
                        + " cannot be read (" + e.getMessage() + "); only its DTSTART and RDATEs are used");
                return Optional.empty();
            }
        }

        /** The rule's onsets in the years {@code firstYear} to {@code lastYear}, in order. */
        List<LocalDateTime> onsetsIn(int firstYear, int lastYear) {
            List<LocalDateTime> found = new ArrayList<>(2);
            if (lastYear < start.getYear()) {
                return found;
            }
            RecurrenceSet.Occurrences<LocalDateTime> it = onsets.iterator(
                    LocalDateTime.of(firstYear, 1, 1, 0, 0), LocalDateTime.of(lastYear + 1, 1, 1, 0, 0));
            int limit = MAX_ONSETS_PER_YEAR * (lastYear - firstYear + 1);
            while (it.hasNext() && found.size() < limit) {
                found.add(it.next());
            }
            return found;
        }

        /** The rule's latest onset in a year before {@code year}, searched back {@link #SEARCH_BACK_YEARS}, or null. */
        LocalDateTime lastBefore(int year) {
            for (int y = year - 1; y >= start.getYear() && y >= year - SEARCH_BACK_YEARS; y--) {
                List<LocalDateTime> in = onsetsIn(y, y);
                if (!in.isEmpty()) {
                    return in.get(in.size() - 1);
                }
            }
            return null;
        }
    }

    private static Optional<ZoneOffset> offset(String value) {
        String v = value.strip();
        try {
            // RFC 5545 writes +hhmm or +hhmmss; some writers add a colon.
            return Optional.of(ZoneOffset.of(v.length() == 5 || v.length() == 7 ? v.substring(0, 3) + ":"
                    + v.substring(3, 5) + (v.length() == 7 ? ":" + v.substring(5) : "") : v));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A DATE-TIME without zone, or a DATE read as its midnight; a trailing Z is ignored, as VTIMEZONE times are local. */
    private static Optional<LocalDateTime> localTime(String value) {
        String v = value.strip();
        if (v.endsWith("Z") || v.endsWith("z")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.length() == 8) {
            return Optional.ofNullable(DateDigits.basicDate(v, 0)).map(LocalDate::atStartOfDay);
        }
        if (v.length() != 15) {
            return Optional.empty();
        }
        LocalDateTime t = DateDigits.basicDateTime(v, 0);
        if (t != null) {
            return Optional.of(t);
        }
        // What the basic form refuses and zone blocks still carry: midnight written as 24:00, and a leap second.
        LocalDate date = DateDigits.basicDate(v, 0);
        if (date == null || !DateDigits.isDigits(v, 9, 15)) {
            return Optional.empty();
        }
        int h = DateDigits.number(v, 9, 11);
        int m = DateDigits.number(v, 11, 13);
        int s = DateDigits.number(v, 13, 15);
        if (h == 24 && m == 0 && s == 0) {
            return Optional.of(date.plusDays(1).atStartOfDay());
        }
        return s == 60 && h < 24 && m < 60 ? Optional.of(date.atTime(h, m, 59)) : Optional.empty();
    }
}
