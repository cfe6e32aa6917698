package org.nightout.ical.internal.write;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.nightout.core.Event;
import org.nightout.core.Profile;

/**
 * What an {@link org.nightout.ical.ICalendarWriter.Builder} has been told, as it is being told: the builder checks each
 * value and keeps it here, and the writer keeps a copy, from which it makes the {@link FeedWriter} of each write. Not
 * thread-safe; a writer's copy is never changed.
 */
public final class WriteSettings {
    public String publisherName;
    public URI publisherAddress;
    public Optional<String> name = Optional.empty();
    public Optional<String> description = Optional.empty();
    public Optional<URI> url = Optional.empty();
    public Optional<Duration> refreshInterval = Optional.empty();
    public Optional<String> color = Optional.empty();
    public Optional<String> uidDomain = Optional.empty();
    public Optional<Function<? super Event, String>> structuredData = Optional.empty();
    public boolean eventPublishing;
    public boolean alarms;
    public boolean attendees;
    public Profile profile = Profile.PUBLIC;
    public Optional<String> cancelledPrefix = Optional.empty();
    public Optional<LocalDate> windowFrom = Optional.empty();
    public Optional<LocalDate> windowTo = Optional.empty();
    public OptionalLong byteBudget = OptionalLong.empty();
    /** Where a window that moves with the date reads today; empty for a fixed window or none. */
    public Optional<Clock> clock = Optional.empty();
    public Period before = Period.ZERO;
    public Period after = Period.ZERO;

    /** Returns a copy, which changes with neither this nor the writers made from it. */
    public WriteSettings copy() {
        WriteSettings c = new WriteSettings();
        c.publisherName = publisherName;
        c.publisherAddress = publisherAddress;
        c.name = name;
        c.description = description;
        c.url = url;
        c.refreshInterval = refreshInterval;
        c.color = color;
        c.uidDomain = uidDomain;
        c.structuredData = structuredData;
        c.eventPublishing = eventPublishing;
        c.alarms = alarms;
        c.attendees = attendees;
        c.profile = profile;
        c.cancelledPrefix = cancelledPrefix;
        c.windowFrom = windowFrom;
        c.windowTo = windowTo;
        c.byteBudget = byteBudget;
        c.clock = clock;
        c.before = before;
        c.after = after;
        return c;
    }

    /** The engine for one write now: with a window that moves with the date, the window of the clock's today. */
    public FeedWriter engine() {
        if (clock.isEmpty()) {
            return new FeedWriter(options(windowFrom, windowTo, byteBudget));
        }
        LocalDate today = LocalDate.now(clock.get());
        return new FeedWriter(options(Optional.of(today.minus(before)), Optional.of(today.plus(after)), byteBudget));
    }

    /** The engine for a calendar of one event, whatever the window and byte budget. */
    public FeedWriter unbounded() {
        return new FeedWriter(options(Optional.empty(), Optional.empty(), OptionalLong.empty()));
    }

    private WriteOptions options(Optional<LocalDate> from, Optional<LocalDate> to, OptionalLong budget) {
        return new WriteOptions(publisherName, publisherAddress.toASCIIString(), name, description, url,
                refreshInterval, color, uidDomain, structuredData, eventPublishing, alarms, attendees, profile,
                cancelledPrefix, from, to, budget);
    }
}
