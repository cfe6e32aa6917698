package org.nightout.ical.internal.read;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.ValidationException;
import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.properties.EventProperties;
import org.nightout.ical.internal.properties.IdentityProperties;
import org.nightout.ical.internal.properties.RecurrenceProperties;
import org.nightout.ical.internal.properties.TimeProperties;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.Warnings;
import org.nightout.ical.internal.zones.TimeZoneBlocks;
import org.nightout.ical.internal.zones.TimeZones;

/**
 * Maps the components of one read to events and series, one VEVENT at a time, reporting what it works around.
 *
 * <p>What runs for every VEVENT here and in the property homes looks lines up as null or not rather than through
 * {@code Optional} chains whose lambdas capture a variable: a capturing lambda is a new object each time, and the
 * JVM's quick compiler (C1, all a short command-line run uses) makes it through a runtime call of its method handle,
 * about ten times the cost of a plain {@code new} (40 against 4 ns). Lambdas that capture nothing are made once and
 * cost nothing; those that run only for a rare property are left as they read best.
 */
public final class EventMapper implements ComponentSink {

    /** The most VEVENTs that wait for a VTIMEZONE at once: enough for any real export, bounded for a hostile one. */
    public static final int MAX_WAITING = 10_000;

    private final ReadOptions options;
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
    /** Every id given to an event or series of this read, and the version of each single event with a UID. */
    private final EventIds ids;
    /** The version and line of each series' VEVENT, by UID, to keep the newest of several; held until the end. */
    private final Map<String, MasterVersion> masterVersions = new HashMap<>();
    private final Map<String, Component> masters = new LinkedHashMap<>();
    private final Map<String, List<Component>> overrides = new LinkedHashMap<>();

    public EventMapper(ReadOptions options, Warnings warnings, ICalendarHandler handler) {
        this(options, warnings, handler, new EventIds(warnings));
    }

    EventMapper(ReadOptions options, Warnings warnings, ICalendarHandler handler, EventIds ids) {
        this.ids = ids;
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
    public void completed(Component calendar, Component c) {
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
        ContentLine prodid = calendar.firstOrNull("PRODID");
        c.fromOurWriter = prodid != null && prodid.value.startsWith("-//nightout//");
        c.floating = ctx.floatingZone(calendar);
        if (!c.fromOurWriter) {
            c.calendarZone = ReadContext.calendarZone(calendar);
        }
        ContentLine uidLine = c.firstOrNull("UID");
        String uid = uidLine == null ? null : uidLine.text();
        if (uid != null && c.firstOrNull("RECURRENCE-ID") != null) {
            overrides.computeIfAbsent(uid, u -> new ArrayList<>()).add(c);
            return;
        }
        long version = EventIds.version(c);
        if (c.firstOrNull("RRULE") != null || c.firstOrNull("RDATE") != null) {
            holdMaster(c, uid, version);
            return;
        }
        Optional<Event> mapped = mapEvent(c, false);
        if (mapped.isEmpty()) {
            // Nothing was kept of it, so a later version must not take an event's place.
            return;
        }
        Event e = ids.single(mapped.get(), uid, c.line, version);
        if (e != null) {
            handler.event(e);
        }
    }

    /**
     * Holds a VEVENT with an RRULE or RDATE until the end, where series are put together; of two with one UID, the
     * newer is held and the older dropped, and two of the same version are both held.
     */
    private void holdMaster(Component c, String uid, long version) {
        MasterVersion earlier = uid == null ? null : masterVersions.get(uid);
        if (uid == null || earlier != null && earlier.version == version) {
            masters.put("\u0000line" + c.line, c);
            return;
        }
        if (earlier != null && Long.compareUnsigned(version, earlier.version) < 0) {
            warnings.add(c.line, "SEQUENCE", ReadWarning.Code.STRUCTURE, "an older version of UID " + uid
                    + " than the VEVENT on line " + earlier.line + " (SEQUENCE and LAST-MODIFIED); it is dropped");
            return;
        }
        if (earlier != null) {
            warnings.add(earlier.line, "SEQUENCE", ReadWarning.Code.STRUCTURE, "an older version of UID " + uid
                    + " than the VEVENT on line " + c.line + " (SEQUENCE and LAST-MODIFIED); it is dropped");
        }
        masterVersions.put(uid, new MasterVersion(c.line, version));
        masters.put(uid, c);
    }

    /** Where a series' VEVENT was read, and its {@link #version}. */
    private record MasterVersion(int line, long version) {
    }

    /**
     * Takes the end of a VCALENDAR, for its name when no event gave it; events still waiting for a VTIMEZONE are
     * mapped now, since a TZID is defined in its own VCALENDAR or not at all.
     */
    public void calendarEnded(Component calendar) {
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
            ContentLine line = calendar.firstOrNull("NAME");
            if (line == null) {
                line = calendar.firstOrNull("X-WR-CALNAME");
            }
            if (line != null && !line.text().isBlank()) {
                name = Optional.of(line.text());
                handler.name(line.text());
            }
        }
    }

