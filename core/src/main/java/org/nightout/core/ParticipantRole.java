package org.nightout.core;

/**
 * The part a {@link Participant} plays in an event.
 *
 * <p>Each role maps to one RFC 9073 {@code PARTICIPANT-TYPE}, so that a feed reader can tell them apart;
 * {@link #participantType()} gives the value.
 */
public enum ParticipantRole {
    /** An agency or group that hosts the event; published as {@code ACTIVE}. */
    HOST("ACTIVE"),
    /** The person who plans and runs the event; published as {@code PLANNER-CONTACT}. */
    COORDINATOR("PLANNER-CONTACT"),
    /** Whom to ask about the event; published as {@code CONTACT}. */
    CONTACT("CONTACT"),
    /** Whom the press should ask; published as {@code PUBLICITY-CONTACT}. */
    PUBLICITY_CONTACT("PUBLICITY-CONTACT"),
    /** Someone who speaks at the event; published as {@code SPEAKER}. */
    SPEAKER("SPEAKER"),
    /** Someone who performs, such as a band or a mascot; published as {@code PERFORMER}. */
    PERFORMER("PERFORMER"),
    /** A sponsor or donor; published as {@code SPONSOR}. */
    SPONSOR("SPONSOR"),
    /** A volunteer helping at the event; published as the extension value {@code X-VOLUNTEER}. */
    VOLUNTEER("X-VOLUNTEER");

    private final String participantType;

    ParticipantRole(String participantType) {
        this.participantType = participantType;
    }

    /**
     * Returns the RFC 9073 {@code PARTICIPANT-TYPE} value this role is published as.
     *
     * @return the value, such as {@code "SPONSOR"}
     */
    public String participantType() {
        return participantType;
    }
}
