package org.nightout.core;

import java.util.Objects;

/**
 * Someone who takes part in an event in a named role: a {@link PersonParticipant person}, an
 * {@link AgencyParticipant agency} or an {@link OrganizationParticipant organization}.
 *
 * <p>The type is sealed: these three are all there is, so code that handles each of them handles every participant.
 * Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * Participant.of(ParticipantRole.COORDINATOR, Person.of("Shawne Wilfong"));
 * Participant.of(ParticipantRole.SPONSOR, Organization.of("Chippewa Valley Bank"));
 *
 * if (participant instanceof PersonParticipant p) {
 *     p.person().rank();
 * }
 * }</pre>
 */
public sealed interface Participant permits PersonParticipant, AgencyParticipant, OrganizationParticipant {

    /**
     * Obtains a person in a role.
     *
     * @param role the role
     * @param person the person
     * @return the participant
     * @throws NullPointerException if an argument is null
     */
    static PersonParticipant of(ParticipantRole role, Person person) {
        return new PersonParticipant(Objects.requireNonNull(role, "role"), Objects.requireNonNull(person, "person"));
    }

    /**
     * Obtains an agency in a role.
     *
     * @param role the role
     * @param agency the agency
     * @return the participant
     * @throws NullPointerException if an argument is null
     */
    static AgencyParticipant of(ParticipantRole role, Agency agency) {
        return new AgencyParticipant(Objects.requireNonNull(role, "role"), Objects.requireNonNull(agency, "agency"));
    }

    /**
     * Obtains an organization in a role.
     *
     * @param role the role
     * @param organization the organization
     * @return the participant
     * @throws NullPointerException if an argument is null
     */
    static OrganizationParticipant of(ParticipantRole role, Organization organization) {
        return new OrganizationParticipant(Objects.requireNonNull(role, "role"),
                Objects.requireNonNull(organization, "organization"));
    }

    /**
     * Returns the participant's role.
     *
     * @return the role
     */
    ParticipantRole role();

    /**
     * Returns the participant's name as people read it.
     *
     * @return the person's display name, or the agency's or organization's name
     */
    String name();
}
