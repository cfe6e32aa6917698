package org.nightout.core;

import org.nightout.core.internal.Checks;

/**
 * A person taking part in an event, such as its coordinator or a speaker.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Participant.of(ParticipantRole.COORDINATOR, Person.of("Shawne Wilfong"));
 * }</pre>
 *
 * @param role the part the person plays
 * @param person the person
 */
public record PersonParticipant(ParticipantRole role, Person person) implements Participant {

    /**
     * Checks the components.
     *
     * @param role the part the person plays
     * @param person the person
     * @throws ValidationException if a component is missing
     */
    public PersonParticipant {
        Checks c = Checks.of("Participant");
        c.required("role", role);
        c.required("person", person);
        c.throwIfAny();
    }

    /**
     * Returns the person's rank and name, such as "Lt. Joshua Litwin".
     *
     * @return the name
     */
    @Override
    public String name() {
        return person.displayName();
    }

    /**
     * Returns the part the person plays.
     *
     * @return the part the person plays
     */
    public ParticipantRole role() {
        return role;
    }

    /**
     * Returns the person.
     *
     * @return the person
     */
    public Person person() {
        return person;
    }
}
