package org.nightout.core.recurrence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.nightout.core.Campaign;
import org.nightout.core.ValidationException;
import org.nightout.core.Violation;
import org.nightout.core.internal.Checks;

/**
 * A recurrence rule of RFC 5545 section 3.3.10 (an iCalendar {@code RRULE}): a frequency, an interval, an end by
 * {@code COUNT} or {@code UNTIL}, and the {@code BYxxx} parts that expand or limit each period.
 *
 * <p>{@link #parse(CharSequence)} reads the RFC text form and {@link #toString()} writes it back in one canonical
 * form: the parts in the order of the RFC's grammar (FREQ, UNTIL or COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR,
 * BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST), names in upper case, the values of a list in
 * ascending order without repeats (BYDAY by weekday from Monday, then by ordinal), numbers without {@code +} or
 * leading zeros, and {@code INTERVAL=1} left out because it is the default. Nothing else is changed: {@code WKST=MO}
 * is kept when it was given, and UNTIL keeps its form (a date, a UTC date-time or a local date-time). So
 * {@code parse(rule.toString()).equals(rule)} always holds, and text already in canonical form is printed back
 * character for character.
 *
 * <p>A rule is checked when it is built, against the RFC's ranges and its rules for which parts go with which
 * frequency. Each problem is one {@link Violation} whose field is the part's name, whose value is the bad value and
 * whose rule says what was expected and quotes the whole rule, such as
 * {@code BYMONTHDAY: "32" must be 1 to 31 or -31 to -1, in "FREQ=MONTHLY;BYMONTHDAY=32"}. The builder takes what
 * {@link #parse(CharSequence)} reads back and nothing more: COUNT and INTERVAL up to 999,999,999 (the text form's nine
 * digits) and UNTIL in the years 1 to 9999. A monthly rule's BYDAY ordinal is held to -5 to 5, as a month has at
 * most five of a weekday: {@code FREQ=MONTHLY;BYDAY=6MO} would never match.
 *
 * <p>The rule alone has no start: {@link RecurrenceSet} expands it from a DTSTART. This class is immutable and
 * thread-safe.
 *
 * <pre>{@code
 * RecurrenceRule coffeeWithACop = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE");
 * RecurrenceRule academy = RecurrenceRule.builder(RecurrenceRule.Frequency.WEEKLY)
 *     .count(10)
 *     .addByDay(RecurrenceRule.WeekdayNum.every(DayOfWeek.THURSDAY))
 *     .build();
 * academy.toString();                               // "FREQ=WEEKLY;COUNT=10;BYDAY=TH"
 * Campaign.nationalNightOut().rule().toRecurrenceRule().toString();
 *                                                   // "FREQ=YEARLY;BYDAY=1TU;BYMONTH=8"
 * }</pre>
 */
@Value.Immutable
public abstract class RecurrenceRule {
    /** The rule's parts as the expansion reads them, made on first use; not part of the value. */
    private PreparedRule prepared;

    RecurrenceRule() {
    }

    /** How often a rule repeats: the length of the period its {@code BYxxx} parts work within. */
    public enum Frequency {
        /** Every second. */
        SECONDLY,
        /** Every minute. */
        MINUTELY,
        /** Every hour. */
        HOURLY,
        /** Every day. */
        DAILY,
        /** Every week, starting on {@link RecurrenceRule#weekStart()}. */
        WEEKLY,
        /** Every month. */
        MONTHLY,
        /** Every year. */
        YEARLY
    }

    /**
     * One value of BYDAY: a weekday, either every such day of the period ({@code MO}) or the <i>n</i>th of the month
     * or year ({@code 1TU}, {@code -1FR}).
     *
     * <p>Ordered by weekday from Monday, then by ordinal, as {@link RecurrenceRule#toString()} writes them. This class
     * is immutable and thread-safe.
     *
     * @param ordinal 0 for every such day, 1 to 53 for the <i>n</i>th, -53 to -1 for the <i>n</i>th from the end;
     *                the range is checked when the rule is built (-5 to 5 in a monthly rule)
     * @param day the weekday
     */
    public record WeekdayNum(int ordinal, DayOfWeek day) implements Comparable<WeekdayNum> {
        private static final Comparator<WeekdayNum> ORDER =
                Comparator.comparing(WeekdayNum::day).thenComparingInt(WeekdayNum::ordinal);

        /**
         * Checks that the day is set.
         *
         * @param ordinal 0 for every such day, 1 to 53 for the <i>n</i>th, -53 to -1 for the <i>n</i>th from the
         *                end; the range is checked when the rule is built (-5 to 5 in a monthly rule)
         * @param day the weekday
         * @throws NullPointerException if {@code day} is null
         */
        public WeekdayNum {
            Objects.requireNonNull(day, "day");
        }

