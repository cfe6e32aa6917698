package org.nightout.core.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.nightout.core.Campaign;
import org.nightout.core.Event;
import org.nightout.core.ValidationException;
import org.nightout.core.internal.Checks;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;

/**
 * The recurrence set of RFC 5545 section 3.8.5: the start times a DTSTART, an optional RRULE, RDATEs and EXDATEs
 * give, expanded lazily and in order.
 *
 * <p>A set has one of three forms, by the type of its start, and every date in it has that type:
 * <ul>
 *   <li>{@link #allDay(LocalDate) all-day} ({@code LocalDate}): occurrences are dates and stay on them;
 *   <li>{@link #timed(ZonedDateTime) timed} ({@code ZonedDateTime}): the rule is expanded in the start's wall-clock
 *       time as written, and each local time is placed in the start's zone as RFC 5545 sections 3.3.5 and 3.3.10
 *       say: a time in the gap of a change to summer time moves forward by the length of the gap (02:30 becomes
 *       03:30) on that day only, a time in the repeated hour of a change back takes the first, earlier offset. A
 *       DTSTART written in a gap ({@link #timed(LocalDateTime, ZoneId)}) is such a time: it moves, and the other
 *       occurrences keep the time as written. A DTSTART given at the later offset of a repeated hour
 *       ({@link #timed(ZonedDateTime)}) stays there as the first occurrence; the rule's local times still take the
 *       earlier offset, so one whose earlier offset falls before DTSTART gives no occurrence. Two local times that
 *       fall on the same instant give one occurrence. RDATEs and EXDATEs are compared by instant and RDATEs are
 *       shown in the start's zone;
 *   <li>{@link #floating(LocalDateTime) floating} ({@code LocalDateTime}): wall-clock times in no zone.
 * </ul>
 *
 * <p>DTSTART is always the first occurrence and counts as the first of COUNT, even where it does not match the
 * rule or UNTIL is before it (then it is the only one), as RFC 5545 says ("The DTSTART property value always counts as
 * the first occurrence"). A date the rule gives that does not exist (February 30, the 31st of a 30-day month) is
 * skipped, not moved. What the rule leaves out is taken from DTSTART, as RFC 5545 says: {@code FREQ=YEARLY;BYMONTHDAY=20}
 * without BYMONTH recurs on the 20th of DTSTART's month each year (as Google Calendar and Windows' calendar, which
 * write birthdays that way, mean it), not on the 20th of every month as some engines expand it. EXDATEs remove occurrences after COUNT has been applied; RDATEs add to them. UNTIL is
 * inclusive and compared in the form RFC 5545 requires for the start: a date with an all-day start, a UTC time with
 * a timed start, a local time with a floating one. The other forms, which the RFC forbids but real files carry, are
 * compared as follows: a date ends a timed or floating set after that whole local day; a UTC time ends an all-day
 * set on its UTC date and a floating set at the same wall-clock time; a local time ends a timed set at that time in
 * the start's zone, and an all-day set on its date.
 *
 * <h2>Infinite and absurd rules</h2>
 * A set without COUNT or UNTIL is infinite, and the streams are lazy, so take a window or a limit. No occurrence falls
 * after the year 9999. A rule that stops matching, or never did ({@code FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30}), or
 * matches only in a far future, is searched for until the year 9999 but at most {@link #SEARCH_LIMIT} consecutive
 * periods of its frequency (years, months, ..., seconds; whole days, hours and minutes that its BYxxx parts rule out
 * are stepped over at once and count as one period). Then the iteration ends, and {@link Occurrences#truncated()}
 * tells the caller that it ended there and not with the rule. Streams end the same way; use {@link #iterator(Temporal,
 * Temporal)} where the difference matters. Without COUNT, a window far from the start is reached directly; with COUNT,
 * the occurrences before the window are counted one by one, so their number bounds the cost.
 *
 * <h2>Overrides</h2>
 * Occurrences are identified by their start as the rule gives it (iCalendar: RECURRENCE-ID).
 * {@link #occurrences(Temporal, Temporal, Map, Function, Function)} replaces or cancels occurrences by that key and
 * places a moved occurrence where its new start falls; {@link #isOccurrence(Temporal)} checks a key, and
 * {@link #occurrencesAmong(Collection)} many keys in one pass.
 *
 * <p>This class is immutable and thread-safe; each iterator is for one thread.
 *
 * <pre>{@code
 * RecurrenceSet<ZonedDateTime> coffee = RecurrenceSet
 *     .timed(ZonedDateTime.of(2025, 1, 8, 8, 0, 0, 0, ZoneId.of("America/Chicago")))
 *     .withRule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"))
 *     .withExdates(List.of(ZonedDateTime.of(2025, 7, 9, 8, 0, 0, 0, ZoneId.of("America/Chicago"))));
 * coffee.occurrences(from, to).forEach(System.out::println);   // lazily, in order, July left out
 * coffee.next(ZonedDateTime.now());                            // the next one after now
 *
 * RecurrenceSet<LocalDate> nno = RecurrenceSet.allDay(LocalDate.of(2022, 8, 2))
 *     .withRule(Campaign.nationalNightOut().rule().toRecurrenceRule());
 * nno.occurrences(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)).toList();  // [2025-08-05, 2026-08-04]
 * }</pre>
 *
 * @param <T> the type of the start and of every occurrence: {@code LocalDate}, {@code ZonedDateTime} or
 *     {@code LocalDateTime}
 */
