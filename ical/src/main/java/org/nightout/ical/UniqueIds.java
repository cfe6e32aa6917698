package org.nightout.ical;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.nightout.core.Event;
import org.nightout.core.internal.FingerprintTable;

/**
 * Gives events that share an id ids of their own as they stream past, so that a feed written from them never has
 * two VEVENTs with one UID: the first event keeps its id; each later one gets the id with the next free suffix
 * ({@code -2}, {@code -3}, ..., the id cut short where it would pass 255 characters), and its UID, if it has one, the
 * same suffix. {@link ICalendarReader} does the same with the repeated UIDs of a document; this class does it for
 * events from anywhere else, such as a JSON array, on their way into {@link ICalendarWriter}.
 *
 * <p>It keeps a 64-bit fingerprint of every id it has seen and the position of the event that took it, in primitive
 * arrays, about 20 bytes an event (a million events take about 20 MB), and neither the ids nor the events, so a
 * stream of any length passes in a small heap. Two different ids share a fingerprint with a chance below one in
 * thirty million among a million ids; the later one is then renamed though its id was free. The fingerprints are
 * keyed afresh for each instance, so input cannot be made to collide on purpose.
 *
 * <p>Not thread-safe: one instance takes one stream of events, in order.
 *
 * <pre>{@code
 * UniqueIds ids = UniqueIds.create();
 * jsonEvents.read(in, event -> batch.add(ids.claim(event, (original, renamed, index, firstIndex) ->
 *         log.warn("event " + index + " is read as " + renamed.id() + ": event " + firstIndex + " has its id"))));
 * }</pre>
 */
public final class UniqueIds {
    /** The longest id an event may have (see {@link Event#id()}). */
    private static final int MAX_ID = 255;

    private final FingerprintTable firstAt = new FingerprintTable();
    /** The last suffix given to each repeated id, so that ten thousand copies of one id take linear time. */
    private final Map<String, Integer> lastSuffix = new HashMap<>();
    private long index;

    private UniqueIds() {
    }

    /** Hears of each event that {@link #claim(Event, Listener)} gives another id. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Hears that an event was given another id.
         *
         * @param original the event as it came
         * @param renamed the event with its new id (and UID)
         * @param index the position of the event among those claimed, from 0
         * @param firstIndex the position of the event that has the original id
         */
        void renamed(Event original, Event renamed, long index, long firstIndex);
    }

    /**
     * Returns an instance that has seen no id.
     *
     * @return the instance
     */
    public static UniqueIds create() {
        return new UniqueIds();
    }

    /**
     * Claims an event's id, or, where an earlier event has it, the id with the next free suffix.
     *
     * @param event the next event of the stream
     * @return the event, or a copy with the new id
     * @throws NullPointerException if {@code event} is null
     */
    public Event claim(Event event) {
        return claim(event, (original, renamed, at, first) -> { });
    }

    /**
     * Claims an event's id, or, where an earlier event has it, the id with the next free suffix, and tells the
     * listener of the new id.
     *
     * @param event the next event of the stream
     * @param listener hears of the new id, if the event gets one
     * @return the event, or a copy with the new id
     * @throws NullPointerException if an argument is null
     */
    public Event claim(Event event, Listener listener) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(listener, "listener");
        long at = index++;
        long first = firstAt.putIfAbsent(firstAt.fingerprint(event.id()), at);
        if (first == FingerprintTable.ABSENT) {
            return event;
        }
        int n = lastSuffix.getOrDefault(event.id(), 1);
        String id;
        String suffix;
        do {
            suffix = "-" + ++n;
            id = truncated(event.id(), MAX_ID - suffix.length()) + suffix;
        } while (firstAt.putIfAbsent(firstAt.fingerprint(id), at) != FingerprintTable.ABSENT);
        lastSuffix.put(event.id(), n);
        Event.Builder b = Event.builder().from(event).id(id);
        String uidSuffix = suffix;
        event.uid().ifPresent(uid -> b.uid(uid + uidSuffix));
        Event renamed = b.build();
        listener.renamed(event, renamed, at, first);
        return renamed;
    }

    /** Cuts text to at most {@code max} characters, never between the two halves of a surrogate pair. */
    private static String truncated(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }
}
