package org.nightout.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nightout.core.Activity;
import org.nightout.core.ActivityKind;

/**
 * Activities as a sheet lists them, "Music, games; bounce house and face painting": split at commas, semicolons,
 * line breaks and bullets, each item matched to the model's kinds by its label or a common name for it ("DJ",
 * "bouncy house", "K9 demo", "touch a truck", "cookout"), and kept as free text otherwise. An item that is no known
 * name is also tried as two joined by "and" or "&amp;", so "Arts and crafts" stays one kind and "Hot dogs and
 * lemonade" stays one text.
 */
final class ActivityNames {
    private static final Map<String, ActivityKind> NAMES = names();

    private ActivityNames() {
    }

    private static Map<String, ActivityKind> names() {
        Map<String, ActivityKind> n = new HashMap<>();
        for (ActivityKind k : ActivityKind.values()) {
            if (k != ActivityKind.OTHER) {
                n.put(key(k.label()), k);
            }
        }
        put(n, ActivityKind.MUSIC, "live music", "dj", "band", "music and dancing", "karaoke");
        put(n, ActivityKind.GAMES, "game", "yard games", "lawn games", "kids games", "childrens games", "cornhole");
        put(n, ActivityKind.RAFFLE, "raffles", "door prizes", "prize drawing", "drawing");
        put(n, ActivityKind.GIVEAWAYS, "giveaway", "free giveaways", "prizes", "goodie bags");
        put(n, ActivityKind.MASCOT_DANCE_OFF, "mascot", "mascots", "mcgruff", "mcgruff the crime dog");
        put(n, ActivityKind.EMERGENCY_VEHICLE_DISPLAY, "fire truck", "fire trucks", "police car", "police cars",
                "squad car", "touch a truck", "emergency vehicles", "ambulance", "vehicle display");
        put(n, ActivityKind.EQUIPMENT_DISPLAY, "police equipment", "equipment");
        put(n, ActivityKind.K9_DEMONSTRATION, "k9", "k-9", "k9 demo", "k-9 demo", "k9 demonstration", "police dog",
                "police dogs", "k9 unit", "k-9 unit");
        put(n, ActivityKind.FINGERPRINTING, "child id", "child id kits", "kid id", "fingerprints");
        put(n, ActivityKind.BOUNCE_HOUSE, "bouncy house", "bounce houses", "bouncy castle", "inflatable",
                "inflatables");
        put(n, ActivityKind.DUNK_TANK, "dunk a cop", "dunking booth");
        put(n, ActivityKind.ARTS_AND_CRAFTS, "crafts", "arts & crafts", "arts n crafts", "craft table");
        put(n, ActivityKind.FOOD, "cookout", "potluck", "bbq", "barbecue", "grill out", "refreshments", "snacks",
                "food and drinks", "food & drinks", "ice cream", "ice cream social");
        put(n, ActivityKind.CAREER_INFORMATION, "careers", "career info", "recruiting", "recruitment");
        put(n, ActivityKind.SAFETY_INFORMATION, "safety info", "crime prevention", "crime prevention tips",
                "safety tips", "neighborhood watch");
        return Map.copyOf(n);
    }

    private static void put(Map<String, ActivityKind> n, ActivityKind kind, String... names) {
        for (String name : names) {
            n.put(key(name), kind);
        }
    }

    /** Letters and digits in lower case, as headers are compared: "K-9 Demo" and "k9 demo" are one name. */
    private static String key(String name) {
        return Column.key(name.replace("&", "and"));
    }

    /** Reads a cell's activities, each once, in the order listed. */
    static List<Activity> parse(String cell) {
        Set<Activity> out = new LinkedHashSet<>();
        for (String item : cell.split("[,;\\n\\r\u2022|]+")) {
            String t = item.strip().replaceFirst("^[-*]\\s*", "").replaceFirst("\\.$", "").strip();
            if (t.isEmpty()) {
                continue;
            }
            ActivityKind whole = NAMES.get(key(t));
            if (whole != null) {
                out.add(Activity.of(whole));
                continue;
            }
            String[] parts = t.split("(?i)\\s+(?:and|&)\\s+");
            List<Activity> split = new ArrayList<>();
            boolean anyKnown = false;
            for (String p : parts) {
                ActivityKind k = NAMES.get(key(p));
                anyKnown |= k != null;
                split.add(k != null ? Activity.of(k) : Activity.parse(p.strip()));
            }
            if (anyKnown && parts.length > 1) {
                out.addAll(split);
            } else {
                out.add(Activity.parse(t));
            }
        }
        return List.copyOf(out);
    }

    /** The cell {@link #parse} reads back to the same activities. */
    static String format(List<Activity> activities) {
        List<String> labels = new ArrayList<>(activities.size());
        activities.forEach(a -> labels.add(a.label()));
        return String.join(", ", labels);
    }
}
