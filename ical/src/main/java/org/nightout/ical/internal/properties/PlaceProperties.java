package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nightout.core.Community;
import org.nightout.core.Event;
import org.nightout.core.GeoPoint;
import org.nightout.core.ValidationException;
import org.nightout.core.Venue;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.lines.Formats;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.EventMapper;
import org.nightout.ical.internal.read.ReadContext;

/**
 * LOCATION, GEO, Apple's X-APPLE-STRUCTURED-LOCATION and RFC 9073's VLOCATION: where an event is.
 */
public final class PlaceProperties {
    /** The properties the writer writes from {@link Event#venue()} and {@link Event#community()}. */
    public static final Set<String> WRITES = Set.of("LOCATION", "GEO");
    /** Apple's structured location, which Apple Maps needs to show a pin; written where the venue has coordinates. */
    public static final String APPLE_LOCATION = "X-APPLE-STRUCTURED-LOCATION";
    /** A line break with the white space around it, where Apple's LOCATION lines are joined. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private PlaceProperties() {
    }

    /**
     * Reads where the event is. Our own feeds carry the venue in {@code X-NIGHTOUT-VENUE} and LOCATION and GEO are
     * derived from it (or from the community); another writer's LOCATION, GEO, Apple's structured location or a
     * VLOCATION's name become the venue. LOCATION and GEO that give no venue (a GEO without a place) stay unread, and
     * so are kept. A public feed of ours has no {@code X-NIGHTOUT-*} fields, so its LOCATION is read as another
     * writer's.
     */
    public static void read(ReadContext ctx, Component v, Event.Builder b) {
        // Lines looked up as null or not, without Optional chains: see EventMapper on lambdas per event.
        ContentLine ourVenue = v.firstOrNull(NightOutFields.VENUE);
        if (ctx.ours && (ourVenue != null || v.firstOrNull(NightOutFields.COMMUNITY) != null)) {
            if (ourVenue != null && ourVenue.param("X-LATITUDE").isPresent()) {
                v.take("GEO");
                v.take(APPLE_LOCATION);
            }
            v.take("LOCATION");
            return;
        }
        // Apple writes the place and its address on separate lines of LOCATION: one line, joined by commas.
        ContentLine locationLine = v.firstOrNull("LOCATION");
        String location = locationLine == null ? null : oneLine(ctx, locationLine);
        ContentLine geoLine = v.firstOrNull("GEO");
        ContentLine apple = v.firstOrNull(APPLE_LOCATION);
        Optional<GeoPoint> geo = geoLine == null ? Optional.empty() : geo(ctx, geoLine);
        if (geo.isEmpty() && apple != null) {
            geo = appleGeo(ctx, apple);
        }
        String place = location != null && !location.isBlank() ? location : otherPlace(ctx, v, apple);
        if (place != null && ourVenue == null) {
            Venue venue;
            try {
                venue = Venue.builder().name(place).geo(geo).build();
            } catch (IllegalArgumentException e) {
                // A ValidationException: what Venue's checks throw, and all they throw.
                ctx.skipped(locationLine != null ? locationLine : v.properties.get(0), e);
                return;
            }
            b.venue(venue);
            v.take("LOCATION");
            v.take("GEO");
            if (ctx.ours) {
                // Ours is derived from the venue; another writer's (Apple's) keeps what it has beyond it.
                v.take(APPLE_LOCATION);
            }
        }
    }

    /** The name of the first VLOCATION, or else Apple's X-TITLE: where an event without a LOCATION is; or null. */
    private static String otherPlace(ReadContext ctx, Component v, ContentLine apple) {
        for (Component c : v.children) {
            if (c.name.equals("VLOCATION")) {
                ContentLine name = c.firstOrNull("NAME");
                if (name != null) {
                    return ctx.line(name);
                }
                break;
            }
        }
        return apple == null ? null : apple.param("X-TITLE").orElse(null);
    }
    /** The text of LOCATION as one line: Apple's place and address lines joined by commas. */
    private static String oneLine(ReadContext ctx, ContentLine location) {
        String text = location.text().strip();
        // \R matches control characters and the Unicode line and paragraph separators; text with none of them has
        // no line to join and nothing for ctx.line to replace.
        if (!location.textHasControls() && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return text;
        }
        return ctx.line(location, LINE_BREAK.matcher(text).replaceAll(", "));
    }

    public static Optional<GeoPoint> geo(ReadContext ctx, ContentLine p) {
        String[] parts = p.value.split("[;,]");
        return parts.length == 2 ? point(ctx, p, parts[0], parts[1]) : invalidGeo(ctx, p);
    }
    public static Optional<GeoPoint> appleGeo(ReadContext ctx, ContentLine p) {
        String v = p.value.strip();
        if (!v.regionMatches(true, 0, "geo:", 0, 4)) {
            return Optional.empty();
        }
        String[] parts = v.substring(4).split("[,;]");
        return parts.length >= 2 ? point(ctx, p, parts[0], parts[1]) : invalidGeo(ctx, p);
    }
    public static Optional<GeoPoint> point(ReadContext ctx, ContentLine p, String lat, String lon) {
        try {
            return Optional.of(GeoPoint.of(Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip())));
        } catch (NumberFormatException | ValidationException e) {
            return invalidGeo(ctx, p);
        }
    }
    public static Optional<GeoPoint> invalidGeo(ReadContext ctx, ContentLine p) {
        ctx.invalid(p, "latitude;longitude in degrees, such as 44.81;-91.50");
        return Optional.empty();
    }

    public static Optional<String> location(Event e) {
        if (e.venue().isPresent()) {
            Venue v = e.venue().get();
            // No lambda that captures: this runs for every event written (see EventMapper).
            String where = v.address().isPresent() ? v.address().get().oneLine()
                    : e.community().isPresent() ? e.community().get().displayName() : null;
            // A venue named by its street (a private residence in public, see Venue.publicForm) names it once.
            boolean named = where != null && where.regionMatches(true, 0, v.name(), 0, v.name().length())
                    && (where.length() == v.name().length() || where.charAt(v.name().length()) == ',');
            return Optional.of(where == null ? v.name() : named ? where : v.name() + ", " + where);
        }
        return e.community().map(Community::displayName);
    }
    public static void writeLocation(ContentLines out, String eventUid, Venue v) throws IOException {
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

    /** Writes LOCATION (the venue with its address, or the community) and GEO in plain decimals. */
    public static void write(ContentLines out, Event e) throws IOException {
        Optional<String> location = location(e);
        if (location.isPresent()) {
            out.name("LOCATION").text(location.get());
        }
        if (e.venue().flatMap(Venue::geo).isPresent()) {
            GeoPoint geo = e.venue().get().geo().get();
            String lat = Formats.decimal(geo.latitude());
            String lon = Formats.decimal(geo.longitude());
            out.name("GEO").value(lat + ";" + lon);
            if (e.extensions().stream().noneMatch(x -> x.name().equals(APPLE_LOCATION))) {
                // As Apple Calendar writes it: the place's title, its address, and a geo: URI; LOCATION says the same.
                Venue v = e.venue().get();
                out.name(APPLE_LOCATION).param("VALUE", "URI")
                        .param("X-ADDRESS", location.get().equals(v.name()) ? v.name()
                                : location.get().substring(v.name().length() + 2))
                        .param("X-APPLE-RADIUS", "70").param("X-TITLE", v.name())
                        .value("geo:" + lat + "," + lon);
            }
        }
    }
}
