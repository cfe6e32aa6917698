package org.nightout.core.recurrence;

import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.PriorityQueue;
import org.nightout.core.recurrence.RecurrenceRule.Until;

/**
 * DTSTART and then the rule's occurrences, in the start's form and in order, with COUNT and UNTIL applied. In a
 * zone, a local time in a gap moves forward past local times that follow it, so those are held back until no
 * later local time can come before them.
 */
final class RuleOccurrences<T extends Temporal> {
    private final SetKind<T> kind;
    private final T start;
    private final long startSecond;
    private final int startNano;
    private final Optional<Until> until;
    private final int count;
    private final RuleExpander expander;
    /** Occurrences a gap moved forward, waiting for their turn; made on the first such one. */
    private PriorityQueue<T> held;
    private boolean startGiven;
    private boolean expanderDone;
    private LocalDateTime lastLocal;
    /** The place on the time line of the occurrence {@link #next()} returned last ({@link SetKind#second}). */
    long lastSecond;
    int lastNano;
    private int given;

    /**
     * Starts the occurrences of a set.
     *
     * @param kind the set's form
     * @param start DTSTART
     * @param wallStart DTSTART's local time, from which the rule is expanded
     * @param rule the rule, or null for DTSTART alone
     * @param startSecond DTSTART's place on the time line ({@link SetKind#second(Temporal)})
     * @param startNano its nanoseconds ({@link SetKind#nano(Temporal)})
     * @param from where the caller's window starts if after DTSTART, else null
     */
    RuleOccurrences(SetKind<T> kind, T start, LocalDateTime wallStart, RecurrenceRule rule, long startSecond,
            int startNano, T from) {
        this.kind = kind;
        this.start = start;
        this.startSecond = startSecond;
        this.startNano = startNano;
        this.until = rule == null ? Optional.empty() : rule.until();
        this.count = rule == null ? 1 : rule.count().orElse(Integer.MAX_VALUE);
        this.expander = rule == null ? null : new RuleExpander(rule, wallStart);
        this.expanderDone = rule == null;
        // Two days' slack: a local time is at most 18 hours from UTC, and a gap moves it at most a day.
        if (until.isPresent()) {
            expander.stopAfter(until.get().date().plusDays(2));
        }
        if (expander != null && from != null && rule.count().isEmpty()) {
            // A day earlier, as a local time in a gap lands up to a day later (Samoa skipped 2011-12-30).
            expander.skipTo(kind.skipTarget(from).minusDays(1));
        }
    }

    boolean truncated() {
        return expander != null && expander.truncated();
    }

    /**
     * Where the search gave up, once {@link #truncated()}: no local time after the last occurrence given and before
     * this epoch day is an occurrence.
     */
    long truncatedAtDay() {
        return expander.lastPeriodDay();
    }

    T next() {
        if (given >= count) {
            return null;
        }
        if (!startGiven) {
            startGiven = true;
            given++;
            lastSecond = startSecond;
            lastNano = startNano;
            return start;
        }
        while (true) {
            T head = held == null ? null : held.peek();
            if (head != null && (expanderDone || !kind.effectiveLocal(head).isAfter(lastLocal))) {
                held.poll();
                long second = kind.second(head);
                int nano = kind.nano(head);
                if (SetKind.compare(second, nano, lastSecond, lastNano) <= 0) {
                    continue;
                }
                given++;
                lastSecond = second;
                lastNano = nano;
                return head;
            }
            if (expanderDone) {
                return null;
            }
            if (!expander.advance()) {
                expanderDone = true;
                continue;
            }
            if (expander.second() == expander.startSecond()) {
                // DTSTART's own local time: its occurrence is DTSTART or, in a repeated hour, the earlier
                // instant of the same local time, and in a gap it moves to DTSTART; in each case no later than
                // DTSTART, which was given first, so it would be dropped. No candidate comes before it.
                continue;
            }
            // An all-day set needs only the date.
            LocalDateTime local = kind.allDay ? null : expander.local();
            lastLocal = local;
            T t = kind.fromCandidate(expander, local);
            boolean moved = kind.moved(t, local);
            if (until.isPresent() && kind.after(t, local, until.get())) {
                // Later local times can only land later, unless this one was moved forward by a gap.
                expanderDone = !moved;
                continue;
            }
            if (!moved && head == null) {
                // Nothing held and not moved: it would be taken from the queue at once, so it need not go in.
                // Its place follows from the expander's local second, and the rule's times have no nanoseconds.
                long second = kind.second(t, expander.second());
                if (SetKind.compare(second, 0, lastSecond, lastNano) <= 0) {
                    continue;
                }
                given++;
                lastSecond = second;
                lastNano = 0;
                return t;
            }
            if (held == null) {
                held = new PriorityQueue<>(kind.order);
            }
            held.add(t);
        }
    }
}
