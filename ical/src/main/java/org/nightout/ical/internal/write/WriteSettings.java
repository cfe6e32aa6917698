package org.nightout.ical.internal.write;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.nightout.core.Event;
import org.nightout.core.Profile;

/**
 * What an {@link org.nightout.ical.ICalendarWriter.Builder} has been told, as it is being told: the builder hands each
 * value here, where the setters check it with the messages the builder documents, and the writer keeps a copy, from
 * which it makes the {@link FeedWriter} of each write. Not thread-safe; a writer's copy is never changed.
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

    private static final Pattern CSS_COLOR = Pattern.compile("[a-z]{3,20}");

    public void window(Clock clock, Period before, Period after) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isNegative() || after.isNegative()) {
            throw new IllegalArgumentException("Window periods must not be negative: before " + before
                    + ", after " + after);
        }
        this.clock = Optional.of(clock);
        this.before = before;
        this.after = after;
        windowFrom = Optional.empty();
        windowTo = Optional.empty();
    }

    public void window(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Window end " + to + " must be on or after its start " + from);
        }
        windowFrom = Optional.of(from);
        windowTo = Optional.of(to);
        clock = Optional.empty();
    }

    public void byteBudget(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("Byte budget " + bytes + " must be positive, such as 1000000");
        }
        byteBudget = OptionalLong.of(bytes);
    }

    public void cancelledPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank() || prefix.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Cancelled prefix \"" + prefix
                    + "\" must be visible text on one line, such as \"Cancelled: \"");
        }
        cancelledPrefix = Optional.of(prefix);
    }

    public void publisher(String name, URI address) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Publisher name must not be blank");
        }
        if (!address.isAbsolute()) {
            throw new IllegalArgumentException("Publisher address \"" + address
                    + "\" must be an absolute URI such as mailto:events@example.org");
        }
        publisherName = name;
        publisherAddress = address;
    }

    public void url(URI url) {
        Objects.requireNonNull(url, "url");
        if (!url.isAbsolute()) {
            throw new IllegalArgumentException("Feed URL \"" + url + "\" must be absolute");
        }
        this.url = Optional.of(url);
    }

    public void refreshInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero() || interval.getNano() != 0) {
            throw new IllegalArgumentException("Refresh interval " + interval
                    + " must be positive and in whole seconds, such as PT12H");
        }
        refreshInterval = Optional.of(interval);
    }

    public void color(String cssColorName) {
        Objects.requireNonNull(cssColorName, "cssColorName");
        String lower = cssColorName.toLowerCase(Locale.ROOT);
        if (!CSS_COLOR.matcher(lower).matches()) {
            throw new IllegalArgumentException("Color \"" + cssColorName + "\" must be a CSS3 color name such as navy");
        }
        color = Optional.of(lower);
    }

    public void uidDomain(String domain) {
        Objects.requireNonNull(domain, "domain");
        if (domain.isBlank() || domain.chars().anyMatch(c -> c <= ' ' || c == '@')) {
            throw new IllegalArgumentException("UID domain \"" + domain + "\" must be a domain name such as example.org");
        }
        uidDomain = Optional.of(domain);
    }

    /** Fails unless a publisher was set: METHOD:PUBLISH needs an ORGANIZER for events that name no host. */
    public void requirePublisher() {
        if (publisherName == null) {
            throw new IllegalStateException("A publisher is required: METHOD:PUBLISH needs an ORGANIZER for"
                    + " events that name no host. Call publisher(name, address).");
        }
    }

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