public final class RecurrenceSet<T extends Temporal> {
    /**
     * How many consecutive periods of a rule's frequency may pass without an occurrence before the expansion gives
     * up: 100,000. That is far beyond any real rule (the rarest, such as a Monday February 29th by a daily rule, recur
     * within some 15,000 days), and small enough that giving up takes milliseconds.
     */
    public static final int SEARCH_LIMIT = 100_000;

    private final SetKind<T> kind;
    private final T start;
    private final LocalDateTime wallStart;
    private final Optional<RecurrenceRule> rule;
    private final SetDates<T> rdates;
    private final SetDates<T> exdates;

    private RecurrenceSet(SetKind<T> kind, T start, LocalDateTime wallStart, Optional<RecurrenceRule> rule,
            SetDates<T> rdates, SetDates<T> exdates) {
        this.kind = kind;
        this.start = start;
        this.wallStart = wallStart;
        this.rule = rule;
        this.rdates = rdates;
        this.exdates = exdates;
    }

    /**
     * Obtains the set of an all-day start, without rule or dates yet.
     *
     * @param start the first date (DTSTART;VALUE=DATE)
     * @return the set
     * @throws NullPointerException if {@code start} is null
     * @throws ValidationException if the date is not in the years 1 to 9999
     */
    public static RecurrenceSet<LocalDate> allDay(LocalDate start) {
        Objects.requireNonNull(start, "start");
        if (!inner(start.getYear())) {
            Checks.of("RecurrenceSet").date("start", start).throwIfAny();
        }
        return create(DateKind.INSTANCE, start, start.atStartOfDay());
    }

    /**
     * Obtains the set of a start in a time zone (or in UTC), without rule or dates yet. The rule is expanded from the
     * start's own local time, the only one a {@code ZonedDateTime} holds: {@code ZonedDateTime.of} has already moved
     * a local time in a gap forward, so 02:30 written for the day New York skips from 02:00 to 03:00 arrives here as
     * 03:30, and the rule would repeat at 03:30. Where DTSTART was written at a local time that does not exist in its
     * zone, use {@link #timed(LocalDateTime, ZoneId)} with the time as written, as {@code EventSeries} does with its
     * {@code wallStart}, so that the other occurrences keep it. A start at the later offset of a repeated hour
     * ({@code withLaterOffsetAtOverlap()}) is kept as the first occurrence, at that offset.
     *
     * @param start the first occurrence
     * @return the set
     * @throws NullPointerException if {@code start} is null
     * @throws ValidationException if the start is not in the years 1 to 9999
     */
    public static RecurrenceSet<ZonedDateTime> timed(ZonedDateTime start) {
        Objects.requireNonNull(start, "start");
        return timed(start.toLocalDateTime(), start.getZone(), start);
    }

