package org.nightout.ical;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nightout.core.Agency;
import org.nightout.core.AgencyParticipant;
import org.nightout.core.Community;
import org.nightout.core.DateRule;
import org.nightout.core.Event;
import org.nightout.core.ExtensionComponent;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.Organizer;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.Organization;
import org.nightout.core.OrganizationParticipant;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.PersonParticipant;
import org.nightout.core.PostalAddress;
import org.nightout.core.Venue;

/**
 * Writes events as an iCalendar feed (RFC 5545) that calendar apps subscribe to: METHOD:PUBLISH (RFC 5546), calendar
 * name and refresh interval (RFC 7986), participants, structured venue and JSON-LD (RFC 9073).
 *
 * <p>The same events always give the same bytes: UIDs come from {@link Event#id()}, DTSTAMP and LAST-MODIFIED from
 * {@link Event#lastModified()}, never from the clock. Timed events carry a TZID and a compact VTIMEZONE built from
 * the JDK's zone rules (UTC is written as UTC); all-day events use VALUE=DATE with an exclusive DTEND. Every
 * VEVENT has an ORGANIZER, as PUBLISH requires: the first host agency, or the feed's publisher where the event
 * names no host.
 *
 * <p>Events are written as they are read from the iterable, so memory grows with the largest event, not with the
 * feed. The iterable is read twice: first for the time zones in use, whose VTIMEZONEs come before the events, then
 * for the events themselves.
 *
 * <p>This class is immutable and thread-safe: one instance may serve any number of threads at once.
 *
 * <pre>{@code
 * ICalendarWriter writer = ICalendarWriter.builder()
 *     .publisher("City of Eau Claire", URI.create("mailto:police@example.org"))
 *     .name("National Night Out in the Chippewa Valley")
 *     .refreshInterval(Duration.ofHours(12))
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("nno.ics"))) {
 *     writer.write(events, out);
 * }
 * }</pre>
 *
 * <h2>Status</h2>
 * iCalendar knows TENTATIVE, CONFIRMED and CANCELLED. A scheduled event has no STATUS; confirmed, tentative and
 * cancelled map to their names; a postponed event is TENTATIVE and a rescheduled one CONFIRMED, each with
 * {@code X-NIGHTOUT-STATUS} naming the exact status, {@code X-NIGHTOUT-PREVIOUS-START} for the time a rescheduled
 * event had before, and {@code X-NIGHTOUT-STATUS-REASON} for the reason.
 */
public final class ICalendarWriter {
    private static final Pattern CSS_COLOR = Pattern.compile("[a-z]{3,20}");
    private static final String PRODID = "-//nightout//nightout iCalendar writer//EN";
    /** Lines the writer writes in a VEVENT, or that would break its structure; no extension may be one of them. */
    private static final Set<String> WRITTEN_FROM_FIELDS = Set.of("BEGIN", "END", "UID", "DTSTAMP", "LAST-MODIFIED",
            "SEQUENCE", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "ORGANIZER",
            "STATUS", "CATEGORIES", "URL", "IMAGE", "CONTACT");
    /** Written from a series' rule, cancelled years and overrides; a single event may carry them as extensions. */
    private static final Set<String> SERIES_RECURRENCE = Set.of("RRULE", "EXDATE", "RDATE", "RECURRENCE-ID");

    private final String publisherName;
    private final URI publisherAddress;
    private final Optional<String> name;
    private final Optional<String> description;
    private final Optional<URI> url;
    private final Optional<Duration> refreshInterval;
    private final Optional<String> color;
    private final Optional<String> uidDomain;
    private final Optional<Function<? super Event, String>> structuredData;
    private final boolean eventPublishing;
    private final boolean alarms;
    private final boolean attendees;

    private ICalendarWriter(Builder b) {
        this.publisherName = b.publisherName;
        this.publisherAddress = b.publisherAddress;
        this.name = b.name;
        this.description = b.description;
        this.url = b.url;
        this.refreshInterval = b.refreshInterval;
        this.color = b.color;
        this.uidDomain = b.uidDomain;
        this.structuredData = b.structuredData;
        this.eventPublishing = b.eventPublishing;
        this.alarms = b.alarms;
        this.attendees = b.attendees;
    }