    /** Puts the series together and hands them over, with the overrides no series takes. */
    public void finish() {
        releaseWaiting();
        for (Component master : masters.values()) {
            List<Component> own = overrides.remove(master.first("UID").map(ContentLine::text).orElse(""));
            mapMaster(master, own == null ? List.of() : newest(own));
        }
        for (List<Component> orphans : overrides.values()) {
            // Overrides of a single event, or of a series not in the document: each is kept as an event of its own.
            for (Component o : newest(orphans)) {
                mapEvent(o, true).map(e -> RecurrenceProperties.unapplied(override(e, o))).ifPresent(handler::event);
            }
        }
    }

    /**
     * Returns the overrides of one UID with only the newest of those that give one RECURRENCE-ID (the same value and
     * TZID), in their order: versions of one override, told apart as those of a series' VEVENT are (SEQUENCE, then
     * LAST-MODIFIED or DTSTAMP); each older one is dropped with a warning. Two of the same version are both kept.
     */
    private List<Component> newest(List<Component> overrides) {
        if (overrides.size() < 2) {
            return overrides;
        }
        java.util.Set<Component> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, List<Component>> byRid = new LinkedHashMap<>();
        for (Component o : overrides) {
            ContentLine rid = o.first("RECURRENCE-ID").get();
            byRid.computeIfAbsent(rid.param("TZID").orElse("") + "\u0000" + rid.value.strip(),
                    k -> new ArrayList<>()).add(o);
        }
        for (List<Component> versions : byRid.values()) {
            Component newest = versions.get(0);
            for (Component o : versions) {
                if (Long.compareUnsigned(EventIds.version(o), EventIds.version(newest)) > 0) {
                    newest = o;
                }
            }
            long top = EventIds.version(newest);
            for (Component o : versions) {
                if (Long.compareUnsigned(EventIds.version(o), top) < 0) {
                    ContentLine rid = o.first("RECURRENCE-ID").get();
                    warnings.add(o.line, "SEQUENCE", ReadWarning.Code.STRUCTURE, "an older version of the override"
                            + " of RECURRENCE-ID " + rid.value.strip() + " of UID " + o.first("UID")
                            .map(ContentLine::text).orElse("") + " than the VEVENT on line " + newest.line
                            + " (SEQUENCE and LAST-MODIFIED); it is dropped");
                    dropped.add(o);
                }
            }
        }
        return overrides.stream().filter(o -> !dropped.contains(o)).toList();
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
        Event first = inCalendarZone(mapped.get(), master);
        EventSeries.Builder b = EventSeries.builder();
        String invalidRule = null;
        if (rrule.isPresent()) {
            try {
                RecurrenceRule rule = RecurrenceProperties.rule(ctx, rrule.get());
                RecurrenceProperties.warnIfEndsBeforeStart(ctx, rrule.get(), rule, first.time());
                b.rule(rule);
            } catch (IllegalArgumentException e) {
                invalidRule = e.getMessage();
            }
        }
        List<Temporal> rdates = RecurrenceProperties.dates(ctx, master, "RDATE", first.time());
        if (invalidRule != null && rdates.isEmpty()) {
            invalidRecurrence(rrule.get(), invalidRule, first, master, overrides);
            return;
        }
        boolean keepRule = invalidRule != null;
        if (keepRule) {
            ContentLine p = rrule.get();
            warnings.add(p.line, p.name, ReadWarning.Code.UNSUPPORTED_RECURRENCE, "\"" + p.value + "\" is invalid: "
                    + invalidRule + "; it is kept as the extension property " + RecurrenceProperties.UNAPPLIED + "RRULE, and the series is read from DTSTART, its"
                    + " RDATEs, EXDATEs and overrides");
        }
        Event seriesFirst = RecurrenceProperties.unapplied(Event.builder().from(first).extensions(first.extensions()
                .stream().filter(x -> !RecurrenceProperties.NAMES.contains(x.name()) || keepRule
                        && x.name().equals("RRULE")).toList()).build());
        RecurrenceProperties.wallStart(master.first("DTSTART").get(), first.time()).ifPresent(b::wallStart);
        b.first(seriesFirst).rdates(rdates)
                .exdates(RecurrenceProperties.dates(ctx, master, "EXDATE", first.time()));
        EventSeries plain;
        try {
            EventSeries read = b.build();
            plain = DefinedZoneSeries.correct(ctx, master.first("DTSTART").get(), read, b) ? b.build() : read;
        } catch (ValidationException e) {
            invalidRecurrence(rrule.orElseGet(() -> master.first("RDATE").get()), e.getMessage(), first, master,
                    overrides);
            return;
        }
        seriesFirst = unique(seriesFirst, master.line);
        b.first(seriesFirst);
        // The occurrence each RECURRENCE-ID names, checked against the series in one pass for all of them.
        List<Temporal> keys = new ArrayList<>(overrides.size());
        for (Component o : overrides) {
            keys.add(RecurrenceProperties.recurrenceId(ctx, o.first("RECURRENCE-ID").get())
                    .map(k -> candidate(plain, k)).orElse(null));
        }
        Set<Temporal> occurring = plain.occurrencesAmong(keys.stream().filter(Objects::nonNull).toList());
        Map<Temporal, Event> taken = new HashMap<>();
        for (int i = 0; i < overrides.size(); i++) {
            Component o = overrides.get(i);
            ContentLine rid = o.first("RECURRENCE-ID").get();
            Temporal key = keys.get(i);
            if (key != null && occurring.contains(key) && !taken.containsKey(key)) {
                Optional<Event> e = mapOverride(o).map(x -> Event.builder().from(x).id(plain.first().id())
                        .uid(plain.first().uid()).build());
                if (e.isPresent()) {
                    taken.put(key, RecurrenceProperties.unapplied(e.get()));
                }
            } else {
                // Not an occurrence the series has, or one already overridden: kept, as an override whose series
                // is missing is, as an event of its own.
                warnings.add(rid.line, "RECURRENCE-ID", ReadWarning.Code.STRUCTURE, "\"" + rid.value + "\" names no"
                        + " occurrence of the series left to override; the override is kept as an event");
                mapEvent(o, true).map(e -> RecurrenceProperties.unapplied(override(e, o))).ifPresent(handler::event);
            }
        }
        Event idFirst = seriesFirst;
        taken.forEach((k, e) -> b.putOverrides(k, Event.builder().from(e).id(idFirst.id()).uid(idFirst.uid()).build()));
        handler.series(b.build());
    }

