package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.GeoPoint;

/** {@link GeoPoint} as {@code {"latitude": 44.8124, "longitude": -91.5155}}: decimal degrees, WGS 84. */
final class GeoPointFormat extends ObjectFormat<GeoPoint, double[]> {
    static final GeoPointFormat INSTANCE = new GeoPointFormat();

    private GeoPointFormat() {
        super(GeoPoint.class, () -> new double[2], b -> GeoPoint.of(b[0], b[1]),
                List.of("latitude", "longitude"), Set.of("latitude", "longitude"));
    }

    @Override
    void writeProperties(GeoPoint value, JsonOutput out) {
        out.number("latitude", value.latitude());
        out.number("longitude", value.longitude());
    }

    @Override
    void readProperty(String name, double[] b, JsonInput in) {
        switch (name) {
            case "latitude" -> b[0] = in.number();
            case "longitude" -> b[1] = in.number();
            default -> throw unhandled(name);
        }
    }
}
