package org.nightout.core;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * A person named in connection with an event, such as Patrol Lieutenant Mark Skowron of the Austintown Police
 * Department, or the coordinator of a community's event.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {

    Person() {
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
     * Obtains a person with only a name.
     *
     * @param name the full name
     * @return the person
     * @throws NullPointerException if {@code name} is null
     * @throws ValidationException if the name is blank or spans lines
     */
    public static Person of(String name) {
        return builder().name(Objects.requireNonNull(name, "name")).build();
    }

    /**
     * Returns the full name, such as "Joshua Litwin".
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns the rank or honorific written before the name, such as "Lt.", "Officer" or "Patrol Lieutenant".
     *
     * @return the rank, if any
     */
    public abstract Optional<String> rank();

    /**
     * Returns the person's role in words, such as "Coordinator of Austintown's National Night Out".
     *
     * @return the title, if any
     */
    public abstract Optional<String> title();

    /**
     * Returns the organization the person belongs to, such as "Liberty Township Police Department".
     *
     * @return the affiliation, if any
     */
    public abstract Optional<String> affiliation();

    /**
     * Returns how to reach the person.
     *
     * @return the contact details, if any
     */
    public abstract Optional<Contact> contact();

    /**
     * Returns the rank and name as written in a report, such as "Lt. Joshua Litwin".
     *
     * @return the display name
     */
    public String displayName() {
        return rank().map(r -> r + " " + name()).orElse(name());
    }

    @Value.Check
    void check() {
        Checks c = Checks.of("Person");
        c.line("name", name());
        c.line("rank", rank());
        c.line("title", title());
        c.line("affiliation", affiliation());
        c.required("contact", contact());
        c.throwIfAny();
    }

    /**
     * Builds a {@link Person}. Each setter is named after the attribute it sets and is documented on that attribute's
     * accessor in {@link Person}: {@code name(...)} sets what {@code name()} returns, {@code addName(...)} adds to a
     * list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is checked until {@link
     * #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {
        }

        /**
         * Builds a {@link Person} from the attributes set so far.
         *
         * @return a new immutable person
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public Person build() {
            return super.build();
        }
    }
}