    /**
     * The first event of a series whose DTSTART is in UTC, in the zone its calendar names in X-WR-TIMEZONE, at the
     * same instant. Google Calendar writes the start of a series in UTC and the calendar's zone in X-WR-TIMEZONE, and
     * repeats it on that zone's wall clock, so that a weekly 17:00 stays at 17:00 across daylight saving changes;
     * python recurring_ical_events reads it so too. RFC 5545 would repeat it in UTC, an hour off for half the year.
     */
    private static Event inCalendarZone(Event first, Component master) {
        if (master.calendarZone == null || !(first.time() instanceof EventTime.Timed t)
                || !TimeZoneBlocks.isUtc(t.start().getZone())) {
            return first;
        }
        ZoneId zone = master.calendarZone;
        EventTime time = t.end().isPresent()
                ? EventTime.of(t.start().withZoneSameInstant(zone), t.end().get().withZoneSameInstant(zone))
                : EventTime.of(t.start().withZoneSameInstant(zone));
        return Event.builder().from(first).time(time).build();
    }

    /**
     * The start a RECURRENCE-ID names in the series' own form: the same instant in the series' zone for a timed one,
     * or, where the RECURRENCE-ID is a date and the series timed, the start of its first occurrence on that local date
     * (null for none), and where it is a date-time and the series all-day, its date.
     */
    private static Temporal candidate(EventSeries s, Temporal key) {
        if (s.first().time() instanceof EventTime.Timed t) {
            if (key instanceof LocalDate date) {
                return s.occurrences(date, date.plusDays(1)).findFirst()
                        .map(e -> RecurrenceProperties.startOf(e.time())).orElse(null);
            }
            return ((ZonedDateTime) key).withZoneSameInstant(t.start().getZone());
        }
        return key instanceof ZonedDateTime z ? z.toLocalDate() : key;
    }