    /**
     * Returns a new builder. The publisher is required; everything else is optional.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes a feed of single events as UTF-8.
     *
     * @param events the events, in the order they are to appear
     * @param out where the bytes go; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public void write(Iterable<? extends Event> events, OutputStream out) throws IOException {
        write(events, List.of(), out);
    }

    /**
     * Writes a feed of single events and yearly series as UTF-8.
     *
     * @param events the single events, in the order they are to appear
     * @param series the yearly series, written after the single events
     * @param out where the bytes go; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public void write(Iterable<? extends Event> events, Iterable<? extends EventSeries> series, OutputStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(events, series, w);
        w.flush();
    }

    /**
     * Writes a feed of single events.
     *
     * @param events the events, in the order they are to appear
     * @param out where the characters go; not flushed or closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public void write(Iterable<? extends Event> events, Writer out) throws IOException {
        write(events, List.of(), out);
    }

    /**
     * Writes a feed from a stream of events. The supplier is called twice: once to learn which time zones the feed
     * uses, so their VTIMEZONEs can come first as some parsers need, and once to write the events. Each stream must
     * give the same events, such as two queries of the same database cursor; each is closed once read, so a stream
     * backed by a cursor or a file lets it go.
     *
     * <pre>{@code
     * writer.write(() -> repository.streamEvents(), out);   // two queries, each stream closed after its pass
     * }</pre>
     *
     * @param events gives a fresh stream of the events each time it is called
     * @param out where the characters go; not flushed or closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     * @throws IllegalStateException if the second stream gives other events than the first: one already used (the
     *     same stream returned twice) or an empty one fails before anything is written; one that uses a time zone
     *     the first did not, or gives another number of events, fails once that is seen
     */
    public void write(Supplier<? extends Stream<? extends Event>> events, Writer out) throws IOException {
        Objects.requireNonNull(events, "events");
        write(Pass.of(events), List.of(), out);
    }

    /**
     * Writes a feed of single events and yearly series.
     *
     * @param events the single events, in the order they are to appear
     * @param series the yearly series, written after the single events
     * @param out where the characters go; not flushed or closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself, such as
     *     SUMMARY, or one that would open or close a component (BEGIN, END); nothing is written then
     */
    public void write(Iterable<? extends Event> events, Iterable<? extends EventSeries> series, Writer out)
            throws IOException {
        Objects.requireNonNull(events, "events");
        write(Pass.of(events), series, out);
    }

    private void write(Pass events, Iterable<? extends EventSeries> series, Writer out)
            throws IOException {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(out, "out");
        // A first pass learns the zones, so that their VTIMEZONEs precede the events: ruby-icalendar, for one,
        // resolves a TZID only against the VTIMEZONEs it has already read. The pass reads times only.
        ZoneYears zones = new ZoneYears();
        int eventCount = 0;
        try (Pass.Cursor first = events.open()) {
            while (first.hasNext()) {
                Event e = first.next();
                zones.addAll(e);
                checkExtensions(e, false);
                eventCount++;
            }
        }
        int seriesCount = 0;
        for (EventSeries s : series) {
            zones.addAll(s);
            checkExtensions(s.first(), true);
            for (Event o : s.overrides().values()) {
                checkExtensions(o, true);
            }
            seriesCount++;
        }
        try (Pass.Cursor second = events.open()) {
            Iterator<? extends EventSeries> secondSeries = series.iterator();
            // Checked before anything is written: a one-shot Iterable gives nothing the second time, and that must
            // not pass for an empty feed.
            if (eventCount > 0 && !second.hasNext() || seriesCount > 0 && !secondSeries.hasNext()) {
                throw new IllegalStateException(secondPassMessage(eventCount > 0 ? "events" : "series"));
            }
            ContentLines lines = new ContentLines(out);
            writeHeader(lines);
            for (Map.Entry<ZoneId, int[]> z : zones.entries()) {
                TimeZoneBlocks.write(lines, z.getKey(), z.getValue()[0], z.getValue()[1]);
            }
            zones.freeze();
            int written = 0;
            while (second.hasNext()) {
                writeEvent(lines, second.next(), null, null, zones);
                written++;
            }
            checkSecondPass("events", eventCount, written);
            written = 0;
            while (secondSeries.hasNext()) {
                EventSeries s = secondSeries.next();
                writeEvent(lines, s.first(), s, null, zones);
                for (Map.Entry<Integer, Event> o : s.overrides().entrySet()) {
                    writeEvent(lines, o.getValue(), null, s.first().time().movedTo(s.rule().dateIn(o.getKey())),
                            zones);
                }
                written++;
            }
            checkSecondPass("series", seriesCount, written);
            lines.end("VCALENDAR");
        }
    }

