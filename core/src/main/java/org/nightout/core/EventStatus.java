package org.nightout.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether an event goes ahead: scheduled, confirmed, tentative, cancelled, postponed or rescheduled.
 *
 * <p>A cancelled, postponed or rescheduled event may say why; a rescheduled one must say when it was
 * planned before ({@link #previousTime()}), since schema.org asks for {@code previousStartDate}.
 * A cancelled event keeps its own time: it stays in feeds, marked cancelled, until it has passed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind of status
 * @param reason why the event was cancelled, postponed or rescheduled, if given
 * @param previousTime when a rescheduled event was planned before; present only for {@link Kind#RESCHEDULED}
 */
public record EventStatus(Kind kind, Optional<String> reason, Optional<EventTime> previousTime) {
    private static final EventStatus SCHEDULED = new EventStatus(Kind.SCHEDULED, Optional.empty(), Optional.empty());
    private static final EventStatus CONFIRMED = new EventStatus(Kind.CONFIRMED, Optional.empty(), Optional.empty());
    private static final EventStatus TENTATIVE = new EventStatus(Kind.TENTATIVE, Optional.empty(), Optional.empty());

    /** The kinds of status. */
    public enum Kind {
        /** Planned and expected to go ahead; the default. */
        SCHEDULED,
        /** Confirmed by the host. */
        CONFIRMED,
        /** Not yet certain. */
        TENTATIVE,
        /** Will not take place. */
        CANCELLED,
        /** Put off to a date not yet known. */
        POSTPONED,
        /** Moved to the event's current time from {@link EventStatus#previousTime()}. */
        RESCHEDULED;

        /**
         * Tells whether a status of this kind may carry a reason.
         *
         * @return true for cancelled, postponed and rescheduled
         */
        public boolean takesReason() {
            return this == CANCELLED || this == POSTPONED || this == RESCHEDULED;
        }
    }

    /**
     * Checks the components.
     *
     * @throws ValidationException if a reason is given for a kind that takes none, the reason is blank, or the
     *     previous time is missing for a rescheduled event or given for another kind
     */
    public EventStatus {
        Checks c = Checks.of("EventStatus");
        boolean known = c.required("kind", kind);
        c.line("reason", reason);
        c.required("previousTime", previousTime);
        if (known && reason != null && reason.isPresent() && !kind.takesReason()) {
            c.fail("reason", reason, "is only allowed for cancelled, postponed or rescheduled events, not " + kind);
        }
        if (known && previousTime != null) {
            if (kind == Kind.RESCHEDULED && previousTime.isEmpty()) {
                c.fail("previousTime", null, "is required for a rescheduled event");
            } else if (kind != Kind.RESCHEDULED && previousTime.isPresent()) {
                c.fail("previousTime", previousTime, "is only allowed for a rescheduled event, not " + kind);
            }
        }
        c.throwIfAny();
    }

    /**
     * Returns the default status: planned and expected to go ahead.
     *
     * @return the scheduled status
     */
    public static EventStatus scheduled() {
        return SCHEDULED;
    }

    /**
     * Returns the confirmed status.
     *
     * @return the confirmed status
     */
    public static EventStatus confirmed() {
        return CONFIRMED;
    }

    /**
     * Returns the tentative status.
     *
     * @return the tentative status
     */
    public static EventStatus tentative() {
        return TENTATIVE;
    }

    /**
     * Returns a cancelled status with no reason given, as read from a feed that gives none.
     *
     * @return the cancelled status
     */
    public static EventStatus cancelled() {
        return new EventStatus(Kind.CANCELLED, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a cancelled status with a reason.
     *
     * @param reason why, such as "COVID-19 pandemic"
     * @return the cancelled status
     * @throws NullPointerException if {@code reason} is null
     * @throws ValidationException if the reason is blank or spans lines
     */
    public static EventStatus cancelled(String reason) {
        return new EventStatus(Kind.CANCELLED, Optional.of(Objects.requireNonNull(reason, "reason")), Optional.empty());
    }

    /**
     * Returns a postponed status with no reason given.
     *
     * @return the postponed status
     */
    public static EventStatus postponed() {
        return new EventStatus(Kind.POSTPONED, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a postponed status with a reason.
     *
     * @param reason why, such as "Severe weather"
     * @return the postponed status
     * @throws NullPointerException if {@code reason} is null
     * @throws ValidationException if the reason is blank or spans lines
     */
    public static EventStatus postponed(String reason) {
        return new EventStatus(Kind.POSTPONED, Optional.of(Objects.requireNonNull(reason, "reason")), Optional.empty());
    }

    /**
     * Returns a rescheduled status: the event's own time is the new one, {@code previousTime} the old one.
     *
     * @param previousTime when the event was planned before
     * @return the rescheduled status
     * @throws NullPointerException if {@code previousTime} is null
     */
    public static EventStatus rescheduled(EventTime previousTime) {
        return new EventStatus(Kind.RESCHEDULED, Optional.empty(),
                Optional.of(Objects.requireNonNull(previousTime, "previousTime")));
    }

    /**
     * Returns a rescheduled status with a reason.
     *
     * @param previousTime when the event was planned before
     * @param reason why it moved, such as "Rain"
     * @return the rescheduled status
     * @throws NullPointerException if an argument is null
     * @throws ValidationException if the reason is blank or spans lines
     */
    public static EventStatus rescheduled(EventTime previousTime, String reason) {
        return new EventStatus(Kind.RESCHEDULED, Optional.of(Objects.requireNonNull(reason, "reason")),
                Optional.of(Objects.requireNonNull(previousTime, "previousTime")));
    }

    /**
     * Tells whether the event will not take place.
     *
     * @return true for a cancelled status
     */
    public boolean isCancelled() {
        return kind == Kind.CANCELLED;
    }
}
