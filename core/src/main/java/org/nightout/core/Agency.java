package org.nightout.core;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * A law-enforcement or other first-responder agency that hosts or joins events, such as the Eau Claire
 * Police Department (ECPD).
 *
 * <p>The FBI ORI code is optional but checked when present: nine characters, two letters for the state
 * (the NCIC code, see {@link UsState#oriPrefix()}) and seven letters or digits; where the agency's
 * jurisdiction is known, the prefix must be its state's.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agency {
    private static final Pattern ORI = Pattern.compile("[A-Z]{2}[A-Z0-9]{7}");

    Agency() {
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
     * Returns the agency's full name, such as "Eau Claire Police Department".
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns the abbreviation people use, such as "ECPD".
     *
     * @return the short name, if any
     */
    public abstract Optional<String> shortName();

    /**
     * Returns what kind of agency this is.
     *
     * @return the kind
     */
    public abstract AgencyKind kind();

    /**
     * Returns the community the agency serves.
     *
     * @return the jurisdiction, if known
     */
    public abstract Optional<Community> jurisdiction();

    /**
     * Returns the FBI Originating Agency Identifier, such as {@code WI0180200}.
     *
     * @return the nine-character ORI, if known
     */
    public abstract Optional<String> ori();

    /**
     * Returns the agency's web site.
     *
     * @return the URL, if any
     */
    public abstract Optional<URI> website();

    /**
     * Returns how to reach the agency.
     *
     * @return the contact details, if any
     */
    public abstract Optional<Contact> contact();

    @Value.Check
    void check() {
        Checks c = Checks.of("Agency");
        c.line("name", name());
        c.line("shortName", shortName());
        c.required("kind", kind());
        c.required("jurisdiction", jurisdiction());
        c.matches("ori", ori(), ORI,
                "must be 9 characters: a 2-letter state code and 7 capital letters or digits, such as WI0180200");
        if (ori() != null && jurisdiction() != null && ori().isPresent() && jurisdiction().isPresent()
                && ORI.matcher(ori().get()).matches()) {
            UsState state = jurisdiction().get().state();
            String where = jurisdiction().get().displayName();
            state.oriPrefix().filter(prefix -> !ori().get().startsWith(prefix)).ifPresent(prefix -> c.fail("ori", ori(),
                    "must start with " + prefix + " because the jurisdiction " + where + " is in "
                            + state.displayName()));
        }
        c.absoluteUri("website", website());
        c.required("contact", contact());
        c.throwIfAny();
    }

    /**
     * Builds an {@link Agency}. Each setter is named after the attribute it sets and is documented on that attribute's
     * accessor in {@link Agency}: {@code name(...)} sets what {@code name()} returns, {@code addName(...)} adds to a
     * list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is checked until {@link
     * #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableAgency.Builder {
        Builder() {
        }

        /**
         * Builds an {@link Agency} from the attributes set so far.
         *
         * @return a new immutable agency
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public Agency build() {
            return super.build();
        }
    }
}