    private static String secondPassMessage(String what) {
        return "The " + what + " gave nothing on the writer's second pass: the writer reads them twice (first for "
                + "the time zones), so give a collection or an Iterable that can be read again, or a Supplier that "
                + "returns a fresh stream on each call";
    }

    private static void checkSecondPass(String what, int first, int second) {
        if (first != second) {
            throw new IllegalStateException("The " + what + " gave " + first + " items on the writer's first pass and "
                    + second + " on the second: each pass must give the same " + what);
        }
    }

    /**
     * The events of a feed, read twice: an {@link Iterable}, or a {@link Supplier} of streams, each closed after
     * its pass.
     */
    private interface Pass {
        /** Opens one pass over the events. */
        Cursor open();

        static Pass of(Iterable<? extends Event> items) {
            return () -> new Cursor(items.iterator(), () -> { });
        }

        static Pass of(Supplier<? extends Stream<? extends Event>> streams) {
            return () -> {
                Stream<? extends Event> stream = Objects.requireNonNull(streams.get(), "the supplier gave a null stream");
                try {
                    return new Cursor(stream.iterator(), stream::close);
                } catch (IllegalStateException e) {
                    stream.close();
                    throw new IllegalStateException("The supplier gave a stream already read: the writer reads the "
                            + "events twice (first for the time zones), so the supplier must return a fresh stream on"
                            + " each call", e);
                }
            };
        }

        /** One pass: the iterator, and what closes the stream it came from. */
        record Cursor(Iterator<? extends Event> iterator, Runnable closer) implements AutoCloseable {
            boolean hasNext() {
                return iterator.hasNext();
            }

            Event next() {
                return iterator.next();
            }

            @Override
            public void close() {
                closer.run();
            }
        }
    }

