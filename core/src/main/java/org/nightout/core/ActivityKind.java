package org.nightout.core;

/**
 * The activities that police-community events offer, each with the label a feed shows.
 *
 * <p>{@link #OTHER} stands for anything else, described by the {@link Activity}'s own label.
 */
public enum ActivityKind {
    /** Live or recorded music. */
    MUSIC("Music"),
    /** Games. */
    GAMES("Games"),
    /** Raffles and prize drawings. */
    RAFFLE("Raffle"),
    /** Free giveaways. */
    GIVEAWAYS("Giveaways"),
    /** A mascot dance-off or other mascot appearance. */
    MASCOT_DANCE_OFF("Mascot dance-off"),
    /** Police cars, fire trucks, ambulances and other emergency vehicles on display. */
    EMERGENCY_VEHICLE_DISPLAY("Emergency vehicle display"),
    /** Police equipment on display. */
    EQUIPMENT_DISPLAY("Equipment display"),
    /** A police dog demonstration. */
    K9_DEMONSTRATION("K-9 demonstration"),
    /** Fingerprinting, such as child ID kits or showing how prints are taken. */
    FINGERPRINTING("Fingerprinting"),
    /** A bounce house. */
    BOUNCE_HOUSE("Bounce house"),
    /** A dunk tank. */
    DUNK_TANK("Dunk tank"),
    /** Arts and crafts. */
    ARTS_AND_CRAFTS("Arts and crafts"),
    /** Food and drinks. */
    FOOD("Food"),
    /** Information about careers in law enforcement and public safety. */
    CAREER_INFORMATION("Career information"),
    /** Crime-prevention and safety information. */
    SAFETY_INFORMATION("Safety information"),
    /** Anything else; the activity's label says what. */
    OTHER("Other");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    /**
     * Returns the label a feed shows, such as "K-9 demonstration".
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
