package org.nightout.csv;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.nightout.core.UsState;

/**
 * States as a sheet writes them, by USPS code or name ("WI", "Wisconsin", "Wis."), and the zone a row's times are in
 * when the reader is given none: the zone where most of the state's people live (Texas: America/Chicago; Florida:
 * America/New_York; Indiana: America/Indiana/Indianapolis).
 */
final class StateNames {
    private static final Map<String, UsState> NAMES = names();
    private static final Map<UsState, ZoneId> ZONES = zones();

    private StateNames() {
    }

    private static Map<String, UsState> names() {
        Map<String, UsState> n = new HashMap<>();
        for (UsState s : UsState.values()) {
            n.put(Column.key(s.code()), s);
            n.put(Column.key(s.displayName()), s);
        }
        n.put("wis", UsState.WI);
        n.put("conn", UsState.CT);
        n.put("calif", UsState.CA);
        n.put("mass", UsState.MA);
        n.put("mich", UsState.MI);
        n.put("minn", UsState.MN);
        n.put("penn", UsState.PA);
        n.put("tex", UsState.TX);
        n.put("washingtondc", UsState.DC);
        return Map.copyOf(n);
    }

    private static Map<UsState, ZoneId> zones() {
        Map<UsState, ZoneId> z = new HashMap<>();
        String[][] table = {
            {"America/New_York", "CT DE DC FL GA KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV"},
            {"America/Chicago", "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI"},
            {"America/Denver", "CO MT NM UT WY"},
            {"America/Boise", "ID"},
            {"America/Phoenix", "AZ"},
            {"America/Los_Angeles", "CA NV OR WA"},
            {"America/Anchorage", "AK"},
            {"Pacific/Honolulu", "HI"},
            {"America/Indiana/Indianapolis", "IN"},
            {"America/Puerto_Rico", "PR"},
            {"America/St_Thomas", "VI"},
            {"Pacific/Guam", "GU"},
            {"Pacific/Saipan", "MP"},
            {"Pacific/Pago_Pago", "AS"},
        };
        for (String[] row : table) {
            for (String code : row[1].split(" ")) {
                z.put(UsState.ofCode(code), ZoneId.of(row[0]));
            }
        }
        return Map.copyOf(z);
    }

    /**
     * Reads a state.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    static UsState parse(String text) {
        UsState s = NAMES.get(Column.key(text));
        if (s == null) {
            throw new IllegalArgumentException("not a US state: write its two-letter code, such as WI, or its name");
        }
        return s;
    }

    /** The zone of most of the state's people. */
    static ZoneId zone(UsState state) {
        return ZONES.get(state);
    }
}
