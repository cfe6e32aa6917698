package org.nightout.core.recurrence;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import org.nightout.core.recurrence.RecurrenceRule.Until;

/**
 * The timed form of a set: the rule's local times placed in the start's zone as RFC 5545 says, and every occurrence
 * ordered and compared by instant.
 */
final class ZonedKind extends SetKind<ZonedDateTime> {
    /** ChronoZonedDateTime.timeLineOrder(), without its indirection on every comparison. */
    private static final Comparator<ZonedDateTime> INSTANT_ORDER =
            (a, b) -> SetKind.compare(a.toEpochSecond(), a.getNano(), b.toEpochSecond(), b.getNano());

    private final ZoneId zone;

    ZonedKind(ZoneId zone) {
        super(INSTANT_ORDER, false);
        this.zone = zone;
    }

    @Override
    long second(ZonedDateTime t) {
        return t.toEpochSecond();
    }

    @Override
    int nano(ZonedDateTime t) {
        return t.getNano();
    }

    @Override
    long second(ZonedDateTime t, long localSecond) {
        // Not moved, so the local time is the rule's: this spares the epoch-day arithmetic of toEpochSecond().
        return localSecond - t.getOffset().getTotalSeconds();
    }

    @Override
    ZonedDateTime fromCandidate(RuleExpander expander, LocalDateTime local) {
        // ZonedDateTime.of moves a time in a gap forward by the gap and takes the earlier offset in an overlap,
        // which is what RFC 5545 section 3.3.5 asks for.
        return ZonedDateTime.of(local, zone);
    }

    @Override
    LocalDateTime local(ZonedDateTime t) {
        return t.withZoneSameInstant(zone).toLocalDateTime();
    }

    @Override
    LocalDateTime skipTarget(ZonedDateTime t) {
        // In this zone the local time is the value's own; in another it differs by at most 36 hours (offsets are
        // within 18 hours of UTC), so going back two days spares the conversion, which costs a zone lookup.
        return t.getZone().equals(zone) ? t.toLocalDateTime() : t.toLocalDateTime().minusDays(2);
    }

    @Override
    LocalDateTime effectiveLocal(ZonedDateTime t) {
        return t.toLocalDateTime();
    }

    @Override
    boolean moved(ZonedDateTime t, LocalDateTime local) {
        return !t.toLocalDateTime().equals(local);
    }

    @Override
    ZonedDateTime normalised(ZonedDateTime t) {
        return t.withZoneSameInstant(zone);
    }

    @Override
    boolean after(ZonedDateTime t, LocalDateTime local, Until until) {
        if (until instanceof Until.AtUtc utc) {
            return t.toInstant().isAfter(utc.instant());
        }
        if (until instanceof Until.AtLocal at) {
            return t.toInstant().isAfter(ZonedDateTime.of(at.dateTime(), zone).toInstant());
        }
        return local.toLocalDate().isAfter(until.date());
    }
}
