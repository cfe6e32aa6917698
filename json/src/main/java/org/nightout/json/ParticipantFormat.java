package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;

/**
 * {@link Participant} as {@code {"role": "SPONSOR", "organization": {...}}}: the role and exactly one of
 * {@code person}, {@code agency} and {@code organization}.
 */
final class ParticipantFormat extends ObjectFormat<Participant, Participant.Builder> {
    static final ParticipantFormat INSTANCE = new ParticipantFormat();

    private ParticipantFormat() {
        super(Participant.class, Participant::builder, b -> b.build(),
                List.of("role", "person", "agency", "organization"), Set.of());
    }

    @Override
    void writeProperties(Participant value, JsonOutput out) {
        out.enumValue("role", value.role());
        out.object("person", value.person(), PersonFormat.INSTANCE);
        out.object("agency", value.agency(), AgencyFormat.INSTANCE);
        out.object("organization", value.organization(), OrganizationFormat.INSTANCE);
    }

    @Override
    void readProperty(String name, Participant.Builder b, JsonInput in) {
        switch (name) {
            case "role" -> b.role(in.enumValue(ParticipantRole.class));
            case "person" -> b.person(in.object(PersonFormat.INSTANCE));
            case "agency" -> b.agency(in.object(AgencyFormat.INSTANCE));
            case "organization" -> b.organization(in.object(OrganizationFormat.INSTANCE));
            default -> throw unhandled(name);
        }
    }
}
