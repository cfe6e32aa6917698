package org.nightout.core;

/**
 * The part a {@link Participant} plays in an event. How a format writes a role is the format's own business: the
 * iCalendar writer, for one, gives each role its RFC 9073 {@code PARTICIPANT-TYPE}.
 */
public enum ParticipantRole {
    /** An agency or group that hosts the event. */
    HOST,
    /** The person who plans and runs the event. */
    COORDINATOR,
    /** Whom to ask about the event. */
    CONTACT,
    /** Whom the press should ask. */
    PUBLICITY_CONTACT,
    /** Someone who speaks at the event. */
    SPEAKER,
    /** Someone who performs, such as a band or a mascot. */
    PERFORMER,
    /** A sponsor or donor. */
    SPONSOR,
    /** A volunteer helping at the event. */
    VOLUNTEER
}
