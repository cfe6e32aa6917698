package org.nightout.core.recurrence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.nightout.core.recurrence.RecurrenceRule.Until;

/** The floating form of a set: occurrences are wall-clock times in no zone, ordered as local times. */
final class FloatingKind extends SetKind<LocalDateTime> {
    static final FloatingKind INSTANCE = new FloatingKind();

    private FloatingKind() {
        super(Comparator.naturalOrder(), false);
    }

    @Override
    LocalDateTime fromCandidate(RuleExpander expander, LocalDateTime local) {
        return local;
    }

    @Override
    LocalDateTime local(LocalDateTime t) {
        return t;
    }

    @Override
    long second(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    @Override
    int nano(LocalDateTime t) {
        return t.getNano();
    }

    @Override
    boolean after(LocalDateTime t, LocalDateTime local, Until until) {
        if (until instanceof Until.AtLocal at) {
            return t.isAfter(at.dateTime());
        }
        if (until instanceof Until.AtUtc utc) {
            return t.isAfter(LocalDateTime.ofInstant(utc.instant(), ZoneOffset.UTC));
        }
        return t.toLocalDate().isAfter(until.date());
    }
}
