package org.nightout.ical;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Windows time zone names, as Outlook and Exchange write them in TZID, mapped to IANA zones.
 *
 * <p>The JDK carries no such table and iCal4j's alias file covers few of them, so the common ones are listed here by
 * hand, following the territory-"001" rows of the Unicode CLDR windowsZones mapping.
 */
final class WindowsZones {
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("dateline standard time", "Etc/GMT+12"),
            Map.entry("hawaiian standard time", "Pacific/Honolulu"),
            Map.entry("aleutian standard time", "America/Adak"),
            Map.entry("alaskan standard time", "America/Anchorage"),
            Map.entry("pacific standard time", "America/Los_Angeles"),
            Map.entry("us mountain standard time", "America/Phoenix"),
            Map.entry("mountain standard time", "America/Denver"),
            Map.entry("central standard time", "America/Chicago"),
            Map.entry("central america standard time", "America/Guatemala"),
            Map.entry("canada central standard time", "America/Regina"),
            Map.entry("central standard time (mexico)", "America/Mexico_City"),
            Map.entry("eastern standard time", "America/New_York"),
            Map.entry("us eastern standard time", "America/Indiana/Indianapolis"),
            Map.entry("eastern standard time (mexico)", "America/Cancun"),
            Map.entry("atlantic standard time", "America/Halifax"),
            Map.entry("sa western standard time", "America/La_Paz"),
            Map.entry("newfoundland standard time", "America/St_Johns"),
            Map.entry("e. south america standard time", "America/Sao_Paulo"),
            Map.entry("utc", "Etc/UTC"),
            Map.entry("coordinated universal time", "Etc/UTC"),
            Map.entry("gmt standard time", "Europe/London"),
            Map.entry("greenwich standard time", "Atlantic/Reykjavik"),
            Map.entry("w. europe standard time", "Europe/Berlin"),
            Map.entry("romance standard time", "Europe/Paris"),
            Map.entry("central europe standard time", "Europe/Budapest"),
            Map.entry("central european standard time", "Europe/Warsaw"),
            Map.entry("e. europe standard time", "Europe/Chisinau"),
            Map.entry("fle standard time", "Europe/Kiev"),
            Map.entry("gtb standard time", "Europe/Bucharest"),
            Map.entry("russian standard time", "Europe/Moscow"),
            Map.entry("israel standard time", "Asia/Jerusalem"),
            Map.entry("south africa standard time", "Africa/Johannesburg"),
            Map.entry("arabian standard time", "Asia/Dubai"),
            Map.entry("india standard time", "Asia/Kolkata"),
            Map.entry("china standard time", "Asia/Shanghai"),
            Map.entry("singapore standard time", "Asia/Singapore"),
            Map.entry("tokyo standard time", "Asia/Tokyo"),
            Map.entry("korea standard time", "Asia/Seoul"),
            Map.entry("aus eastern standard time", "Australia/Sydney"),
            Map.entry("e. australia standard time", "Australia/Brisbane"),
            Map.entry("west pacific standard time", "Pacific/Port_Moresby"),
            Map.entry("new zealand standard time", "Pacific/Auckland"),
            Map.entry("samoa standard time", "Pacific/Apia"),
            Map.entry("utc-11", "Etc/GMT+11"),
            Map.entry("utc+12", "Etc/GMT-12"));

    private WindowsZones() {
    }

    /** The IANA zone of a Windows zone name, ignoring case and the quotes some exporters add. */
    static Optional<ZoneId> lookup(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.length() > 1 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        return Optional.ofNullable(ZONES.get(key)).map(ZoneId::of);
    }
}
