package org.nightout.ical;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.ValidationException;
import org.nightout.ical.ICalendarReader.Component;
import org.nightout.ical.ICalendarReader.Warnings;

/** Maps the components of one read to events and series, one VEVENT at a time, reporting what it works around. */
final class EventMapper {

    /** The most VEVENTs that wait for a VTIMEZONE at once: enough for any real export, bounded for a hostile one. */
    static final int MAX_WAITING = 10_000;

    private final ICalendarReader options;
    private final Warnings warnings;
    private final TimeZones zones;
    private final ReadContext ctx;
    /**
     * VEVENTs that use a TZID with neither a known name nor a VTIMEZONE yet, by that TZID, with their VCALENDAR:
     * Sunbird and Evolution write the VTIMEZONE after the events. Each waits until its VTIMEZONE arrives or its
     * VCALENDAR ends, so memory grows with the events waiting, up to {@link #MAX_WAITING}; past that an event is
     * read at once and its zone is what an undefined TZID gets.
     */
    private final Map<String, List<Waiting>> waiting = new HashMap<>();
    private int waitingCount;
    
    private final ICalendarHandler handler;
    private Optional<String> name = Optional.empty();
    /** The version of the VEVENT without RECURRENCE-ID read for each UID, to keep the newest of several. */
    private final Map<String, Version> versions = new HashMap<>();
    private String lastStamp = "";
    /**
     * Every id given to an event or series of this read, with the line of its VEVENT, so that no two share one. It
     * grows with the number of events (an id each), the one thing a read keeps of every event.
     */
    private final Map<String, Integer> claimedIds = new HashMap<>();
    /** For each id taken more than once, the last suffix number given. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private final Map<String, Component> masters = new LinkedHashMap<>();
    private final Map<String, List<Component>> overrides = new LinkedHashMap<>();

    EventMapper(ICalendarReader options, Warnings warnings, ICalendarHandler handler) {
        this.options = options;
        this.warnings = warnings;
        this.handler = handler;
        this.ctx = new ReadContext(options, warnings);
        this.zones = ctx.zones;
    }

    /** A VEVENT waiting for its VTIMEZONE, with the VCALENDAR it stands in. */
    private record Waiting(Component calendar, Component event) {
    }

    /**
     * Takes a component that sits directly in a VCALENDAR, once it is complete: a VTIMEZONE is kept for resolving
     * TZIDs; a single VEVENT is mapped at once; a VEVENT with an RRULE or a RECURRENCE-ID waits for the end of the
     * document, where series are put together from their parts.
     */
    void completed(Component calendar, Component c) {
        if (c.name.equals("VTIMEZONE")) {
            zones.define(c).map(waiting::remove).ifPresent(ready -> {
                waitingCount -= ready.size();
                ready.forEach(w -> completed(w.calendar, w.event));
            });
            return;
        }
        if (!c.name.equals("VEVENT")) {
            return;
        }
        if (waitingCount < MAX_WAITING) {
            Optional<String> tzid = zones.undefined(c);
            if (tzid.isPresent()) {
                waiting.computeIfAbsent(tzid.get(), t -> new ArrayList<>()).add(new Waiting(calendar, c));
                waitingCount++;
                return;
            }
        }
        mapCompleted(calendar, c);
    }

