package org.nightout.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a feed or page shows of an event: everything, for systems that trust each other, or what subscribers use,
 * for the public. The iCalendar writer, the JSON-LD writer and the feed server all apply the same profile.
 *
 * <pre>{@code
 * Event shown = Profile.PUBLIC.apply(event);   // the house number of a private residence and people's phone numbers gone
 * }</pre>
 */
public enum Profile {
    /**
     * For strangers. A private residence shows only its street and community ({@link Venue#publicForm()}); people
     * show no phone number or e-mail address; the organizer an event kept from another calendar (often a person's
     * mailbox) and the properties and components it kept are not republished, but for an orphan override's
     * RECURRENCE-ID, which says which occurrence it replaces. Host agencies keep their contact details: they are public
     * bodies that publish them. Writers in this profile also leave out their lossless
     * extension fields. A cancelled event says so where every app shows it, whatever it makes of a status: its title
     * begins with "Cancelled: " and its description with the reason ("Cancelled: severe weather."), since many
     * calendars show a STATUS:CANCELLED event like any other.
     */
    PUBLIC,
    /** For exchange between systems that trust each other: everything, losslessly. */
    FULL;

    /**
     * Returns the event as this profile shows it.
     *
     * @param event the event
     * @return the event itself for {@link #FULL}; its public form for {@link #PUBLIC}
     */
    public Event apply(Event event) {
        Objects.requireNonNull(event, "event");
        if (this == FULL) {
            return event;
        }
        event = markedIfCancelled(event);
        if (!needsChange(event)) {
            return event;
        }
        List<Participant> participants = new ArrayList<>(event.participants().size());
        for (Participant p : event.participants()) {
            participants.add(p instanceof PersonParticipant pp && pp.person().contact().isPresent()
                    ? Participant.of(pp.role(), withoutContact(pp.person())) : p);
        }
        return Event.builder().from(event)
                .venue(event.venue().map(Venue::publicForm))
                .participants(participants)
                .organizer(Optional.empty())
                .extensions(identity(event.extensions()))
                .extensionComponents(List.of())
                .build();
    }

    private static boolean needsChange(Event e) {
        return e.venue().filter(Venue::privateResidence).isPresent() || e.organizer().isPresent()
                || identity(e.extensions()).size() != e.extensions().size() || !e.extensionComponents().isEmpty()
                || e.participants().stream().anyMatch(p -> p instanceof PersonParticipant pp
                        && pp.person().contact().isPresent());
    }

    /** The word that begins the title and description of a cancelled event in public. */
    private static final String CANCELLED = "Cancelled: ";

    /**
     * A cancelled event with its title and description saying so, and why; as it was where they already do, so that
     * applying the profile twice changes nothing.
     */
    private static Event markedIfCancelled(Event e) {
        if (!e.status().isCancelled()) {
            return e;
        }
        boolean titled = e.title().regionMatches(true, 0, CANCELLED, 0, CANCELLED.length());
        String why = e.status().reason().map(r -> CANCELLED + r.strip() + (r.strip().endsWith(".") ? "" : "."))
                .orElse(null);
        boolean told = why == null || e.description().filter(d -> d.startsWith(why)).isPresent();
        if (titled && told) {
            return e;
        }
        Event.Builder b = Event.builder().from(e);
        if (!titled) {
            b.title(CANCELLED + e.title());
        }
        if (!told) {
            b.description(e.description().map(d -> why + "\n\n" + d).orElse(why));
        }
        return b.build();
    }

    /**
     * Of the properties kept from another calendar, the RECURRENCE-ID of an override whose series is elsewhere: it
     * says which occurrence the event replaces, as its UID says which event it is, and tells nothing of anyone.
     */
    private static List<ExtensionProperty> identity(List<ExtensionProperty> kept) {
        List<ExtensionProperty> ids = new ArrayList<>(1);
        for (ExtensionProperty x : kept) {
            if (x.name().equalsIgnoreCase("RECURRENCE-ID")) {
                ids.add(x);
            }
        }
        return ids.size() == kept.size() ? kept : ids;
    }

    /** Drops the contact as a whole: its postal address may be the person's home. */
    private static Person withoutContact(Person p) {
        return Person.builder().from(p).contact(Optional.empty()).build();
    }
}
