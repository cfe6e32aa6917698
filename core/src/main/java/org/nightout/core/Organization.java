package org.nightout.core;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * A business, club or other organization taking part in an event that is not a public-safety agency,
 * such as a sponsor or donor.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization {

    Organization() {
    }

    /**
     * Obtains an organization with only a name.
     *
     * @param name the organization's name
     * @return the organization
     * @throws NullPointerException if {@code name} is null
     * @throws ValidationException if the name is blank or spans lines
     */
    public static Organization of(String name) {
        return builder().name(Objects.requireNonNull(name, "name")).build();
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
     * Returns the organization's name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns the organization's web site.
     *
     * @return the URL, if any
     */
    public abstract Optional<URI> website();

    @Value.Check
    void check() {
        Checks c = Checks.of("Organization");
        c.line("name", name());
        c.absoluteUri("website", website());
        c.throwIfAny();
    }

    /**
     * Builds an {@link Organization}. Each setter is named after the attribute it sets and is documented on that
     * attribute's accessor in {@link Organization}: {@code name(...)} sets what {@code name()} returns, {@code
     * addName(...)} adds to a list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is
     * checked until {@link #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableOrganization.Builder {
        Builder() {
        }

        /**
         * Builds an {@link Organization} from the attributes set so far.
         *
         * @return a new immutable organization
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public Organization build() {
            return super.build();
        }
    }
}
