package org.nightout.core;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * How to reach an agency or person: phone, email and postal address. At least one must be given.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contact {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]{7,20}(?: ?(?:x|ext\\.?) ?[0-9]{1,6})?");

    Contact() {
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
     * Returns the phone number as written, such as "(715) 839-4972".
     *
     * @return the phone number, if any
     */
    public abstract Optional<String> phone();

    /**
     * Returns the email address.
     *
     * @return the address, if any
     */
    public abstract Optional<String> email();

    /**
     * Returns the postal address.
     *
     * @return the address, if any
     */
    public abstract Optional<PostalAddress> address();

    @Value.Check
    void check() {
        Checks c = Checks.of("Contact");
        c.matches("phone", phone(), PHONE, "must be a phone number of 7 to 20 digits, spaces and ()+-.");
        c.matches("email", email(), EMAIL, "must be an email address such as info@example.org");
        c.required("address", address());
        if (phone() != null && email() != null && address() != null
                && phone().isEmpty() && email().isEmpty() && address().isEmpty()) {
            c.fail("phone", null, "is required when there is no email and no address: a contact needs at least one");
        }
        c.throwIfAny();
    }

    /**
     * Builds a {@link Contact}. Each setter is named after the attribute it sets and is documented on that attribute's
     * accessor in {@link Contact}: {@code name(...)} sets what {@code name()} returns, {@code addName(...)} adds to a
     * list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is checked until {@link
     * #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableContact.Builder {
        Builder() {
        }

        /**
         * Builds a {@link Contact} from the attributes set so far.
         *
         * @return a new immutable contact
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public Contact build() {
            return super.build();
        }
    }
}
