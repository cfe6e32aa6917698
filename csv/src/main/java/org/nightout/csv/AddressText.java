package org.nightout.csv;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nightout.core.UsState;

/**
 * An address written on one line, as sheets without City and State columns hold it: {@code 1234 Elm St, Eau Claire,
 * WI 54703}, {@code 1410 Oak St, Apt 2, Eau Claire, Wisconsin}; a trailing {@code USA} is left out. The last two
 * parts are the city and the state (with the ZIP code, if any); what comes before them is the street.
 */
final class AddressText {
    private static final Pattern ONE_LINE = Pattern.compile(
            "(.+?),\\s*([^,]+?),\\s*([A-Za-z][A-Za-z .]*?)\\.?(?:\\s+(\\d{5}(?:-\\d{4})?))?");
    private static final Pattern COUNTRY = Pattern.compile("(?i),?\\s*(?:USA|U\\.S\\.A\\.|United States)\\s*$");

    /** The parts of an address; {@code zip} is empty where it has none. */
    record Parts(String street, String city, UsState state, String zip) {
    }

    private AddressText() {
    }

    /** The parts of an address on one line, or empty where it is not street, city and state. */
    static Optional<Parts> split(String address) {
        Matcher m = ONE_LINE.matcher(COUNTRY.matcher(address.strip()).replaceFirst(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            UsState state = StateNames.parse(m.group(3));
            return Optional.of(new Parts(m.group(1).strip(), m.group(2).strip(), state,
                    m.group(4) == null ? "" : m.group(4)));
        } catch (IllegalArgumentException notAState) {
            return Optional.empty();
        }
    }
}
