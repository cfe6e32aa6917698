package org.nightout.core.recurrence;

import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Comparator;
import org.nightout.core.recurrence.RecurrenceRule.Until;

/**
 * What differs between the three forms of a set ({@link DateKind}, {@link ZonedKind}, {@link FloatingKind}): how a
 * local time becomes an occurrence and back, and where a value stands on the set's time line.
 */
abstract class SetKind<T extends Temporal> {
    final Comparator<T> order;
    final boolean allDay;

    SetKind(Comparator<T> order, boolean allDay) {
        this.order = order;
        this.allDay = allDay;
    }

    /**
     * The occurrence of the expander's current candidate, given as a local time too unless the set is
     * {@link #allDay} (then null).
     */
    abstract T fromCandidate(RuleExpander expander, LocalDateTime local);

    /** The wall-clock time of a value, as the rule counts. */
    abstract LocalDateTime local(T t);

    /**
     * A local time no later than {@link #local(Temporal)} of a value, and close to it: where the rule may begin
     * to look for occurrences at or after the value.
     */
    LocalDateTime skipTarget(T t) {
        return local(t);
    }

    /** The wall-clock time an occurrence shows: later than the rule's local time where a gap moved it. */
    LocalDateTime effectiveLocal(T t) {
        return local(t);
    }

    /** Whether a gap moved the occurrence of a local time later than that time. */
    boolean moved(T t, LocalDateTime local) {
        return false;
    }

    /** A value as this set shows it. */
    T normalised(T t) {
        return t;
    }

    /**
     * The whole seconds of a value's place on the set's time line, which orders as {@link #order} does with
     * {@link #nano(Temporal)}: the instant's epoch second for a timed set, the local time's seconds as if in
     * UTC for the others.
     */
    abstract long second(T t);

    /** The nanoseconds of a value's place on the set's time line, within {@link #second(Temporal)}. */
    int nano(T t) {
        return 0;
    }

    /**
     * {@link #second(Temporal)} of the occurrence of a local time, given that time as seconds from the epoch
     * in UTC's reckoning, where no gap {@link #moved(Temporal, LocalDateTime) moved} it.
     */
    long second(T t, long localSecond) {
        return localSecond;
    }

    /** Whether an occurrence is after UNTIL, given its local time as the rule gave it (null for an all-day set). */
    abstract boolean after(T t, LocalDateTime local, Until until);

    /** Orders two places on a time line, each given as a second and a nanosecond within it. */
    static int compare(long second1, int nano1, long second2, int nano2) {
        int bySecond = Long.compare(second1, second2);
        return bySecond != 0 ? bySecond : Integer.compare(nano1, nano2);
    }
}