    /**
     * Obtains the set of a start written as a local time in a zone, such as {@code DTSTART;TZID=America/New_York:
     * 20250309T023000}, without rule or dates yet. The rule is expanded from that local time even where it does
     * not exist on the start's own day: the start is then 03:30 ({@code ZonedDateTime.of}, forward by the gap) and
     * the following days stay at 02:30. A local time in a repeated hour takes its earlier offset.
     *
     * @param wallStart the start's local date and time
     * @param zone the zone
     * @return the set
     * @throws NullPointerException if an argument is null
     * @throws ValidationException if the start is not in the years 1 to 9999
     */
    public static RecurrenceSet<ZonedDateTime> timed(LocalDateTime wallStart, ZoneId zone) {
        Objects.requireNonNull(wallStart, "wallStart");
        Objects.requireNonNull(zone, "zone");
        return timed(wallStart, zone, ZonedDateTime.of(wallStart, zone));
    }

    private static RecurrenceSet<ZonedDateTime> timed(LocalDateTime wall, ZoneId zone, ZonedDateTime start) {
        // Offsets are at most 18 hours, so local years strictly inside the range have their instant inside it too;
        // only a start in the first or last year needs the full check (which converts the instant to UTC).
        if (!inner(wall.getYear()) || !inner(start.getYear())) {
            Checks.of("RecurrenceSet").date("start", wall.toLocalDate()).dateTime("start", start).throwIfAny();
        }
        return create(new ZonedKind(zone), start, wall);
    }

    /**
     * Obtains the set of a floating start, a local time in no zone, without rule or dates yet.
     *
     * @param start the first occurrence
     * @return the set
     * @throws NullPointerException if {@code start} is null
     * @throws ValidationException if the start is not in the years 1 to 9999
     */
    public static RecurrenceSet<LocalDateTime> floating(LocalDateTime start) {
        Objects.requireNonNull(start, "start");
        if (!inner(start.getYear())) {
            Checks.of("RecurrenceSet").date("start", start.toLocalDate()).throwIfAny();
        }
        return create(FloatingKind.INSTANCE, start, start);
    }

    /** Whether a year is strictly inside the years every format takes, so that no check of it can fail. */
    private static boolean inner(int year) {
        return year > Checks.MIN_YEAR && year < Checks.MAX_YEAR;
    }

    private static <T extends Temporal> RecurrenceSet<T> create(SetKind<T> kind, T start, LocalDateTime wall) {
        return new RecurrenceSet<>(kind, start, wall, Optional.empty(), SetDates.empty(), SetDates.empty());
    }

    /**
     * Returns a copy with a rule (RRULE) in place of this one's.
     *
     * @param rule the rule
     * @return the changed set
     * @throws NullPointerException if {@code rule} is null
     * @throws ValidationException if an all-day set is given a rule with a time part: FREQ=HOURLY, MINUTELY or
     *     SECONDLY, BYHOUR, BYMINUTE or BYSECOND
     */
    public RecurrenceSet<T> withRule(RecurrenceRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (kind instanceof DateKind && (rule.frequency().compareTo(Frequency.DAILY) < 0 || !rule.byHour().isEmpty()
                || !rule.byMinute().isEmpty() || !rule.bySecond().isEmpty())) {
            Checks.of("RecurrenceSet").fail("rule", rule, "must have no time part (FREQ finer than DAILY, BYHOUR, "
                    + "BYMINUTE, BYSECOND) with an all-day start").throwIfAny();
        }
        return new RecurrenceSet<>(kind, start, wallStart, Optional.of(rule), rdates, exdates);
    }

    /**
     * Returns a copy with these dates (RDATE) in place of this one's; order and repeats do not matter.
     *
     * @param rdates the added occurrences; a timed set takes them in any zone and shows them in its own
     * @return the changed set
     * @throws NullPointerException if {@code rdates} or an element is null
     */
    public RecurrenceSet<T> withRdates(Collection<T> rdates) {
        Objects.requireNonNull(rdates, "rdates");
        return new RecurrenceSet<>(kind, start, wallStart, rule, SetDates.of(kind, rdates, kind::normalised,
                "rdates element"), exdates);
    }

