package org.nightout.core;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * Where an event takes place, such as Carson Park or the Northern Wisconsin State Fairgrounds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Venue {
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\s*[A-Za-z]?\\d[\\w/-]*\\s+");

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

    /**
     * Returns whether the venue is a private residence, such as a home that hosts a block party. A public feed shows
     * such a venue only by its street and community (see {@link #publicForm()}).
     *
     * @return true for a private home, false for a park, school or other public place (the default)
     */
    @Value.Default
    public boolean privateResidence() {
        return false;
    }

    /**
     * Returns the venue as it may be shown to the public. A public place is returned as it is. A private residence
     * loses what points at one house: its name (often the residents' names) becomes its street, or "Private
     * residence" where no street is known; the house number is dropped from the street; the coordinates are rounded
     * to three decimals (about 100 m, a block); its web page is dropped.
     *
     * <pre>{@code
     * Venue home = Venue.builder().name("The Smiths' backyard").privateResidence(true)
     *     .address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire").state(UsState.WI).build())
     *     .build();
     * home.publicForm().name();                        // "Elm St"
     * home.publicForm().address().get().oneLine();     // "Elm St, Eau Claire, WI"
     * }</pre>
     *
     * @return this venue if it is public, otherwise its public form
     */
    public Venue publicForm() {
        if (!privateResidence()) {
            return this;
        }
        Optional<String> street = address().flatMap(PostalAddress::street).map(Venue::withoutHouseNumber)
                .filter(s -> !s.isBlank());
        Builder b = builder().name(street.orElse("Private residence")).privateResidence(true);
        address().ifPresent(a -> b.address(PostalAddress.builder().from(a).street(street).build()));
        geo().ifPresent(g -> b.geo(GeoPoint.of(Math.round(g.latitude() * 1000) / 1000.0,
                Math.round(g.longitude() * 1000) / 1000.0)));
        return b.build();
    }

    /** "1234 Elm St" and "1234-B Elm St" become "Elm St"; a street without a leading number stays as it is. */
    private static String withoutHouseNumber(String street) {
        return HOUSE_NUMBER.matcher(street).replaceFirst("").strip();
    }

    @Value.Check
    void check() {
        Checks c = Checks.of("Venue");
        c.line("name", name());
        c.required("address", address());
        c.required("geo", geo());
        c.absoluteUri("url", url());
        c.throwIfAny();
    }

    /**
     * Builds a {@link Venue}. Each setter is named after the attribute it sets and is documented on that attribute's
     * accessor in {@link Venue}: {@code name(...)} sets what {@code name()} returns, {@code addName(...)} adds to a
     * list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is checked until {@link
     * #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableVenue.Builder {
        Builder() {
        }

        /**
         * Builds a {@link Venue} from the attributes set so far.
         *
         * @return a new immutable venue
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public Venue build() {
            return super.build();
        }
    }
}
