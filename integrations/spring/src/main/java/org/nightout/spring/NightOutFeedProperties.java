package org.nightout.spring;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import org.nightout.core.Profile;
import org.nightout.ical.ICalendarWriter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code nightout.feed.*} properties from which {@link NightOutAutoConfiguration} builds the
 * {@link ICalendarWriter}. Each maps to the writer's builder method of the same name; what is not set is left out
 * of the feed.
 *
 * <pre>
 * nightout.feed.publisher.name=City of Eau Claire
 * nightout.feed.publisher.address=mailto:events@example.org
 * nightout.feed.name=National Night Out in the Chippewa Valley
 * nightout.feed.refresh-interval=12h
 * nightout.feed.uid-domain=example.org
 * nightout.feed.profile=public
 * nightout.feed.window-before=1m
 * nightout.feed.window-after=18m
 * nightout.feed.cancelled-prefix=[Cancelled]
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param publisher the ORGANIZER of events that name no host; required unless the application defines its own
 *     writer or sets {@code nightout.feed.enabled=false}
 * @param name the calendar's NAME and X-WR-CALNAME, or null
 * @param description the calendar's DESCRIPTION, or null
 * @param url the calendar's URL, or null
 * @param refreshInterval how often clients should poll (REFRESH-INTERVAL, X-PUBLISHED-TTL), or null
 * @param color the calendar's COLOR, a CSS colour name, or null
 * @param uidDomain the domain appended to ids the application made, or null
 * @param eventPublishingComponents whether to write RFC 9073 PARTICIPANT, VLOCATION and STRUCTURED-DATA
 * @param profile {@code public} (what subscribers use; the default when not set) or {@code full} (lossless, for
 *     systems that trust each other)
 * @param windowBefore with {@code windowAfter}, keeps only events from this long before today, today read from the
 *     application's {@link Clock} (or the system's) at each write, so the window moves with the days; or null
 * @param windowAfter how long after today the window ends; or null
 * @param cancelledPrefix in the {@code full} profile, the text put before the title of each cancelled event, such as
 *     {@code "Cancelled: "}, for apps that ignore STATUS:CANCELLED; or null. The {@code public} profile begins every
 *     cancelled event's title and description with "Cancelled: " and the reason already, whatever this says
 */
