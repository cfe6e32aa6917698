package org.nightout.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.ical.FeedLinter;
import org.nightout.ical.FeedResponse;
import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.nightout.ical.LintRule;
import org.nightout.json.JsonLdWriter;

/**
 * Writes the events of the Excel and Numbers sheets as a public feed and a JSON-LD document to {@code target/interop/},
 * where CI hands every {@code *.ics} and {@code *.jsonld.json} to independent consumers and the linter; the feed is
 * linted here too, so that a finding shows in this module's build.
 */
class InteropFilesTest {
    private static final Path DIR = Path.of("target", "interop");

    @Test
    void an_importedSheet_isWrittenAsAFeed_thatReadsBackWithTheSameUids() throws IOException {
        List<Event> events = new ArrayList<>(Sheets.read("excel.csv").events());
        events.addAll(Sheets.read("numbers.csv", Sheets.reader().zone(Sheets.CHICAGO).build()).events());
        Files.createDirectories(DIR);
        Path ics = DIR.resolve("import.ics");
        ICalendarWriter writer = ICalendarWriter.builder()
                .publisher("Eau Claire Police Department", URI.create("mailto:nno@example.org"))
                .name("National Night Out registrations").uidDomain("example.org").build();
        try (OutputStream out = Files.newOutputStream(ics)) {
            writer.write(events, out);
        }
        Files.writeString(DIR.resolve("import.jsonld.json"), JsonLdWriter.create().write(events),
                StandardCharsets.UTF_8);

        List<String> uids = new ArrayList<>();
        ICalendarReader.builder().build().read(Files.newInputStream(ics), new ICalendarHandler() {
            @Override
            public void event(Event event) {
                uids.add(event.uid().orElse(event.id()));
            }
        });
        assertThat(uids).containsExactlyElementsOf(events.stream().map(e -> e.id() + "@example.org").toList());
        assertThat(Files.readString(ics)).contains("STATUS:CANCELLED", "SUMMARY:Cancelled: Hickory Hill Night Out")
                .doesNotContain("555-0101", "X-CSV-");
        assertLintsClean(ics);
    }

    @Test
    void a_fullProfileFeed_carriesTheKeptColumns_andReadsBackToEqualEvents() throws IOException {
        List<Event> events = new ArrayList<>(Sheets.read("google-forms.csv", Sheets.reader()
                .columns(ColumnMap.parse(Sheets.text("google-forms.map"))).build()).events());
        events.addAll(Sheets.read("numbers.csv", Sheets.reader().zone(Sheets.CHICAGO).build()).events());
        Files.createDirectories(DIR);
        Path ics = DIR.resolve("import-full.ics");
        ICalendarWriter writer = ICalendarWriter.builder()
                .publisher("Eau Claire Police Department", URI.create("mailto:nno@example.org"))
                .name("National Night Out registrations").uidDomain("example.org").profile(Profile.FULL).build();
        try (OutputStream out = Files.newOutputStream(ics)) {
            writer.write(events, out);
        }

        assertThat(Files.readString(ics)).contains("X-CSV-T-SHIRT-SIZE;X-CSV-COLUMN=T-Shirt Size:L",
                "X-CSV-OFFICER-REQUESTED;X-CSV-COLUMN=Officer requested?:yes", "(715) 555-0134");
        List<Event> back = new ArrayList<>();
        ICalendarReader.builder().uidDomain("example.org").build().read(Files.newInputStream(ics),
                new ICalendarHandler() {
                    @Override
                    public void event(Event event) {
                        back.add(event);
                    }
                });
        assertThat(back).isEqualTo(events);
        assertLintsClean(ics);
    }

    private static void assertLintsClean(Path ics) throws IOException {
        try (var in = Files.newInputStream(ics)) {
            assertThat(FeedLinter.create().lint(in, FeedResponse.unknown()))
                    .filteredOn(f -> f.severity() != LintRule.Severity.INFO).isEmpty();
        }
    }
}
