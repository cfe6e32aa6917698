package org.nightout.core;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;
import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.core.recurrence.RecurrenceRule.Until;
import org.nightout.core.recurrence.RecurrenceSet;

/**
 * A recurring event (iCalendar: a VEVENT with RRULE, RDATE, EXDATE and its RECURRENCE-ID overrides): the
 * {@link #first()} event, which starts the series (DTSTART) and is the template of every occurrence, repeated by a
 * {@link #rule()} and/or on added dates ({@link #rdates()}), except on excluded dates ({@link #exdates()}), with
 * single occurrences replaced by {@link #overrides()} — moved, retitled, or cancelled with a reason that stays visible.
 *
 * <p>Dates have the form of the first event's start: {@link LocalDate} for an all-day series, {@link ZonedDateTime}
 * for a timed one. Zoned dates are kept in the first event's zone (a date given in another zone is converted, by
 * instant); {@link #rdates()} and {@link #exdates()} are kept in order without repeats, and {@link #overrides()} in
 * order of their keys, so that two series with the same occurrences are equal.
 *
 * <p>Occurrences follow RFC 5545 through {@link RecurrenceSet}: a timed series is expanded in its start's wall-clock
 * time as written ({@link #wallStart()}) and zone (a time skipped by a change to summer time moves forward by the gap,
 * on that day only; a repeated hour takes the first offset, except for a first event given at the second); an all-day
 * series stays on its dates. An occurrence keeps everything of the first event, including its id,
 * and moves its start, and its end by the same amount (exact time for a timed event, days for an all-day one). An
 * infinite series is fine, as {@link #occurrences(LocalDate, LocalDate)} is lazy; an absurd rule ends at
 * {@link RecurrenceSet#SEARCH_LIMIT}.
 *
 * <p>National Night Out's yearly date is one such rule: {@link Campaign#recurrenceRuleFor(UsState)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * EventSeries carsonPark = EventSeries.builder()
 *     .first(nno2019)                             // 2019-08-06, 6 p.m. at Carson Park
 *     .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI))
 *     .addExdates(ZonedDateTime.parse("2020-08-04T18:00-05:00[America/Chicago]"))
 *     .build();
 * carsonPark.occurrences(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1)).toList();   // the 2021-08-03 event
 * carsonPark.next(ZonedDateTime.now());                                                  // the next one
 * }</pre>
 */
@Value.Immutable
public abstract class EventSeries {

    /**
     * The largest COUNT whose last occurrence is cheap to find by expanding the rule, whatever the rule: a few
     * milliseconds. {@link #lastYear()} is exact for it, and expands further where it must, up to
     * {@link RecurrenceSet#SEARCH_LIMIT} occurrences.
     */
    public static final int EXACT_COUNT = 10_000;

    EventSeries() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder with no attributes set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the event that starts the series (DTSTART), the template of every occurrence. It is the first
     * occurrence unless an EXDATE or override removes or replaces it.
     *
     * @return the first event
     */
    public abstract Event first();

    /**
     * Returns the first event's start as written, where that is a local time its zone skips, such as
     * {@code DTSTART;TZID=America/New_York:20260308T023000} on the night clocks go from 02:00 to 03:00. A
     * {@code ZonedDateTime} cannot hold such a time: the first event starts at it moved forward by the gap (03:30,
     * as {@code ZonedDateTime.of} and RFC 5545 place it), and the other occurrences keep the time as written (02:30
     * on the following days), which only this attribute knows. A reader that finds such a DTSTART sets it.
     *
     * @return the start as written, a local date and time in the first event's zone; empty where the first event's
     *     own start is the time as written
     */
    public abstract Optional<LocalDateTime> wallStart();

    /**
     * Returns the rule that repeats the first event (RRULE).
     *
     * @return the rule, or empty for a series of added dates only
     */
    public abstract Optional<RecurrenceRule> rule();

    /**
     * Returns the added occurrences (RDATE): a {@link LocalDate} each for an all-day series, a {@link ZonedDateTime}
     * in the first event's zone for a timed one.
     *
     * @return the starts, in order, without repeats
     */
    public abstract List<Temporal> rdates();

