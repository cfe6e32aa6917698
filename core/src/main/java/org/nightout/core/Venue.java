package org.nightout.core;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an event takes place, such as Carson Park or the Northern Wisconsin State Fairgrounds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Venue {

    Venue() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder with no attributes set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the venue's name.
     *
     * @return the name, such as "Carson Park"
     */
    public abstract String name();

    /**
     * Returns the postal address.
     *
     * @return the address, if known
     */
    public abstract Optional<PostalAddress> address();

    /**
     * Returns the coordinates.
     *
     * @return the point, if known
     */
    public abstract Optional<GeoPoint> geo();

    /**
     * Returns a web page about the venue.
     *
     * @return the URL, if any
     */
    public abstract Optional<URI> url();

    @Value.Check
    void check() {
        Checks c = Checks.of("Venue");
        c.line("name", name());
        c.required("address", address());
        c.required("geo", geo());
        c.absoluteUri("url", url());
        c.throwIfAny();
    }

    /** Builds a {@link Venue}; {@link #build()} throws {@link ValidationException} listing every problem. */
    public static final class Builder extends ImmutableVenue.Builder {
        Builder() {
        }
    }
}
