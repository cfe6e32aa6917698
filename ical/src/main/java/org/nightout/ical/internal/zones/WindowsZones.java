package org.nightout.ical.internal.zones;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Windows time zone names ({@code Central Standard Time}) and Outlook display names ({@code (UTC-06:00) Central Time
 * (US & Canada)}), as Outlook and Exchange write them in TZID, mapped to IANA zones.
 *
 * <p>The JDK carries no such table. Both come from generated resources ({@code windows-zones.tsv} from CLDR's
 * windowsZones, {@code outlook-zones.tsv} from a published list of display names), made by
 * {@code ical/src/build/generate-windows-zones.py}; {@code WindowsZonesTest} holds the first against CLDR as ICU4J
 * ships it. A zone this JDK's time zone data lacks is left out rather than failing the reader.
 */
public final class WindowsZones {
    /** Windows name, lower case, to the IANA zone CLDR gives it for territory 001. */
    private static final Map<String, ZoneId> ZONES;
    /** Display name with its "(UTC±hh:mm)" prefix removed, lower case, to the IANA zone. */
    private static final Map<String, ZoneId> DISPLAY_NAMES;

    static {
        Map<String, String> windows = table("windows-zones.tsv");
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        windows.forEach((name, iana) -> {
            if (ZoneId.getAvailableZoneIds().contains(iana)) {
                zones.put(name.toLowerCase(Locale.ROOT), ZoneId.of(iana));
            }
        });
        Map<String, ZoneId> display = new LinkedHashMap<>();
        table("outlook-zones.tsv").forEach((text, windowsName) -> {
            ZoneId zone = zones.get(windowsName.toLowerCase(Locale.ROOT));
            if (zone != null) {
                display.putIfAbsent(displayKey(text), zone);
            }
        });
        ZONES = Collections.unmodifiableMap(zones);
        DISPLAY_NAMES = Collections.unmodifiableMap(display);
    }

    private WindowsZones() {
    }

    /** The IANA zone of a Windows zone name, ignoring case. */
    public static Optional<ZoneId> lookup(String name) {
        return Optional.ofNullable(ZONES.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The IANA zone of an Outlook display name. Only the text after the offset counts: Windows changed the offset
     * shown for some zones over the years ("(UTC+04:00) Moscow" became "(UTC+03:00) Moscow"), and older Outlook wrote
     * "(GMT-05:00)" where newer writes "(UTC-05:00)".
     */
    public static Optional<ZoneId> lookupDisplayName(String name) {
        String key = displayKey(name);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(DISPLAY_NAMES.get(key));
    }

    /** The IANA zones Windows names stand for, in the order of the Windows names, each once. */
    public static List<ZoneId> zones() {
        return ZONES.values().stream().distinct().toList();
    }

    /**
     * The text after a leading "(UTC...)" or "(GMT...)", lower case, with "&" written as "and" (some exports spell
     * "(UTC-05:00) Eastern Time (US and Canada)"); empty if the name has no such prefix.
     */
    private static String displayKey(String name) {
        String n = name.strip();
        if (!n.startsWith("(UTC") && !n.startsWith("(GMT")) {
            return "";
        }
        int close = n.indexOf(')');
        return close < 0 ? "" : n.substring(close + 1).replace("&", " and ").strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> table(String resource) {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = WindowsZones.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from nightout-ical");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    rows.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + resource, e);
        }
        return rows;
    }
}
