package org.nightout.core;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * One police-community event: who hosts it, where and when, what happens there and whether it goes ahead.
 *
 * <h2>What is required</h2>
 * Every event has an {@link #id()}, a {@link #title()}, a {@link #time()} and the instant it last changed
 * ({@link #lastModified()}), because a calendar feed cannot be written without them. Beyond that the rule depends
 * on whether the event belongs to a {@link Campaign}:
 * <ul>
 *   <li>An event of a campaign (a National Night Out event built for a feed) must name its community, its year
 *       must not be before the campaign's first, and if it is cancelled it must say why, because registries and
 *       feeds show the reason.
 *   <li>Any other event, such as one read from someone else's calendar file, may lack a community too.
 * </ul>
 * No event is required to name a host: news reports list communities that "held events" without saying who ran
 * them. A missing host or community stays visible as an empty {@link #hosts()} or {@link #community()}; nothing
 * is invented to fill the gap (a feed writer names its own publisher as organizer instead).
 * Every violation is reported at once by {@link Builder#build()} as a {@link ValidationException}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Event event = Event.builder()
 *     .id("nno-2017-east-hartford")
 *     .title("East Hartford National Night Out")
 *     .campaign(Campaign.nationalNightOut())
 *     .community(eastHartford)
 *     .addHosts(eastHartfordPolice)
 *     .time(EventTime.allDay(LocalDate.of(2017, 8, 1)))
 *     .firstEvent(true)
 *     .addActivities(Activity.of(ActivityKind.K9_DEMONSTRATION), Activity.of(ActivityKind.DUNK_TANK))
 *     .lastModified(Instant.parse("2017-08-02T12:00:00Z"))
 *     .build();
 * event.edition(); // OptionalInt[34]
 * }</pre>
 */
@Value.Immutable
public abstract class Event {
    private static final int MAX_ID = 255;
    /** Unicode classes: without them, \s and \p{Cntrl} match ASCII only, and a NEL or a U+2028 would pass. */
    private static final Pattern ID = Pattern.compile("[^\\s\\p{Cntrl}]+", Pattern.UNICODE_CHARACTER_CLASS);

    Event() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder with no attributes set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the stable identifier: it never changes while the event exists and is never reused for another.
     * Feeds derive their UIDs from it.
     *
     * @return up to 255 characters without spaces or control characters
     */
    public abstract String id();

    /**
     * Returns the globally unique id the event already has in another system, such as the UID of the calendar file
     * it was read from. A feed writes it exactly as it is, so that subscribers keep seeing the same event; without
     * it, a feed derives its UID from {@link #id()}.
     *
     * <p>Applications that make their own events leave it empty.
     *
     * @return one line of text, if the event came with one
     */
    public abstract Optional<String> uid();

    /**
     * Returns the title.
     *
     * @return one line of text
     */
    public abstract String title();

    /**
     * Returns the description.
     *
     * @return text that may span lines, if any
     */
    public abstract Optional<String> description();

    /**
     * Returns the campaign the event is part of, such as National Night Out.
     *
     * @return the campaign, if any
     */
    public abstract Optional<Campaign> campaign();

    /**
     * Returns the community where the event is held.
     *
     * @return the community; always present for a campaign event
     */
    public abstract Optional<Community> community();

    /**
     * Returns the agencies that host the event, first the main host.
     *
     * @return the hosts, possibly empty when no source names one
     */
    public abstract List<Agency> hosts();

    /**
     * Returns where the event is held. Some reports name only the town; then this is empty.
     *
     * @return the venue, if known
     */
    public abstract Optional<Venue> venue();

    /**
     * Returns when the event takes place.
     *
     * @return the time
     */
    public abstract EventTime time();

    /**
     * Returns whether the event goes ahead.
     *
     * @return the status; {@link EventStatus#scheduled()} unless set
     */
    @Value.Default
    public EventStatus status() {
        return EventStatus.scheduled();
    }

    /**
     * Returns what there is to do, in the order given.
     *
     * @return the activities
     */
    public abstract List<Activity> activities();

    /**
     * Returns who the event is for.
     *
     * @return the audiences
     */
    public abstract Set<Audience> audiences();

    /**
     * Returns the people, agencies and organizations taking part, each in a role.
     *
     * @return the participants
     */
    public abstract List<Participant> participants();

    /**
     * Tells whether this is the host's first event of its kind, as East Hartford's 2017 National Night Out was.
     *
     * @return true for a first event; false unless set
     */
    @Value.Default
    public boolean firstEvent() {
        return false;
    }

    /**
     * Returns the year since which the host has held the event, such as for "hosting for close to a decade".
     * A year is an {@code int} here as everywhere in the model (see the package documentation).
     *
     * @return the first year, from 1 to 9999, if known
     */
    public abstract OptionalInt hostingSince();

    /**
     * Returns how many people are expected.
     *
     * @return a count of at least zero, if known
     */
    public abstract OptionalInt expectedAttendance();

    /**
     * Returns the day the event moves to if the weather is bad.
     *
     * @return a day after the event starts, if any
     */
    public abstract Optional<LocalDate> rainDate();

    /**
     * Returns the event's web page.
     *
     * @return the absolute URL, if any
     */
    public abstract Optional<URI> url();

    /**
     * Returns an image for the event, such as a flyer.
     *
     * @return the absolute URL, if any
     */
    public abstract Optional<URI> image();

    /**
     * Returns news reports about the event.
     *
     * @return the reports
     */
    public abstract List<NewsLink> coverage();

    /**
     * Returns properties of a source format that the model has no field for, kept so that writing the event again
     * loses nothing, such as the {@code X-} properties of an imported calendar file.
     *
     * @return the properties, in the order read
     */
    public abstract List<ExtensionProperty> extensions();

    /**
     * Returns components of a source format inside the event that the model has no field for, such as the VALARMs
     * of an imported calendar file, kept so that nothing is lost; writers choose which of them a feed carries.
     *
     * @return the components, in the order read
     */
    public abstract List<ExtensionComponent> extensionComponents();

    /**
     * Returns the organizer another calendar named for this event, kept so that a feed written again names the same
     * one. Events an application makes leave it empty: feeds name the first host, or the feed's publisher.
     *
     * @return the organizer, if the event came with one
     */
    public abstract Optional<Organizer> organizer();

    /**
     * Returns when the record last changed. Feeds use it for DTSTAMP and LAST-MODIFIED, so the same data always
     * gives the same bytes. Fractions of a second are dropped when the event is built ({@code Instant.now()} may be
     * given as it is), because calendars keep whole seconds.
     *
     * @return the instant of the last change, in whole seconds
     */
    public abstract Instant lastModified();

    /**
     * Returns the revision number: it rises whenever the time or status changes, so calendar apps update.
     *
     * @return zero or more; zero unless set
     */
    @Value.Default
    public int sequence() {
        return 0;
    }

    /**
     * Returns the campaign edition this event belongs to, such as 39 for National Night Out 2022.
     *
     * @return the edition of the start year, or empty when the event belongs to no campaign
     */
    public OptionalInt edition() {
        return campaign().map(c -> OptionalInt.of(c.edition(time().startDate().getYear()))).orElse(OptionalInt.empty());
    }

    /**
     * Returns the participants in the sponsor role.
     *
     * @return the sponsors and donors, in order
     */
    public List<Participant> sponsors() {
        return participants().stream().filter(p -> p.role() == ParticipantRole.SPONSOR).toList();
    }

    /*
     * Immutables calls this on every instance it builds; an instance whose lastModified has fractions of a second
     * is replaced by one in whole seconds, as EventTime's factories do for times: calendars keep whole seconds, so
     * the model holds only what every format can carry.
     */
    @Value.Check
    Event check() {
        Checks c = Checks.of("Event");
        if (c.required("id", id())) {
            if (id().length() > MAX_ID) {
                c.fail("id", id(), "must be at most " + MAX_ID + " characters long, was " + id().length());
            } else if (!isId(id())) {
                c.fail("id", id(), "must not be empty or contain spaces or control characters");
            }
        }
        c.line("uid", uid());
        c.line("title", title());
        c.multiline("description", description());
        boolean timed = c.required("time", time());
        boolean hasStatus = c.required("status", status());
        c.elements("hosts", hosts());
        c.elements("activities", activities());
        c.elements("audiences", audiences());
        c.elements("participants", participants());
        c.elements("coverage", coverage());
        c.elements("extensions", extensions());
        c.elements("extensionComponents", extensionComponents());
        c.required("organizer", organizer());
        c.absoluteUri("url", url());
        c.absoluteUri("image", image());
        if (c.required("lastModified", lastModified())) {
            c.instant("lastModified", lastModified());
        }
        if (sequence() < 0) {
            c.fail("sequence", sequence(), "must be zero or more");
        }
        if (expectedAttendance().isPresent() && expectedAttendance().getAsInt() < 0) {
            c.fail("expectedAttendance", expectedAttendance().getAsInt(), "must be zero or more");
        }
        if (timed) {
            checkDates(c, time().startDate());
        }
        if (campaign().isPresent()) {
            checkCampaignEvent(c, timed, hasStatus);
        }
        if (hasStatus && timed && status().previousTime().isPresent() && status().previousTime().get().equals(time())) {
            c.fail("status.previousTime", status().previousTime().get(),
                    "must differ from the event's time: a rescheduled event has moved");
        }
        c.throwIfAny();
        if (lastModified().getNano() != 0) {
            return builder().from(this).lastModified(lastModified().truncatedTo(ChronoUnit.SECONDS)).build();
        }
        return this;
    }

    /** Whether text matches {@link #ID}; printable ASCII and the letters up to U+167F are told without it. */
    private static boolean isId(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= '\u007f' && c <= '\u00a0' || c >= '\u1680') {
                // White space, a control character, or a character the Unicode classes must judge.
                return ID.matcher(text).matches();
            }
        }
        return !text.isEmpty();
    }

    /*
     * The checks that run for every event build no lambda that captures: the command-line JVM's quick compiler makes
     * each such lambda through a slow runtime call, ten times a plain object's cost.
     */
    private void checkDates(Checks c, LocalDate start) {
        if (hostingSince().isPresent()) {
            int since = hostingSince().getAsInt();
            if (since > start.getYear()) {
                c.fail("hostingSince", since, "must not be after the event's year " + start.getYear());
            } else if (firstEvent() && since != start.getYear()) {
                c.fail("hostingSince", since, "must be the event's year " + start.getYear() + " for a first event");
            }
            c.year("hostingSince", since);
        }
        if (rainDate().isPresent()) {
            LocalDate rain = rainDate().get();
            c.date("rainDate", rain);
            if (!rain.isAfter(start)) {
                c.fail("rainDate", rain, "must be after the event's start date " + start);
            }
        }
    }

    private void checkCampaignEvent(Checks c, boolean timed, boolean hasStatus) {
        Campaign campaign = campaign().get();
        String why = "for an event of the campaign " + campaign.name();
        if (community().isEmpty()) {
            c.fail("community", null, "is required " + why);
        }
        if (timed && time().startDate().getYear() < campaign.firstYear()) {
            c.fail("time", time().startDate(), "must not be before " + campaign.firstYear()
                    + ", the first year of " + campaign.name());
        }
        if (hasStatus && status().isCancelled() && status().reason().isEmpty()) {
            c.fail("status.reason", null, "is required when an event of " + campaign.name()
                    + " is cancelled, because feeds and registries show it");
        }
    }

    /**
     * Builds an {@link Event}. Each setter is named after the attribute it sets and is documented on that attribute's
     * accessor in {@link Event}: {@code name(...)} sets what {@code name()} returns, {@code addName(...)} adds to a
     * list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is checked until {@link
     * #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableEvent.Builder {
        Builder() {
        }

        /**
         * Builds an {@link Event} from the attributes set so far.
         *
         * @return a new immutable event
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public Event build() {
            return super.build();
        }
    }
}
