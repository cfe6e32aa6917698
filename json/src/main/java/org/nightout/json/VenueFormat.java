package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Venue;

/** {@link Venue} as {@code {"name": "Carson Park", "address": {...}, "geo": {...}, "url": ..., "privateResidence": true}}; {@code privateResidence} only when true. */
final class VenueFormat extends ObjectFormat<Venue, Venue.Builder> {
    static final VenueFormat INSTANCE = new VenueFormat();

    private VenueFormat() {
        super(Venue.class, Venue::builder, b -> b.build(),
                List.of("name", "address", "geo", "url", "privateResidence"), Set.of());
    }

    @Override
    void writeProperties(Venue value, JsonOutput out) {
        out.text("name", value.name());
        out.object("address", value.address(), PostalAddressFormat.INSTANCE);
        out.object("geo", value.geo(), GeoPointFormat.INSTANCE);
        out.uri("url", value.url());
        if (value.privateResidence()) {
            out.bool("privateResidence", true);
        }
    }

    @Override
    void readProperty(String name, Venue.Builder b, JsonInput in) {
        switch (name) {
            case "name" -> b.name(in.text());
            case "address" -> b.address(in.object(PostalAddressFormat.INSTANCE));
            case "geo" -> b.geo(in.object(GeoPointFormat.INSTANCE));
            case "url" -> b.url(in.uri());
            case "privateResidence" -> b.privateResidence(in.bool());
            default -> throw unhandled(name);
        }
    }
}