@ConfigurationProperties("nightout.feed")
public record NightOutFeedProperties(Publisher publisher, String name, String description, URI url,
        Duration refreshInterval, String color, String uidDomain, boolean eventPublishingComponents,
        Profile profile, Period windowBefore, Period windowAfter, String cancelledPrefix) {

    /**
     * The feed's publisher.
     *
     * @param name the publisher's name, such as the city or the department
     * @param address the publisher's address, such as {@code mailto:events@example.org}
     */
    public record Publisher(String name, URI address) {
        /**
         * Returns the publisher's name, such as the city or the department.
         *
         * @return the publisher's name, such as the city or the department
         */
        public String name() {
            return name;
        }

        /**
         * Returns the publisher's address, such as {@code mailto:events@example.org}.
         *
         * @return the publisher's address, such as {@code mailto:events@example.org}
         */
        public URI address() {
            return address;
        }
    }

    /**
     * Builds the writer these properties describe, with a window that moves with the system's clock.
     *
     * @return a new writer
     * @throws IllegalStateException if the publisher's name or address is missing, or one end of the window
     * @throws IllegalArgumentException if a value is refused by the writer's builder, such as an unknown colour
     */
    public ICalendarWriter toWriter() {
        return toWriter(Clock.systemDefaultZone());
    }

    /**
     * Builds the writer these properties describe.
     *
     * @param clock where the window's today comes from, at each write
     * @return a new writer
     * @throws IllegalStateException if the publisher's name or address is missing, or one end of the window
     * @throws IllegalArgumentException if a value is refused by the writer's builder, such as an unknown colour
     */
    public ICalendarWriter toWriter(Clock clock) {
        if (publisher == null || publisher.name() == null || publisher.address() == null) {
            throw new IllegalStateException("nightout.feed.publisher.name and nightout.feed.publisher.address are "
                    + "both required: the publisher is the ORGANIZER of every event that names no host; got "
                    + publisher + ". Set them (such as nightout.feed.publisher.name=City of Eau Claire and "
                    + "nightout.feed.publisher.address=mailto:events@example.org), define an ICalendarWriter bean, or "
                    + "set nightout.feed.enabled=false to serve no feed");
        }
        ICalendarWriter.Builder b = ICalendarWriter.builder().publisher(publisher.name(), publisher.address())
                .eventPublishingComponents(eventPublishingComponents);
        if (name != null) {
            b.name(name);
        }
        if (description != null) {
            b.description(description);
        }
        if (url != null) {
            b.url(url);
        }
        if (refreshInterval != null) {
            b.refreshInterval(refreshInterval);
        }
        if (color != null) {
            b.color(color);
        }
        if (uidDomain != null) {
            b.uidDomain(uidDomain);
        }
        if (profile != null) {
            b.profile(profile);
        }
        if (cancelledPrefix != null) {
            b.cancelledPrefix(cancelledPrefix);
        }
        if (windowBefore != null || windowAfter != null) {
            if (windowBefore == null || windowAfter == null) {
                throw new IllegalStateException("nightout.feed.window-before and nightout.feed.window-after go "
                        + "together, such as 1m and 18m; got window-before " + windowBefore + ", window-after "
                        + windowAfter);
            }
            b.window(clock, windowBefore, windowAfter);
        }
        return b.build();
    }

    /**
     * Returns the ORGANIZER of events that name no host; required unless the application defines its own writer or sets
     * {@code nightout.feed.enabled=false}.
     *
     * @return the ORGANIZER of events that name no host; required unless the application defines its own writer or sets
     *     {@code nightout.feed.enabled=false}
     */
    public Publisher publisher() {
        return publisher;
    }

    /**
     * Returns the calendar's NAME and X-WR-CALNAME, or null.
     *
     * @return the calendar's NAME and X-WR-CALNAME, or null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the calendar's DESCRIPTION, or null.
     *
     * @return the calendar's DESCRIPTION, or null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the calendar's URL, or null.
     *
     * @return the calendar's URL, or null
     */
    public URI url() {
        return url;
    }

    /**
     * Returns how often clients should poll (REFRESH-INTERVAL, X-PUBLISHED-TTL), or null.
     *
     * @return how often clients should poll (REFRESH-INTERVAL, X-PUBLISHED-TTL), or null
     */
    public Duration refreshInterval() {
        return refreshInterval;
    }

    /**
     * Returns the calendar's COLOR, a CSS colour name, or null.
     *
     * @return the calendar's COLOR, a CSS colour name, or null
     */
    public String color() {
        return color;
    }

    /**
     * Returns the domain appended to ids the application made, or null.
     *
     * @return the domain appended to ids the application made, or null
     */
    public String uidDomain() {
        return uidDomain;
    }

    /**
     * Returns whether to write RFC 9073 PARTICIPANT, VLOCATION and STRUCTURED-DATA.
     *
     * @return whether to write RFC 9073 PARTICIPANT, VLOCATION and STRUCTURED-DATA
     */
    public boolean eventPublishingComponents() {
        return eventPublishingComponents;
    }

    /**
     * Returns {@code public} (what subscribers use; the default when not set) or {@code full} (lossless, for systems
     * that trust each other).
     *
     * @return {@code public} (what subscribers use; the default when not set) or {@code full} (lossless, for systems
     *     that trust each other)
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Returns with {@code windowAfter}, keeps only events from this long before today, today read from the
     * application's {@link Clock} (or the system's) at each write, so the window moves with the days; or null.
     *
     * @return with {@code windowAfter}, keeps only events from this long before today, today read from the
     *     application's {@link Clock} (or the system's) at each write, so the window moves with the days; or null
     */
    public Period windowBefore() {
        return windowBefore;
    }

    /**
     * Returns how long after today the window ends; or null.
     *
     * @return how long after today the window ends; or null
     */
    public Period windowAfter() {
        return windowAfter;
    }

    /**
     * Returns in the {@code full} profile, the text put before the title of each cancelled event, such as {@code
     * "Cancelled: "}, for apps that ignore STATUS:CANCELLED; or null. The {@code public} profile begins every cancelled
     * event's title and description with "Cancelled: " and the reason already, whatever this says.
     *
     * @return in the {@code full} profile, the text put before the title of each cancelled event, such as {@code
     *     "Cancelled: "}, for apps that ignore STATUS:CANCELLED; or null. The {@code public} profile begins every
     *     cancelled event's title and description with "Cancelled: " and the reason already, whatever this says
     */
    public String cancelledPrefix() {
        return cancelledPrefix;
    }
}
