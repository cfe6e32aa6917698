package org.nightout.ical.internal.write;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.nightout.core.Event;
import org.nightout.core.Profile;

/**
 * What an {@link org.nightout.ical.ICalendarWriter} was built with, as the writing internals and the property homes
 * see it.
 *
 * @param publisherName the publisher's name, the ORGANIZER of events that name no host
 * @param publisherAddress the publisher's address as written, encoded once rather than for each event
 * @param name the calendar's name
 * @param description the calendar's description
 * @param url where the feed is published
 * @param refreshInterval how often clients should poll
 * @param color the calendar's CSS colour name
 * @param uidDomain the domain appended to UIDs made from ids
 * @param structuredData the JSON-LD of an event for STRUCTURED-DATA, when the feed carries it
 * @param eventPublishing whether RFC 9073 PARTICIPANT and VLOCATION components are written
 * @param alarms whether VALARMs read from other calendars are written again
 * @param attendees whether ATTENDEEs read from other calendars are written again
 * @param profile what the feed shows of each event
 * @param cancelledPrefix the word put before the title of a cancelled event
 * @param windowFrom the first day of the window, when there is one
 * @param windowTo the last day of the window, when there is one
 * @param byteBudget the most octets of the feed, when there is a limit
 */
public record WriteOptions(String publisherName, String publisherAddress, Optional<String> name,
        Optional<String> description, Optional<URI> url, Optional<Duration> refreshInterval, Optional<String> color,
        Optional<String> uidDomain, Optional<Function<? super Event, String>> structuredData, boolean eventPublishing,
        boolean alarms, boolean attendees, Profile profile, Optional<String> cancelledPrefix,
        Optional<LocalDate> windowFrom, Optional<LocalDate> windowTo, OptionalLong byteBudget) {
}
