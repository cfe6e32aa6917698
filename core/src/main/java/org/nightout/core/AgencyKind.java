package org.nightout.core;

/** The kind of public-safety agency an {@link Agency} is: law enforcement and other first responders. */
public enum AgencyKind {
    /** A municipal or township police department. */
    POLICE_DEPARTMENT,
    /** A county sheriff's office. */
    SHERIFFS_OFFICE,
    /** A state police or highway patrol. */
    STATE_POLICE,
    /** A campus or university police department. */
    CAMPUS_POLICE,
    /** A fire department. */
    FIRE_DEPARTMENT,
    /** An emergency medical services provider. */
    EMS,
    /** A federal law-enforcement agency. */
    FEDERAL_AGENCY,
    /** Any other public-safety agency, such as a 911 dispatch center. */
    OTHER
}