        /**
         * Obtains every such weekday of the period, such as {@code TU}.
         *
         * @param day the weekday
         * @return the value
         */
        public static WeekdayNum every(DayOfWeek day) {
            return new WeekdayNum(0, day);
        }

        /**
         * Obtains the <i>n</i>th such weekday of the month or year, such as {@code 1TU} or {@code -1FR}.
         *
         * @param ordinal 1 to 53, or -53 to -1 counting from the end
         * @param day the weekday
         * @return the value
         */
        public static WeekdayNum of(int ordinal, DayOfWeek day) {
            return new WeekdayNum(ordinal, day);
        }

        /**
         * Compares by weekday from Monday, then by ordinal.
         *
         * @param other the other value
         * @return negative, zero or positive
         */
        @Override
        public int compareTo(WeekdayNum other) {
            return ORDER.compare(this, other);
        }

        /**
         * Returns the RFC text form, such as {@code "1TU"}, {@code "-1FR"} or {@code "MO"}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return (ordinal == 0 ? "" : Integer.toString(ordinal)) + RuleText.code(day);
        }

        /**
         * Returns 0 for every such day, 1 to 53 for the <i>n</i>th, -53 to -1 for the <i>n</i>th from the end; the
         * range is checked when the rule is built (-5 to 5 in a monthly rule).
         *
         * @return 0 for every such day, 1 to 53 for the <i>n</i>th, -53 to -1 for the <i>n</i>th from the end; the
         *     range is checked when the rule is built (-5 to 5 in a monthly rule)
         */
        public int ordinal() {
            return ordinal;
        }

        /**
         * Returns the weekday.
         *
         * @return the weekday
         */
        public DayOfWeek day() {
            return day;
        }
    }

    /**
     * The end of a rule by UNTIL, in one of the three forms RFC 5545 allows. Which one a rule needs depends on its
     * DTSTART: a date for an all-day start, a UTC date-time for a start with a time zone or in UTC, a local
     * date-time for a floating start. {@link RecurrenceSet} says how it compares each form with each start.
     *
     * <p>This type is immutable and thread-safe.
     */
    public sealed interface Until permits Until.OnDate, Until.AtUtc, Until.AtLocal {

        /**
         * Obtains an end on a date, inclusive ({@code UNTIL=20250826}).
         *
         * @param date the last date
         * @return the end
         */
        static Until of(LocalDate date) {
            return new OnDate(date);
        }

        /**
         * Obtains an end at a UTC time, inclusive ({@code UNTIL=20250826T230000Z}).
         *
         * @param instant the last instant, in whole seconds
         * @return the end
         */
        static Until of(Instant instant) {
            return new AtUtc(instant);
        }

        /**
         * Obtains an end at a local ("floating") time, inclusive ({@code UNTIL=20250826T180000}).
         *
         * @param dateTime the last local date-time, in whole seconds
         * @return the end
         */
        static Until of(LocalDateTime dateTime) {
            return new AtLocal(dateTime);
        }

        /**
         * Returns the last date this end allows: the date itself, or the date of the time (in UTC for a UTC time).
         *
         * @return the date
         */
        LocalDate date();

        /**
         * An end on a date.
         *
         * @param date the last date, inclusive
         */
        record OnDate(LocalDate date) implements Until {
            /**
             * Checks the date.
             *
             * @param date the last date, inclusive
             * @throws NullPointerException if {@code date} is null
             */
            public OnDate {
                Objects.requireNonNull(date, "date");
            }

            /**
             * Returns the RFC text form, such as {@code 20250826}; a value outside the years 0 to 9999, which that form
             * cannot
             * hold and no rule takes, in its ISO 8601 form, such as {@code +10000-01-01}.
             *
             * @return the text
             */
            @Override
            public String toString() {
                return RuleText.basic(date);
            }

            /** {@return the last date, inclusive} */
            @Override
            public LocalDate date() {
                return date;
            }
        }

        /**
         * An end at a UTC time.
         *
         * @param instant the last instant, inclusive
         */
        record AtUtc(Instant instant) implements Until {
            /**
             * Checks the instant.
             *
             * @param instant the last instant, inclusive
             * @throws NullPointerException if {@code instant} is null
             */
            public AtUtc {
                Objects.requireNonNull(instant, "instant");
            }