    /**
     * Returns a feed of single events as text.
     *
     * @param events the events, in the order they are to appear
     * @return the feed, with CRLF line ends
     * @throws IllegalArgumentException if an event has an extension property the writer writes itself
     */
    public String writeToString(Iterable<? extends Event> events) {
        StringWriter out = new StringWriter();
        try {
            write(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    private void writeHeader(ContentLines out) throws IOException {
        out.begin("VCALENDAR");
        out.name("VERSION").value("2.0");
        out.name("PRODID").value(PRODID);
        out.name("CALSCALE").value("GREGORIAN");
        out.name("METHOD").value("PUBLISH");
        if (name.isPresent()) {
            out.name("NAME").text(name.get());
            out.name("X-WR-CALNAME").text(name.get());
        }
        if (description.isPresent()) {
            out.name("DESCRIPTION").text(description.get());
            out.name("X-WR-CALDESC").text(description.get());
        }
        if (url.isPresent()) {
            out.name("URL").value(url.get().toASCIIString());
            out.name("SOURCE").param("VALUE", "URI").value(url.get().toASCIIString());
        }
        if (refreshInterval.isPresent()) {
            out.name("REFRESH-INTERVAL").param("VALUE", "DURATION").value(refreshInterval.get().toString());
            out.name("X-PUBLISHED-TTL").value(refreshInterval.get().toString());
        }
        if (color.isPresent()) {
            out.name("COLOR").value(color.get());
        }
    }

    /**
     * Writes one VEVENT: a single event, the master of a series (with {@code series}), or an override of one
     * occurrence (with {@code recurrenceId}, the occurrence's original time).
     */
    private void writeEvent(ContentLines out, Event e, EventSeries series, EventTime recurrenceId, ZoneYears zones)
            throws IOException {
        String uid = uid(e);
        out.begin("VEVENT");
        out.name("UID");
        if (e.uid().isPresent()) {
            // Marked, so that our reader tells a kept UID from one made from the id; the id travels if it differs.
            if (e.uid().get().equals(e.id())) {
                out.param(NightOutFields.UID_PARAM, "KEPT");
            } else {
                out.param(NightOutFields.ID_PARAM, e.id());
            }
        }
        out.text(uid);
        String stamp = Formats.utc(e.lastModified());
        out.name("DTSTAMP").value(stamp);
        out.name("LAST-MODIFIED").value(stamp);
        if (e.sequence() > 0) {
            out.name("SEQUENCE").value(Integer.toString(e.sequence()));
        }
        writeTime(out, e.time(), zones);
        if (series != null) {
            writeRecurrence(out, series, zones);
        }
        if (recurrenceId != null) {
            writeStart(out, "RECURRENCE-ID", recurrenceId, zones);
        }
        out.name("SUMMARY").text(e.title());
        if (e.description().isPresent()) {
            out.name("DESCRIPTION").text(e.description().get());
        }
        Optional<String> location = location(e);
        if (location.isPresent()) {
            out.name("LOCATION").text(location.get());
        }
        if (e.venue().flatMap(Venue::geo).isPresent()) {
            var geo = e.venue().get().geo().get();
            out.name("GEO").value(Formats.decimal(geo.latitude()) + ";" + Formats.decimal(geo.longitude()));
        }
        writeOrganizer(out, e);
        writeStatus(out, e.status(), zones);
        if (!e.activities().isEmpty()) {
            List<String> labels = new ArrayList<>(e.activities().size());
            e.activities().forEach(a -> labels.add(a.label()));
            out.name("CATEGORIES").textList(labels);
        }
        if (e.url().isPresent()) {
            out.name("URL").value(e.url().get().toASCIIString());
        }
        if (e.image().isPresent()) {
            out.name("IMAGE").param("VALUE", "URI").param("DISPLAY", "BADGE").value(e.image().get().toASCIIString());
        }
        for (Participant p : e.participants()) {
            if (p.role() == ParticipantRole.CONTACT || p.role() == ParticipantRole.COORDINATOR) {
                out.name("CONTACT").text(p.name());
            }
        }
        writeNightOutFields(out, e);
        for (ExtensionProperty x : e.extensions()) {
            // ATTENDEE lines carry people's e-mail addresses: a PUBLISH feed goes to strangers.
            if (attendees || !x.name().equalsIgnoreCase("ATTENDEE")) {
                writeExtension(out, x);
            }
        }
        if (eventPublishing) {
            writeEventPublishing(out, e, uid);
        }
        for (ExtensionComponent c : e.extensionComponents()) {
            if (writes(c)) {
                writeComponent(out, c);
            }
        }
        out.end("VEVENT");
    }

    /**
     * Writes what iCalendar has no property for as {@code X-NIGHTOUT-*} properties, so that our reader gets back an
     * equal event; other consumers ignore them. Then the event's extension properties, as they were read.
     */
    private static void writeNightOutFields(ContentLines out, Event e) throws IOException {
        if (e.campaign().isPresent()) {
            NightOutFields.campaign(out, e.campaign().get(), e.edition().getAsInt());
        }
        if (e.community().isPresent()) {
            out.name(NightOutFields.COMMUNITY);
            NightOutFields.community(out, "X-", e.community().get());
            out.text(e.community().get().name());
        }
        for (Agency host : e.hosts()) {
            out.name(NightOutFields.HOST);
            NightOutFields.agency(out, host, e.community());
            out.text(host.name());
        }
        if (e.venue().isPresent()) {
            out.name(NightOutFields.VENUE);
            NightOutFields.venue(out, e.venue().get());
            out.text(e.venue().get().name());
        }
        for (Participant p : e.participants()) {
            out.name(NightOutFields.PARTICIPANT).param("X-ROLE", p.role().name());
            if (p instanceof PersonParticipant person) {
                out.param("X-PARTY", "PERSON");
                NightOutFields.person(out, person.person());
                out.text(person.person().name());
            } else if (p instanceof AgencyParticipant agency) {
                out.param("X-PARTY", "AGENCY");
                NightOutFields.agency(out, agency.agency(), e.community());
                out.text(agency.agency().name());
            } else {
                Organization organization = ((OrganizationParticipant) p).organization();
                out.param("X-PARTY", "ORGANIZATION");
                NightOutFields.organization(out, organization);
                out.text(organization.name());
            }
        }
        if (!e.audiences().isEmpty()) {
            StringBuilder list = new StringBuilder();
            e.audiences().forEach(a -> list.append(list.length() == 0 ? "" : ",").append(a.name()));
            out.name(NightOutFields.AUDIENCE).value(list.toString());
        }
        if (e.firstEvent()) {
            out.name(NightOutFields.FIRST_EVENT).value("TRUE");
        }
        if (e.hostingSince().isPresent()) {
            out.name(NightOutFields.HOSTING_SINCE).value(Integer.toString(e.hostingSince().getAsInt()));
        }
        if (e.expectedAttendance().isPresent()) {
            out.name(NightOutFields.EXPECTED_ATTENDANCE).value(Integer.toString(e.expectedAttendance().getAsInt()));
        }
        if (e.rainDate().isPresent()) {
            out.name(NightOutFields.RAIN_DATE).param("VALUE", "DATE").value(Formats.date(e.rainDate().get()));
        }
        for (var news : e.coverage()) {
            out.name(NightOutFields.COVERAGE);
            news.title().ifPresent(t -> out.param("X-TITLE", t));
            news.outlet().ifPresent(o -> out.param("X-OUTLET", o));
            news.published().ifPresent(d -> out.param("X-PUBLISHED", Formats.date(d)));
            out.value(news.url().toASCIIString());
        }
        if (e.lastModified().getNano() != 0) {
            // DTSTAMP and LAST-MODIFIED hold whole seconds; keep the rest so nothing is lost.
            out.name(NightOutFields.LAST_MODIFIED).value(e.lastModified().toString());
        }
    }

    private static void writeExtension(ContentLines out, ExtensionProperty x) throws IOException {
        out.name(x.name());
        for (var p : x.parameters()) {
            out.param(p.name(), p.value());
        }
        out.value(x.value());
    }

    /**
     * Whether a kept component goes into the feed: a publisher's alarms only when asked for, since subscribers set
     * their own; RFC 9073 components only where the feed has them on, as widely deployed parsers reject them.
     */
    private boolean writes(ExtensionComponent c) {
        String name = c.name().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "VALARM" -> alarms;
            case "VLOCATION", "PARTICIPANT", "VRESOURCE" -> eventPublishing;
            default -> true;
        };
    }

    private void writeComponent(ContentLines out, ExtensionComponent c) throws IOException {
        out.begin(c.name());
        for (ExtensionProperty x : c.properties()) {
            if (attendees || !x.name().equalsIgnoreCase("ATTENDEE")) {
                writeExtension(out, x);
            }
        }
        for (ExtensionComponent child : c.components()) {
            if (writes(child)) {
                writeComponent(out, child);
            }
        }
        out.end(c.name());
    }

    /**
     * Refuses extension properties that would duplicate what the writer derives from the event's fields, or change the
     * feed's structure: an extension is written as it is, so BEGIN:VALARM would open a component, and a second
     * SUMMARY or DTSTART would give clients two answers.
     */
    private static void checkExtensions(Event e, boolean inSeries) {
        for (var x : e.extensions()) {
            String name = x.name().toUpperCase(Locale.ROOT);
            // LOCATION and GEO kept from another calendar are written where the event has no venue to give them.
            boolean free = name.equals("GEO") && e.venue().flatMap(Venue::geo).isEmpty()
                    || name.equals("LOCATION") && location(e).isEmpty();
            if (!free && WRITTEN_FROM_FIELDS.contains(name) || name.startsWith("X-NIGHTOUT-")
                    || inSeries && SERIES_RECURRENCE.contains(name)) {
                throw new IllegalArgumentException("Event " + e.id() + ": extension property " + x.name()
                        + " cannot be written, because the writer " + (name.equals("BEGIN") || name.equals("END")
                                ? "would open or close a component with it"
                                : "writes " + name + " itself from the " + (inSeries ? "series" : "event")));
            }
        }
    }

    /** The RFC 9073 parts of an event: STRUCTURED-DATA, a PARTICIPANT per host and participant, a VLOCATION. */
    private void writeEventPublishing(ContentLines out, Event e, String uid) throws IOException {
        if (structuredData.isPresent()) {
            String json = structuredData.get().apply(e);
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
            writeLocation(out, uid, e.venue().get());
        }
    }

    /** The UID an event came with, exactly; otherwise one made from the application's id and the UID domain. */
    private String uid(Event e) {
        if (e.uid().isPresent()) {
            return e.uid().get();
        }
        return uidDomain.isPresent() && e.id().indexOf('@') < 0 ? e.id() + "@" + uidDomain.get() : e.id();
    }

    private static Optional<String> location(Event e) {
        if (e.venue().isPresent()) {
            Venue v = e.venue().get();
            String where = v.address().map(PostalAddress::oneLine)
                    .or(() -> e.community().map(Community::displayName)).orElse(null);
            return Optional.of(where == null ? v.name() : v.name() + ", " + where);
        }
        return e.community().map(Community::displayName);
    }

    private void writeOrganizer(ContentLines out, Event e) throws IOException {
        if (e.organizer().isPresent()) {
            // The organizer the event came with, marked so that our reader tells it from one derived from hosts.
            Organizer o = e.organizer().get();
            out.name("ORGANIZER");
            if (o.name().isPresent()) {
                out.param("CN", o.name().get());
            }
            out.param(NightOutFields.ORGANIZER_PARAM, "EVENT").value(o.address().toASCIIString());
            return;
        }
        if (e.hosts().isEmpty()) {
            out.name("ORGANIZER").param("CN", publisherName).value(publisherAddress.toASCIIString());
            return;
        }
        Agency host = e.hosts().get(0);
        // ORGANIZER needs an address; an agency without email or web site is reached through the publisher.
        String address = host.contact().flatMap(c -> c.email()).map(m -> "mailto:" + m)
                .or(() -> host.website().map(URI::toASCIIString))
                .orElse(publisherAddress.toASCIIString());
        out.name("ORGANIZER").param("CN", host.name()).value(address);
    }

    private static void writeStatus(ContentLines out, EventStatus status, ZoneYears zones) throws IOException {
        String standard = switch (status.kind()) {
            case SCHEDULED -> null;
            case CONFIRMED, RESCHEDULED -> "CONFIRMED";
            case TENTATIVE, POSTPONED -> "TENTATIVE";
            case CANCELLED -> "CANCELLED";
        };
        if (standard != null) {
            out.name("STATUS").value(standard);
        }
        if (status.kind() == EventStatus.Kind.POSTPONED || status.kind() == EventStatus.Kind.RESCHEDULED) {
            out.name(NightOutFields.STATUS).value(status.kind().name());
        }
        if (status.previousTime().isPresent()) {
            EventTime previous = status.previousTime().get();
            writeStart(out, NightOutFields.PREVIOUS_START, previous, zones);
            if (previous instanceof EventTime.Timed t && t.end().isPresent()) {
                writeDateTime(out, NightOutFields.PREVIOUS_END, t.end().get(), zones);
            } else if (previous instanceof EventTime.AllDay d) {
                out.name(NightOutFields.PREVIOUS_END).param("VALUE", "DATE").value(Formats.date(d.endExclusive()));
            }
        }
        if (status.reason().isPresent()) {
            out.name(NightOutFields.STATUS_REASON).text(status.reason().get());
        }
    }

    private static void writeParticipant(ContentLines out, String eventUid, int n, ParticipantRole role, String name,
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

    private static void writeLocation(ContentLines out, String eventUid, Venue v) throws IOException {
        out.begin("VLOCATION");
        out.name("UID").text(eventUid + "-location");
        out.name("NAME").text(v.name());
        if (v.address().isPresent()) {
            out.name("DESCRIPTION").text(v.address().get().oneLine());
        }
        if (v.geo().isPresent()) {
            out.name("GEO").value(Formats.decimal(v.geo().get().latitude()) + ";"
                    + Formats.decimal(v.geo().get().longitude()));
        }
        if (v.url().isPresent()) {
            out.name("URL").value(v.url().get().toASCIIString());
        }
        out.end("VLOCATION");
    }

    private static void writeTime(ContentLines out, EventTime time, ZoneYears zones) throws IOException {
        writeStart(out, "DTSTART", time, zones);
        if (time instanceof EventTime.Timed t && t.end().isPresent()) {
            writeDateTime(out, "DTEND", t.end().get(), zones);
        } else if (time instanceof EventTime.AllDay d) {
            out.name("DTEND").param("VALUE", "DATE").value(Formats.date(d.endExclusive()));
        }
    }

    /** Writes the start of a time in the exact form DTSTART takes, so RECURRENCE-ID and EXDATE match it. */
    private static void writeStart(ContentLines out, String property, EventTime time, ZoneYears zones)
            throws IOException {
        if (time instanceof EventTime.Timed t) {
            writeDateTime(out, property, t.start(), zones);
        } else {
            out.name(property).param("VALUE", "DATE").value(Formats.date(time.startDate()));
        }
    }

    private static void writeDateTime(ContentLines out, String property, ZonedDateTime t, ZoneYears zones)
            throws IOException {
        ZoneId zone = t.getZone();
        if (TimeZoneBlocks.isUtc(zone)) {
            out.name(property).value(Formats.utc(t.toInstant()));
        } else {
            zones.add(t);
            out.name(property).param("TZID", TimeZoneBlocks.tzid(zone)).value(Formats.localDateTime(t.toLocalDateTime()));
        }
    }

    private static void writeRecurrence(ContentLines out, EventSeries s, ZoneYears zones) throws IOException {
        DateRule rule = s.rule();
        StringBuilder rrule = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.month().getValue())
                .append(";BYDAY=").append(rule.ordinal()).append(rule.dayOfWeek().name(), 0, 2);
        EventTime first = s.first().time();
        if (s.lastYear().isPresent()) {
            EventTime last = first.movedTo(rule.dateIn(s.lastYear().getAsInt()));
            rrule.append(";UNTIL=").append(last instanceof EventTime.Timed t
                    ? Formats.utc(t.start().toInstant())
                    : Formats.date(last.startDate()));
        }
        out.name("RRULE").value(rrule.toString());
        for (int year : s.cancelledYears()) {
            writeStart(out, "EXDATE", first.movedTo(rule.dateIn(year)), zones);
        }
    }

    /** The zones a feed uses and the first and last year each is used in, in a stable order. */
    private static final class ZoneYears {
        private final Map<ZoneId, int[]> years = new TreeMap<>((a, b) -> a.getId().compareTo(b.getId()));
        private boolean frozen;

        void addAll(Event e) {
            add(e.time());
            e.status().previousTime().ifPresent(this::add);
        }

        void addAll(EventSeries s) {
            addAll(s.first());
            s.lastYear().ifPresent(last -> add(s.first().time().movedTo(s.rule().dateIn(last))));
            s.overrides().values().forEach(this::addAll);
        }

        private void add(EventTime time) {
            if (time instanceof EventTime.Timed t) {
                add(t.start());
                t.end().ifPresent(this::add);
            }
        }

        /** Records a zoned time; once frozen, only checks that its zone is known. */
        void add(ZonedDateTime t) {
            ZoneId zone = t.getZone();
            if (TimeZoneBlocks.isUtc(zone)) {
                return;
            }
            if (frozen) {
                int[] range = years.get(zone);
                if (range == null) {
                    throw new IllegalStateException("Time zone " + zone + " appeared only on the second pass over"
                            + " the events: the iterable or stream supplier must give the same events each time");
                }
                return;
            }
            int year = t.getYear();
            int[] range = years.computeIfAbsent(zone, z -> new int[] {year, year});
            range[0] = Math.min(range[0], year);
            range[1] = Math.max(range[1], year);
        }

        void freeze() {
            frozen = true;
        }

        Set<Map.Entry<ZoneId, int[]>> entries() {
            return years.entrySet();
        }
    }

    /**
     * Builds an {@link ICalendarWriter}. Not thread-safe; the writer it builds is.
     */
    public static final class Builder {
        private String publisherName;
        private URI publisherAddress;
        private Optional<String> name = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<URI> url = Optional.empty();
        private Optional<Duration> refreshInterval = Optional.empty();
        private Optional<String> color = Optional.empty();
        private Optional<String> uidDomain = Optional.empty();
        private Optional<Function<? super Event, String>> structuredData = Optional.empty();
        private boolean eventPublishing;
        private boolean alarms;
        private boolean attendees;

        private Builder() {
        }

        /**
         * Sets who publishes the feed: the ORGANIZER of every event that names no host, and the address of hosts
         * that have none of their own.
         *
         * @param name the publisher's name, such as "City of Eau Claire"
         * @param address where to reach the publisher, such as {@code mailto:police@example.org}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the address is not an absolute URI
         */
        public Builder publisher(String name, URI address) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(address, "address");
            if (name.isBlank()) {
                throw new IllegalArgumentException("Publisher name must not be blank");
            }
            if (!address.isAbsolute()) {
                throw new IllegalArgumentException("Publisher address \"" + address
                        + "\" must be an absolute URI such as mailto:events@example.org");
            }
            this.publisherName = name;
            this.publisherAddress = address;
            return this;
        }

        /**
         * Sets the calendar's name (NAME and X-WR-CALNAME).
         *
         * @param name the name calendar apps show for the subscription
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets the calendar's description (DESCRIPTION and X-WR-CALDESC).
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Optional.of(Objects.requireNonNull(description, "description"));
            return this;
        }

        /**
         * Sets where the feed is published (URL and SOURCE).
         *
         * @param url the feed's own URL
         * @return this builder
         * @throws IllegalArgumentException if the URL is not absolute
         */
        public Builder url(URI url) {
            Objects.requireNonNull(url, "url");
            if (!url.isAbsolute()) {
                throw new IllegalArgumentException("Feed URL \"" + url + "\" must be absolute");
            }
            this.url = Optional.of(url);
            return this;
        }

        /**
         * Sets how often clients should poll (REFRESH-INTERVAL and X-PUBLISHED-TTL).
         *
         * @param interval a positive duration in whole seconds
         * @return this builder
         * @throws IllegalArgumentException if the interval is not positive or has fractions of a second
         */
        public Builder refreshInterval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero() || interval.getNano() != 0) {
                throw new IllegalArgumentException("Refresh interval " + interval
                        + " must be positive and in whole seconds, such as PT12H");
            }
            this.refreshInterval = Optional.of(interval);
            return this;
        }

