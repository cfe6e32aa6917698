package org.nightout.core;

/** Who an event is for. */
public enum Audience {
    /** Everyone: "people of all ages". */
    ALL_AGES,
    /** Families. */
    FAMILIES,
    /** Children. */
    CHILDREN,
    /** Teenagers. */
    TEENS,
    /** Adults. */
    ADULTS,
    /** Seniors. */
    SENIORS
}
