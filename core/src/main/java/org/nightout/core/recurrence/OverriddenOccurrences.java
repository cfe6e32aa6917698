package org.nightout.core.recurrence;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
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
     * @param overridden the overrides by original start in the set's form, cancelled ones too
     * @param moved the overrides whose own start is in the window, in order of that start
     * @param regular makes the event of an occurrence that is not overridden
     * @param startOf gives the start of an override
     * @param order the set's order of occurrences
     */
    private OverriddenOccurrences(Iterator<T> original, Map<T, ?> overridden, List<E> moved,
            Function<? super T, ? extends E> regular, Function<? super E, ? extends T> startOf, Comparator<T> order) {
        this.original = original;
        this.overridden = overridden;
        this.moved = moved;
        this.regular = regular;
        this.startOf = startOf;
        this.order = order;
        this.pending = advance();
    }

    /** Merges the occurrences of a set in a window with its overrides, as the set's method describes. */
    static <T extends Temporal, E> OverriddenOccurrences<T, E> of(RecurrenceSet<T> set, SetKind<T> kind, T from,
            T to, Map<T, Optional<E>> overrides, Function<? super T, ? extends E> regular,
            Function<? super E, ? extends T> startOf) {
        Iterator<T> original = set.iterator(from, to);
        // Keys in the set's own form, as its occurrences come, so that equal keys are the same occurrence and a hash
        // map finds them: a sorted map would cost every query a sort of all the overrides.
        Map<T, Optional<E>> byKey = new HashMap<>();
        overrides.forEach((k, v) -> byKey.put(kind.normalised(Objects.requireNonNull(k, "overrides key")),
                Objects.requireNonNull(v, "overrides value")));
        long fromSecond = kind.second(from);
        int fromNano = kind.nano(from);
        long toSecond = kind.second(to);
        int toNano = kind.nano(to);
        List<T> movedIn = new ArrayList<>();
        byKey.forEach((key, event) -> event.ifPresent(e -> {
            T at = Objects.requireNonNull(startOf.apply(e), "startOf");
            long second = kind.second(at);
            int nano = kind.nano(at);
            if (SetKind.compare(second, nano, fromSecond, fromNano) >= 0
                    && SetKind.compare(second, nano, toSecond, toNano) < 0) {
                movedIn.add(key);
            }
        }));
        // The keys are checked in one pass, and come back in order, so that overrides moved to the same start stay
        // in the order of their keys.
        List<E> moved = new ArrayList<>();
        for (T key : set.occurrencesAmong(movedIn)) {
            moved.add(byKey.get(key).get());
        }
        moved.sort(Comparator.<E, T>comparing(startOf::apply, kind.order));
        return new OverriddenOccurrences<>(original, byKey, moved, regular, startOf, kind.order);
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
