package org.nightout.ical.internal.zones;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.TimeZone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WindowsZonesTest {

    private static Map<String, String> table(String resource) throws IOException {
        Map<String, String> rows = new TreeMap<>();
        try (InputStream in = WindowsZones.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cells = line.split("\t");
                    assertThat(cells).as(line).hasSize(2);
                    assertThat(rows.put(cells[0], cells[1])).as("a second row for " + cells[0]).isNull();
                }
            }
        }
        return rows;
    }

    @Test
    void committedTable_isEveryTerritory001RowOfCldr_asIcu4jShipsIt() throws IOException {
        Map<String, String> icu = new TreeMap<>();
        for (String id : TimeZone.getAvailableIDs()) {
            String windows = TimeZone.getWindowsID(id);
            if (windows != null) {
                icu.put(windows, TimeZone.getIDForWindowsID(windows, null));
            }
        }
        assertThat(table("windows-zones.tsv")).isEqualTo(icu);
    }

    @Test
    void everyDisplayName_belongsToAWindowsNameOfTheTable() throws IOException {
        Map<String, String> windows = table("windows-zones.tsv");
        assertThat(table("outlook-zones.tsv")).allSatisfy((display, name) -> {
            assertThat(windows).containsKey(name);
            assertThat(display).matches("\\((UTC|GMT)([+-]\\d\\d:\\d\\d)?\\) .+");
        });
    }

    @Test
    void lookup_ignoresCase() {
        assertThat(WindowsZones.lookup("Central Standard Time")).contains(ZoneId.of("America/Chicago"));
        assertThat(WindowsZones.lookup("eastern standard time")).contains(ZoneId.of("America/New_York"));
        assertThat(WindowsZones.lookup("Atlantis Standard Time")).isEmpty();
    }

    @Test
    void lookupDisplayName_readsTheTextAfterTheOffset_inUtcOrGmtForm() {
        assertThat(WindowsZones.lookupDisplayName("(UTC-06:00) Central Time (US & Canada)"))
                .contains(ZoneId.of("America/Chicago"));
        assertThat(WindowsZones.lookupDisplayName("(GMT-06:00) Central Time (US & Canada)"))
                .contains(ZoneId.of("America/Chicago"));
        assertThat(WindowsZones.lookupDisplayName("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"))
                .contains(ZoneId.of("Europe/Berlin"));
        assertThat(WindowsZones.lookupDisplayName("Central Time (US & Canada)")).isEmpty();
    }

    @Test
    void lookupDisplayName_withAndForTheAmpersand_findsTheSameZone() {
        assertThat(WindowsZones.lookupDisplayName("(UTC-05:00) Eastern Time (US and Canada)"))
                .contains(ZoneId.of("America/New_York"));
        assertThat(WindowsZones.lookupDisplayName("(UTC-05:00) Eastern Time (US&Canada)"))
                .contains(ZoneId.of("America/New_York"));
    }
}
