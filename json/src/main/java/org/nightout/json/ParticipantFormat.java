package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Agency;
import org.nightout.core.AgencyParticipant;
import org.nightout.core.Organization;
import org.nightout.core.OrganizationParticipant;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PersonParticipant;

/**
 * {@link Participant} as {@code {"role": "SPONSOR", "organization": {...}}}: the role and exactly one of
 * {@code person}, {@code agency} and {@code organization}, the property that names which kind of participant it is.
 */
final class ParticipantFormat extends ObjectFormat<Participant, ParticipantFormat.Parts> {
    static final ParticipantFormat INSTANCE = new ParticipantFormat();

    private ParticipantFormat() {
        super(Participant.class, Parts::new, ParticipantFormat::assemble,
                List.of("role", "person", "agency", "organization"), Set.of());
    }

    /** The properties read so far. */
    static final class Parts {
        private ParticipantRole role;
        private Person person;
        private Agency agency;
        private Organization organization;
    }

    @Override
    void writeProperties(Participant value, JsonOutput out) {
        out.enumValue("role", value.role());
        if (value instanceof PersonParticipant p) {
            out.object("person", p.person(), PersonFormat.INSTANCE);
        } else if (value instanceof AgencyParticipant a) {
            out.object("agency", a.agency(), AgencyFormat.INSTANCE);
        } else {
            out.object("organization", ((OrganizationParticipant) value).organization(), OrganizationFormat.INSTANCE);
        }
    }

    @Override
    void readProperty(String name, Parts b, JsonInput in) {
        switch (name) {
            case "role" -> b.role = in.enumValue(ParticipantRole.class);
            case "person" -> b.person = in.object(PersonFormat.INSTANCE);
            case "agency" -> b.agency = in.object(AgencyFormat.INSTANCE);
            case "organization" -> b.organization = in.object(OrganizationFormat.INSTANCE);
            default -> throw unhandled(name);
        }
    }

    private static Participant assemble(Parts b) {
        int parties = (b.person != null ? 1 : 0) + (b.agency != null ? 1 : 0) + (b.organization != null ? 1 : 0);
        if (parties != 1) {
            throw new IllegalArgumentException("A participant has exactly one of person, agency and organization;"
                    + " this one has " + parties);
        }
        // The constructors, not the factories: a missing role is data that breaks a rule, reported as such.
        if (b.person != null) {
            return new PersonParticipant(b.role, b.person);
        }
        return b.agency != null ? new AgencyParticipant(b.role, b.agency)
                : new OrganizationParticipant(b.role, b.organization);
    }
}
