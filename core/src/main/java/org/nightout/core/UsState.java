package org.nightout.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A US state, the District of Columbia or a territory, named by its USPS code.
 *
 * <p>Each constant knows its two-digit FIPS code (the first two digits of every Census GEOID inside it)
 * and, where it is certain, the two-letter prefix of the FBI ORI codes of its agencies. The ORI prefix is
 * the NCIC state code, which differs from the USPS code for Nebraska ({@code NB}) and Guam ({@code GM}).
 */
public enum UsState {
    /** Alabama. */ AL("Alabama", "01"),
    /** Alaska. */ AK("Alaska", "02"),
    /** Arizona. */ AZ("Arizona", "04"),
    /** Arkansas. */ AR("Arkansas", "05"),
    /** California. */ CA("California", "06"),
    /** Colorado. */ CO("Colorado", "08"),
    /** Connecticut. */ CT("Connecticut", "09"),
    /** Delaware. */ DE("Delaware", "10"),
    /** District of Columbia. */ DC("District of Columbia", "11"),
    /** Florida. */ FL("Florida", "12"),
    /** Georgia. */ GA("Georgia", "13"),
    /** Hawaii. */ HI("Hawaii", "15"),
    /** Idaho. */ ID("Idaho", "16"),
    /** Illinois. */ IL("Illinois", "17"),
    /** Indiana. */ IN("Indiana", "18"),
    /** Iowa. */ IA("Iowa", "19"),
    /** Kansas. */ KS("Kansas", "20"),
    /** Kentucky. */ KY("Kentucky", "21"),
    /** Louisiana. */ LA("Louisiana", "22"),
    /** Maine. */ ME("Maine", "23"),
    /** Maryland. */ MD("Maryland", "24"),
    /** Massachusetts. */ MA("Massachusetts", "25"),
    /** Michigan. */ MI("Michigan", "26"),
    /** Minnesota. */ MN("Minnesota", "27"),
    /** Mississippi. */ MS("Mississippi", "28"),
    /** Missouri. */ MO("Missouri", "29"),
    /** Montana. */ MT("Montana", "30"),
    /** Nebraska; its ORI prefix is {@code NB}. */ NE("Nebraska", "31", "NB"),
    /** Nevada. */ NV("Nevada", "32"),
    /** New Hampshire. */ NH("New Hampshire", "33"),
    /** New Jersey. */ NJ("New Jersey", "34"),
    /** New Mexico. */ NM("New Mexico", "35"),
    /** New York. */ NY("New York", "36"),
    /** North Carolina. */ NC("North Carolina", "37"),
    /** North Dakota. */ ND("North Dakota", "38"),
    /** Ohio. */ OH("Ohio", "39"),
    /** Oklahoma. */ OK("Oklahoma", "40"),
    /** Oregon. */ OR("Oregon", "41"),
    /** Pennsylvania. */ PA("Pennsylvania", "42"),
    /** Rhode Island. */ RI("Rhode Island", "44"),
    /** South Carolina. */ SC("South Carolina", "45"),
    /** South Dakota. */ SD("South Dakota", "46"),
    /** Tennessee. */ TN("Tennessee", "47"),
    /** Texas, which holds National Night Out in October. */ TX("Texas", "48"),
    /** Utah. */ UT("Utah", "49"),
    /** Vermont. */ VT("Vermont", "50"),
    /** Virginia. */ VA("Virginia", "51"),
    /** Washington. */ WA("Washington", "53"),
    /** West Virginia. */ WV("West Virginia", "54"),
    /** Wisconsin. */ WI("Wisconsin", "55"),
    /** Wyoming. */ WY("Wyoming", "56"),
    /** American Samoa; its ORI prefix is not checked. */ AS("American Samoa", "60", null),
    /** Guam; its ORI prefix is {@code GM}. */ GU("Guam", "66", "GM"),
    /** Northern Mariana Islands; its ORI prefix is not checked. */ MP("Northern Mariana Islands", "69", null),
    /** Puerto Rico. */ PR("Puerto Rico", "72"),
    /** U.S. Virgin Islands. */ VI("U.S. Virgin Islands", "78");

    /** Every state by its code, for {@link #ofCode}: {@code values()} would copy the array on each call. */
    private static final Map<String, UsState> BY_CODE = byCode();

    private final String displayName;
    private final String fips;
    private final String oriPrefix;

    UsState(String displayName, String fips) {
        this.displayName = displayName;
        this.fips = fips;
        this.oriPrefix = name();
    }

    UsState(String displayName, String fips, String oriPrefix) {
        this.displayName = displayName;
        this.fips = fips;
        this.oriPrefix = oriPrefix;
    }

    private static Map<String, UsState> byCode() {
        Map<String, UsState> codes = new HashMap<>();
        for (UsState s : values()) {
            codes.put(s.name(), s);
        }
        return Map.copyOf(codes);
    }

    /**
     * Returns the state for a USPS code, ignoring case.
     *
     * @param code a two-letter code such as {@code "WI"} or {@code "wi"}
     * @return the state
     * @throws IllegalArgumentException if the code names no state or territory
     */
    public static UsState ofCode(String code) {
        Objects.requireNonNull(code, "code");
        UsState state = BY_CODE.get(code.trim().toUpperCase(Locale.ROOT));
        if (state != null) {
            return state;
        }
        throw new IllegalArgumentException("Unknown US state code \"" + code
                + "\": expected a two-letter USPS code such as WI, CT or OH");
    }

    /**
     * Returns the two-letter USPS code, such as {@code "WI"}.
     *
     * @return the code, equal to {@link #name()}
     */
    public String code() {
        return name();
    }

    /**
     * Returns the full name, such as {@code "Wisconsin"}.
     *
     * @return the name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the two-digit FIPS code, such as {@code "55"} for Wisconsin.
     *
     * @return the code that starts every Census GEOID in this state
     */
    public String fips() {
        return fips;
    }

    /**
     * Returns the two letters that start the FBI ORI code of every agency in this state, where certain.
     *
     * @return the NCIC state code, or empty where it is not checked
     */
    public Optional<String> oriPrefix() {
        return Optional.ofNullable(oriPrefix);
    }
}
