package org.nightout.ical;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Activity;
import org.nightout.core.Agency;
import org.nightout.core.Audience;
import org.nightout.core.Community;
import org.nightout.core.DateRule;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.ExtensionComponent;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.GeoPoint;
import org.nightout.core.NewsLink;
import org.nightout.core.Organization;
import org.nightout.core.Organizer;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.ValidationException;
import org.nightout.core.Venue;
import org.nightout.ical.ICalendarReader.Component;
import org.nightout.ical.ICalendarReader.Warnings;

/** Maps the components of one read to events and series, one VEVENT at a time, reporting what it works around. */
final class EventMapper {
    /** Properties that the writer derives from other fields: in our own feeds they are not read back. */
    private static final Set<String> DERIVED = Set.of("LOCATION", "GEO", "ORGANIZER", "CONTACT", "DTSTAMP",
            "STRUCTURED-DATA");
    /** Properties mapped to fields, or rewritten by the writer from them, in every feed. */
    private static final Set<String> MAPPED = Set.of("UID", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "DTSTART",
            "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "STATUS", "CATEGORIES", "URL", "IMAGE", "RRULE", "EXDATE",
            "RECURRENCE-ID");
    /** Properties of recurrence: a series has fields for them; an event that is no series keeps them as they are. */
    private static final Set<String> RECURRENCE = Set.of("RRULE", "EXDATE", "RDATE", "RECURRENCE-ID");

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
    
    private Optional<String> name = Optional.empty();
    private final List<Event> events = new ArrayList<>();
    private final List<EventSeries> series = new ArrayList<>();
    /** The version of the VEVENT without RECURRENCE-ID read for each UID, to keep the newest of several. */
    private final Map<String, Version> versions = new HashMap<>();
    /**
     * Every id given to an event or series of this read, with the line of its VEVENT, so that no two share one. It
     * grows with the number of events (an id each), the one thing a read keeps of every event.
     */
    private final Map<String, Integer> claimedIds = new HashMap<>();
    /** For each id taken more than once, the last suffix number given. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private final Map<String, Component> masters = new LinkedHashMap<>();
    private final Map<String, List<Component>> overrides = new LinkedHashMap<>();

    EventMapper(ICalendarReader options, Warnings warnings) {
        this.options = options;
        this.warnings = warnings;
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
        boolean master = c.first("RRULE").isPresent();
        String key = uid == null ? "\u0000line" + c.line : uid;
        Version now = new Version(c.line, master, sequence(c), stamp(c), events.size());
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
                versions.put(uid, new Version(c.line, master, now.sequence, now.stamp, earlier.index));
                if (master) {
                    masters.put(key, c);
                } else {
                    // The newer version takes the older one's place and id.
                    Optional<Event> mapped = mapEvent(c, false);
                    if (mapped.isPresent()) {
                        events.set(earlier.index, mapped.get());
                    }
                }
                return;
            }
        }
        if (master) {
            masters.put(key, c);
        } else {
            Optional<Event> mapped = mapEvent(c, false).map(e -> unique(e, c.line));
            if (mapped.isPresent()) {
                events.add(mapped.get());
            } else if (uid != null && versions.get(uid) == now) {
                // Nothing was kept of it, so a later version must not take an event's place.
                versions.remove(uid);
            }
        }
    }

    /**
     * What tells two VEVENTs of one UID apart as versions of one event (RFC 5545: SEQUENCE, then the time of the
     * change), where it was read, and where its event went in the list of events.
     */
    private record Version(int line, boolean master, int sequence, String stamp, int index)
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