    /**
     * Returns the excluded occurrences (EXDATE), in the form of {@link #rdates()}.
     *
     * @return the starts, in order, without repeats
     */
    public abstract List<Temporal> exdates();

    /**
     * Returns the replaced occurrences (RECURRENCE-ID): by the occurrence's original start, in the form of
     * {@link #rdates()}, the event held instead — with the series' id, and another time, title, venue or a
     * cancelled status.
     *
     * @return the overrides, in order of original start
     */
    public abstract Map<Temporal, Event> overrides();

    /**
     * Tells whether the series has a rule without COUNT or UNTIL.
     *
     * @return true if the occurrences never end
     */
    public boolean isInfinite() {
        return rule().filter(RecurrenceRule::isInfinite).isPresent();
    }

    /**
     * Returns the last year an occurrence can fall in, in the first event's zone for a timed series: no occurrence
     * falls after it, so a caller that works through the series' years (the time zone definitions a feed needs, say)
     * leaves none out. It is the latest of the first event's year, the years of the added dates and of the overrides'
     * own starts, and the year the rule ends in:
     * <ul>
     *   <li>with UNTIL, the year of UNTIL (of a UTC time in the first event's zone), which may come after the last
     *       occurrence;
     *   <li>with COUNT, the year of the last occurrence, found by expanding the series (excluded dates and overrides
     *       applied): exact up to {@value #EXACT_COUNT} occurrences, and for any COUNT where the rule ends within
     *       {@link RecurrenceSet#SEARCH_LIMIT} occurrences or reaches the year 9999 first. A rule with more occurrences
     *       before 9999 than that, such as {@code FREQ=MINUTELY;COUNT=500000}, is not expanded further: its year is
     *       9999, a bound, not the year of its last occurrence.
     * </ul>
     * Never after 9999. Worked out once and kept.
     *
     * @return the year, or empty for an infinite series
     */
    @Value.Lazy
    public OptionalInt lastYear() {
        if (isInfinite()) {
            return OptionalInt.empty();
        }
        int last = first().time().startDate().getYear();
        if (rule().isPresent()) {
            Optional<Until> until = rule().get().until();
            last = Math.max(last, until.isPresent() ? untilYear(until.get()) : lastCountedYear());
        }
        for (Temporal t : rdates()) {
            last = Math.max(last, dateOf(t).getYear());
        }
        for (Event o : overrides().values()) {
            last = Math.max(last, o.time().startDate().getYear());
        }
        return OptionalInt.of(Math.min(last, Checks.MAX_YEAR));
    }

    /** The year of UNTIL as the occurrences' years are counted: a UTC time ends a timed series in its zone's year. */
    private int untilYear(Until until) {
        if (until instanceof Until.AtUtc utc && first().time() instanceof EventTime.Timed t) {
            return LocalDateTime.ofInstant(utc.instant(), t.start().getZone()).getYear();
        }
        return until.date().getYear();
    }

    /**
     * The year of the last occurrence that is not overridden, of a rule with COUNT, or 9999 where the rule has more
     * than {@link RecurrenceSet#SEARCH_LIMIT} occurrences before it ends, so that the work stays bounded.
     */
    private int lastCountedYear() {
        Iterator<? extends Temporal> it = recurrenceSet().iterator();
        // The RDATEs come on top of the rule's occurrences, so they do not count against the bound.
        long most = (long) RecurrenceSet.SEARCH_LIMIT + rdates().size();
        Temporal last = first().time() instanceof EventTime.Timed t ? t.start() : first().time().startDate();
        for (long n = 0; it.hasNext(); n++) {
            if (n == most) {
                return Checks.MAX_YEAR;
            }
            Temporal t = it.next();
            if (!overrides().containsKey(t)) {
                last = t;
            }
        }
        return dateOf(last).getYear();
    }

    /**
     * Returns the occurrences that start in a window of local dates, lazily and in order of start: overrides in
     * place of the occurrences they replace (placed by their own start, so one moved into the window is included
     * and one moved out is not; a cancelled override is returned, with its status), excluded dates left out.
     * The dates are in the first event's own zone for a timed series.
     *
     * @param from the first day of the window
     * @param to the day after the window
     * @return the events
     * @throws NullPointerException if an argument is null
     */
    public Stream<Event> occurrences(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return expand(from, to);
    }

