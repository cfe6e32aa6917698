package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Agency;
import org.nightout.core.Event;
import org.nightout.core.Organizer;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PersonParticipant;
import org.nightout.core.Profile;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.ReadContext;
import org.nightout.ical.internal.write.WriteOptions;

/**
 * ORGANIZER, CONTACT and RFC 9073's PARTICIPANT: who organizes an event and whom to ask.
 */
public final class PeopleProperties {
    /** The properties the writer writes from hosts, participants, the organizer and the feed's publisher. */
    public static final Set<String> WRITES = Set.of("ORGANIZER", "CONTACT");
    /** The mark of an ORGANIZER that is the event's own organizer. */
    private static final String OWN = "EVENT";
    /** The mark of an ORGANIZER that is the feed's publisher, in the full profile. */
    private static final String PUBLISHER = "PUBLISHER";

    private PeopleProperties() {
    }

    /**
     * Reads who organizes the event and whom to ask. Another calendar's ORGANIZER is the event's organizer and its
     * CONTACTs are contact participants; in our own feeds both are derived from hosts and participants, and read from
     * there, except an ORGANIZER that is the event's own (see {@link #isEventsOwn}), and CONTACTs where the feed
     * carries no participants (the public profile), whose names are then all that is left of them. Our own
     * STRUCTURED-DATA is derived from the event too.
     */
    public static void read(ReadContext ctx, Component v, Event.Builder b) {
        ContentLine organizer = v.takeOrNull("ORGANIZER");
        if (organizer != null && isEventsOwn(ctx, v, organizer)) {
            b.organizer(organizer(ctx, organizer));
        }
        List<ContentLine> contacts = v.takeAll("CONTACT");
        if (ctx.ours) {
            v.takeAll("STRUCTURED-DATA");
            if (v.firstOrNull(NightOutFields.PARTICIPANT) != null) {
                return;
            }
        }
        for (ContentLine c : contacts) {
            String who = ctx.line(c);
            if (!who.isBlank()) {
                ctx.nested(c, () -> Participant.of(ParticipantRole.CONTACT, Person.of(who))).ifPresent(b::addParticipants);
            }
        }
    }

    /**
     * Tells whether an ORGANIZER says who organizes the event, rather than repeating what the event is read from
     * anyway. Another calendar's always does. Ours marks the event's own organizer {@code EVENT}. Otherwise it names
     * the first host or the feed's publisher. The full profile writes the hosts as X-NIGHTOUT-HOST, read from there,
     * and its VEVENTs have X-NIGHTOUT-* lines or, with the publisher's ORGANIZER, the mark {@code PUBLISHER}. The
     * public profile writes neither: there an ORGANIZER, the host's name or the publisher's, is all that is left of
     * who organizes the event, and is kept.
     */
    private static boolean isEventsOwn(ReadContext ctx, Component v, ContentLine organizer) {
        if (!ctx.ours) {
            return true;
        }
        Optional<String> mark = organizer.param(NightOutFields.ORGANIZER_PARAM);
        if (mark.isPresent()) {
            return mark.get().equals(OWN);
        }
        return !v.hasNightOutFields;
    }

    /** An ORGANIZER as the event's organizer: its address, and its CN as the name. */
    private static Optional<Organizer> organizer(ReadContext ctx, ContentLine o) {
        Optional<URI> address = ctx.uri(o);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = o.param("CN").map(n -> ctx.line(o, n)).filter(n -> !n.isBlank());
        return ctx.nested(o, () -> name.map(n -> Organizer.of(n, address.get())).orElseGet(() -> Organizer.of(
                address.get())));
    }

    public static void writeOrganizer(ContentLines out, Event e, WriteOptions w) throws IOException {
        if (e.organizer().isPresent()) {
            // The organizer the event came with, marked so that our reader tells it from one derived from hosts.
            Organizer o = e.organizer().get();
            out.name("ORGANIZER");
            if (o.name().isPresent()) {
                out.param("CN", o.name().get());
            }
            out.param(NightOutFields.ORGANIZER_PARAM, OWN).value(o.address().toASCIIString());
            return;
        }
        if (e.hosts().isEmpty()) {
            out.name("ORGANIZER").param("CN", w.publisherName());
            if (w.profile() == Profile.FULL && !surelyHasFields(e)) {
                // Marked where no X-NIGHTOUT-* line may follow to tell the full profile from the public one, whose
                // ORGANIZER may be a host's.
                out.param(NightOutFields.ORGANIZER_PARAM, PUBLISHER);
            }
            out.value(w.publisherAddress());
            return;
        }
        Agency host = e.hosts().get(0);
        // ORGANIZER needs an address; an agency without email or web site is reached through the publisher.
        String address = host.contact().flatMap(c -> c.email()).map(m -> "mailto:" + m)
                .or(() -> host.website().map(URI::toASCIIString))
                .orElse(w.publisherAddress());
        out.name("ORGANIZER").param("CN", host.name()).value(address);
    }
    /**
     * Tells whether the full profile writes X-NIGHTOUT-* lines for an event, as it always does for a campaign, a
     * community, a venue and participants (and for more, which a false answer only costs a mark).
     */
    private static boolean surelyHasFields(Event e) {
        return e.campaign().isPresent() || e.community().isPresent() || e.venue().isPresent()
                || !e.participants().isEmpty();
    }

    static void writeParticipant(ContentLines out, String eventUid, int n, ParticipantRole role, String name,
            Optional<String> description) throws IOException {
        out.begin("PARTICIPANT");
        out.name("UID").text(eventUid + "-participant-" + n);
        out.name("PARTICIPANT-TYPE").value(ParticipantTypes.of(role));
        out.name("SUMMARY").text(name);
        if (description.isPresent()) {
            out.name("DESCRIPTION").text(description.get());
        }
        out.end("PARTICIPANT");
    }
    /** The RFC 9073 parts of an event: STRUCTURED-DATA, a PARTICIPANT per host and participant, a VLOCATION. */
    public static void writeEventPublishing(ContentLines out, Event e, String uid, WriteOptions w)
            throws IOException {
        if (w.structuredData().isPresent()) {
            String json = w.structuredData().get().apply(e);
            if (json != null) {
                out.name("STRUCTURED-DATA").param("VALUE", "TEXT").param("FMTTYPE", "application/ld+json")
                        .param("SCHEMA", "https://schema.org/Event").text(json);
            }
        }
        int n = 0;
        for (Agency host : e.hosts()) {
            writeParticipant(out, uid, ++n, ParticipantRole.HOST, host.name(), Optional.empty());
        }
        for (Participant p : e.participants()) {
            Optional<String> about = p instanceof PersonParticipant person
                    ? person.person().title().or(person.person()::affiliation) : Optional.empty();
            writeParticipant(out, uid, ++n, p.role(), p.name(), about);
        }
        if (e.venue().isPresent()) {
            PlaceProperties.writeLocation(out, uid, e.venue().get());
        }
    }

    /** Writes ORGANIZER, and a CONTACT for each contact and coordinator. */
    public static void write(ContentLines out, Event e, WriteOptions w) throws IOException {
        writeOrganizer(out, e, w);
        for (Participant p : e.participants()) {
            if (p.role() == ParticipantRole.CONTACT || p.role() == ParticipantRole.COORDINATOR) {
                out.name("CONTACT").text(p.name());
            }
        }
    }
}
