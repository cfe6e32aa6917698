package org.nightout.ical;

import org.nightout.core.Profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.GeoPoint;
import org.nightout.core.Organizer;

/** What another calendar's events carry through a read and a write: what must stay, and what must not leak. */
class PassThroughTest {
    private static final ICalendarWriter.Builder WRITER = ICalendarWriter.builder()
            .publisher("City of Eau Claire", URI.create("mailto:events@example.org")).profile(Profile.FULL).uidDomain("example.org");

    private static Event foreign() throws IOException {
        ICalendarData data = ReadRepairTest.read("organizer-attendee-alarm.ics");
        assertThat(data.warnings()).isEmpty();
        return data.events().get(0);
    }

    @Test
    void foreignOrganizer_isTheEventsOrganizer_andWrittenBackTheSame() throws IOException {
        Event e = foreign();
        assertThat(e.organizer()).contains(Organizer.of("Town Watch", URI.create("mailto:watch@example.org")));
        assertThat(e.participants()).isEmpty();
        String written = WRITER.build().writeToString(java.util.List.of(e));
        assertThat(written).contains("ORGANIZER;CN=Town Watch;X-NIGHTOUT-ORGANIZER=EVENT:mailto:watch@example.org\r\n")
                .doesNotContain("events@example.org");
    }

    @Test
    void attendees_areNotRepublished_unlessAskedFor() throws IOException {
        Event e = foreign();
        assertThat(WRITER.build().writeToString(java.util.List.of(e))).doesNotContain("ATTENDEE", "pat@example.com");
        assertThat(WRITER.attendees(true).build().writeToString(java.util.List.of(e)))
                .contains("ATTENDEE;CN=Pat Resident;PARTSTAT=ACCEPTED:mailto:pat@example.com\r\n");
    }

    @Test
    void alarms_areKept_butWrittenOnlyWhenAskedFor() throws IOException {
        Event e = foreign();
        assertThat(e.extensionComponents()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("VALARM"));
        assertThat(WRITER.build().writeToString(java.util.List.of(e))).doesNotContain("VALARM");
        assertThat(WRITER.alarms(true).build().writeToString(java.util.List.of(e))).contains("BEGIN:VALARM\r\n"
                + "ACTION:DISPLAY\r\nTRIGGER:-PT30M\r\nDESCRIPTION:Coffee with a Cop\r\nEND:VALARM\r\nEND:VEVENT\r\n");
    }

    @Test
    void geo_isWrittenInPlainDecimals() throws IOException {
        Event e = foreign();
        assertThat(e.venue()).isEmpty();
        assertThat(WRITER.build().writeToString(java.util.List.of(e))).contains("GEO:0.0001;-0.0005\r\n");
        Event placed = Event.builder().from(e).extensions(java.util.List.of()).venue(org.nightout.core.Venue.builder().name("Town Green")
                .geo(GeoPoint.of(0.0001, -0.0005)).build()).build();
        assertThat(WRITER.build().writeToString(java.util.List.of(placed))).contains("GEO:0.0001;-0.0005\r\n")
                .contains("geo:0.0001,-0.0005\r\n").doesNotContainPattern("\\dE-\\d");
    }

    @Test
    void everythingKept_readsBackEqual_fromOurOwnFeed() throws IOException {
        Event e = foreign();
        String written = WRITER.alarms(true).attendees(true).build().writeToString(java.util.List.of(e));
        assertThat(ICalendarReader.builder().uidDomain("example.org").build().read(written).events())
                .containsExactly(e);
    }
}