        /**
         * Sets the calendar's color (COLOR), a CSS3 color name.
         *
         * @param cssColorName a name such as "navy"
         * @return this builder
         * @throws IllegalArgumentException if the name is not lowercase letters
         */
        public Builder color(String cssColorName) {
            Objects.requireNonNull(cssColorName, "cssColorName");
            String lower = cssColorName.toLowerCase(Locale.ROOT);
            if (!CSS_COLOR.matcher(lower).matches()) {
                throw new IllegalArgumentException("Color \"" + cssColorName + "\" must be a CSS3 color name such as navy");
            }
            this.color = Optional.of(lower);
            return this;
        }

        /**
         * Sets the domain appended to event ids that have no {@code @}, so UIDs are unique across publishers. It
         * applies to the ids the application made: an event with a {@link Event#uid() UID} of its own, such as one
         * read from another calendar, keeps that UID exactly.
         *
         * @param domain a domain such as "eauclairewi.gov"
         * @return this builder
         */
        public Builder uidDomain(String domain) {
            Objects.requireNonNull(domain, "domain");
            if (domain.isBlank() || domain.chars().anyMatch(c -> c <= ' ' || c == '@')) {
                throw new IllegalArgumentException("UID domain \"" + domain + "\" must be a domain name such as example.org");
            }
            this.uidDomain = Optional.of(domain);
            return this;
        }

