package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.examples.Cli.Result;
import org.nightout.ical.ICalendarReader;

class ConvertCommandTest {
    @TempDir
    Path dir;


    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path sampleFeed() throws IOException {
        Path file = dir.resolve("sample.ics");
        assertThat(run("feed", "--profile", "full", "--out", file.toString()).status()).isZero();
        return file;
    }

    /** A block party at a private residence, whose coordinator gave a phone number and an e-mail address. */
    private Path blockPartyJson() throws IOException {
        org.nightout.core.Person host = org.nightout.core.Person.builder().name("Pat Smith")
                .contact(org.nightout.core.Contact.builder().phone("(715) 555-0142").email("pat@example.org").build())
                .build();
        org.nightout.core.Event party = org.nightout.core.Event.builder().from(SampleEvents.all().get(0))
                .id("nno-elm-st").title("Elm Street block party")
                .venue(org.nightout.core.Venue.builder().name("The Smiths' front yard").privateResidence(true)
                        .address(org.nightout.core.PostalAddress.builder().street("1234 Elm St")
                                .locality("Eau Claire").state(org.nightout.core.UsState.WI).postalCode("54703")
                                .build()).build())
                .participants(java.util.List.of(org.nightout.core.Participant.of(
                        org.nightout.core.ParticipantRole.COORDINATOR, host)))
                .build();
        return write("party.json", EventData.toJson(java.util.List.of(party)));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "--to {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ics", "json", "jsonld"})
    void convert_byDefault_publishesNoHouseNumberPhoneOrEmail(String to) throws IOException {
        Result r = run("convert", "--to", to, blockPartyJson().toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Elm St").doesNotContain("1234", "555-0142", "pat@example.org");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "--to {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ics", "json", "jsonld"})
    void convert_withTheFullProfile_keepsEverything(String to) throws IOException {
        Result r = run("convert", "--profile", "full", "--to", to, blockPartyJson().toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("1234 Elm St");
    }

    @Test
    void convert_icsToJson_givesTheSampleEvents() throws IOException {
        Result r = run("convert", "--profile", "full", sampleFeed().toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        org.nightout.json.FeedDocument feed = EventData.read(new ByteArrayInputStream(
                r.out().getBytes(StandardCharsets.UTF_8)), "out");
        assertThat(feed.events()).containsExactlyElementsOf(SampleEvents.all());
        assertThat(feed.series()).isEmpty();
        assertThat(feed.name()).hasValue(FeedIdentity.DEFAULT_CALENDAR_NAME);
    }

    @Test
    void convert_jsonToIcs_readsBackEqual() throws IOException {
        Path json = write("events.json", EventData.toJson(SampleEvents.all()));
        Result r = run("convert", "--profile", "full", json.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR");
        assertThat(ICalendarReader.builder().uidDomain("example.org").build().read(r.out()).events())
                .containsExactlyElementsOf(SampleEvents.all());
    }

    @Test
    void convert_toJsonLd() throws IOException {
        Result r = run("convert", "--to", "jsonld", sampleFeed().toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"@context\"", "\"@type\" : \"Event\"", "EventCancelled");
    }

    @Test
    void validate_printsEachWarning_andExits0() throws IOException {
        Path file = write("floating.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:a\r\nDTSTAMP:20220801T000000Z\r\nDTSTART:20220802T180000\r\nSUMMARY:Floating\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n");
        Result r = run("validate", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEqualTo("warning: line 7: DTSTART: \"20220802T180000\" has no time zone, and neither"
                + " the calendar (X-WR-TIMEZONE) nor the reader names one; read in UTC" + System.lineSeparator());
        assertThat(r.out()).contains(file + ": 1 events, 0 series, 1 warnings");
        Result strict = run("convert", "--strict", file.toString());
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.err()).startsWith("error: " + file + ": line 7: DTSTART:");
    }

    @Test
    void unreadableInput_isOneErrorLine_exit1() throws IOException {
        Path html = write("page.html", "<!DOCTYPE html><html></html>");
        Result r = run("validate", html.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: " + html + ": neither iCalendar (BEGIN:VCALENDAR) nor the"
                + " library's JSON (a feed document, or a JSON array of events)");
        Result badJson = run("convert", write("bad.json", "[{\"schemaVersion\":1,\"id\":\"x\"}]").toString());
        assertThat(badJson.status()).isEqualTo(1);
        assertThat(badJson.err()).startsWith("error: ").doesNotContain("\tat ");
        Result missing = run("validate", dir.resolve("nope.ics").toString());
        assertThat(missing.err().strip()).endsWith("nope.ics: no such file");
    }

    @Test
    void feed_eventPublishing_carriesJsonLd_andReadsBackEqual() throws IOException {
        Path file = dir.resolve("rfc9073.ics");
        assertThat(run("feed", "--profile", "full", "--event-publishing", "--out", file.toString()).status())
                .isZero();
        String feed = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(feed.replace("\r\n ", "")).contains("BEGIN:PARTICIPANT\r\n", "BEGIN:VLOCATION\r\n",
                "STRUCTURED-DATA;VALUE=TEXT;FMTTYPE=application/ld+json;SCHEMA=\"https://schema.org/Event\":{");
        assertThat(ICalendarReader.builder().uidDomain("example.org").strict(true).build().read(feed).events())
                .containsExactlyElementsOf(SampleEvents.all());
    }

    @Test
    void badFormat_isAUsageError() {
        Result r = run("convert", "--to", "pdf", "x.ics");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--to");
    }
}
