package org.nightout.core.recurrence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SortedSet;
import org.nightout.core.internal.Checks;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;
import org.nightout.core.recurrence.RecurrenceRule.Until;
import org.nightout.core.recurrence.RecurrenceRule.WeekdayNum;

/**
 * The checks of a {@link RecurrenceRule} when it is built: the RFC's ranges of each part, and its rules for which
 * parts go with which frequency, each problem reported with the whole rule quoted.
 */
final class RuleValidation {
    /** The years a UTC UNTIL must fall in, 1 to 9999 in UTC: their first instant, and the one after their last. */
    private static final Instant FIRST_UTC = LocalDateTime.of(Checks.MIN_YEAR, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_UTC = LocalDateTime.of(Checks.MAX_YEAR + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

    private RuleValidation() {
    }

    /** Throws a {@code ValidationException} listing every problem of a rule, if it has any. */
    static void check(RecurrenceRule rule) {
        String text = rule.toString();
        Checks c = Checks.of("RecurrenceRule");
        String in = ", in \"" + text + "\"";
        if (!c.required("FREQ", rule.frequency())) {
            c.throwIfAny();
        }
        Frequency f = rule.frequency();
        number(c, "INTERVAL", rule.interval(), in);
        if (rule.count().isPresent()) {
            number(c, "COUNT", rule.count().getAsInt(), in);
        }
        rule.until().ifPresent(u -> {
            if (rule.count().isPresent()) {
                c.fail("UNTIL", u, "must not be given together with COUNT (RFC 5545: one or the other)" + in);
            }
            // An instant is compared as such: Instant.MAX has no date.
            if (u instanceof Until.AtUtc utc ? utc.instant().isBefore(FIRST_UTC) || !utc.instant().isBefore(AFTER_UTC)
                    : u.date().getYear() < Checks.MIN_YEAR || u.date().getYear() > Checks.MAX_YEAR) {
                c.fail("UNTIL", u, "must be in a year from 1 to 9999" + in);
            }
            if (u instanceof Until.AtUtc utc && utc.instant().getNano() != 0
                    || u instanceof Until.AtLocal local && local.dateTime().getNano() != 0) {
                c.fail("UNTIL", u, "must be a whole second, as the text form carries no fraction" + in);
            }
        });
        range(c, "BYSECOND", rule.bySecond(), 0, 60, false, "must be 0 to 60" + in);
        range(c, "BYMINUTE", rule.byMinute(), 0, 59, false, "must be 0 to 59" + in);
        range(c, "BYHOUR", rule.byHour(), 0, 23, false, "must be 0 to 23" + in);
        for (WeekdayNum d : rule.byDay()) {
            int n = d.ordinal();
            if (n != 0 && (n < -53 || n > 53)) {
                c.fail("BYDAY", d, "must have an ordinal of 1 to 53 or -53 to -1" + in);
            } else if (n != 0 && f != Frequency.MONTHLY && f != Frequency.YEARLY) {
                c.fail("BYDAY", d, "may have an ordinal only with FREQ=MONTHLY or FREQ=YEARLY" + in);
            } else if (n != 0 && f == Frequency.YEARLY && !rule.byWeekNo().isEmpty()) {
                c.fail("BYDAY", d, "must not have an ordinal when BYWEEKNO is given" + in);
            } else if (f == Frequency.MONTHLY && (n < -5 || n > 5)) {
                // RFC 5545 section 3.3.10: the ordinal counts within the month, which has at most five of a weekday,
                // so a larger one would never match.
                c.fail("BYDAY", d, "must have an ordinal of 1 to 5 or -5 to -1 with FREQ=MONTHLY, as a month has at"
                        + " most five of a weekday" + in);
            }
        }
        range(c, "BYMONTHDAY", rule.byMonthDay(), 1, 31, true, "must be 1 to 31 or -31 to -1" + in);
        if (!rule.byMonthDay().isEmpty() && f == Frequency.WEEKLY) {
            c.fail("BYMONTHDAY", RuleText.join(rule.byMonthDay()), "must not be given with FREQ=WEEKLY" + in);
        }
        range(c, "BYYEARDAY", rule.byYearDay(), 1, 366, true, "must be 1 to 366 or -366 to -1" + in);
        if (!rule.byYearDay().isEmpty()
                && (f == Frequency.DAILY || f == Frequency.WEEKLY || f == Frequency.MONTHLY)) {
            c.fail("BYYEARDAY", RuleText.join(rule.byYearDay()), "must not be given with FREQ=" + f + in);
        }
        range(c, "BYWEEKNO", rule.byWeekNo(), 1, 53, true, "must be 1 to 53 or -53 to -1" + in);
        if (!rule.byWeekNo().isEmpty() && f != Frequency.YEARLY) {
            c.fail("BYWEEKNO", RuleText.join(rule.byWeekNo()), "may be given only with FREQ=YEARLY" + in);
        }
        range(c, "BYMONTH", rule.byMonth(), 1, 12, false, "must be 1 to 12" + in);
        range(c, "BYSETPOS", rule.bySetPos(), 1, 366, true, "must be 1 to 366 or -366 to -1" + in);
        if (!rule.bySetPos().isEmpty() && rule.bySecond().isEmpty() && rule.byMinute().isEmpty()
                && rule.byHour().isEmpty() && rule.byDay().isEmpty() && rule.byMonthDay().isEmpty()
                && rule.byYearDay().isEmpty() && rule.byWeekNo().isEmpty() && rule.byMonth().isEmpty()) {
            c.fail("BYSETPOS", RuleText.join(rule.bySetPos()), "must be given together with another BYxxx part" + in);
        }
        c.throwIfAny();
    }

    /** Checks COUNT or INTERVAL: 1 or more, and no more than the text form reads back. */
    private static void number(Checks c, String part, int value, String in) {
        if (value < 1) {
            c.fail(part, value, "must be 1 or more" + in);
        } else if (value > RuleText.MAX_NUMBER) {
            c.fail(part, value, "must be at most " + RuleText.MAX_NUMBER + ", the nine digits the text form reads" + in);
        }
    }

    private static void range(Checks c, String part, SortedSet<Integer> values, int min, int max, boolean negatives,
            String rule) {
        for (int v : values) {
            boolean ok = v >= min && v <= max || negatives && v <= -min && v >= -max;
            if (!ok) {
                c.fail(part, v, rule);
            }
        }
    }
}
