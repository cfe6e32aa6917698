package org.nightout.ical.internal.zones;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.Warnings;

/**
 * The TZIDs of one read and the times read in them: the read side's one home for date-times and zones.
 *
 * <p>A TZID resolves, first that applies:
 * <ol>
 * <li>By its name alone: an IANA id as written, also behind a leading "/" or a vendor prefix such as
 * {@code /mozilla.org/20050126_1/America/Boise} (the longest trailing IANA id), a Windows name ({@code Central
 * Standard Time}) or an Outlook display name ({@code (UTC-06:00) Central Time (US & Canada)}). Quotes and backslash
 * escapes around and in the name are ignored. A name needs no VTIMEZONE and wins over one, so that where a
 * VTIMEZONE stands in the document cannot change what a name means.
 * <li>By its VTIMEZONE, wherever in the document it stands, evaluated with all its observances ({@link
 * CustomZone}). For each year a time falls in, the rules are compared with IANA zones: X-LIC-LOCATION, the TZID in
 * other letter case, the zones Windows names stand for, then every zone. The first with the same offset and the same
 * transitions that year is used, so the event keeps a real zone; where none matches, the time keeps its exact
 * instant at the fixed offset the rules give, with one {@link ReadWarning.Code#CUSTOM_TIME_ZONE} warning per TZID.
 * <li>Without either, once the document can no longer define it: the TZID as an IANA id in other letter case, else
 * the reader's zone for floating times, with one {@link ReadWarning.Code#UNKNOWN_TIME_ZONE} warning per TZID.
 * </ol>
 *
 * <p>Names are resolved once per TZID string, since every timed property of every event asks. What a VTIMEZONE
 * gives is kept per TZID and year. Nothing is kept for a TZID that is neither a name nor defined yet: its VTIMEZONE
 * may still come.
 *
 * <p>Not thread-safe: one instance belongs to one read.
 */
public final class TimeZones {
    private static final Set<String> IANA_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final Map<String, String> IANA_BY_LOWER_CASE = lowerCaseIds();
    /** How far beyond a year its transitions are compared, for local times near New Year at a large offset. */
    private static final Duration YEAR_MARGIN = Duration.ofDays(2);

    /**
     * The most comparisons of a VTIMEZONE's year with every IANA zone in one read (each some 600 zones): enough for
     * dozens of zones over dozens of years; after them, only the zones the block names are tried.
     */
    static final int MAX_FULL_SCANS = 256;

    private final Warnings warnings;
    private final ZoneId unknownZone;
    private final Map<String, Optional<ZoneId>> named = new HashMap<>();
    /** The last TZID looked up by name, and its zone: an event asks for the same one four times or so in a row. */
    private String lastTzid;
    private Optional<ZoneId> lastNamed;
    private final Map<String, Definition> definitions = new HashMap<>();
    private final Set<String> warned = new HashSet<>();
    /** How often this read has compared a VTIMEZONE's year with every IANA zone. */
    private int fullScans;

    public TimeZones(Warnings warnings, ZoneId unknownZone) {
        this.warnings = warnings;
        this.unknownZone = unknownZone;
    }

    /**
     * Takes a complete VTIMEZONE; a later one with the same TZID replaces it. Returns the key its TZID is known by,
     * or empty for a VTIMEZONE without TZID.
     */
    public Optional<String> define(Component vtimezone) {
        Optional<ContentLine> tzid = vtimezone.first("TZID");
        if (tzid.isEmpty()) {
            return Optional.empty();
        }
        String key = key(tzid.get().value);
        definitions.put(key, new Definition(key, vtimezone));
        return Optional.of(key);
    }