    private Stream<Event> expand(LocalDate from, LocalDate to) {
        if (first().time() instanceof EventTime.Timed t) {
            ZoneId zone = t.start().getZone();
            return expand(timedSet(), from.atStartOfDay(zone), to.atStartOfDay(zone), this::timedAt, this::zonedStart);
        }
        return expand(allDaySet(), from, to, this::allDayAt, e -> e.time().startDate());
    }

    /**
     * Returns the first occurrence that starts strictly after a time, overrides applied; for an all-day series,
     * the first on a later date than {@code after}'s.
     *
     * @param after the time, in any zone
     * @return the occurrence, or empty if the series has none after it
     * @throws NullPointerException if {@code after} is null
     */
    public Optional<Event> next(ZonedDateTime after) {
        Objects.requireNonNull(after, "after");
        if (first().time() instanceof EventTime.Timed t) {
            ZonedDateTime from = after.withZoneSameInstant(t.start().getZone());
            ZonedDateTime to = ZonedDateTime.of(LocalDate.of(Checks.MAX_YEAR, 12, 31).atStartOfDay(), from.getZone());
            return expand(timedSet(), from, to, this::timedAt, this::zonedStart)
                    .filter(e -> zonedStart(e).isAfter(after)).findFirst();
        }
        LocalDate day = after.toLocalDate().plusDays(1);
        return expand(allDaySet(), day, LocalDate.of(Checks.MAX_YEAR, 12, 31), this::allDayAt,
                e -> e.time().startDate()).findFirst();
    }

    /**
     * Tells whether a start is an occurrence of the series as the rule and dates give it (before overrides), such
     * as the RECURRENCE-ID of an override.
     *
     * @param start a {@link LocalDate} for an all-day series, a {@link ZonedDateTime} in any zone for a timed one
     * @return true if an occurrence starts then and is not excluded
     * @throws NullPointerException if {@code start} is null
     */
    public boolean isOccurrence(Temporal start) {
        Objects.requireNonNull(start, "start");
        if (first().time() instanceof EventTime.Timed) {
            return start instanceof ZonedDateTime z && timedSet().isOccurrence(z);
        }
        return start instanceof LocalDate d && allDaySet().isOccurrence(d);
    }

    /**
     * Tells which of many starts are occurrences of the series as the rule and dates give it (before overrides), in
     * one pass over the rule: {@link #isOccurrence(Temporal)} for each, without expanding the rule once per start, so
     * that a document's many overrides cost one expansion.
     *
     * @param starts {@link LocalDate}s for an all-day series, {@link ZonedDateTime}s in any zone for a timed one;
     *     others are no occurrence
     * @return the starts that are occurrences, each once, as given
     * @throws NullPointerException if {@code starts} or one of them is null
     */
    public Set<Temporal> occurrencesAmong(Collection<? extends Temporal> starts) {
        Objects.requireNonNull(starts, "starts");
        boolean timed = first().time() instanceof EventTime.Timed;
        List<Temporal> ofKind = new ArrayList<>(starts.size());
        for (Temporal t : starts) {
            Objects.requireNonNull(t, "starts contains null");
            if (timed ? t instanceof ZonedDateTime : t instanceof LocalDate) {
                ofKind.add(t);
            }
        }
        RecurrenceSet<Temporal> set = cast(recurrenceSet());
        Set<Temporal> found = new HashSet<>(set.occurrencesAmong(ofKind));
        Set<Temporal> given = new LinkedHashSet<>();
        for (Temporal t : ofKind) {
            // occurrencesAmong gives a timed start as the set holds it: compare by instant.
            if (found.contains(t) || timed && found.contains(((ZonedDateTime) t).withZoneSameInstant(
                    ((EventTime.Timed) first().time()).start().getZone()))) {
                given.add(t);
            }
        }
        return given;
    }

