package org.nightout.core;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who takes part in an event in a named role: exactly one of a person, an agency or an organization.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Participant.of(ParticipantRole.COORDINATOR, Person.of("Shawne Wilfong"));
 * Participant.of(ParticipantRole.SPONSOR, Organization.of("Chippewa Valley Bank"));
 * }</pre>
 */
@Value.Immutable
public abstract class Participant {

    Participant() {
    }

    /**
     * Obtains a person in a role.
     *
     * @param role the role
     * @param person the person
     * @return the participant
     * @throws NullPointerException if an argument is null
     */
    public static Participant of(ParticipantRole role, Person person) {
        return builder().role(Objects.requireNonNull(role, "role")).person(Objects.requireNonNull(person, "person")).build();
    }

    /**
     * Obtains an agency in a role.
     *
     * @param role the role
     * @param agency the agency
     * @return the participant
     * @throws NullPointerException if an argument is null
     */
    public static Participant of(ParticipantRole role, Agency agency) {
        return builder().role(Objects.requireNonNull(role, "role")).agency(Objects.requireNonNull(agency, "agency")).build();
    }

    /**
     * Obtains an organization in a role.
     *
     * @param role the role
     * @param organization the organization
     * @return the participant
     * @throws NullPointerException if an argument is null
     */
    public static Participant of(ParticipantRole role, Organization organization) {
        return builder().role(Objects.requireNonNull(role, "role")).organization(Objects.requireNonNull(organization, "organization")).build();
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
     * Returns the participant's role.
     *
     * @return the role
     */
    public abstract ParticipantRole role();

    /**
     * Returns the person, when the participant is one.
     *
     * @return the person, or empty
     */
    public abstract Optional<Person> person();

    /**
     * Returns the agency, when the participant is one.
     *
     * @return the agency, or empty
     */
    public abstract Optional<Agency> agency();

    /**
     * Returns the organization, when the participant is one.
     *
     * @return the organization, or empty
     */
    public abstract Optional<Organization> organization();

    /**
     * Returns the participant's name as people read it.
     *
     * @return the person's display name, or the agency's or organization's name
     */
    public String name() {
        return person().map(Person::displayName)
                .or(() -> agency().map(Agency::name))
                .orElseGet(() -> organization().orElseThrow().name());
    }

    @Value.Check
    void check() {
        Checks c = Checks.of("Participant");
        c.required("role", role());
        boolean complete = c.required("person", person()) & c.required("agency", agency())
                & c.required("organization", organization());
        if (complete) {
            int count = (person().isPresent() ? 1 : 0) + (agency().isPresent() ? 1 : 0)
                    + (organization().isPresent() ? 1 : 0);
            if (count != 1) {
                c.fail("person", count + " of person, agency and organization",
                        "must be exactly one of person, agency and organization");
            }
        }
        c.throwIfAny();
    }

    /** Builds a {@link Participant}; {@link #build()} throws {@link ValidationException} listing every problem. */
    public static final class Builder extends ImmutableParticipant.Builder {
        Builder() {
        }
    }
}