    /** Maps a complete VEVENT whose zones are known, or as known as they will be. */
    private void mapCompleted(Component calendar, Component c) {
        nameFrom(calendar);
        c.fromOurWriter = calendar.first("PRODID").filter(p -> p.value.startsWith("-//nightout//")).isPresent();
        c.floating = ctx.floatingZone(calendar);
        String uid = c.first("UID").map(ContentLine::text).orElse(null);
        if (uid != null && c.first("RECURRENCE-ID").isPresent()) {
            overrides.computeIfAbsent(uid, u -> new ArrayList<>()).add(c);
            return;
        }
        boolean master = c.first("RRULE").isPresent() || c.first("RDATE").isPresent();
        String key = uid == null ? "\u0000line" + c.line : uid;
        Version now = new Version(c.line, master, sequence(c), stamp(c), null);
        Version earlier = uid == null ? null : versions.putIfAbsent(uid, now);
        if (earlier != null) {
            int newer = now.compareTo(earlier);
            if (newer == 0 || earlier.master != master) {
                // Not two versions of one event: both are kept, the second with an id of its own.
                key = "\u0000line" + c.line;
            } else if (newer < 0) {
                warnings.add(c.line, "SEQUENCE", ReadWarning.Code.STRUCTURE, "an older version of UID " + uid
                        + " than the VEVENT on line " + earlier.line + " (SEQUENCE and LAST-MODIFIED); it is dropped");
                return;
            } else {
                warnings.add(earlier.line, "SEQUENCE", ReadWarning.Code.STRUCTURE, "an older version of UID " + uid
                        + " than the VEVENT on line " + c.line + " (SEQUENCE and LAST-MODIFIED); it is dropped");
                versions.put(uid, new Version(c.line, master, now.sequence, now.stamp, earlier.id));
                if (master) {
                    masters.put(key, c);
                } else {
                    // The newer version takes the older one's id: handed over again, it replaces the older one by id.
                    mapEvent(c, false).map(e -> earlier.id == null || earlier.id.equals(e.id()) ? e
                            : Event.builder().from(e).id(earlier.id).build()).ifPresent(handler::event);
                }
                return;
            }
        }
        if (master) {
            masters.put(key, c);
        } else {
            Optional<Event> mapped = mapEvent(c, false).map(e -> unique(e, c.line));
            if (mapped.isPresent()) {
                if (uid != null && versions.get(uid) == now) {
                    // Kept for every event until the read ends: where the id is the UID, one string serves as both.
                    String id = mapped.get().id();
                    String shared = id.equals(uid) ? id : uid;
                    versions.remove(uid);
                    versions.put(shared, new Version(c.line, false, now.sequence, now.stamp, id));
                }
                handler.event(mapped.get());
            } else if (uid != null && versions.get(uid) == now) {
                // Nothing was kept of it, so a later version must not take an event's place.
                versions.remove(uid);
            }
        }
    }

    /**
     * What tells two VEVENTs of one UID apart as versions of one event (RFC 5545: SEQUENCE, then the time of the
     * change), where it was read, and the id its event was handed over with (null for a series).
     */
    private record Version(int line, boolean master, int sequence, String stamp, String id)
            implements Comparable<Version> {
        @Override
        public int compareTo(Version other) {
            int bySequence = Integer.compare(sequence, other.sequence);
            return bySequence != 0 ? bySequence : stamp.compareTo(other.stamp);
        }
    }