            /**
             * Returns the date of the instant in UTC.
             *
             * @return the date
             * @throws java.time.DateTimeException if the instant is outside the range of {@code LocalDate}, as
             *     {@code Instant.MAX} is (no rule takes such an end)
             */
            @Override
            public LocalDate date() {
                return LocalDate.ofInstant(instant, ZoneOffset.UTC);
            }

            /**
             * Returns the RFC text form, such as {@code 20250826T230000Z}; a value outside the years 0 to 9999, which
             * that form cannot
             * hold and no rule takes, in its ISO 8601 form, such as {@code +10000-01-01T00:00:00Z}.
             *
             * @return the text
             */
            @Override
            public String toString() {
                return RuleText.basic(instant);
            }

            /** {@return the last instant, inclusive} */
            public Instant instant() {
                return instant;
            }
        }

        /**
         * An end at a local ("floating") time.
         *
         * @param dateTime the last local date-time, inclusive
         */
        record AtLocal(LocalDateTime dateTime) implements Until {
            /**
             * Checks the date-time.
             *
             * @param dateTime the last local date-time, inclusive
             * @throws NullPointerException if {@code dateTime} is null
             */
            public AtLocal {
                Objects.requireNonNull(dateTime, "dateTime");
            }

            /**
             * Returns the date of the local date-time.
             *
             * @return the date
             */
            @Override
            public LocalDate date() {
                return dateTime.toLocalDate();
            }

            /**
             * Returns the RFC text form, such as {@code 20250826T180000}; a value outside the years 0 to 9999, which
             * that form cannot
             * hold and no rule takes, in its ISO 8601 form, such as {@code +10000-01-01T00:00}.
             *
             * @return the text
             */
            @Override
            public String toString() {
                return RuleText.basic(dateTime);
            }

            /** {@return the last local date-time, inclusive} */
            public LocalDateTime dateTime() {
                return dateTime;
            }
        }
    }

    /**
     * Returns a new builder for a rule of a frequency.
     *
     * @param frequency the rule's FREQ
     * @return a builder with the frequency set
     * @throws NullPointerException if {@code frequency} is null
     */
    public static Builder builder(Frequency frequency) {
        Objects.requireNonNull(frequency, "frequency");
        return new Builder().frequency(frequency);
    }

    /**
     * Obtains the plain rule of a frequency, such as {@code FREQ=WEEKLY}: every period, on DTSTART's day and time.
     *
     * @param frequency the rule's FREQ
     * @return the rule
     * @throws NullPointerException if {@code frequency} is null
     */
    public static RecurrenceRule of(Frequency frequency) {
        return builder(frequency).build();
    }

