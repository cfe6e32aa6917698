package org.nightout.core.recurrence;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.TreeSet;

/**
 * RDATEs or EXDATEs: in order, without repeats, each with its place on the set's time line worked out once
 * ({@link SetKind#second(Temporal)}), so that the expansion compares numbers.
 */
final class SetDates<T extends Temporal> {
    private static final SetDates<?> EMPTY = new SetDates<>(List.of(), new long[0], new int[0]);

    final List<T> list;
    final long[] seconds;
    final int[] nanos;

    private SetDates(List<T> list, long[] seconds, int[] nanos) {
        this.list = list;
        this.seconds = seconds;
        this.nanos = nanos;
    }

    SetDates(SetKind<T> kind, TreeSet<T> sorted) {
        this(List.copyOf(sorted), new long[sorted.size()], new int[sorted.size()]);
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = kind.second(list.get(i));
            nanos[i] = kind.nano(list.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends Temporal> SetDates<T> empty() {
        return (SetDates<T>) EMPTY;
    }
}