    /**
     * Returns a copy with these excluded dates (EXDATE) in place of this one's.
     *
     * @param exdates the removed occurrences; a timed set compares them by instant
     * @return the changed set
     * @throws NullPointerException if {@code exdates} or an element is null
     */
    public RecurrenceSet<T> withExdates(Collection<T> exdates) {
        Objects.requireNonNull(exdates, "exdates");
        return new RecurrenceSet<>(kind, start, wallStart, rule, rdates, SetDates.of(kind, exdates, t -> t,
                "exdates element"));
    }

    /**
     * Returns the start (DTSTART), always the first occurrence unless excluded.
     *
     * @return the start
     */
    public T start() {
        return start;
    }

    /**
     * Returns the rule.
     *
     * @return the rule, or empty for a set of DTSTART and RDATEs only
     */
    public Optional<RecurrenceRule> rule() {
        return rule;
    }

    /**
     * Returns the added dates (RDATE).
     *
     * @return an unmodifiable list in order, without repeats
     */
    public List<T> rdates() {
        return rdates.list;
    }

    /**
     * Returns the excluded dates (EXDATE).
     *
     * @return an unmodifiable list in order, without repeats
     */
    public List<T> exdates() {
        return exdates.list;
    }

    /**
     * Returns every occurrence, lazily and in order. A set without COUNT or UNTIL is infinite, so limit the stream.
     *
     * @return the occurrences
     */
    public Stream<T> occurrences() {
        return stream(iterator());
    }

    /**
     * Returns the occurrences that start in a window, lazily and in order. A timed set compares by instant, so the
     * window may be given in any zone.
     *
     * @param from the start of the window, inclusive
     * @param to the end of the window, exclusive
     * @return the occurrences at or after {@code from} and before {@code to}
     * @throws NullPointerException if an argument is null
     */
    public Stream<T> occurrences(T from, T to) {
        return stream(iterator(from, to));
    }

    /**
     * Returns every occurrence, as an iterator that tells whether it ended at {@link #SEARCH_LIMIT}.
     *
     * @return the iterator
     */
    public Occurrences<T> iterator() {
        return new Occurrences<>(this, null, null);
    }

    /**
     * Returns the occurrences that start in a window, as an iterator that tells whether it ended at
     * {@link #SEARCH_LIMIT} before the window did.
     *
     * @param from the start of the window, inclusive
     * @param to the end of the window, exclusive
     * @return the iterator
     * @throws NullPointerException if an argument is null
     */
    public Occurrences<T> iterator(T from, T to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return new Occurrences<>(this, from, to);
    }