    /** Keeps an event whose recurrence is invalid as a single event, its recurrence as extension properties. */
    private void invalidRecurrence(ContentLine p, String why, Event first, Component master,
            List<Component> overrides) {
        warnings.add(p.line, p.name, ReadWarning.Code.UNSUPPORTED_RECURRENCE, "\"" + p.value + "\" is invalid: "
                + why + "; the first occurrence is read as an event that keeps its recurrence as extension properties named "
                + RecurrenceProperties.UNAPPLIED + "*, which no calendar applies");
        handler.event(unique(RecurrenceProperties.unapplied(first), master.line));
        keepAsEvents(overrides);
    }

    /** Keeps overrides that no series takes as events of their own, with their RECURRENCE-ID as an extension. */
    private void keepAsEvents(List<Component> overrides) {
        for (Component o : overrides) {
            mapEvent(o, true).map(e -> RecurrenceProperties.unapplied(override(e, o))).ifPresent(handler::event);
        }
    }

    /**
     * Maps an override that a series takes. Its RECURRENCE-ID says which occurrence it replaces; an RRULE, RDATE or
     * EXDATE of its own does not apply to one occurrence (some clients copy the series' rule into every override),
     * so it is kept as an extension property and written back as it was, not dropped.
     */
    private Optional<Event> mapOverride(Component o) {
        o.takeAll("RECURRENCE-ID");
        return mapEvent(o, true);
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
        EventProperties.read(ctx, v, dtstart.get(), time.get(), b, keepRecurrence);
        return build(v, b);
    }

    private Optional<Event> build(Component v, Event.Builder b) {
        try {
            Event e = b.build();
            if (e.community().isEmpty() && options.community().isPresent()) {
                e = Event.builder().from(e).community(options.community()).build();
            }
            if (e.hosts().isEmpty() && !options.hosts().isEmpty()) {
                e = Event.builder().from(e).hosts(options.hosts()).build();
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
        return ids.claim(e, e.id(), line, true);
    }

    /**
     * Returns an override that no series takes, kept as an event of its own, with an id of its own: its UID and
     * RECURRENCE-ID (kept as an extension) still say which occurrence of which event it is, so the UID stays.
     */
    private Event override(Event e, Component o) {
        String rid = o.first("RECURRENCE-ID").map(r -> IdentityProperties.idWithoutBreakers(r.value.strip()))
                .orElse("override");
        return ids.claim(e, IdentityProperties.truncated(e.id(), IdentityProperties.MAX_ID - rid.length() - 1) + "-" + rid, o.line, false);
    }

}