    private static int sequence(Component c) {
        try {
            return c.first("SEQUENCE").map(s -> Integer.parseInt(s.value.strip())).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * LAST-MODIFIED, else DTSTAMP, as written: UTC date-times of one form, so their text sorts as they do. Kept for
     * every event until the read ends, so a stamp equal to the last one is that same string: feeds written at once
     * share one.
     */
    private String stamp(Component c) {
        String stamp = c.first("LAST-MODIFIED").or(() -> c.first("DTSTAMP")).map(p -> p.value.strip()).orElse("");
        if (stamp.equals(lastStamp)) {
            return lastStamp;
        }
        lastStamp = stamp;
        return stamp;
    }

    /**
     * Takes the end of a VCALENDAR, for its name when no event gave it; events still waiting for a VTIMEZONE are
     * mapped now, since a TZID is defined in its own VCALENDAR or not at all.
     */
    void calendarEnded(Component calendar) {
        nameFrom(calendar);
        releaseWaiting();
    }

    private void releaseWaiting() {
        List<Waiting> all = waiting.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt(w -> w.event.line)).toList();
        waiting.clear();
        waitingCount = 0;
        all.forEach(w -> mapCompleted(w.calendar, w.event));
    }

    private void nameFrom(Component calendar) {
        if (name.isEmpty()) {
            name = calendar.first("NAME").or(() -> calendar.first("X-WR-CALNAME")).map(ContentLine::text)
                    .filter(n -> !n.isBlank());
            name.ifPresent(handler::name);
        }
    }

    /** Puts the series together and hands them over, with the overrides no series takes. */
    void finish() {
        releaseWaiting();
        for (Component master : masters.values()) {
            List<Component> own = overrides.remove(master.first("UID").map(ContentLine::text).orElse(""));
            mapMaster(master, own == null ? List.of() : own);
        }
        for (List<Component> orphans : overrides.values()) {
            // Overrides of a single event, or of a series not in the document: each is kept as an event of its own.
            for (Component o : orphans) {
                mapEvent(o, true).map(e -> override(e, o)).ifPresent(handler::event);
            }
        }
    }

    private void mapMaster(Component master, List<Component> overrides) {
        Optional<ContentLine> rrule = master.first("RRULE");
        if (rrule.isEmpty() && master.first("RDATE").isEmpty()) {
            mapEvent(master, false).map(e -> unique(e, master.line)).ifPresent(handler::event);
            keepAsEvents(overrides);
            return;
        }
        // Mapped with its recurrence kept, so that nothing is lost if the rule turns out to be invalid.
        Optional<Event> mapped = mapEvent(master, true);
        if (mapped.isEmpty()) {
            keepAsEvents(overrides);
            return;
        }
        Event first = mapped.get();
        EventSeries.Builder b = EventSeries.builder();
        if (rrule.isPresent()) {
            try {
                b.rule(RecurrenceProperties.rule(rrule.get()));
            } catch (IllegalArgumentException e) {
                invalidRecurrence(rrule.get(), e.getMessage(), first, master, overrides);
                return;
            }
        }
        Event seriesFirst = Event.builder().from(first).extensions(first.extensions().stream()
                .filter(x -> !RecurrenceProperties.NAMES.contains(x.name())).toList()).build();
        b.first(seriesFirst)
                .rdates(RecurrenceProperties.dates(ctx, master, "RDATE", first.time()))
                .exdates(RecurrenceProperties.dates(ctx, master, "EXDATE", first.time()));
        EventSeries plain;
        try {
            plain = b.build();
        } catch (ValidationException e) {
            invalidRecurrence(rrule.orElseGet(() -> master.first("RDATE").get()), e.getMessage(), first, master,
                    overrides);
            return;
        }
        seriesFirst = unique(seriesFirst, master.line);
        b.first(seriesFirst);
        Map<Temporal, Event> taken = new HashMap<>();
        for (Component o : overrides) {
            ContentLine rid = o.first("RECURRENCE-ID").get();
            Optional<Temporal> key = RecurrenceProperties.recurrenceId(ctx, rid).flatMap(k -> occurrence(plain, k));
            if (key.isPresent() && !taken.containsKey(key.get())) {
                Optional<Event> e = mapEvent(o, false).map(x -> Event.builder().from(x).id(plain.first().id())
                        .uid(plain.first().uid()).build());
                if (e.isPresent()) {
                    taken.put(key.get(), e.get());
                }
            } else {
                // Not an occurrence the series has, or one already overridden: kept, as an override whose series
                // is missing is, as an event of its own.
                warnings.add(rid.line, "RECURRENCE-ID", ReadWarning.Code.STRUCTURE, "\"" + rid.value + "\" names no"
                        + " occurrence of the series left to override; the override is kept as an event");
                mapEvent(o, true).map(e -> override(e, o)).ifPresent(handler::event);
            }
        }
        Event idFirst = seriesFirst;
        taken.forEach((k, e) -> b.putOverrides(k, Event.builder().from(e).id(idFirst.id()).uid(idFirst.uid()).build()));
        handler.series(b.build());
    }

    /**
     * Returns the occurrence of a series that a RECURRENCE-ID names: the same start (a timed one compared by instant),
     * or, where the RECURRENCE-ID is a date and the series timed, the occurrence on that local date, and where it
     * is a date-time and the series all-day, its date.
     */
    private static Optional<Temporal> occurrence(EventSeries s, Temporal key) {
        if (s.first().time() instanceof EventTime.Timed t) {
            if (key instanceof LocalDate date) {
                return s.occurrences(date, date.plusDays(1)).findFirst().map(e -> RecurrenceProperties.startOf(
                        e.time())).filter(s::isOccurrence);
            }
            return Optional.<Temporal>of(((ZonedDateTime) key).withZoneSameInstant(t.start().getZone())).filter(s::isOccurrence);
        }
        LocalDate date = key instanceof ZonedDateTime z ? z.toLocalDate() : (LocalDate) key;
        return Optional.<Temporal>of(date).filter(s::isOccurrence);
    }

    /** Keeps an event whose recurrence is invalid as a single event, its recurrence as extension properties. */
    private void invalidRecurrence(ContentLine p, String why, Event first, Component master,
            List<Component> overrides) {
        warnings.add(p.line, p.name, ReadWarning.Code.UNSUPPORTED_RECURRENCE, "\"" + p.value + "\" is invalid: "
                + why + "; the first occurrence is read as an event that keeps its recurrence as extension properties");
        handler.event(unique(first, master.line));
        keepAsEvents(overrides);
    }

    /** Keeps overrides that no series takes as events of their own, with their RECURRENCE-ID as an extension. */
    private void keepAsEvents(List<Component> overrides) {
        for (Component o : overrides) {
            mapEvent(o, true).map(e -> override(e, o)).ifPresent(handler::event);
        }
    }

    /**
     * Maps one VEVENT, or reports why it could not be and returns empty. Each group of properties is read by its
     * home; what no home reads is kept. With {@code keepRecurrence}, RRULE, RDATE, EXDATE and RECURRENCE-ID stay
     * unread and so are kept as they are, for an event that turns out to be no series the model has.
     */
    private Optional<Event> mapEvent(Component v, boolean keepRecurrence) {
        ctx.begin(v);
        Optional<ContentLine> dtstart = v.take("DTSTART");
        if (dtstart.isEmpty()) {
            warnings.add(v.line, "VEVENT", ReadWarning.Code.MISSING_PROPERTY, "no DTSTART; the event is skipped");
            return Optional.empty();
        }
        Optional<EventTime> time = TimeProperties.eventTime(ctx, v, dtstart.get());
        if (time.isEmpty()) {
            return Optional.empty();
        }
        Event.Builder b = Event.builder().time(time.get());
        IdentityProperties.read(ctx, v, dtstart.get(), b);
        TextProperties.read(ctx, v, b);
        b.status(StatusProperties.status(ctx, v, time.get()));
        NightOutFields.nightOutFields(ctx, v, b);
        PlaceProperties.read(ctx, v, b);
        PeopleProperties.read(ctx, v, b);
        if (!keepRecurrence) {
            RecurrenceProperties.NAMES.forEach(v::takeAll);
        }
        b.extensions(KeptProperties.extensions(ctx, v));
        b.extensionComponents(KeptProperties.components(ctx, v));
        return build(v, b);
    }

    private Optional<Event> build(Component v, Event.Builder b) {
        try {
            Event e = b.build();
            if (e.community().isEmpty() && options.community.isPresent()) {
                e = Event.builder().from(e).community(options.community).build();
            }
            if (e.hosts().isEmpty() && !options.hosts.isEmpty()) {
                e = Event.builder().from(e).hosts(options.hosts).build();
            }
            return Optional.of(e);
        } catch (ValidationException e) {
            warnings.add(v.line, "VEVENT", ReadWarning.Code.INVALID_EVENT, e.getMessage() + "; the event is skipped");
            return Optional.empty();
        }
    }

    /**
     * Returns the event, or, when its id is taken by an earlier event or series of this read (a UID used twice, or
     * cut to 255 characters), a copy with an id of its own, so that no two events end up as one. Its UID gets the
     * same suffix: two VEVENTs with one UID would be one event to every client.
     */
    private Event unique(Event e, int line) {
        return claim(e, e.id(), line, true);
    }

    /**
     * Returns an override that no series takes, kept as an event of its own, with an id of its own: its UID and
     * RECURRENCE-ID (kept as an extension) still say which occurrence of which event it is, so the UID stays.
     */
    private Event override(Event e, Component o) {
        String rid = o.first("RECURRENCE-ID").map(r -> IdentityProperties.ID_BREAKERS.matcher(r.value.strip()).replaceAll("-"))
                .orElse("override");
        return claim(e, IdentityProperties.truncated(e.id(), IdentityProperties.MAX_ID - rid.length() - 1) + "-" + rid, o.line, false);
    }

    private Event claim(Event e, String wanted, int line, boolean renameUid) {
        Integer first = claimedIds.putIfAbsent(wanted, line);
        if (first == null && wanted.equals(e.id())) {
            return e;
        }
        String id = wanted;
        String suffix = "";
        if (first != null) {
            // Counted per id, so that a file of ten thousand copies of one UID takes linear time.
            int n = nextSuffix.getOrDefault(wanted, 1);
            do {
                suffix = "-" + ++n;
                id = IdentityProperties.truncated(wanted, IdentityProperties.MAX_ID - suffix.length()) + suffix;
            } while (claimedIds.putIfAbsent(id, line) != null);
            nextSuffix.put(wanted, n);
            warnings.add(line, "UID", ReadWarning.Code.STRUCTURE, "the id " + IdentityProperties.abbreviated(wanted) + " is already"
                    + " used by the VEVENT on line " + first + "; this event is read as " + id);
        }
        Event.Builder b = Event.builder().from(e).id(id);
        if (renameUid && e.uid().isPresent()) {
            b.uid(e.uid().get() + suffix);
        }
        return b.build();
    }

    // ---- values ----

}
