package org.nightout.ical.internal.zones;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.read.Component;

/**
 * The rules of one VTIMEZONE, evaluated completely: every STANDARD and DAYLIGHT observance, with its DTSTART, its
 * yearly RRULEs (BYMONTH with BYDAY such as {@code 1SU} or {@code -1SU}, or BYMONTHDAY with BYDAY, ended by UNTIL
 * or COUNT) and its RDATEs, over all the eras the block describes. At any instant the offset is the TZOFFSETTO of the
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
    /** The last year an iCalendar date can name; a COUNT is not followed past it. */
    private static final int LAST_YEAR = 9999;

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
        final List<YearlyRule> rules;
        final List<LocalDateTime> dates;

        private Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to, List<YearlyRule> rules,
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
            List<YearlyRule> rules = new ArrayList<>(1);
            List<LocalDateTime> dates = new ArrayList<>(0);
            for (ContentLine p : c.properties) {
                if (p.name.equals("RRULE")) {
                    Optional<YearlyRule> rule = YearlyRule.parse(p.value, start.get(), from.get());
                    if (rule.isPresent()) {
                        rules.add(rule.get());
                    } else {
                        problems.accept("the RRULE \"" + p.value + "\" of " + c.name + " on line " + p.line
                                + " is no yearly rule by month and day; only its DTSTART and RDATEs are used");
                    }
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
            for (YearlyRule r : rules) {
                for (int y = firstYear; y <= lastYear; y++) {
                    for (LocalDateTime d : r.occurrencesIn(y)) {
                        out.add(new Onset(d, from, to));
                    }
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
            for (YearlyRule r : rules) {
                LocalDateTime last = r.lastBefore(year);
                if (last != null && (latest == null || last.isAfter(latest))) {
                    latest = last;
                }
            }
            return latest == null ? null : new Onset(latest, from, to);
        }
    }

    /** FREQ=YEARLY by month and day of month or weekday, from DTSTART on, up to UNTIL or COUNT onsets. */
    private static final class YearlyRule {
        final LocalDateTime start;
        final int interval;
        final int[] months;
        final int[] monthDays;
        /** Weekdays with their ordinal in the month; ordinal 0 is every such weekday. */
        final int[] ordinals;
        final DayOfWeek[] weekdays;
        /** The last onset the rule may give, inclusive; LocalDateTime.MAX for none. */
        LocalDateTime last = LocalDateTime.MAX;

        private YearlyRule(LocalDateTime start, int interval, int[] months, int[] monthDays, int[] ordinals,
                DayOfWeek[] weekdays) {
            this.start = start;
            this.interval = interval;
            this.months = months;
            this.monthDays = monthDays;
            this.ordinals = ordinals;
            this.weekdays = weekdays;
        }

        static Optional<YearlyRule> parse(String rrule, LocalDateTime start, ZoneOffset from) {
            Map<String, String> parts = new HashMap<>();
            for (String part : rrule.strip().toUpperCase(Locale.ROOT).split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    parts.put(part.substring(0, eq).strip(), part.substring(eq + 1).replace(" ", ""));
                }
            }
            if (!"YEARLY".equals(parts.remove("FREQ"))) {
                return Optional.empty();
            }
            parts.remove("WKST");
            String until = parts.remove("UNTIL");
            String count = parts.remove("COUNT");
            String byday = parts.remove("BYDAY");
            String bymonthday = parts.remove("BYMONTHDAY");
            String bymonth = parts.remove("BYMONTH");
            String interval = parts.remove("INTERVAL");
            // A BYDAY without BYMONTH counts weekdays in the whole year, and BYSETPOS, BYYEARDAY or BYWEEKNO select
            // in ways no VTIMEZONE needs: such a rule is not guessed at.
            if (!parts.isEmpty() || byday != null && bymonth == null) {
                return Optional.empty();
            }
            try {
                int[] months = bymonth == null ? new int[] {start.getMonthValue()} : ints(bymonth);
                int[] monthDays = bymonthday == null ? new int[0] : ints(bymonthday);
                List<String> days = byday == null ? List.of() : List.of(byday.split(","));
                int[] ordinals = new int[days.size()];
                DayOfWeek[] weekdays = new DayOfWeek[days.size()];
                for (int i = 0; i < days.size(); i++) {
                    String d = days.get(i);
                    String number = d.substring(0, d.length() - 2).replace("+", "");
                    ordinals[i] = number.isEmpty() ? 0 : Integer.parseInt(number);
                    weekdays[i] = weekday(d.substring(d.length() - 2));
                    if (Math.abs(ordinals[i]) > 5) {
                        return Optional.empty();
                    }
                }
                for (int m : months) {
                    if (m < 1 || m > 12) {
                        return Optional.empty();
                    }
                }
                for (int d : monthDays) {
                    if (d == 0 || Math.abs(d) > 31) {
                        return Optional.empty();
                    }
                }
                int step = interval == null ? 1 : Integer.parseInt(interval);
                if (step < 1) {
                    return Optional.empty();
                }
                YearlyRule rule = new YearlyRule(start, step, months, monthDays, ordinals, weekdays);
                if (until != null) {
                    rule.last = until(until, from);
                } else if (count != null) {
                    rule.last = rule.countEnd(Long.parseLong(count));
                }
                return Optional.of(rule);
            } catch (RuntimeException e) {
                // NumberFormatException, DateTimeException, StringIndexOutOfBounds: a rule that cannot be read.
                return Optional.empty();
            }
        }

        /** UNTIL as a local time of the onsets it bounds: a UTC UNTIL is read in the observance's TZOFFSETFROM. */
        private static LocalDateTime until(String v, ZoneOffset from) {
            if (v.length() == 8) {
                return LocalDate.parse(v, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).atTime(LocalTime.MAX);
            }
            boolean utc = v.endsWith("Z");
            LocalDateTime local = localTime(utc ? v.substring(0, v.length() - 1) : v)
                    .orElseThrow(() -> new DateTimeException("not a date-time: " + v));
            return utc ? local.atOffset(ZoneOffset.UTC).withOffsetSameInstant(from).toLocalDateTime() : local;
        }

        /** The last onset of a rule that ends after {@code count} onsets, DTSTART the first of them. */
        private LocalDateTime countEnd(long count) {
            if (count <= 1) {
                return start;
            }
            long seen = 1;
            for (int y = start.getYear(); y <= LAST_YEAR; y++) {
                for (LocalDateTime d : occurrencesIn(y)) {
                    if (!d.equals(start) && ++seen >= count) {
                        return d;
                    }
                }
            }
            return LocalDateTime.MAX;
        }

        /** The rule's onsets in one year, in order. */
        List<LocalDateTime> occurrencesIn(int year) {
            if (year < start.getYear() || year > last.getYear() || (year - start.getYear()) % interval != 0) {
                return List.of();
            }
            List<LocalDateTime> found = new ArrayList<>(2);
            for (int m : months) {
                LocalDate first = LocalDate.of(year, m, 1);
                int length = first.lengthOfMonth();
                if (monthDays.length > 0) {
                    for (int d : monthDays) {
                        int day = d > 0 ? d : length + 1 + d;
                        if (day >= 1 && day <= length && weekdayMatches(first.withDayOfMonth(day))) {
                            found.add(first.withDayOfMonth(day).atTime(start.toLocalTime()));
                        }
                    }
                } else if (weekdays.length > 0) {
                    for (int i = 0; i < weekdays.length; i++) {
                        addWeekdays(first, ordinals[i], weekdays[i], found);
                    }
                } else if (start.getDayOfMonth() <= length) {
                    found.add(first.withDayOfMonth(start.getDayOfMonth()).atTime(start.toLocalTime()));
                }
            }
            found.removeIf(d -> d.isBefore(start) || d.isAfter(last));
            found.sort(null);
            return found;
        }

        private boolean weekdayMatches(LocalDate date) {
            if (weekdays.length == 0) {
                return true;
            }
            for (DayOfWeek w : weekdays) {
                if (date.getDayOfWeek() == w) {
                    return true;
                }
            }
            return false;
        }

        private void addWeekdays(LocalDate first, int ordinal, DayOfWeek weekday, List<LocalDateTime> found) {
            LocalTime time = start.toLocalTime();
            if (ordinal == 0) {
                for (LocalDate d = first.with(TemporalAdjusters.nextOrSame(weekday)); d.getMonth() == first.getMonth();
                        d = d.plusWeeks(1)) {
                    found.add(d.atTime(time));
                }
                return;
            }
            LocalDate d = ordinal > 0 ? first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday))
                    : first.with(TemporalAdjusters.lastInMonth(weekday)).plusWeeks(ordinal + 1);
            if (d.getMonth() == first.getMonth()) {
                found.add(d.atTime(time));
            }
        }

        /** The rule's latest onset in a year before {@code year}, or null. */
        LocalDateTime lastBefore(int year) {
            int from = Math.min(year - 1, last.getYear());
            int back = Math.min(400, SEARCH_BACK_YEARS * interval);
            for (int y = from; y >= start.getYear() && y > from - back; y--) {
                List<LocalDateTime> in = occurrencesIn(y);
                if (!in.isEmpty()) {
                    return in.get(in.size() - 1);
                }
            }
            return null;
        }

        private static int[] ints(String list) {
            String[] items = list.split(",");
            int[] values = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = Integer.parseInt(items[i].replace("+", ""));
            }
            return values;
        }

        private static DayOfWeek weekday(String two) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(two)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("not a weekday: " + two);
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
        try {
            if (v.length() == 8) {
                return Optional.of(LocalDate.parse(v, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay());
            }
            if (v.length() != 15 || v.charAt(8) != 'T') {
                return Optional.empty();
            }
            LocalDate date = LocalDate.parse(v.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            int h = Integer.parseInt(v.substring(9, 11));
            int m = Integer.parseInt(v.substring(11, 13));
            int s = Math.min(59, Integer.parseInt(v.substring(13, 15)));
            return Optional.of(h == 24 && m == 0 && s == 0 ? date.plusDays(1).atStartOfDay()
                    : date.atTime(h, m, s));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