    /**
     * Returns the first occurrence strictly after a time. For a timed set any zone will do, as it compares by
     * instant: {@code next(ZonedDateTime.now())} is the next one from now.
     *
     * @param after the time
     * @return the next occurrence, or empty if there is none (or none within {@link #SEARCH_LIMIT})
     * @throws NullPointerException if {@code after} is null
     */
    public Optional<T> next(T after) {
        Objects.requireNonNull(after, "after");
        Occurrences<T> it = new Occurrences<>(this, after, null);
        while (it.hasNext()) {
            T t = it.next();
            if (kind.order.compare(t, after) > 0) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a time is an occurrence of this set, such as the RECURRENCE-ID of an override.
     *
     * @param time the time; a timed set compares by instant
     * @return true if the set has an occurrence that starts then
     * @throws NullPointerException if {@code time} is null
     */
    public boolean isOccurrence(T time) {
        Objects.requireNonNull(time, "time");
        return !occurrencesAmong(List.of(time)).isEmpty();
    }

    /**
     * Returns those of some times that are occurrences of this set, each as {@link #isOccurrence(Temporal)} would
     * tell, but found in one pass over the set rather than one search per time: for the keys of many overrides at
     * once. The cost is a binary search among the RDATEs and EXDATEs per time, and one expansion of the rule from the
     * first of the times to the last, which skips the stretches between times far apart where the rule has no COUNT.
     *
     * @param times the times, in any order; a timed set compares by instant
     * @return the times that are occurrences, in order, without repeats (of times at the same instant, the first given)
     * @throws NullPointerException if {@code times} or an element is null
     */
    public List<T> occurrencesAmong(Collection<? extends T> times) {
        Objects.requireNonNull(times, "times");
        boolean counted = rule.isEmpty() || rule.get().count().isPresent();
        return new SetMembership<>(kind, this::ruleOccurrences, !counted, rdates, exdates).among(times);
    }

    /**
     * DTSTART and the rule's occurrences as a window from a time reaches them: from DTSTART, skipping ahead to the
     * time where it is later and the rule has no COUNT.
     *
     * @param from the window's start, or null for the whole set
     */
    RuleOccurrences<T> ruleOccurrences(T from) {
        long startSecond = kind.second(start);
        int startNano = kind.nano(start);
        boolean later = from != null && SetKind.compare(kind.second(from), kind.nano(from), startSecond, startNano) > 0;
        return new RuleOccurrences<>(kind, start, wallStart, rule.orElse(null), startSecond, startNano,
                later ? from : null);
    }

    /**
     * Returns the occurrences in a window as a series shows them: each occurrence, identified by its start as the
     * rule gives it (RECURRENCE-ID), is either replaced by its override, cancelled, or made by {@code regular}. An
     * override is placed by its own start, so one moved into the window from outside it is included and one moved
     * out is not; an override whose key is no occurrence of the set is left out. Lazy and in order of start.
     *
     * <pre>{@code
     * Map<ZonedDateTime, Optional<Event>> overrides = Map.of(
     *     july, Optional.of(movedToThursday),     // replaced
     *     august, Optional.empty());              // cancelled
     * set.occurrences(from, to, overrides, start -> template.movedTo(start), e -> e.start());
     * }</pre>
     *
     * @param <E> the type of an occurrence as the series shows it, such as an event
     * @param from the start of the window, inclusive
     * @param to the end of the window, exclusive
     * @param overrides by original start: the event held instead, or empty for a cancelled occurrence
     * @param regular makes the event of an occurrence that is not overridden, from its start
     * @param startOf gives the start of an override, by which it is placed
     * @return the events, lazily and in order of start
     * @throws NullPointerException if an argument, a key or a value of {@code overrides} is null
     */
    public <E> Stream<E> occurrences(T from, T to, Map<T, Optional<E>> overrides,
            Function<? super T, ? extends E> regular, Function<? super E, ? extends T> startOf) {
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(startOf, "startOf");
        return stream(OverriddenOccurrences.of(this, kind, from, to, overrides, regular, startOf));
    }

    /**
     * Returns the set in a readable form, such as {@code RecurrenceSet[start=2022-08-02, rule=FREQ=YEARLY;...,
     * rdates=[], exdates=[2020-08-04]]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "RecurrenceSet[start=" + start + ", rule=" + rule.map(RecurrenceRule::toString).orElse("(none)")
                + ", rdates=" + rdates.list + ", exdates=" + exdates.list + "]";
    }

    private static <E> Stream<E> stream(Iterator<E> it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /**
     * An iteration over the occurrences of a {@link RecurrenceSet}, in order, that tells at its end whether it
     * reached the end of the set (or its window) or gave up after {@link #SEARCH_LIMIT} periods without an
     * occurrence.
     *
     * <pre>{@code
     * RecurrenceSet.Occurrences<LocalDate> it = RecurrenceSet.allDay(LocalDate.of(2025, 1, 31))
     *     .withRule(RecurrenceRule.parse("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")).iterator();
     * it.next();          // 2025-01-31, DTSTART
     * it.hasNext();       // false
     * it.truncated();     // true: no February 30th in 100,000 days
     * }</pre>
     *
     * @param <T> the type of an occurrence
     */
    public static final class Occurrences<T extends Temporal> implements Iterator<T> {
        private final boolean bounded;
        private final long toSecond;
        private final int toNano;
        private final boolean hasFrom;
        private final long fromSecond;
        private final int fromNano;
        private final SetDates<T> exdates;
        private final SetDates<T> rdates;
        private final RuleOccurrences<T> ruleOccurrences;
        /** The next occurrence of the rule and of the RDATEs, with their places on the time line. */
        private T nextRule;
        private long ruleSecond;
        private int ruleNano;
        private int rdateIndex;
        private int exdateIndex;
        private T next;
        private boolean any;
        private long lastSecond;
        private int lastNano;

        private Occurrences(RecurrenceSet<T> set, T from, T to) {
            SetKind<T> kind = set.kind;
            this.bounded = to != null;
            this.toSecond = to == null ? 0 : kind.second(to);
            this.toNano = to == null ? 0 : kind.nano(to);
            this.hasFrom = from != null;
            this.fromSecond = from == null ? 0 : kind.second(from);
            this.fromNano = from == null ? 0 : kind.nano(from);
            this.exdates = set.exdates;
            this.rdates = set.rdates;
            // The dates before the window are passed over at once, not one by one, so that a window late among many
            // dates (next(after), a window of a few days) costs no more than one among a few.
            if (from != null) {
                rdateIndex = rdates.indexFrom(fromSecond, fromNano);
                exdateIndex = exdates.indexFrom(fromSecond, fromNano);
            }
            this.ruleOccurrences = set.ruleOccurrences(from);
            nextRule();
            next = advance();
        }

        /**
         * Tells whether the iteration ended because the rule went {@link #SEARCH_LIMIT} periods without an
         * occurrence, not because the set or the window ended; meaningful once {@link #hasNext()} is false.
         *
         * @return true if the search gave up
         */
        public boolean truncated() {
            return next == null && ruleOccurrences.truncated();
        }

        /**
         * Tells whether there is another occurrence.
         *
         * @return true if {@link #next()} will return one
         */
        @Override
        public boolean hasNext() {
            return next != null;
        }

        /**
         * Returns the next occurrence.
         *
         * @return the occurrence
         * @throws NoSuchElementException if there is none
         */
        @Override
        public T next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            T t = next;
            next = advance();
            return t;
        }

        private void nextRule() {
            nextRule = ruleOccurrences.next();
            ruleSecond = ruleOccurrences.lastSecond;
            ruleNano = ruleOccurrences.lastNano;
        }

        private T advance() {
            int rdateCount = rdates.list.size();
            while (nextRule != null || rdateIndex < rdateCount) {
                T t;
                long second;
                int nano;
                if (rdateIndex == rdateCount || nextRule != null && SetKind.compare(ruleSecond, ruleNano,
                        rdates.seconds[rdateIndex], rdates.nanos[rdateIndex]) <= 0) {
                    t = nextRule;
                    second = ruleSecond;
                    nano = ruleNano;
                    nextRule();
                } else {
                    t = rdates.list.get(rdateIndex);
                    second = rdates.seconds[rdateIndex];
                    nano = rdates.nanos[rdateIndex];
                    rdateIndex++;
                }
                if (bounded && SetKind.compare(second, nano, toSecond, toNano) >= 0) {
                    return null;
                }
                // They come in order: only those before the first one given can be before the window, and a repeat
                // can only be an RDATE equal to the one given last.
                boolean skipped = !any ? hasFrom && SetKind.compare(second, nano, fromSecond, fromNano) < 0
                        : rdateCount != 0 && second == lastSecond && nano == lastNano;
                if (skipped || excluded(second, nano)) {
                    continue;
                }
                any = true;
                lastSecond = second;
                lastNano = nano;
                return t;
            }
            return null;
        }

        /** Whether an EXDATE removes a time; the times asked about come in order, so one pass over them does. */
        private boolean excluded(long second, int nano) {
            long[] seconds = exdates.seconds;
            int[] nanos = exdates.nanos;
            while (exdateIndex < seconds.length
                    && SetKind.compare(seconds[exdateIndex], nanos[exdateIndex], second, nano) < 0) {
                exdateIndex++;
            }
            return exdateIndex < seconds.length && seconds[exdateIndex] == second && nanos[exdateIndex] == nano;
        }
    }
}
