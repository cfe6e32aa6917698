package org.nightout.core;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * Whether an event goes ahead: scheduled, confirmed, tentative, cancelled, postponed or rescheduled.
 *
 * <p>A cancelled, postponed or rescheduled event may say why; a rescheduled one must say when it was
 * planned before ({@link #previousTime()}), since schema.org asks for {@code previousStartDate}.
 * A cancelled event keeps its own time: it stays in feeds, marked cancelled, until it has passed.
 *
 * <p>The factories give each kind with what it takes; {@link #builder()} is for readers that assemble a status from
 * parts and want every problem reported at once. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * EventStatus.cancelled("COVID-19 pandemic");
 * EventStatus.rescheduled(EventTime.allDay(LocalDate.of(2022, 8, 2)), "Rain");
 * }</pre>
 */
@Value.Immutable
public abstract class EventStatus {
    private static final EventStatus SCHEDULED = builder().kind(Kind.SCHEDULED).build();
    private static final EventStatus CONFIRMED = builder().kind(Kind.CONFIRMED).build();
    private static final EventStatus TENTATIVE = builder().kind(Kind.TENTATIVE).build();

    EventStatus() {
    }

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
     * Returns a new builder, for readers that assemble a status from its parts.
     *
     * @return a builder with no attributes set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the kind of status.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * Returns why the event was cancelled, postponed or rescheduled, if given.
     *
     * @return the reason, or empty
     */
    public abstract Optional<String> reason();

    /**
     * Returns when a rescheduled event was planned before; present only for {@link Kind#RESCHEDULED}.
     *
     * @return the previous time, or empty
     */
    public abstract Optional<EventTime> previousTime();

    @Value.Check
    void check() {
        Checks c = Checks.of("EventStatus");
        boolean known = c.required("kind", kind());
        c.line("reason", reason());
        c.required("previousTime", previousTime());
        if (known && reason() != null && reason().isPresent() && !kind().takesReason()) {
            c.fail("reason", reason(), "is only allowed for cancelled, postponed or rescheduled events, not " + kind());
        }
        if (known && previousTime() != null) {
            if (kind() == Kind.RESCHEDULED && previousTime().isEmpty()) {
                c.fail("previousTime", null, "is required for a rescheduled event");
            } else if (kind() != Kind.RESCHEDULED && previousTime().isPresent()) {
                c.fail("previousTime", previousTime(), "is only allowed for a rescheduled event, not " + kind());
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
        return builder().kind(Kind.CANCELLED).build();
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
        return builder().kind(Kind.CANCELLED).reason(Objects.requireNonNull(reason, "reason")).build();
    }

    /**
     * Returns a postponed status with no reason given.
     *
     * @return the postponed status
     */
    public static EventStatus postponed() {
        return builder().kind(Kind.POSTPONED).build();
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
        return builder().kind(Kind.POSTPONED).reason(Objects.requireNonNull(reason, "reason")).build();
    }

    /**
     * Returns a rescheduled status: the event's own time is the new one, {@code previousTime} the old one.
     *
     * @param previousTime when the event was planned before
     * @return the rescheduled status
     * @throws NullPointerException if {@code previousTime} is null
     */
    public static EventStatus rescheduled(EventTime previousTime) {
        return builder().kind(Kind.RESCHEDULED).previousTime(Objects.requireNonNull(previousTime, "previousTime")).build();
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
        Objects.requireNonNull(previousTime, "previousTime");
        Objects.requireNonNull(reason, "reason");
        return builder().kind(Kind.RESCHEDULED).previousTime(previousTime).reason(reason).build();
    }

    /**
     * Tells whether the event will not take place.
     *
     * @return true for a cancelled status
     */
    public boolean isCancelled() {
        return kind() == Kind.CANCELLED;
    }

    /**
     * Builds an {@link EventStatus}. Each setter is named after the attribute it sets and is documented on that
     * attribute's accessor in {@link EventStatus}: {@code name(...)} sets what {@code name()} returns, {@code
     * addName(...)} adds to a list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is
     * checked until {@link #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableEventStatus.Builder {
        Builder() {
        }

        /**
         * Builds an {@link EventStatus} from the attributes set so far.
         *
         * @return a new immutable event status
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public EventStatus build() {
            return super.build();
        }
    }
}
