package org.nightout.core.recurrence;

import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The occurrences of a window as a series shows them ({@link RecurrenceSet#occurrences(Temporal, Temporal, Map,
 * Function, Function)}): each occurrence of the set that is not overridden, made by {@code regular}, merged in order
 * of start with the overrides that were moved into the window.
 *
 * @param <T> the type of an occurrence of the set
 * @param <E> the type of an occurrence as the series shows it
 */
final class OverriddenOccurrences<T extends Temporal, E> implements Iterator<E> {
    private final Iterator<T> original;
    private final Map<T, ?> overridden;
    private final List<E> moved;
    private final Function<? super T, ? extends E> regular;
    private final Function<? super E, ? extends T> startOf;
    private final Comparator<T> order;
    private T pending;
    private int m;

    /**
     * Merges the occurrences of a set with its overrides.
     *
     * @param original the set's occurrences in the window
     * @param overridden the overrides by original start, cancelled ones too, in a map that compares as the set does
     * @param moved the overrides whose own start is in the window, in order of that start
     * @param regular makes the event of an occurrence that is not overridden
     * @param startOf gives the start of an override
     * @param order the set's order of occurrences
     */
    OverriddenOccurrences(Iterator<T> original, Map<T, ?> overridden, List<E> moved,
            Function<? super T, ? extends E> regular, Function<? super E, ? extends T> startOf, Comparator<T> order) {
        this.original = original;
        this.overridden = overridden;
        this.moved = moved;
        this.regular = regular;
        this.startOf = startOf;
        this.order = order;
        this.pending = advance();
    }

    private T advance() {
        while (original.hasNext()) {
            T t = original.next();
            if (!overridden.containsKey(t)) {
                return t;
            }
        }
        return null;
    }

    @Override
    public boolean hasNext() {
        return pending != null || m < moved.size();
    }

    @Override
    public E next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (pending != null && (m == moved.size() || order.compare(pending, startOf.apply(moved.get(m))) <= 0)) {
            E e = regular.apply(pending);
            pending = advance();
            return e;
        }
        return moved.get(m++);
    }
}
