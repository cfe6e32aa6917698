package org.nightout.core.recurrence;

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
        if (rule.interval() < 1) {
            c.fail("INTERVAL", rule.interval(), "must be 1 or more" + in);
        }
        if (rule.count().isPresent() && rule.count().getAsInt() < 1) {
            c.fail("COUNT", rule.count().getAsInt(), "must be 1 or more" + in);
        }
        rule.until().ifPresent(u -> {
            if (rule.count().isPresent()) {
                c.fail("UNTIL", u, "must not be given together with COUNT (RFC 5545: one or the other)" + in);
            }
            if (u.date().getYear() < Checks.MIN_YEAR || u.date().getYear() > Checks.MAX_YEAR) {
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
