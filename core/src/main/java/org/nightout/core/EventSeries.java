package org.nightout.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One host's yearly event: the same event every year on the date a {@link DateRule} gives, such as Carson Park
 * on the first Tuesday of August, with years it was not held and years that differed.
 *
 * <p>The {@link #first()} event is the first occurrence and the template of all others: an occurrence keeps its
 * local time of day, zone and length and moves to the rule's date. {@link #cancelledYears()} were not held at all
 * (iCalendar: EXDATE, so calendars show nothing). {@link #overrides()} replace the occurrence of a year with
 * another event of the same {@link Event#id()} (iCalendar: RECURRENCE-ID) — a moved date, another venue, or a
 * cancellation that should stay visible with its reason.
 *
 * <p>Years are {@code int}s, as everywhere in the model: {@link #lastYear()} is an {@link OptionalInt}, and
 * {@link #cancelledYears()} and the keys of {@link #overrides()} are the same numbers, boxed only because a
 * collection needs objects.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * EventSeries carsonPark = EventSeries.builder()
 *     .first(nno2019)                             // 2019-08-06, 6 p.m. at Carson Park
 *     .rule(Campaign.nationalNightOut().ruleFor(UsState.WI))
 *     .addCancelledYears(2020)
 *     .build();
 * carsonPark.occurrence(2021);                    // the 2021-08-03 event
 * carsonPark.occurrence(2020);                    // empty
 * }</pre>
 */
@Value.Immutable
public abstract class EventSeries {

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
     * Returns the first occurrence, the template of the others. Its start date is the rule's date in its year.
     *
     * @return the first event
     */
    public abstract Event first();

    /**
     * Returns the rule that gives each year's date.
     *
     * @return the rule
     */
    public abstract DateRule rule();

    /**
     * Returns the last year of the series, if it has ended or has a planned end.
     *
     * @return the last year, or empty for a series with no end
     */
    public abstract OptionalInt lastYear();

    /**
     * Returns the years in which the event was not held.
     *
     * @return the years, in order
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> cancelledYears();

    /**
     * Returns the years whose occurrence differs from the template, and the event held instead.
     *
     * @return the overrides by year, in order of year
     */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, Event> overrides();

    /**
     * Returns the year of the first occurrence.
     *
     * @return the first event's start year
     */
    public int firstYear() {
        return first().time().startDate().getYear();
    }

    /**
     * Returns the occurrence of a year: the override if there is one, else the first event moved to the rule's
     * date. A moved occurrence keeps everything else of the first event, including its id.
     *
     * @param year the year
     * @return the event of that year, or empty if the year is outside the series or cancelled
     */
    public Optional<Event> occurrence(int year) {
        if (year < firstYear() || year > lastYearOrMax() || cancelledYears().contains(year)) {
            return Optional.empty();
        }
        Event override = overrides().get(year);
        if (override != null) {
            return Optional.of(override);
        }
        if (year == firstYear()) {
            return Optional.of(first());
        }
        return Optional.of(Event.builder().from(first()).time(first().time().movedTo(rule().dateIn(year))).build());
    }

    /**
     * Returns the occurrences from one year to another, both included, skipping cancelled years. No occurrence
     * falls after the series' last year, or after 9999 for a series with no end, so any {@code toYear} gives a
     * finite list.
     *
     * @param fromYear the first year wanted
     * @param toYear the last year wanted
     * @return the events, in order of year
     * @throws IllegalArgumentException if {@code toYear} is before {@code fromYear}
     */
    public List<Event> occurrences(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("toYear " + toYear + " must not be before fromYear " + fromYear);
        }
        List<Event> events = new ArrayList<>();
        // Bounded by the last year any series can reach, so that toYear = Integer.MAX_VALUE cannot overflow the loop.
        int to = Math.min(toYear, lastYearOrMax());
        for (int year = Math.max(fromYear, firstYear()); year <= to; year++) {
            occurrence(year).ifPresent(events::add);
        }
        return events;
    }

    /** The last year of the series: its own, or the last year a date of any format can be in. */
    private int lastYearOrMax() {
        return lastYear().orElse(Checks.MAX_YEAR);
    }

    @Value.Check
    void check() {
        Checks c = Checks.of("EventSeries");
        if (!(c.required("first", first()) & c.required("rule", rule()))) {
            c.throwIfAny();
        }
        int firstYear = firstYear();
        if (!rule().matches(first().time().startDate())) {
            c.fail("first.time", first().time().startDate(), "must be on the rule's date " + rule() + " in "
                    + firstYear + ", which is " + rule().dateIn(firstYear));
        }
        int last = lastYearOrMax();
        if (last < firstYear) {
            c.fail("lastYear", last, "must not be before the first year " + firstYear);
        }
        c.year("lastYear", last);
        for (int year : cancelledYears()) {
            if (year <= firstYear || year > last) {
                c.fail("cancelledYears", year, "must be after the first year " + firstYear
                        + (lastYear().isPresent() ? " and not after the last year " + last : ""));
            }
        }
        overrides().forEach((year, event) -> {
            String field = "overrides[" + year + "]";
            if (year < firstYear || year > last) {
                c.fail(field, year, "must be within the series, from " + firstYear
                        + (lastYear().isPresent() ? " to " + last : ""));
            }
            if (cancelledYears().contains(year)) {
                c.fail(field, year, "must not also be a cancelled year");
            }
            if (!event.id().equals(first().id())) {
                c.fail(field + ".id", event.id(), "must be the series id " + first().id());
            }
        });
        c.throwIfAny();
    }

    /** Builds an {@link EventSeries}; {@link #build()} throws {@link ValidationException} listing every problem. */
    public static final class Builder extends ImmutableEventSeries.Builder {
        Builder() {
        }
    }
}
