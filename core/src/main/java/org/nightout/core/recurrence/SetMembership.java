package org.nightout.core.recurrence;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Which of some times are occurrences of a set ({@link RecurrenceSet#occurrencesAmong(Collection)}), each answered as a
 * search from that time would answer it, but in one pass: the times in order, each looked up among the EXDATEs and
 * RDATEs, and compared with the rule's occurrences from one expansion that moves forward with them. So checking the
 * keys of many overrides costs one expansion, not one per key, and many RDATEs cost a binary search each.
 *
 * <p>With COUNT the expansion counts from DTSTART, as any search must. Without it, the expansion jumps to a time that
 * is far ahead rather than step through the occurrences between (as a window far from the start does), and searches
 * again from a time past the point where it gave up after {@link RecurrenceSet#SEARCH_LIMIT} empty periods, as a
 * search from that time would: for the times before that point it knows the answer, none.
 */
final class SetMembership<T extends Temporal> {
    /** How many of the rule's occurrences are stepped through towards a time before jumping to it instead. */
    private static final int STEPS_BEFORE_JUMP = 64;

    private final SetKind<T> kind;
    /** Starts the rule's occurrences as a window from a time does ({@link RecurrenceSet#ruleOccurrences}). */
    private final Function<T, RuleOccurrences<T>> walkFrom;
    /** Whether the expansion may start again later on: a rule without COUNT, whose occurrences need no counting. */
    private final boolean jumps;
    private final SetDates<T> rdates;
    private final SetDates<T> exdates;
    private RuleOccurrences<T> walk;
    private boolean walkEnded;
    /** The place on the time line of the walk's current occurrence, the first not before the time asked about last. */
    private long second;
    private int nano;

    SetMembership(SetKind<T> kind, Function<T, RuleOccurrences<T>> walkFrom, boolean jumps, SetDates<T> rdates,
            SetDates<T> exdates) {
        this.kind = kind;
        this.walkFrom = walkFrom;
        this.jumps = jumps;
        this.rdates = rdates;
        this.exdates = exdates;
    }

    /** The times that are occurrences, in order, without repeats. */
    List<T> among(Collection<? extends T> times) {
        SetDates<T> sorted = SetDates.of(kind, times, t -> t, "times element");
        List<T> found = new ArrayList<>();
        for (int i = 0; i < sorted.list.size(); i++) {
            T t = sorted.list.get(i);
            long s = sorted.seconds[i];
            int n = sorted.nanos[i];
            if (!exdates.contains(s, n) && (rdates.contains(s, n) || ruleGives(t, s, n))) {
                found.add(t);
            }
        }
        return found;
    }

    /** Whether DTSTART or the rule gives a time; the times asked about come in order. */
    private boolean ruleGives(T t, long s, int n) {
        if (walk == null) {
            restart(t);
        } else if (jumps) {
            for (int i = 0; i < STEPS_BEFORE_JUMP && !walkEnded && SetKind.compare(second, nano, s, n) < 0; i++) {
                step();
            }
            if (walkEnded ? walk.truncated() && kind.local(t).toLocalDate().toEpochDay() >= walk.truncatedAtDay()
                    : SetKind.compare(second, nano, s, n) < 0) {
                restart(t);
            }
        }
        while (!walkEnded && SetKind.compare(second, nano, s, n) < 0) {
            step();
        }
        return !walkEnded && second == s && nano == n;
    }

    /** Starts the expansion again as a window from a time does. */
    private void restart(T t) {
        walk = walkFrom.apply(t);
        walkEnded = false;
        step();
    }

    private void step() {
        if (walk.next() == null) {
            walkEnded = true;
        } else {
            second = walk.lastSecond;
            nano = walk.lastNano;
        }
    }
}
