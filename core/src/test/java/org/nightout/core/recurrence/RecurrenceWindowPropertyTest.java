package org.nightout.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * A window of a timed set, given in any zone, holds what the whole iteration holds between its ends, compared by
 * instant; {@code occurrencesAmong}, {@code isOccurrence} and {@code next} agree with the whole iteration too. The
 * starts fall around changes of offset, in their gaps and overlaps, in zones whose changes are an hour (New York,
 * London) or half an hour (Lord Howe); the rules are those of {@link RecurrenceLibRecurPropertyTest#rules()}, BYSETPOS
 * and BYWEEKNO among them, with RDATEs and EXDATEs on top.
 */
class RecurrenceWindowPropertyTest {
    private static final List<String> ZONES = List.of("America/New_York", "Australia/Lord_Howe", "Europe/London");
    /** Zones the windows are given in: other offsets, and one of the sets' own. */
    private static final List<String> WINDOW_ZONES = List.of("UTC", "Asia/Tokyo", "America/Los_Angeles",
            "Pacific/Kiritimati", "Asia/Kathmandu", "Europe/London");
    /** How many occurrences the whole iteration may take before the window's end; a case that needs more is left. */
    private static final int MOST = 20_000;

    /**
     * A case: the set's zone and start as written (at the later offset of an overlap if {@code later}), its rule, and
     * a seed for its RDATEs, EXDATEs and the window.
     */
    record Case(String zone, LocalDateTime wall, boolean later, String rule, long seed) {
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void aWindow_holdsWhatTheWholeIterationHoldsInIt(@ForAll("cases") Case c) {
        ZoneId zone = ZoneId.of(c.zone());
        RecurrenceSet<ZonedDateTime> base = c.later()
                ? RecurrenceSet.timed(ZonedDateTime.of(c.wall(), zone).withLaterOffsetAtOverlap())
                : RecurrenceSet.timed(c.wall(), zone);
        ZonedDateTime start = base.start();
        RecurrenceRule rule = RecurrenceRule.parse(RecurrenceLibRecurPropertyTest.untilAfter(c.rule(),
                start.toInstant()));
        Random random = new Random(c.seed());
        Duration period = period(rule);
        List<ZonedDateTime> first = base.withRule(rule).occurrences().limit(10).toList();
        RecurrenceSet<ZonedDateTime> set = base.withRule(rule).withRdates(rdates(random, start, period, first))
                .withExdates(exdates(random, start, first));

        ZoneId windowZone = ZoneId.of(WINDOW_ZONES.get(random.nextInt(WINDOW_ZONES.size())));
        ZonedDateTime from = start.plus(period.multipliedBy(random.nextInt(23) - 2))
                .plusSeconds(random.nextInt((int) Math.min(period.getSeconds(), Integer.MAX_VALUE)))
                .withZoneSameInstant(windowZone);
        ZonedDateTime to = from.plus(period.multipliedBy(random.nextInt(11))).withZoneSameInstant(windowZone);

        List<ZonedDateTime> whole = new ArrayList<>();
        RecurrenceSet.Occurrences<ZonedDateTime> it = set.iterator();
        boolean reachedTo = false;
        while (it.hasNext() && !reachedTo) {
            Assume.that(whole.size() < MOST);
            ZonedDateTime t = it.next();
            whole.add(t);
            reachedTo = !t.toInstant().isBefore(to.toInstant());
        }
        // A whole iteration that gave up before the window's end may leave out what a search from nearer finds.
        Assume.that(reachedTo || !it.truncated());
        List<ZonedDateTime> expected = whole.stream().filter(t -> !t.toInstant().isBefore(from.toInstant())
                && t.toInstant().isBefore(to.toInstant())).toList();
        assertThat(set.occurrences(from, to).toList()).as("%s from %s to %s", c, from, to).isEqualTo(expected);

        Set<Instant> occurring = new TreeSet<>();
        whole.forEach(t -> occurring.add(t.toInstant()));
        List<ZonedDateTime> probes = probes(random, whole, from, to, windowZone);
        List<Instant> among = set.occurrencesAmong(probes).stream().map(ZonedDateTime::toInstant).toList();
        assertThat(among).as("%s among %s", c, probes).isEqualTo(probes.stream().map(ZonedDateTime::toInstant)
                .filter(occurring::contains).distinct().sorted().toList());
        for (ZonedDateTime p : probes.subList(0, Math.min(5, probes.size()))) {
            assertThat(set.isOccurrence(p)).as("%s isOccurrence %s", c, p).isEqualTo(occurring.contains(p.toInstant()));
            whole.stream().filter(t -> t.toInstant().isAfter(p.toInstant())).findFirst().ifPresent(
                    n -> assertThat(set.next(p)).as("%s next %s", c, p).contains(n));
        }
    }

    /** A few RDATEs near the start: some on the rule's own occurrences, one on a time in a gap or overlap. */
    private static List<ZonedDateTime> rdates(Random random, ZonedDateTime start, Duration period,
            List<ZonedDateTime> first) {
        List<ZonedDateTime> rdates = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            rdates.add(start.plus(period.multipliedBy(random.nextInt(12))).plusMinutes(random.nextInt(180) - 60L));
        }
        if (!first.isEmpty() && random.nextBoolean()) {
            rdates.add(first.get(random.nextInt(first.size())).withZoneSameInstant(ZoneId.of("UTC")));
        }
        return rdates;
    }

    /** A few EXDATEs: some of the first occurrences, in another zone, and a time that is none. */
    private static List<ZonedDateTime> exdates(Random random, ZonedDateTime start, List<ZonedDateTime> first) {
        List<ZonedDateTime> exdates = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0 && !first.isEmpty(); i--) {
            exdates.add(first.get(random.nextInt(first.size())).withZoneSameInstant(ZoneId.of("Asia/Tokyo")));
        }
        if (random.nextBoolean()) {
            exdates.add(start.plusSeconds(1));
        }
        return exdates;
    }

    /**
     * Times to look up, before the window's end so that the whole iteration decides them: occurrences, times beside
     * them, and times in the window, in no order and in the window's zone, one of them twice.
     */
    private static List<ZonedDateTime> probes(Random random, List<ZonedDateTime> whole, ZonedDateTime from,
            ZonedDateTime to, ZoneId zone) {
        List<ZonedDateTime> probes = new ArrayList<>();
        for (int i = 0; i < 12 && !whole.isEmpty(); i++) {
            ZonedDateTime t = whole.get(random.nextInt(whole.size()));
            long[] beside = {0, 0, 1, -1, 3600, -3600, 86_400};
            probes.add(t.plusSeconds(beside[random.nextInt(beside.length)]).withZoneSameInstant(zone));
        }
        long span = Duration.between(from, to).getSeconds();
        for (int i = 0; i < 4 && span > 0; i++) {
            probes.add(from.plusSeconds((long) (random.nextDouble() * span)));
        }
        if (!probes.isEmpty()) {
            probes.add(probes.get(0));
        }
        probes.removeIf(p -> !p.toInstant().isBefore(to.toInstant()));
        Collections.shuffle(probes, random);
        return probes;
    }

    /** About one period of the rule, INTERVAL included: the unit the windows are measured in. */
    private static Duration period(RecurrenceRule rule) {
        Duration unit = switch (rule.frequency()) {
            case YEARLY -> Duration.ofDays(365);
            case MONTHLY -> Duration.ofDays(30);
            case WEEKLY -> Duration.ofDays(7);
            case DAILY -> Duration.ofDays(1);
            case HOURLY -> Duration.ofHours(1);
            case MINUTELY -> Duration.ofMinutes(1);
            case SECONDLY -> Duration.ofSeconds(1);
        };
        return unit.multipliedBy(rule.interval());
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> zone = Arbitraries.of(ZONES);
        // Minutes from the moment a change of offset begins: before it, in the gap or the repeated hour, after it.
        Arbitrary<Integer> minutes = Arbitraries.of(-90, -30, -1, 0, 1, 15, 29, 30, 31, 45, 59, 60, 61, 90, 24 * 60);
        return Combinators.combine(zone, Arbitraries.integers().between(1995, 2030), Arbitraries.integers()
                .between(0, 1), minutes, Arbitraries.integers().between(0, 59), Arbitraries.of(true, false),
                RecurrenceLibRecurPropertyTest.rules(), Arbitraries.longs())
                .as((z, year, which, m, second, later, rule, seed) -> {
                    ZoneId id = ZoneId.of(z);
                    ZoneOffsetTransition change = id.getRules().nextTransition(
                            LocalDateTime.of(year, 1 + 6 * which, 1, 0, 0).atZone(id).toInstant());
                    // A gap begins at the local time before it, a repeated hour at the local time after it.
                    LocalDateTime begins = change.isGap() ? change.getDateTimeBefore() : change.getDateTimeAfter();
                    LocalDateTime wall = begins.plusMinutes(m).plusSeconds(m == 0 ? 0 : second);
                    return new Case(z, wall, later && change.isOverlap(), rule, seed);
                });
    }
}
