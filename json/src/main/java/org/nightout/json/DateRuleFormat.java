package org.nightout.json;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.nightout.core.DateRule;

/**
 * {@link DateRule} as {@code {"ordinal": 1, "dayOfWeek": "TUESDAY", "month": "AUGUST"}}: the first Tuesday of August.
 * An ordinal of -1 means the last such weekday of the month.
 */
final class DateRuleFormat extends ObjectFormat<DateRule, DateRuleFormat.Parts> {
    static final DateRuleFormat INSTANCE = new DateRuleFormat();

    private DateRuleFormat() {
        super(DateRule.class, Parts::new, b -> DateRule.of(b.ordinal, b.dayOfWeek, b.month),
                List.of("ordinal", "dayOfWeek", "month"), Set.of("ordinal", "dayOfWeek", "month"));
    }

    /** The components read so far. */
    static final class Parts {
        private int ordinal;
        private DayOfWeek dayOfWeek;
        private Month month;
    }

    @Override
    void writeProperties(DateRule value, JsonOutput out) {
        out.integer("ordinal", value.ordinal());
        out.enumValue("dayOfWeek", value.dayOfWeek());
        out.enumValue("month", value.month());
    }

    @Override
    void readProperty(String name, Parts b, JsonInput in) {
        switch (name) {
            case "ordinal" -> b.ordinal = in.integer();
            case "dayOfWeek" -> b.dayOfWeek = in.enumValue(DayOfWeek.class);
            case "month" -> b.month = in.enumValue(Month.class);
            default -> throw unhandled(name);
        }
    }
}
