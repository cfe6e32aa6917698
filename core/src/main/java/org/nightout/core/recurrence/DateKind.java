package org.nightout.core.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import org.nightout.core.recurrence.RecurrenceRule.Until;

/** The all-day form of a set: occurrences are dates, placed on a time line of local days. */
final class DateKind extends SetKind<LocalDate> {
    static final DateKind INSTANCE = new DateKind();

    private DateKind() {
        super(Comparator.naturalOrder(), true);
    }

    @Override
    LocalDate fromCandidate(RuleExpander expander, LocalDateTime local) {
        return expander.date();
    }

    @Override
    LocalDateTime local(LocalDate t) {
        return t.atStartOfDay();
    }

    @Override
    long second(LocalDate t) {
        return t.toEpochDay() * 86_400;
    }

    @Override
    boolean after(LocalDate t, LocalDateTime local, Until until) {
        return t.isAfter(until.date());
    }
}
