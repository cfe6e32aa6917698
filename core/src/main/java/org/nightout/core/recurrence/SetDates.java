package org.nightout.core.recurrence;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * RDATEs, EXDATEs or times to look up: in order, without repeats, each with its place on the set's time line worked out
 * once ({@link SetKind#second(Temporal)}), so that the expansion compares numbers and a look-up is a binary search.
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

    /**
     * The dates of a collection, each as {@code form} gives it, in the set's order and without repeats (of dates at
     * one place, the first given). Each place is worked out once: dates that come in order are not sorted, and others
     * are sorted by their places, not by comparing the dates, which would work each place out again at each step.
     *
     * @param element the name of an element in the message of a NullPointerException
     */
    static <T extends Temporal> SetDates<T> of(SetKind<T> kind, Collection<? extends T> dates, UnaryOperator<T> form,
            String element) {
        List<T> given = new ArrayList<>(dates.size());
        for (T t : dates) {
            given.add(form.apply(Objects.requireNonNull(t, element)));
        }
        int size = given.size();
        long[] givenSeconds = new long[size];
        int[] givenNanos = new int[size];
        boolean ordered = true;
        for (int i = 0; i < size; i++) {
            givenSeconds[i] = kind.second(given.get(i));
            givenNanos[i] = kind.nano(given.get(i));
            ordered &= i == 0 || SetKind.compare(givenSeconds[i - 1], givenNanos[i - 1], givenSeconds[i],
                    givenNanos[i]) <= 0;
        }
        Integer[] order = null;
        if (!ordered) {
            order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // A stable sort, so that of dates at one place the first given comes first.
            Arrays.sort(order, (a, b) -> SetKind.compare(givenSeconds[a], givenNanos[a], givenSeconds[b],
                    givenNanos[b]));
        }
        List<T> list = new ArrayList<>(size);
        long[] seconds = new long[size];
        int[] nanos = new int[size];
        int n = 0;
        for (int k = 0; k < size; k++) {
            int i = order == null ? k : order[k];
            if (n == 0 || givenSeconds[i] != seconds[n - 1] || givenNanos[i] != nanos[n - 1]) {
                list.add(given.get(i));
                seconds[n] = givenSeconds[i];
                nanos[n] = givenNanos[i];
                n++;
            }
        }
        return new SetDates<>(List.copyOf(list), Arrays.copyOf(seconds, n), Arrays.copyOf(nanos, n));
    }

    /** The index of the first date at or after a place on the time line, or the number of dates if none is. */
    int indexFrom(long second, int nano) {
        int low = 0;
        int high = seconds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (SetKind.compare(seconds[mid], nanos[mid], second, nano) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether a place on the time line is one of the dates. */
    boolean contains(long second, int nano) {
        int i = indexFrom(second, nano);
        return i < seconds.length && seconds[i] == second && nanos[i] == nano;
    }

    @SuppressWarnings("unchecked")
    static <T extends Temporal> SetDates<T> empty() {
        return (SetDates<T>) EMPTY;
    }
}
