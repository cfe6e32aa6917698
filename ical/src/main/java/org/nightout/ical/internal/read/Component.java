package org.nightout.ical.internal.read;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nightout.ical.ICalendarWriter;
import org.nightout.ical.internal.lines.ContentLine;

/** A component as read: its name, first line, properties and children. */
public final class Component {
    public final String name;
    public final int line;
    public final List<ContentLine> properties = new ArrayList<>();
    public final List<Component> children = new ArrayList<>();
    /** For a VEVENT, the zone its VCALENDAR gives floating times, or null for none. */
    public ZoneId floating;
    /** For a VEVENT of another writer, the zone its VCALENDAR names in X-WR-TIMEZONE, or null for none. */
    public ZoneId calendarZone;
    /** The line of its END, or of the line where it was closed for want of one. */
    public int endLine;
    /** Whether the VCALENDAR it came from was written by {@link ICalendarWriter}; set when it is complete. */
    public boolean fromOurWriter;

    public Component(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The first property of each name, since the mapper asks for a dozen of them per event. */
    private final java.util.Map<String, ContentLine> firsts = new java.util.HashMap<>();
    /** Whether a property is one of our writer's {@code X-NIGHTOUT-*}, which most components have none of. */
    public boolean hasNightOutFields;

    public void add(ContentLine property) {
        properties.add(property);
        hasNightOutFields |= property.name.startsWith("X-NIGHTOUT-");
        ContentLine first = firsts.putIfAbsent(property.name, property);
        if (first != null) {
            first.repeated = true;
        }
    }

    /** The first property of a name, to look at without reading it. */
    public Optional<ContentLine> first(String property) {
        return Optional.ofNullable(firsts.get(property));
    }

    /** {@link #first}, or null where the component has no property of that name. */
    public ContentLine firstOrNull(String property) {
        return firsts.get(property);
    }

    /**
     * The first property of a name, marked as read together with every other line of that name: the home that
     * reads a property answers for all its lines, so a second DTSTART is not kept to be written again.
     */
    public Optional<ContentLine> take(String property) {
        return Optional.ofNullable(takeOrNull(property));
    }

    /** {@link #take}, or null where the component has no property of that name. */
    public ContentLine takeOrNull(String property) {
        ContentLine first = firsts.get(property);
        if (first == null) {
            return null;
        }
        if (first.repeated) {
            takeAll(property);
        }
        first.used = true;
        return first;
    }

    /** Every property of a name, in order, to look at without reading them. */
    public List<ContentLine> all(String property) {
        ContentLine first = firsts.get(property);
        if (first == null || !first.repeated) {
            return first == null ? List.of() : List.of(first);
        }
        List<ContentLine> all = new ArrayList<>();
        for (ContentLine p : properties) {
            if (p.name.equals(property)) {
                all.add(p);
            }
        }
        return all;
    }

    /** Every property of a name, in order, each marked as read. */
    public List<ContentLine> takeAll(String property) {
        List<ContentLine> all = all(property);
        all.forEach(p -> p.used = true);
        return all;
    }
}
