package org.nightout.core;

import org.nightout.core.internal.Checks;

/**
 * A business, club or other organization taking part in an event, such as a sponsor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Participant.of(ParticipantRole.SPONSOR, Organization.of("Chippewa Valley Bank"));
 * }</pre>
 *
 * @param role the part the organization plays
 * @param organization the organization
 */
public record OrganizationParticipant(ParticipantRole role, Organization organization) implements Participant {

    /**
     * Checks the components.
     *
     * @param role the part the organization plays
     * @param organization the organization
     * @throws ValidationException if a component is missing
     */
    public OrganizationParticipant {
        Checks c = Checks.of("Participant");
        c.required("role", role);
        c.required("organization", organization);
        c.throwIfAny();
    }

    /**
     * Returns the organization's name.
     *
     * @return the name
     */
    @Override
    public String name() {
        return organization.name();
    }

    /**
     * Returns the part the organization plays.
     *
     * @return the part the organization plays
     */
    public ParticipantRole role() {
        return role;
    }

    /**
     * Returns the organization.
     *
     * @return the organization
     */
    public Organization organization() {
        return organization;
    }
}