    /**
     * Parses the RFC 5545 text form of a rule, such as {@code FREQ=YEARLY;BYMONTH=8;BYDAY=1TU}: the value of an
     * RRULE property, without the property name. Part names and weekdays are read in any case, the parts in any
     * order.
     *
     * @param text the rule
     * @return the rule
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not of that form: an unknown or repeated part, a part
     *     without {@code =}, a value that is not a number, weekday or date where one is expected
     * @throws ValidationException if the form is right but the rule is not valid, such as {@code BYMONTHDAY=32}
     *     or COUNT together with UNTIL
     */
    public static RecurrenceRule parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return RuleText.parse(text.toString());
    }

    /**
     * Returns the frequency (FREQ).
     *
     * @return the frequency
     */
    public abstract Frequency frequency();

    /**
     * Returns the interval (INTERVAL): how many periods of the frequency apart the occurrences are.
     *
     * @return the interval, 1 to 999,999,999 (the nine digits the text form reads); 1 unless set
     */
    @Value.Default
    public int interval() {
        return 1;
    }

    /**
     * Returns the number of occurrences (COUNT), DTSTART counting as the first.
     *
     * @return the count, 1 to 999,999,999 (the nine digits the text form reads), or empty for a rule that is not
     *     bounded by a count
     */
    public abstract OptionalInt count();

    /**
     * Returns the end (UNTIL), inclusive.
     *
     * @return the end, or empty for a rule that is not bounded by an end
     */
    public abstract Optional<Until> until();

    /**
     * Returns the seconds of the minute (BYSECOND).
     *
     * @return 0 to 60, in ascending order; empty when not given
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> bySecond();

    /**
     * Returns the minutes of the hour (BYMINUTE).
     *
     * @return 0 to 59, in ascending order; empty when not given
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> byMinute();

    /**
     * Returns the hours of the day (BYHOUR).
     *
     * @return 0 to 23, in ascending order; empty when not given
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> byHour();

    /**
     * Returns the weekdays (BYDAY), each possibly with an ordinal.
     *
     * @return the weekdays, by weekday from Monday; empty when not given
     */
    @Value.NaturalOrder
    public abstract SortedSet<WeekdayNum> byDay();

    /**
     * Returns the days of the month (BYMONTHDAY).
     *
     * @return 1 to 31, or -31 to -1 counting from the month's last day, in ascending order; empty when not given
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> byMonthDay();

    /**
     * Returns the days of the year (BYYEARDAY).
     *
     * @return 1 to 366, or -366 to -1 counting from the year's last day, in ascending order; empty when not given
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> byYearDay();

    /**
     * Returns the weeks of the year (BYWEEKNO), numbered as ISO 8601 does but with weeks starting on
     * {@link #weekStart()}: week 1 is the first with at least four days in the year.
     *
     * @return 1 to 53, or -53 to -1 counting from the year's last week, in ascending order; empty when not given
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> byWeekNo();

    /**
     * Returns the months (BYMONTH).
     *
     * @return 1 to 12, in ascending order; empty when not given
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> byMonth();

    /**
     * Returns the positions within each period's set of occurrences (BYSETPOS).
     *
     * @return 1 to 366, or -366 to -1 counting from the last, in ascending order; empty when not given
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> bySetPos();

    /**
     * Returns the first day of the week (WKST) as given; {@link #effectiveWeekStart()} gives the day in effect.
     *
     * @return the day, or empty when not given
     */
    public abstract Optional<DayOfWeek> weekStart();

    /**
     * Returns the first day of the week in effect: {@link #weekStart()}, or Monday, the RFC's default.
     *
     * @return the day
     */
    public DayOfWeek effectiveWeekStart() {
        return weekStart().orElse(DayOfWeek.MONDAY);
    }

    /**
     * Returns the rule's parts as the expansion reads them, worked out once per rule rather than once per window.
     *
     * @return the prepared parts
     */
    @Value.Lazy
    PreparedRule prepared() {
        // Made once per rule, not once per expansion: a window of a few occurrences would spend most of its time on
        // it. A race makes it twice at worst; its fields are final, so any thread sees it whole.
        PreparedRule p = prepared;
        if (p == null) {
            p = new PreparedRule(this);
            prepared = p;
        }
        return p;
    }

    /**
     * Tells whether the rule repeats forever: it has neither COUNT nor UNTIL.
     *
     * @return true if the rule has no end
     */
    public boolean isInfinite() {
        return count().isEmpty() && until().isEmpty();
    }

    /**
     * Returns a copy of this rule with another COUNT and no UNTIL.
     *
     * @param count the number of occurrences, 1 to 999,999,999
     * @return the changed rule
     * @throws ValidationException if {@code count} is less than 1 or more than 999,999,999
     */
    public RecurrenceRule endingAfter(int count) {
        return copyWithoutEnd().count(count).build();
    }

    /**
     * Returns a copy of this rule with another UNTIL and no COUNT.
     *
     * @param until the end
     * @return the changed rule
     * @throws NullPointerException if {@code until} is null
     */
    public RecurrenceRule endingAt(Until until) {
        Objects.requireNonNull(until, "until");
        return copyWithoutEnd().until(until).build();
    }

    private Builder copyWithoutEnd() {
        Builder b = new Builder();
        b.frequency(frequency()).interval(interval()).addAllBySecond(bySecond()).addAllByMinute(byMinute())
                .addAllByHour(byHour()).addAllByDay(byDay()).addAllByMonthDay(byMonthDay())
                .addAllByYearDay(byYearDay()).addAllByWeekNo(byWeekNo()).addAllByMonth(byMonth())
                .addAllBySetPos(bySetPos()).weekStart(weekStart());
        return b;
    }

    /**
     * Returns the rule in the RFC 5545 text form, canonical as the class description says.
     *
     * @return text that {@link #parse(CharSequence)} reads back to an equal rule
     */
    @Override
    public String toString() {
        return RuleText.format(this);
    }

    @Value.Check
    void check() {
        RuleValidation.check(this);
    }

    /**
     * Builds a {@link RecurrenceRule}. Each setter is named after the attribute it sets and is documented on that
     * attribute's accessor in {@link RecurrenceRule}: {@code name(...)} sets what {@code name()} returns, {@code
     * addName(...)} adds to a list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is
     * checked until {@link #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableRecurrenceRule.Builder {
        Builder() {
        }

        /**
         * Builds a {@link RecurrenceRule} from the attributes set so far.
         *
         * @return a new immutable recurrence rule
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public RecurrenceRule build() {
            return super.build();
        }
    }
}
