package org.nightout.core;

import org.nightout.core.internal.Checks;

/**
 * A public-safety agency taking part in an event besides its hosts, such as a fire department that brings its trucks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Participant.of(ParticipantRole.PERFORMER, agency);
 * }</pre>
 *
 * @param role the part the agency plays
 * @param agency the agency
 */
public record AgencyParticipant(ParticipantRole role, Agency agency) implements Participant {

    /**
     * Checks the components.
     *
     * @param role the part the agency plays
     * @param agency the agency
     * @throws ValidationException if a component is missing
     */
    public AgencyParticipant {
        Checks c = Checks.of("Participant");
        c.required("role", role);
        c.required("agency", agency);
        c.throwIfAny();
    }

    /**
     * Returns the agency's name.
     *
     * @return the name
     */
    @Override
    public String name() {
        return agency.name();
    }

    /**
     * Returns the part the agency plays.
     *
     * @return the part the agency plays
     */
    public ParticipantRole role() {
        return role;
    }

    /**
     * Returns the agency.
     *
     * @return the agency
     */
    public Agency agency() {
        return agency;
    }
}