    /**
     * Returns the key of the first TZID in a component's properties that is neither a name nor defined yet, or
     * empty when every time in it can be read now.
     */
    public Optional<String> undefined(Component c) {
        for (ContentLine p : c.properties) {
            Optional<String> tzid = p.param("TZID");
            if (tzid.isPresent() && named(tzid.get()).isEmpty()) {
                String key = key(tzid.get());
                if (!definitions.containsKey(key)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    /** Reads a local time in the zone a TZID names; {@code p} is the property it stands in, for warnings. */
    public ZonedDateTime at(LocalDateTime local, String tzid, ContentLine p) {
        Optional<ZoneId> zone = named(tzid);
        if (zone.isPresent()) {
            return ZonedDateTime.ofLocal(local, zone.get(), null);
        }
        String key = key(tzid);
        Definition d = definitions.get(key);
        if (d != null) {
            Optional<ZonedDateTime> t = d.at(local);
            if (t.isPresent()) {
                return t.get();
            }
        }
        Optional<ZoneId> guess = ignoringCase(key);
        if (guess.isPresent()) {
            return ZonedDateTime.ofLocal(local, guess.get(), null);
        }
        warnOnce(key, p.line, p.name, ReadWarning.Code.UNKNOWN_TIME_ZONE, "TZID \"" + tzid + "\" names no known"
                + " time zone" + (d == null ? " and no VTIMEZONE defines it" : " and its VTIMEZONE has no usable"
                + " observance") + "; read in " + unknownZone.getId());
        return ZonedDateTime.ofLocal(local, unknownZone, null);
    }

    /**
     * The rules of the VTIMEZONE that alone defines a TZID: empty where a name decides the zone (a name wins over a
     * VTIMEZONE), where none defines it, or where it has no usable observance.
     */
    public Optional<CustomZone> definitionOnly(String tzid) {
        if (named(tzid).isPresent()) {
            return Optional.empty();
        }
        Definition d = definitions.get(key(tzid));
        return d == null ? Optional.empty() : d.rules();
    }

    private Optional<ZoneId> named(String tzid) {
        if (tzid.equals(lastTzid)) {
            return lastNamed;
        }
        Optional<ZoneId> zone = named.get(tzid);
        if (zone == null) {
            zone = byName(key(tzid));
            named.put(tzid, zone);
        }
        lastTzid = tzid;
        lastNamed = zone;
        return zone;
    }

    private void warnOnce(String key, int line, String property, ReadWarning.Code code, String message) {
        if (warned.add(key)) {
            warnings.add(line, property, code, message);
        }
    }

    /**
     * The TZID as written without the quotes and backslash escapes some writers leave in it: a TZID property is TEXT,
     * so Exchange escapes its commas there, and some writers escape them in the parameter too.
     */
    public static String key(String tzid) {
        String t = tzid.strip();
        if (t.length() > 1 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.indexOf('\\') >= 0) {
            StringBuilder b = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\\' && i + 1 < t.length()) {
                    c = t.charAt(++i);
                }
                b.append(c);
            }
            t = b.toString();
        }
        return t.strip();
    }

    /** The zone a TZID names without any VTIMEZONE. */
    public static Optional<ZoneId> byName(String id) {
        Optional<ZoneId> zone = iana(id);
        if (zone.isPresent()) {
            return zone;
        }
        String path = trimSlashes(id);
        zone = iana(path).or(() -> WindowsZones.lookup(id)).or(() -> WindowsZones.lookupDisplayName(id));
        if (zone.isPresent()) {
            return zone;
        }
        // RFC 5545 3.2.19: a TZID starting with "/" is globally unique; writers put their name and a version of
        // their zone data in front of the IANA id, sometimes with more than one path segment.
        int firstSlash = path.indexOf('/');
        if (id.startsWith("/") || firstSlash > 0 && path.substring(0, firstSlash).contains(".")) {
            return trailingIana(path);
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> trailingIana(String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            Optional<ZoneId> zone = iana(path.substring(slash + 1));
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }

    /** An IANA id exactly as written, or an offset in a form java.time reads ("+05:00", "UTC-3"). */
    private static Optional<ZoneId> iana(String id) {
        if (IANA_IDS.contains(id)) {
            return Optional.of(ZoneId.of(id));
        }
        if (id.isEmpty() || !(id.charAt(0) == '+' || id.charAt(0) == '-' || id.equals("Z") || id.startsWith("UTC")
                || id.startsWith("GMT") || id.startsWith("UT"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> ignoringCase(String id) {
        return Optional.ofNullable(IANA_BY_LOWER_CASE.get(trimSlashes(id).toLowerCase(Locale.ROOT))).map(ZoneId::of);
    }

    private static String trimSlashes(String id) {
        int from = 0;
        int to = id.length();
        while (from < to && id.charAt(from) == '/') {
            from++;
        }
        while (to > from && id.charAt(to - 1) == '/') {
            to--;
        }
        return id.substring(from, to);
    }

    /** A VTIMEZONE as given, evaluated when a time in it is first read, and what it matches in each year. */
    private final class Definition {
        final String key;
        final Component block;
        Optional<CustomZone> rules;
        final Map<Integer, Optional<ZoneId>> matches = new HashMap<>();

        Definition(String key, Component block) {
            this.key = key;
            this.block = block;
        }

        Optional<CustomZone> rules() {
            if (rules == null) {
                rules = CustomZone.of(block, problem -> warnings.add(block.line, "VTIMEZONE",
                        ReadWarning.Code.INVALID_VALUE, "TZID \"" + key + "\": " + problem));
            }
            return rules;
        }

        Optional<ZonedDateTime> at(LocalDateTime local) {
            if (rules().isEmpty()) {
                return Optional.empty();
            }
            CustomZone custom = rules.get();
            int year = local.getYear();
            Optional<ZoneId> match = matches.computeIfAbsent(year, y -> match(custom.rulesAround(y), y));
            if (match.isPresent()) {
                return Optional.of(ZonedDateTime.ofLocal(local, match.get(), null));
            }
            ZonedDateTime exact = custom.at(local);
            warnOnce(key, block.line, "VTIMEZONE", ReadWarning.Code.CUSTOM_TIME_ZONE, "the VTIMEZONE of TZID \"" + key
                    + "\" matches no IANA zone in " + year + "; its times keep their instants at the fixed offsets"
                    + " its rules give (" + exact.getOffset().getId() + " on " + local.toLocalDate() + "), so repeats"
                    + " of an event do not follow its daylight saving changes");
            return Optional.of(exact);
        }

        private Optional<ZoneId> match(ZoneRules custom, int year) {
            Set<ZoneId> named = new LinkedHashSet<>();
            block.first("X-LIC-LOCATION").map(l -> key(l.value)).ifPresent(l -> {
                byName(l).ifPresent(named::add);
                ignoringCase(l).ifPresent(named::add);
            });
            ignoringCase(key).ifPresent(named::add);
            trailingIana(trimSlashes(key)).ifPresent(named::add);
            List<ZoneId> candidates = new ArrayList<>(named);
            // Every IANA zone is tried only so many times in one read: a document of many VTIMEZONEs, or of events in
            // many years, cannot make it compare hundreds of zones for each.
            if (fullScans < MAX_FULL_SCANS) {
                fullScans++;
                candidates.addAll(ScanOrder.ZONES);
            }
            for (ZoneId zone : candidates) {
                if (sameIn(custom, zone.getRules(), year)) {
                    return Optional.of(zone);
                }
            }
            return Optional.empty();
        }
    }

    /** Whether two rules give the same offsets and transitions throughout a year. */
    private static boolean sameIn(ZoneRules a, ZoneRules b, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).minus(YEAR_MARGIN);
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).plus(YEAR_MARGIN);
        if (!a.getOffset(from).equals(b.getOffset(from))) {
            return false;
        }
        Instant t = from;
        while (true) {
            ZoneOffsetTransition x = a.nextTransition(t);
            ZoneOffsetTransition y = b.nextTransition(t);
            boolean xIn = x != null && x.getInstant().isBefore(to);
            boolean yIn = y != null && y.getInstant().isBefore(to);
            if (!xIn || !yIn) {
                return xIn == yIn;
            }
            if (!x.getInstant().equals(y.getInstant()) || !x.getOffsetAfter().equals(y.getOffsetAfter())) {
                return false;
            }
            t = x.getInstant();
        }
    }

    private static Map<String, String> lowerCaseIds() {
        Map<String, String> ids = new HashMap<>();
        for (String id : IANA_IDS) {
            ids.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
        }
        return Map.copyOf(ids);
    }

    /**
     * Every IANA zone, the ones Windows names stand for first, then by id: the order candidates are tried in. Held
     * apart so that only a read that needs it loads the rules of every zone.
     */
    private static final class ScanOrder {
        static final List<ZoneId> ZONES = scanOrder();

        private static List<ZoneId> scanOrder() {
            Set<ZoneId> order = new LinkedHashSet<>(WindowsZones.zones());
            IANA_IDS.stream().sorted().map(ZoneId::of).forEach(order::add);
            return List.copyOf(order);
        }
    }
}