    /** LAST-MODIFIED, else DTSTAMP, as written: UTC date-times of one form, so their text sorts as they do. */
    private static String stamp(Component c) {
        return c.first("LAST-MODIFIED").or(() -> c.first("DTSTAMP")).map(p -> p.value.strip()).orElse("");
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
        }
    }

    /** Puts the series together and returns everything read. */
    ICalendarData finish() {
        releaseWaiting();
        for (Component master : masters.values()) {
            List<Component> own = overrides.remove(master.first("UID").map(ContentLine::text).orElse(""));
            mapMaster(master, own == null ? List.of() : own, events, series);
        }
        for (List<Component> orphans : overrides.values()) {
            // Overrides of a single event, or of a series not in the document: each is kept as an event of its own.
            for (Component o : orphans) {
                mapEvent(o, true).map(e -> override(e, o)).ifPresent(events::add);
            }
        }
        return new ICalendarData(name, events, series, warnings.list);
    }

    private void mapMaster(Component master, List<Component> overrides, List<Event> events,
            List<EventSeries> series) {
        Optional<ContentLine> rrule = master.first("RRULE");
        if (rrule.isEmpty()) {
            mapEvent(master, false).map(e -> unique(e, master.line)).ifPresent(events::add);
            keepAsEvents(overrides, events);
            return;
        }
        Optional<YearlyRule> yearly = YearlyRule.parse(rrule.get().value);
        // Mapped with its recurrence kept, so that nothing is lost if the rule turns out not to fit the model.
        Optional<Event> mapped = mapEvent(master, true);
        if (mapped.isEmpty()) {
            keepAsEvents(overrides, events);
            return;
        }
        Event first = mapped.get();
        int firstYear = first.time().startDate().getYear();
        Optional<Integer> lastYear = yearly.flatMap(y -> y.lastYear(first));
        if (yearly.isEmpty() || !yearly.get().rule.matches(first.time().startDate())
                || master.first("RDATE").isPresent() || lastYear.filter(last -> last < firstYear).isPresent()) {
            warnings.add(rrule.get().line, "RRULE", ReadWarning.Code.UNSUPPORTED_RECURRENCE, "\""
                    + rrule.get().value + "\" is not a yearly rule on the nth weekday of a month starting at DTSTART;"
                    + " the first occurrence is read as an event that keeps the rule as an extension property");
            events.add(unique(first, master.line));
            keepAsEvents(overrides, events);
            return;
        }
        Event seriesFirst = unique(Event.builder().from(first).extensions(first.extensions().stream()
                .filter(x -> !RECURRENCE.contains(x.name())).toList()).build(), master.line);
        int last = lastYear.orElse(Integer.MAX_VALUE);
        EventSeries.Builder b = EventSeries.builder().first(seriesFirst).rule(yearly.get().rule);
        lastYear.ifPresent(b::lastYear);
        Set<Integer> cancelled = new HashSet<>();
        for (ContentLine ex : ReadContext.lines(master, "EXDATE")) {
            for (String v : ex.value.split(",")) {
                Optional<Integer> year = ctx.time(ex, v).map(t -> t.startDate().getYear());
                if (year.isPresent() && (year.get() <= firstYear || year.get() > last)) {
                    warnings.add(ex.line, "EXDATE", ReadWarning.Code.INVALID_VALUE, "\"" + v + "\" is no later"
                            + " occurrence of the series; ignored");
                } else {
                    year.ifPresent(cancelled::add);
                }
            }
        }
        b.addAllCancelledYears(cancelled);
        Set<Integer> overridden = new HashSet<>();
        for (Component o : overrides) {
            ContentLine rid = o.first("RECURRENCE-ID").get();
            Optional<Integer> year = ctx.time(rid, rid.value).map(t -> t.startDate().getYear());
            if (year.isPresent() && year.get() >= firstYear && year.get() <= last && !cancelled.contains(year.get())
                    && overridden.add(year.get())) {
                mapEvent(o, false).map(e -> Event.builder().from(e).id(seriesFirst.id()).uid(seriesFirst.uid())
                        .build()).ifPresent(e -> b.putOverrides(year.get(), e));
            } else {
                // Not an occurrence the series has, or one already overridden: kept, as an override whose series
                // is missing is, as an event of its own.
                warnings.add(rid.line, "RECURRENCE-ID", ReadWarning.Code.STRUCTURE, "\"" + rid.value + "\" names no"
                        + " occurrence of the series left to override; the override is kept as an event");
                mapEvent(o, true).map(e -> override(e, o)).ifPresent(events::add);
            }
        }
        series.add(b.build());
    }

    /** Keeps overrides that no series takes as events of their own, with their RECURRENCE-ID as an extension. */
    private void keepAsEvents(List<Component> overrides, List<Event> events) {
        for (Component o : overrides) {
            mapEvent(o, true).map(e -> override(e, o)).ifPresent(events::add);
        }
    }

    /** Maps one VEVENT, or reports why it could not be and returns empty. */
    private Optional<Event> mapEvent(Component v, boolean keepRecurrence) {
        ctx.begin(v);
        Optional<ContentLine> dtstart = v.first("DTSTART");
        if (dtstart.isEmpty()) {
            warnings.add(v.line, "VEVENT", ReadWarning.Code.MISSING_PROPERTY, "no DTSTART; the event is skipped");
            return Optional.empty();
        }
        Optional<EventTime> time = eventTime(v, dtstart.get());
        if (time.isEmpty()) {
            return Optional.empty();
        }
        Event.Builder b = Event.builder().time(time.get());
        identify(v, dtstart.get(), b);
        b.title(v.first("SUMMARY").map(s -> ctx.line(s, s.text())).filter(s -> !s.isBlank()).orElseGet(() -> {
            warnings.add(v.line, "SUMMARY", ReadWarning.Code.MISSING_PROPERTY,
                    "no SUMMARY; the title is \"(no title)\"");
            return "(no title)";
        }));
        v.first("DESCRIPTION").map(d -> ctx.multiline(d, d.text())).filter(d -> !d.isBlank()).ifPresent(b::description);
        b.lastModified(lastModified(v));
        v.first("SEQUENCE").flatMap(s -> ctx.integer(s)).ifPresent(b::sequence);
        b.status(status(v, time.get()));
        for (ContentLine c : ReadContext.lines(v, "CATEGORIES")) {
            for (String label : c.textList()) {
                String clean = ctx.line(c, label);
                if (!clean.isBlank()) {
                    ctx.nested(c, () -> Activity.parse(clean)).ifPresent(b::addActivities);
                }
            }
        }
        v.first("URL").flatMap(u -> ctx.uri(u)).ifPresent(b::url);
        v.first("IMAGE").filter(i -> !i.param("VALUE").filter("BINARY"::equalsIgnoreCase).isPresent())
                .flatMap(u -> ctx.uri(u)).ifPresent(b::image);
        nightOutFields(v, b);
        boolean placed = !ctx.ours && foreignFields(v, b);
        // Another calendar's ORGANIZER is the event's; in our own feeds only the one marked as the event's field.
        v.first("ORGANIZER").filter(o -> !ctx.ours || o.param(NightOutFields.ORGANIZER_PARAM).isPresent())
                .flatMap(p -> organizer(p)).ifPresent(b::organizer);
        b.extensions(extensions(v, keepRecurrence, placed));
        b.extensionComponents(components(v));
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
     * Gives the event its id and, for a UID from another writer, the UID to write back exactly: subscribers know
     * an event by its UID, so a converted feed that changed them would show every event as new.
     */
    private void identify(Component v, ContentLine dtstart, Event.Builder b) {
        Optional<ContentLine> line = v.first("UID");
        String raw = line.map(ContentLine::text).map(String::strip).orElse("");
        if (raw.isEmpty()) {
            b.id(derivedId(v, dtstart));
            return;
        }
        if (ctx.ours) {
            // Our writer marks a kept UID with the event's id; any other UID it made from the id.
            Optional<String> id = line.get().param(NightOutFields.ID_PARAM);
            if (id.isPresent() || line.get().param(NightOutFields.UID_PARAM).filter("KEPT"::equals).isPresent()) {
                b.uid(raw);
                b.id(id.orElse(raw));
                return;
            }
        }
        String cleaned = ID_BREAKERS.matcher(raw).replaceAll("-");
        if (options.uidDomain.isPresent() && cleaned.endsWith("@" + options.uidDomain.get())) {
            cleaned = cleaned.substring(0, cleaned.length() - options.uidDomain.get().length() - 1);
        }
        String id = truncated(cleaned, MAX_ID);
        // Event.uid() is one line of text: a UID with a control character or line separator cannot be kept.
        boolean keepable = raw.length() <= MAX_UID && raw.chars().noneMatch(c -> Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029');
        if (keepable && !ctx.ours) {
            b.uid(raw);
        }
        if (!id.equals(raw) && !ctx.ours) {
            warnings.add(line.get().line, "UID", ReadWarning.Code.INVALID_VALUE, "\"" + abbreviated(raw) + "\" is"
                    + " not usable as an id (spaces, control characters or over " + MAX_ID + " characters); the"
                    + " id is " + id + (keepable ? " and the UID is written back as it was"
                            : ", and the UID is written back from it"));
        }
        b.id(id);
    }

    private static final int MAX_ID = 255;
    /** The longest one-line text the model takes, and so the longest UID kept exactly. */
    private static final int MAX_UID = 10_000;
    /** Unicode classes, so that NBSP, NEL and U+2028 count as the spaces and controls they are. */
    private static final java.util.regex.Pattern ID_BREAKERS = java.util.regex.Pattern.compile("[\\s\\p{Cntrl}\\p{Z}]+",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** Cuts text to at most {@code max} chars without splitting a surrogate pair. */
    private static String truncated(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? truncated(text, 80) + "..." : text;
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
        String rid = o.first("RECURRENCE-ID").map(r -> ID_BREAKERS.matcher(r.value.strip()).replaceAll("-"))
                .orElse("override");
        return claim(e, truncated(e.id(), MAX_ID - rid.length() - 1) + "-" + rid, o.line, false);
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
                id = truncated(wanted, MAX_ID - suffix.length()) + suffix;
            } while (claimedIds.putIfAbsent(id, line) != null);
            nextSuffix.put(wanted, n);
            warnings.add(line, "UID", ReadWarning.Code.STRUCTURE, "the id " + abbreviated(wanted) + " is already"
                    + " used by the VEVENT on line " + first + "; this event is read as " + id);
        }
        Event.Builder b = Event.builder().from(e).id(id);
        if (renameUid && e.uid().isPresent()) {
            b.uid(e.uid().get() + suffix);
        }
        return b.build();
    }

    private String derivedId(Component v, ContentLine dtstart) {
        // Stable, never random: the same event in the next poll gets the same id.
        String basis = dtstart.value + "\n" + v.first("SUMMARY").map(s -> s.value).orElse("");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            String id = "no-uid-" + HexFormat.of().formatHex(hash, 0, 8);
            warnings.add(v.line, "UID", ReadWarning.Code.MISSING_PROPERTY, "no UID; the id " + id
                    + " was derived from DTSTART and SUMMARY");
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private Instant lastModified(Component v) {
        Optional<Instant> precise = v.first(NightOutFields.LAST_MODIFIED).flatMap(p -> {
            try {
                return Optional.of(Instant.parse(p.value));
            } catch (DateTimeException e) {
                ctx.invalid(p, "an instant such as 2021-08-04T15:30:00.5Z");
                return Optional.empty();
            }
        });
        if (precise.isPresent()) {
            return precise.get();
        }
        for (String name : List.of("LAST-MODIFIED", "DTSTAMP", "CREATED")) {
            Optional<ContentLine> p = v.first(name);
            if (p.isPresent()) {
                Optional<Instant> t = ctx.utc(p.get());
                if (t.isPresent()) {
                    return t.get();
                }
            }
        }
        warnings.add(v.line, "DTSTAMP", ReadWarning.Code.MISSING_PROPERTY,
                "no LAST-MODIFIED, DTSTAMP or CREATED; the last change is taken as 1970-01-01T00:00:00Z");
        return Instant.EPOCH;
    }

    private EventStatus status(Component v, EventTime time) {
        Optional<String> reason = v.first(NightOutFields.STATUS_REASON).map(r -> ctx.line(r, r.text()))
                .filter(r -> !r.isBlank());
        String detail = v.first(NightOutFields.STATUS).map(s -> s.value.strip().toUpperCase(Locale.ROOT)).orElse("");
        String standard = v.first("STATUS").map(s -> s.value.strip().toUpperCase(Locale.ROOT)).orElse("");
        if (detail.equals("POSTPONED")) {
            return reason.map(EventStatus::postponed).orElseGet(EventStatus::postponed);
        }
        if (detail.equals("RESCHEDULED")) {
            Optional<EventTime> previous = v.first(NightOutFields.PREVIOUS_START)
                    .flatMap(p -> spanFrom(v, ctx.time(p, p.value), v.first(NightOutFields.PREVIOUS_END)));
            if (previous.isPresent() && !previous.get().equals(time)) {
                return reason.map(r -> EventStatus.rescheduled(previous.get(), r))
                        .orElseGet(() -> EventStatus.rescheduled(previous.get()));
            }
            warnings.add(v.line, NightOutFields.STATUS, ReadWarning.Code.INVALID_VALUE,
                    "RESCHEDULED without a usable " + NightOutFields.PREVIOUS_START + "; read as confirmed");
            return EventStatus.confirmed();
        }
        switch (standard) {
            case "CANCELLED":
                return reason.map(EventStatus::cancelled).orElseGet(EventStatus::cancelled);
            case "CONFIRMED":
                return EventStatus.confirmed();
            case "TENTATIVE":
                return EventStatus.tentative();
            case "":
                return EventStatus.scheduled();
            default:
                warnings.add(v.first("STATUS").get().line, "STATUS", ReadWarning.Code.INVALID_VALUE, "\"" + standard
                        + "\" is no VEVENT status (TENTATIVE, CONFIRMED, CANCELLED); read as scheduled");
                return EventStatus.scheduled();
        }
    }

    /** Reads the X-NIGHTOUT-* properties our writer adds. */
    private void nightOutFields(Component v, Event.Builder b) {
        Optional<Community> community = Optional.empty();
        for (ContentLine p : v.properties) {
            if (p.name.equals(NightOutFields.COMMUNITY)) {
                community = ctx.nested(p, () -> NightOutFields.community(p.text(), "X-", NightOutFields.of(p)));
                community.ifPresent(b::community);
            }
        }
        Optional<Community> eventCommunity = community;
        for (ContentLine p : v.properties) {
            NightOutFields.Params params = NightOutFields.of(p);
            switch (p.name) {
                case NightOutFields.CAMPAIGN -> ctx.nested(p, () -> NightOutFields.campaign(p.text(), params))
                        .ifPresent(b::campaign);
                case NightOutFields.HOST -> ctx.nested(p, () -> NightOutFields.agency(p.text(), params, eventCommunity))
                        .ifPresent(b::addHosts);
                case NightOutFields.VENUE -> ctx.nested(p, () -> NightOutFields.venue(p.text(), params)).ifPresent(b::venue);
                case NightOutFields.PARTICIPANT -> ctx.nested(p, () -> participant(p, params, eventCommunity))
                        .ifPresent(b::addParticipants);
                case NightOutFields.AUDIENCE -> {
                    for (String a : NightOutFields.split(p.value)) {
                        ctx.nested(p, () -> Audience.valueOf(a)).ifPresent(b::addAudiences);
                    }
                }
                case NightOutFields.FIRST_EVENT -> b.firstEvent(p.value.strip().equalsIgnoreCase("TRUE"));
                case NightOutFields.HOSTING_SINCE -> ctx.year(p).ifPresent(b::hostingSince);
                case NightOutFields.EXPECTED_ATTENDANCE -> ctx.integer(p).ifPresent(b::expectedAttendance);
                case NightOutFields.RAIN_DATE -> ctx.time(p, p.value).map(EventTime::startDate).ifPresent(b::rainDate);
                case NightOutFields.COVERAGE -> ctx.nested(p, () -> {
                    NewsLink.Builder n = NewsLink.builder().url(new URI(p.value.strip()));
                    params.get("X-TITLE").ifPresent(n::title);
                    params.get("X-OUTLET").ifPresent(n::outlet);
                    params.get("X-PUBLISHED").ifPresent(d -> n.published(ReadContext.date(d)));
                    return n.build();
                }).ifPresent(b::addCoverage);
                default -> {
                }
            }
        }
    }

    private static Participant participant(ContentLine p, NightOutFields.Params params, Optional<Community> community) {
        ParticipantRole role = ParticipantRole.valueOf(params.get("X-ROLE").orElse(""));
        String party = params.get("X-PARTY").orElse("");
        return switch (party) {
            case "PERSON" -> Participant.of(role, NightOutFields.person(p.text(), params));
            case "AGENCY" -> Participant.of(role, NightOutFields.agency(p.text(), params, community));
            case "ORGANIZATION" -> Participant.of(role, NightOutFields.organization(p.text(), params));
            default -> throw new IllegalArgumentException("X-PARTY must be PERSON, AGENCY or ORGANIZATION, was \""
                    + party + "\"");
        };
    }

    /** What other writers put where we put X-NIGHTOUT-* fields: LOCATION, GEO, ORGANIZER, CONTACT, Apple's place. */
    private boolean foreignFields(Component v, Event.Builder b) {
        // Apple writes the place and its address on separate lines of LOCATION: one line, joined by commas.
        Optional<String> location = v.first("LOCATION")
                .map(l -> ctx.line(l, l.text().strip().replaceAll("\\s*\\R\\s*", ", "))).filter(l -> !l.isBlank());
        Optional<GeoPoint> geo = v.first("GEO").flatMap(this::geo)
                .or(() -> v.first("X-APPLE-STRUCTURED-LOCATION").flatMap(this::appleGeo));
        Optional<String> place = location.or(() -> v.children.stream().filter(c -> c.name.equals("VLOCATION"))
                .findFirst().flatMap(c -> c.first("NAME")).map(n -> ctx.line(n, n.text())))
                .or(() -> v.first("X-APPLE-STRUCTURED-LOCATION").flatMap(a -> a.param("X-TITLE")));
        boolean placed = false;
        if (place.isPresent() && v.first(NightOutFields.VENUE).isEmpty()) {
            Venue.Builder venue = Venue.builder().name(place.get());
            geo.ifPresent(venue::geo);
            Optional<Venue> built = ctx.nested(v.first("LOCATION").orElse(v.properties.get(0)), venue::build);
            built.ifPresent(b::venue);
            placed = built.isPresent();
        }
        for (ContentLine c : ReadContext.lines(v, "CONTACT")) {
            String who = ctx.line(c, c.text());
            if (!who.isBlank()) {
                ctx.nested(c, () -> Participant.of(ParticipantRole.CONTACT, Person.of(who))).ifPresent(b::addParticipants);
            }
        }
        return placed;
    }

    /** An ORGANIZER as the event's organizer: its address, and its CN as the name. */
    private Optional<Organizer> organizer(ContentLine o) {
        Optional<URI> address = ctx.uri(o);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = o.param("CN").map(n -> ctx.line(o, n)).filter(n -> !n.isBlank());
        return ctx.nested(o, () -> name.map(n -> Organizer.of(n, address.get())).orElseGet(() -> Organizer.of(
                address.get())));
    }

    /**
     * The components inside a VEVENT that the model has no field for (VALARM, and another writer's RFC 9073
     * VLOCATION and PARTICIPANT), kept as they were read; our own VLOCATION and PARTICIPANT come from fields.
     */
    private List<ExtensionComponent> components(Component v) {
        List<ExtensionComponent> kept = new ArrayList<>();
        for (Component child : v.children) {
            if (ctx.ours && (child.name.equals("VLOCATION") || child.name.equals("PARTICIPANT"))) {
                continue;
            }
            List<ExtensionProperty> properties = new ArrayList<>(child.properties.size());
            for (ContentLine p : child.properties) {
                extension(p).ifPresent(properties::add);
            }
            List<ExtensionComponent> nested = components(child);
            try {
                kept.add(new ExtensionComponent(child.name, properties, nested));
            } catch (ValidationException e) {
                warnings.add(child.line, child.name, ReadWarning.Code.INVALID_VALUE, e.getMessage()
                        + "; the component is skipped");
            }
        }
        return kept;
    }

    private Optional<ExtensionProperty> extension(ContentLine p) {
        List<ExtensionProperty.Parameter> params = new ArrayList<>(p.params.size());
        for (String[] param : p.params) {
            params.add(ExtensionProperty.Parameter.of(param[0], ReadContext.stripControls(param[1]).replace('\n', ' ')));
        }
        return ctx.nested(p, () -> new ExtensionProperty(p.name, params, p.value));
    }

    /**
     * The properties the model has no field for, kept as read. Another writer's LOCATION and GEO are kept only where
     * no venue could be made of them (a GEO without a place, say), so that nothing is lost.
     */
    private List<ExtensionProperty> extensions(Component v, boolean keepRecurrence, boolean placed) {
        List<ExtensionProperty> kept = new ArrayList<>();
        // In our own feeds LOCATION and GEO come from the venue or community, unless the event had none to give them.
        boolean derivedGeo = ctx.ours && v.first(NightOutFields.VENUE).flatMap(l -> l.param("X-LATITUDE")).isPresent();
        boolean derivedLocation = ctx.ours && (v.first(NightOutFields.VENUE).isPresent()
                || v.first(NightOutFields.COMMUNITY).isPresent());
        for (ContentLine p : v.properties) {
            boolean recurrence = RECURRENCE.contains(p.name);
            if (ctx.ours && (p.name.equals("GEO") && !derivedGeo || p.name.equals("LOCATION") && !derivedLocation)) {
                extension(p).ifPresent(kept::add);
                continue;
            }
            if (recurrence ? !keepRecurrence
                    : MAPPED.contains(p.name) || p.name.startsWith("X-NIGHTOUT-") || ctx.ours && DERIVED.contains(p.name)
                            || !ctx.ours && (placed && (p.name.equals("LOCATION") || p.name.equals("GEO"))
                                    || p.name.equals("ORGANIZER") || p.name.equals("CONTACT"))) {
                continue;
            }
            extension(p).ifPresent(kept::add);
        }
        return kept;
    }

    // ---- values ----

    private Optional<EventTime> eventTime(Component v, ContentLine dtstart) {
        Optional<EventTime> start = ctx.time(dtstart, dtstart.value);
        if (start.isEmpty()) {
            warnings.add(dtstart.line, "VEVENT", ReadWarning.Code.INVALID_EVENT, "DTSTART cannot be read; the event"
                    + " is skipped");
            return Optional.empty();
        }
        Optional<ContentLine> dtend = v.first("DTEND");
        if (dtend.isEmpty() && v.first("DURATION").isPresent()) {
            return Optional.of(withDuration(start.get(), v.first("DURATION").get()));
        }
        return spanFrom(v, start, dtend);
    }

    /** A start and an optional end line as one time; an end that cannot be used is reported and dropped. */
    private Optional<EventTime> spanFrom(Component v, Optional<EventTime> start, Optional<ContentLine> endLine) {
        if (start.isEmpty() || endLine.isEmpty()) {
            return start;
        }
        Optional<EventTime> end = ctx.time(endLine.get(), endLine.get().value);
        if (end.isEmpty()) {
            return start;
        }
        try {
            if (start.get() instanceof EventTime.AllDay s && end.get() instanceof EventTime.AllDay e) {
                LocalDate last = e.first().minusDays(1);
                return Optional.of(last.isBefore(s.first()) ? s : EventTime.allDay(s.first(), last));
            }
            if (start.get() instanceof EventTime.Timed s && end.get() instanceof EventTime.Timed e) {
                return Optional.of(EventTime.of(s.start(), e.start()));
            }
            warnings.add(endLine.get().line, endLine.get().name, ReadWarning.Code.INVALID_VALUE,
                    "end is not of the same kind (date or date-time) as the start; the end is dropped");
        } catch (ValidationException e) {
            warnings.add(endLine.get().line, endLine.get().name, ReadWarning.Code.INVALID_VALUE,
                    "end " + endLine.get().value + " is not after the start; the end is dropped");
        }
        return start;
    }

    private EventTime withDuration(EventTime start, ContentLine duration) {
        Optional<Duration> d = duration(duration.value);
        if (d.isEmpty() || d.get().isNegative()) {
            ctx.invalid(duration, "a positive duration such as PT3H or P1D");
            return start;
        }
        try {
            EventTime end;
            if (start instanceof EventTime.AllDay s) {
                long days = Math.max(1, d.get().toDays());
                end = EventTime.allDay(s.first(), s.first().plusDays(days - 1));
            } else {
                EventTime.Timed s = (EventTime.Timed) start;
                end = d.get().isZero() ? s : EventTime.of(s.start(), s.start().plus(d.get()));
            }
            // An iCalendar date has four digits: an end after 9999 could never be written again.
            LocalDate written = end instanceof EventTime.AllDay a ? a.endExclusive()
                    : ((EventTime.Timed) end).end().orElse(((EventTime.Timed) end).start()).toLocalDate();
            if (written.getYear() > ReadContext.LAST_YEAR) {
                throw new DateTimeException("ends after " + ReadContext.LAST_YEAR);
            }
            return end;
        } catch (ValidationException | DateTimeException | ArithmeticException e) {
            ctx.invalid(duration, "a duration that ends after the start, within the years iCalendar can write");
            return start;
        }
    }

    private static Optional<Duration> duration(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        boolean negative = t.startsWith("-");
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        try {
            Duration d;
            if (t.matches("P\\d+W")) {
                d = Duration.ofDays(7L * Long.parseLong(t.substring(1, t.length() - 1)));
            } else {
                d = Duration.parse(t);
            }
            return Optional.of(negative ? d.negated() : d);
        } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
            // Duration.parse reports numbers too large for a Duration as an ArithmeticException.
            return Optional.empty();
        }
    }

    private Optional<GeoPoint> geo(ContentLine p) {
        String[] parts = p.value.split("[;,]");
        return parts.length == 2 ? point(p, parts[0], parts[1]) : invalidGeo(p);
    }

    private Optional<GeoPoint> appleGeo(ContentLine p) {
        String v = p.value.strip();
        if (!v.regionMatches(true, 0, "geo:", 0, 4)) {
            return Optional.empty();
        }
        String[] parts = v.substring(4).split("[,;]");
        return parts.length >= 2 ? point(p, parts[0], parts[1]) : invalidGeo(p);
    }

    private Optional<GeoPoint> point(ContentLine p, String lat, String lon) {
        try {
            return Optional.of(GeoPoint.of(Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip())));
        } catch (NumberFormatException | ValidationException e) {
            return invalidGeo(p);
        }
    }

    private Optional<GeoPoint> invalidGeo(ContentLine p) {
        ctx.invalid(p, "latitude;longitude in degrees, such as 44.81;-91.50");
        return Optional.empty();
    }

    /** A yearly RRULE on the nth weekday of a month, the one recurrence the model has. */
    private static final class YearlyRule {
        private static final int LAST_ICALENDAR_YEAR = 9999;

        final DateRule rule;
        final Optional<String> until;
        final Optional<Integer> count;

        private YearlyRule(DateRule rule, Optional<String> until, Optional<Integer> count) {
            this.rule = rule;
            this.until = until;
            this.count = count;
        }

        static Optional<YearlyRule> parse(String rrule) {
            Map<String, String> parts = new HashMap<>();
            for (String part : rrule.strip().toUpperCase(Locale.ROOT).split(";")) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    return Optional.empty();
                }
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
            if (!"YEARLY".equals(parts.remove("FREQ")) || !"1".equals(parts.getOrDefault("INTERVAL", "1"))) {
                return Optional.empty();
            }
            parts.remove("INTERVAL");
            parts.remove("WKST");
            String month = parts.remove("BYMONTH");
            String byday = parts.remove("BYDAY");
            String until = parts.remove("UNTIL");
            String count = parts.remove("COUNT");
            if (!parts.isEmpty() || month == null || byday == null || !byday.matches("[+-]?[1-4]?[0-9]?(MO|TU|WE|TH|FR|SA|SU)")) {
                return Optional.empty();
            }
            try {
                int ordinal = Integer.parseInt(byday.substring(0, byday.length() - 2).replace("+", ""));
                DayOfWeek day = dayOf(byday.substring(byday.length() - 2));
                if (until != null) {
                    // Checked here, so that lastYear cannot fail on it later.
                    if (until.length() == 8) {
                        ReadContext.date(until);
                    } else {
                        ReadContext.localDateTime(until.endsWith("Z") ? until.substring(0, until.length() - 1) : until);
                    }
                }
                return Optional.of(new YearlyRule(DateRule.of(ordinal, day, Month.of(Integer.parseInt(month))),
                        Optional.ofNullable(until), Optional.ofNullable(count).map(Integer::parseInt)));
            } catch (IllegalArgumentException | DateTimeException e) {
                return Optional.empty();
            }
        }

        private static DayOfWeek dayOf(String two) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(two)) {
                    return d;
                }
            }
            throw new IllegalArgumentException(two);
        }

        /**
         * The last year the rule gives an occurrence in, from UNTIL or COUNT. A COUNT that reaches past the year 9999,
         * the last an iCalendar date can name, is read as no end: nothing could tell the two apart, and a writer
         * would otherwise have to describe time zones for a billion years.
         */
        Optional<Integer> lastYear(Event first) {
            int firstYear = first.time().startDate().getYear();
            if (count.isPresent()) {
                long last = (long) firstYear + count.get() - 1;
                return last > LAST_ICALENDAR_YEAR ? Optional.empty() : Optional.of((int) last);
            }
            if (until.isEmpty()) {
                return Optional.empty();
            }
            String u = until.get();
            int year = Integer.parseInt(u.substring(0, 4));
            EventTime occurrence = first.time().movedTo(rule.dateIn(year));
            boolean after;
            if (occurrence instanceof EventTime.Timed t && u.length() > 8) {
                boolean utc = u.endsWith("Z");
                LocalDateTime local = ReadContext.localDateTime(utc ? u.substring(0, u.length() - 1) : u);
                Instant limit = utc ? local.toInstant(ZoneOffset.UTC) : local.atZone(t.start().getZone()).toInstant();
                after = t.start().toInstant().isAfter(limit);
            } else {
                after = occurrence.startDate().isAfter(ReadContext.date(u.substring(0, 8)));
            }
            return Optional.of(after ? year - 1 : year);
        }
    }
}
