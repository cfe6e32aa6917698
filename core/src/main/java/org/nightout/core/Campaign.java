package org.nightout.core;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;
import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.core.recurrence.RecurrenceSet;

/**
 * A recurring nationwide campaign that many hosts take part in, such as National Night Out.
 *
 * <p>A campaign has a yearly {@link DateRule}, optionally a different rule per state (Texas holds National
 * Night Out on the first Tuesday of October), and numbered editions counted from its first year. A host may
 * still hold, move or cancel its own event on any date: an {@link Event} carries its own time, and the
 * campaign date is only the default.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Campaign nno = Campaign.nationalNightOut();
 * nno.dateFor(2022);             // 2022-08-02
 * nno.dateFor(2022, UsState.TX); // 2022-10-04
 * nno.edition(2022);             // 39
 * nno.recurrenceRuleFor(UsState.TX).toString(); // "FREQ=YEARLY;BYDAY=1TU;BYMONTH=10"
 * }</pre>
 */
@Value.Immutable
public abstract class Campaign {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Campaign NATIONAL_NIGHT_OUT = builder()
            .id("national-night-out")
            .name("National Night Out")
            .organizer("National Association of Town Watch")
            .firstYear(1984)
            .rule(DateRule.of(1, DayOfWeek.TUESDAY, Month.AUGUST))
            .putStateRules(UsState.TX, DateRule.of(1, DayOfWeek.TUESDAY, Month.OCTOBER))
            .url(URI.create("https://natw.org/"))
            .build();

    Campaign() {
    }

    /**
     * Returns National Night Out: first held 1984-08-07 by the National Association of Town Watch, on the first
     * Tuesday of August, and in Texas on the first Tuesday of October.
     *
     * @return the campaign, the same instance on every call
     */
    public static Campaign nationalNightOut() {
        return NATIONAL_NIGHT_OUT;
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
     * Returns the stable identifier, lowercase words joined by hyphens, such as {@code "national-night-out"}.
     *
     * @return the identifier used in event UIDs and URLs
     */
    public abstract String id();

    /**
     * Returns the campaign's name.
     *
     * @return the name, such as "National Night Out"
     */
    public abstract String name();

    /**
     * Returns who runs the campaign nationally.
     *
     * @return the organizer's name, if known
     */
    public abstract Optional<String> organizer();

    /**
     * Returns the year of the first edition.
     *
     * @return the year, such as 1984
     */
    public abstract int firstYear();

    /**
     * Returns the rule that gives the campaign's date in a year.
     *
     * @return the default rule
     */
    public abstract DateRule rule();

    /**
     * Returns the rules of states that hold the campaign on another date.
     *
     * @return an unmodifiable map from state to rule
     */
    public abstract Map<UsState, DateRule> stateRules();

    /**
     * Returns the campaign's web site.
     *
     * @return the URL, if any
     */
    public abstract Optional<URI> url();

    /**
     * Returns the campaign's date in a year.
     *
     * @param year the year, not before {@link #firstYear()}
     * @return the date by the default rule
     * @throws IllegalArgumentException if the campaign was not yet held in that year
     */
    public LocalDate dateFor(int year) {
        checkYear(year);
        return rule().dateIn(year);
    }

    /**
     * Returns the campaign's date in a year for a state, using the state's own rule where it has one.
     *
     * @param year the year, not before {@link #firstYear()}
     * @param state the state
     * @return the date by the state's rule, or by the default rule
     * @throws IllegalArgumentException if the campaign was not yet held in that year
     */
    public LocalDate dateFor(int year, UsState state) {
        Objects.requireNonNull(state, "state");
        checkYear(year);
        return ruleFor(state).dateIn(year);
    }

    /**
     * Returns the rule that gives the campaign's date in a state.
     *
     * @param state the state
     * @return the state's own rule where it has one, else the default rule
     */
    public DateRule ruleFor(UsState state) {
        Objects.requireNonNull(state, "state");
        return stateRules().getOrDefault(state, rule());
    }

    /**
     * Returns the campaign's date rule in a state as an RFC 5545 recurrence rule, such as
     * {@code FREQ=YEARLY;BYDAY=1TU;BYMONTH=10} for National Night Out in Texas.
     *
     * <pre>{@code
     * RecurrenceRule texas = Campaign.nationalNightOut().recurrenceRuleFor(UsState.TX);
     * RecurrenceSet.allDay(LocalDate.of(2022, 10, 4)).withRule(texas)
     *     .occurrences().limit(2).toList();          // [2022-10-04, 2023-10-03]
     * }</pre>
     *
     * @param state the state
     * @return the state's own rule where it has one, else the default rule, as a recurrence rule
     * @throws NullPointerException if {@code state} is null
     */
    public RecurrenceRule recurrenceRuleFor(UsState state) {
        return ruleFor(state).toRecurrenceRule();
    }

    /**
     * Returns the edition number of a year: the first year is edition 1.
     *
     * @param year the year, not before {@link #firstYear()}
     * @return the edition, such as 39 for National Night Out 2022
     * @throws IllegalArgumentException if the campaign was not yet held in that year
     */
    public int edition(int year) {
        checkYear(year);
        return year - firstYear() + 1;
    }

    private void checkYear(int year) {
        if (year < firstYear()) {
            throw new IllegalArgumentException(name() + " was first held in " + firstYear()
                    + ", so year " + year + " has no edition");
        }
    }

    @Value.Check
    void check() {
        Checks c = Checks.of("Campaign");
        if (c.required("id", id()) && !ID.matcher(id()).matches()) {
            c.fail("id", id(), "must be lowercase letters and digits joined by single hyphens");
        }
        c.line("name", name());
        c.line("organizer", organizer());
        c.year("firstYear", firstYear());
        c.required("rule", rule());
        c.required("stateRules", stateRules());
        c.absoluteUri("url", url());
        c.throwIfAny();
    }

    /**
     * Builds a {@link Campaign}. Each setter is named after the attribute it sets and is documented on that attribute's
     * accessor in {@link Campaign}: {@code name(...)} sets what {@code name()} returns, {@code addName(...)} adds to a
     * list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is checked until {@link
     * #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableCampaign.Builder {
        Builder() {
        }

        /**
         * Builds a {@link Campaign} from the attributes set so far.
         *
         * @return a new immutable campaign
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public Campaign build() {
            return super.build();
        }
    }
}
