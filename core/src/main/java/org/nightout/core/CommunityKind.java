package org.nightout.core;

/** The kind of place a {@link Community} is. */
public enum CommunityKind {
    /** An incorporated city, such as Eau Claire. */
    CITY,
    /** A town, such as East Hartford, Connecticut. */
    TOWN,
    /** A village, such as New Middletown, Ohio. */
    VILLAGE,
    /** A township, such as Austintown or Liberty Township, Ohio. */
    TOWNSHIP,
    /** A borough. */
    BOROUGH,
    /** A county. */
    COUNTY,
    /** A census-designated or other unincorporated place, such as Broad Brook, Connecticut. */
    UNINCORPORATED_PLACE,
    /** A named region spanning several communities, such as the Chippewa Valley or the Mahoning Valley. */
    REGION
}