        /**
         * Sets a function that gives each event's schema.org JSON-LD, written as RFC 9073 STRUCTURED-DATA when
         * {@link #eventPublishingComponents(boolean)} is on. The iCalendar module does not depend on the JSON module;
         * the application wires the two.
         *
         * @param jsonLd from event to JSON-LD text, or to null to write none for that event
         * @return this builder
         */
        public Builder structuredData(Function<? super Event, String> jsonLd) {
            this.structuredData = Optional.of(Objects.requireNonNull(jsonLd, "jsonLd"));
            return this;
        }

        /**
         * Turns on the RFC 9073 event-publishing components: a PARTICIPANT for each host and participant, a VLOCATION
         * for the venue, and STRUCTURED-DATA where {@link #structuredData(Function)} gives JSON-LD. Off by default,
         * because widely deployed parsers reject them: libical 3.0 (Evolution) fails on PARTICIPANT-TYPE, calcurse
         * 4.7 takes a participant's DESCRIPTION for the event's and drops the event, and ruby-icalendar 2.8 stops at
         * the PARTICIPANT component. Turn it on for consumers known to read RFC 9073, such as event aggregators.
         *
         * @param on whether to write the components
         * @return this builder
         */
        public Builder eventPublishingComponents(boolean on) {
            this.eventPublishing = on;
            return this;
        }

        /**
         * Writes the alarms (VALARM) that events kept from the calendars they were read from. Off by default:
         * subscribers set their own reminders, and a publisher's alarms would ring on every subscriber's devices.
         *
         * @param on whether to write kept alarms
         * @return this builder
         */
        public Builder alarms(boolean on) {
            this.alarms = on;
            return this;
        }

        /**
         * Writes the ATTENDEE properties that events kept from the calendars they were read from. Off by default:
         * they carry people's names and e-mail addresses, and a published feed goes to strangers. Turn it on only
         * for exchange between systems that trust each other.
         *
         * @param on whether to write kept attendees
         * @return this builder
         */
        public Builder attendees(boolean on) {
            this.attendees = on;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return a thread-safe writer
         * @throws IllegalStateException if no publisher was set
         */
        public ICalendarWriter build() {
            if (publisherName == null) {
                throw new IllegalStateException("A publisher is required: METHOD:PUBLISH needs an ORGANIZER for"
                        + " events that name no host. Call publisher(name, address).");
            }
            return new ICalendarWriter(this);
        }
    }
}
