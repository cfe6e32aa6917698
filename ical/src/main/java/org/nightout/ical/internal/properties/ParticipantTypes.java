package org.nightout.ical.internal.properties;

import org.nightout.core.ParticipantRole;

/** The RFC 9073 {@code PARTICIPANT-TYPE} each {@link ParticipantRole} is published as, so that readers tell them apart. */
public final class ParticipantTypes {

    private ParticipantTypes() {
    }

    /** Returns the PARTICIPANT-TYPE value of a role; VOLUNTEER has none in RFC 9073 and takes an extension value. */
    public static String of(ParticipantRole role) {
        return switch (role) {
            case HOST -> "ACTIVE";
            case COORDINATOR -> "PLANNER-CONTACT";
            case CONTACT -> "CONTACT";
            case PUBLICITY_CONTACT -> "PUBLICITY-CONTACT";
            case SPEAKER -> "SPEAKER";
            case PERFORMER -> "PERFORMER";
            case SPONSOR -> "SPONSOR";
            case VOLUNTEER -> "X-VOLUNTEER";
        };
    }
}
