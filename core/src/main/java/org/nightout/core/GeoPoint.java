package org.nightout.core;

import org.nightout.core.internal.Checks;

/**
 * A point on the WGS 84 globe, in decimal degrees.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param latitude degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

    /**
     * Checks both coordinates.
     *
     * @param latitude degrees north, from -90 to 90
     * @param longitude degrees east, from -180 to 180
     * @throws ValidationException if a coordinate is out of range or not a finite number
     */
    public GeoPoint {
        Checks c = Checks.of("GeoPoint");
        if (!(latitude >= -90 && latitude <= 90)) {
            c.fail("latitude", latitude, "must be between -90 and 90 degrees");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            c.fail("longitude", longitude, "must be between -180 and 180 degrees");
        }
        c.throwIfAny();
        // -0.0 is the same place as 0.0; without this, equals tells them apart and no format keeps the sign.
        latitude += 0.0;
        longitude += 0.0;
    }

    /**
     * Obtains a point.
     *
     * @param latitude degrees north, from -90 to 90
     * @param longitude degrees east, from -180 to 180
     * @return the point
     * @throws ValidationException if a coordinate is out of range or not a finite number
     */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    /**
     * Returns degrees north, from -90 to 90.
     *
     * @return degrees north, from -90 to 90
     */
    public double latitude() {
        return latitude;
    }

    /**
     * Returns degrees east, from -180 to 180.
     *
     * @return degrees east, from -180 to 180
     */
    public double longitude() {
        return longitude;
    }
}