    /**
     * The series' recurrence set, made once: building it sorts the dates, which would cost every query a sort of
     * them all. Immutables makes it on first use, under a lock, and keeps it.
     */
    @Value.Lazy
    RecurrenceSet<?> recurrenceSet() {
        RecurrenceSet<? extends Temporal> set;
        if (first().time() instanceof EventTime.Timed t) {
            ZonedDateTime start = t.start();
            set = wallStart().isPresent() ? RecurrenceSet.timed(wallStart().get(), start.getZone())
                    : RecurrenceSet.timed(start);
        } else {
            set = RecurrenceSet.allDay(first().time().startDate());
        }
        RecurrenceSet<Temporal> any = cast(set);
        if (rule().isPresent()) {
            any = any.withRule(rule().get());
        }
        return any.withRdates(rdates()).withExdates(exdates());
    }

    private <T extends Temporal> Stream<Event> expand(RecurrenceSet<T> set, T from, T to,
            Function<T, Event> regular, Function<Event, T> startOf) {
        Map<T, Optional<Event>> byKey = new LinkedHashMap<>();
        overrides().forEach((k, e) -> byKey.put(cast(k), Optional.of(e)));
        return set.occurrences(from, to, byKey, regular, startOf);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    private ZonedDateTime zonedStart(Event e) {
        if (e.time() instanceof EventTime.Timed t) {
            return t.start();
        }
        return e.time().startDate().atStartOfDay(((EventTime.Timed) first().time()).start().getZone());
    }

    private Event timedAt(ZonedDateTime start) {
        EventTime.Timed t = (EventTime.Timed) first().time();
        if (start.equals(t.start())) {
            return first();
        }
        Duration shift = Duration.between(t.start(), start);
        EventTime time = t.end().isPresent()
                ? EventTime.of(start, t.end().get().plus(shift).withZoneSameInstant(t.end().get().getZone()))
                : EventTime.of(start);
        return Event.builder().from(first()).time(time).build();
    }

    private Event allDayAt(LocalDate date) {
        if (date.equals(first().time().startDate())) {
            return first();
        }
        return Event.builder().from(first()).time(first().time().movedTo(date)).build();
    }

    private RecurrenceSet<ZonedDateTime> timedSet() {
        return cast(recurrenceSet());
    }

    private RecurrenceSet<LocalDate> allDaySet() {
        return cast(recurrenceSet());
    }

    private static LocalDate dateOf(Temporal t) {
        return t instanceof ZonedDateTime z ? z.toLocalDate() : (LocalDate) t;
    }

    /** Checks the series and puts its dates in their one form and order. */
    @Value.Check
    EventSeries check() {
        Checks c = Checks.of("EventSeries");
        if (!c.required("first", first())) {
            c.throwIfAny();
        }
        boolean timed = first().time() instanceof EventTime.Timed;
        ZoneId zone = timed ? ((EventTime.Timed) first().time()).start().getZone() : null;
        Function<Temporal, Temporal> form = t -> timed ? ((ZonedDateTime) t).withZoneSameInstant(zone) : t;
        Comparator<Temporal> order = timed
                ? Comparator.comparingLong((Temporal t) -> ((ZonedDateTime) t).toEpochSecond())
                        .thenComparingInt(t -> ((ZonedDateTime) t).getNano())
                : Comparator.comparing(t -> (LocalDate) t);
        String wanted = timed ? "must be a ZonedDateTime, as the first event is timed"
                : "must be a LocalDate, as the first event is all-day";
        Class<?> type = timed ? ZonedDateTime.class : LocalDate.class;
        Optional<LocalDateTime> wall = wallStart();
        if (wall.isPresent() && !timed) {
            c.fail("wallStart", wall.get(), "must be absent, as the first event is all-day");
        } else if (wall.isPresent()) {
            ZonedDateTime start = ((EventTime.Timed) first().time()).start();
            ZonedDateTime placed = ZonedDateTime.of(wall.get(), zone);
            if (!placed.equals(start)) {
                c.fail("wallStart", wall.get(), "must be the first event's start as written, which ZonedDateTime.of"
                        + " places at that start " + start + ", not at " + placed);
            } else if (wall.get().equals(start.toLocalDateTime())) {
                // The start's own local time: the same series as without it, so kept as without it.
                wall = Optional.empty();
            }
        }
        if (rule().isEmpty() && rdates().isEmpty()) {
            c.fail("rule", "(none)", "must be present where there are no rdates: a series repeats its first event");
        }
        if (rule().isPresent()) {
            try {
                if (timed) {
                    RecurrenceSet.timed(((EventTime.Timed) first().time()).start()).withRule(rule().get());
                } else {
                    RecurrenceSet.allDay(first().time().startDate()).withRule(rule().get());
                }
            } catch (ValidationException e) {
                c.fail("rule", rule().get(), "must have no time part (FREQ finer than DAILY, BYHOUR, BYMINUTE, "
                        + "BYSECOND) when the first event is all-day");
            }
        }
        List<Temporal> rdates = new ArrayList<>(rdates().size());
        for (Temporal t : rdates()) {
            if (type.isInstance(t)) {
                rdates.add(form.apply(t));
            } else {
                c.fail("rdates", t, wanted);
            }
        }
        List<Temporal> exdates = new ArrayList<>(exdates().size());
        for (Temporal t : exdates()) {
            if (type.isInstance(t)) {
                exdates.add(form.apply(t));
            } else {
                c.fail("exdates", t, wanted);
            }
        }
        Map<Temporal, Event> byKey = new HashMap<>();
        overrides().forEach((key, event) -> {
            if (!type.isInstance(key)) {
                c.fail("overrides[" + key + "]", key, wanted);
                return;
            }
            if (!event.id().equals(first().id())) {
                c.fail("overrides[" + key + "].id", event.id(), "must be the series id " + first().id());
            }
            if (byKey.put(form.apply(key), event) != null) {
                c.fail("overrides[" + key + "]", key, "must not override the same occurrence twice");
            }
        });
        c.throwIfAny();
        List<Temporal> rdateList = inOrder(rdates, order);
        List<Temporal> exdateList = inOrder(exdates, order);
        Map<Temporal, Event> overrides = new LinkedHashMap<>();
        for (Temporal key : inOrder(byKey.keySet(), order)) {
            overrides.put(key, byKey.get(key));
        }
        if (rdateList.equals(rdates()) && exdateList.equals(exdates()) && wall.equals(wallStart())
                && new ArrayList<>(overrides.entrySet()).equals(new ArrayList<>(overrides().entrySet()))) {
            // All keys in one pass over the occurrences: one search each would cost a pass over the RDATEs each.
            RecurrenceSet<Temporal> set = cast(recurrenceSet());
            Set<Temporal> found = new HashSet<>(set.occurrencesAmong(overrides.keySet()));
            for (Temporal key : overrides.keySet()) {
                if (!found.contains(key)) {
                    c.fail("overrides[" + key + "]", key, "must be an occurrence of the series, not excluded");
                }
            }
            c.throwIfAny();
            return this;
        }
        return builder().from(this).wallStart(wall).rdates(rdateList).exdates(exdateList).overrides(overrides)
                .build();
    }

    /**
     * Dates in their one form, in order and without repeats: sorted as a list, which costs one comparison a date where
     * they come in order, as they do when a normalised series is checked again. In their one form, dates that fall
     * at the same time are equal.
     */
    private static List<Temporal> inOrder(Collection<Temporal> dates, Comparator<Temporal> order) {
        List<Temporal> sorted = new ArrayList<>(dates);
        sorted.sort(order);
        int n = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (n == 0 || !sorted.get(i).equals(sorted.get(n - 1))) {
                sorted.set(n++, sorted.get(i));
            }
        }
        return new ArrayList<>(sorted.subList(0, n));
    }

    /**
     * Builds an {@link EventSeries}. Each setter is named after the attribute it sets and is documented on that
     * attribute's accessor in {@link EventSeries}: {@code name(...)} sets what {@code name()} returns, {@code
     * addName(...)} adds to a list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is
     * checked until {@link #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableEventSeries.Builder {
        Builder() {
        }

        /**
         * Builds an {@link EventSeries} from the attributes set so far.
         *
         * @return a new immutable event series
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public EventSeries build() {
            return super.build();
        }
    }
}
