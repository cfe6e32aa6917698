package org.nightout.core;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * A US postal address. Only the locality and state are required, since reports often name just the town.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostalAddress {
    private static final Pattern ZIP = Pattern.compile("\\d{5}(?:-\\d{4})?");

    PostalAddress() {
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
     * Returns the street address, such as "1110 Carson Park Dr".
     *
     * @return the street line, if known
     */
    public abstract Optional<String> street();

    /**
     * Returns the city, town or village.
     *
     * @return the locality, such as "Eau Claire"
     */
    public abstract String locality();

    /**
     * Returns the state.
     *
     * @return the state
     */
    public abstract UsState state();

    /**
     * Returns the ZIP code, five digits or ZIP+4.
     *
     * @return the ZIP code, if known
     */
    public abstract Optional<String> postalCode();

    @Value.Check
    void check() {
        Checks c = Checks.of("PostalAddress");
        c.line("street", street());
        c.line("locality", locality());
        c.required("state", state());
        c.matches("postalCode", postalCode(), ZIP, "must be a ZIP code of 5 digits or ZIP+4 such as 54703-1234");
        c.throwIfAny();
    }

    /**
     * Returns the address on one line as people write it, such as "1110 Carson Park Dr, Eau Claire, WI 54703".
     * {@link #toString()} shows every attribute by name instead.
     *
     * @return the address as people write it
     */
    public String oneLine() {
        StringBuilder b = new StringBuilder();
        street().ifPresent(s -> b.append(s).append(", "));
        b.append(locality()).append(", ").append(state().code());
        postalCode().ifPresent(z -> b.append(' ').append(z));
        return b.toString();
    }

    /**
     * Builds a {@link PostalAddress}. Each setter is named after the attribute it sets and is documented on that
     * attribute's accessor in {@link PostalAddress}: {@code name(...)} sets what {@code name()} returns, {@code
     * addName(...)} adds to a list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is
     * checked until {@link #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutablePostalAddress.Builder {
        Builder() {
        }

        /**
         * Builds a {@link PostalAddress} from the attributes set so far.
         *
         * @return a new immutable postal address
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public PostalAddress build() {
            return super.build();
        }
    }
}
