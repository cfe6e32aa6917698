package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.Profile;

class ICalendarWriterTest {
    private static final ICalendarWriter WRITER = Events.writer()
            .name("Chippewa Valley National Night Out")
            .description("Events, in order")
            .url(URI.create("https://example.org/nno.ics"))
            .refreshInterval(Duration.ofHours(12))
            .color("navy")
            .uidDomain("example.org")
            .build();

    /** Also keeps what the test wrote, so CI can hand it to the interop consumers. */
    private static String write(String interopName, ICalendarWriter writer, List<Event> events) throws IOException {
        String feed = writer.writeToString(events);
        Path file = Path.of("target", "interop", interopName + ".ics");
        Files.createDirectories(file.getParent());
        Files.writeString(file, feed, StandardCharsets.UTF_8);
        return feed;
    }

    private static ICalendar parse(String feed) {
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar ical = Biweekly.parse(feed).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        return ical;
    }

    @Test
    void write_calendarProperties() throws IOException {
        String feed = write("calendar", WRITER, List.of(Events.carsonPark().build()));
        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//nightout//nightout iCalendar writer//EN\r\n"
                + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nNAME:Chippewa Valley National Night Out\r\n"
                + "X-WR-CALNAME:Chippewa Valley National Night Out\r\nDESCRIPTION:Events\\, in order\r\n"
                + "X-WR-CALDESC:Events\\, in order\r\nURL:https://example.org/nno.ics\r\n"
                + "SOURCE;VALUE=URI:https://example.org/nno.ics\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n"
                + "X-PUBLISHED-TTL:PT12H\r\nCOLOR:navy\r\n");
        assertThat(feed).endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void write_event_everyProperty() {
        String feed = WRITER.writeToString(List.of(Events.carsonPark().build()));
        String event = feed.substring(feed.indexOf("BEGIN:VEVENT"), feed.indexOf("END:VEVENT") + 12);
        assertThat(event.replace("\r\n ", "")).isEqualTo(String.join("\r\n",
                "BEGIN:VEVENT",
                "UID:nno-2021-eau-claire@example.org",
                "DTSTAMP:20210804T153000Z",
                "LAST-MODIFIED:20210804T153000Z",
                "SEQUENCE:3",
                "DTSTART;TZID=America/Chicago:20210803T170000",
                "DTEND;TZID=America/Chicago:20210803T200000",
                "SUMMARY:National Night Out at Carson Park",
                "DESCRIPTION:Music\\, games\\, raffles and giveaways.\\nAll ages welcome\\; bring a chair\\, a blanket.",
                "CATEGORIES:Music,Mascot dance-off,Arts\\, crafts\\; more",
                "URL:https://example.org/nno",
                "IMAGE;VALUE=URI;DISPLAY=BADGE:https://example.org/nno.png",
                "LOCATION:Carson Park\\, Eau Claire\\, WI",
                "GEO:44.8113;-91.506",
                "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=\"Eau Claire, WI\";X-APPLE-RADIUS=70;X-TITLE=Carson Park:"
                        + "geo:44.8113,-91.506",
                "ORGANIZER;CN=Eau Claire Police Department:mailto:police@example.org",
                "CONTACT:Pat Example",
                "X-NIGHTOUT-CAMPAIGN;X-EDITION=38:national-night-out",
                "X-NIGHTOUT-COMMUNITY;X-KIND=CITY;X-STATE=WI;X-ZONE=America/Chicago;X-REGION=Chippewa Valley:Eau Claire",
                "X-NIGHTOUT-HOST;X-KIND=POLICE_DEPARTMENT;X-SHORT-NAME=ECPD;X-EMAIL=police@example.org;"
                        + "X-JURISDICTION=EVENT-COMMUNITY:Eau Claire Police Department",
                "X-NIGHTOUT-VENUE;X-LOCALITY=Eau Claire;X-STATE=WI;X-LATITUDE=44.8113;X-LONGITUDE=-91.506:Carson Park",
                "X-NIGHTOUT-PARTICIPANT;X-ROLE=COORDINATOR;X-PARTY=PERSON;X-TITLE=Event coordinator:Pat Example",
                "END:VEVENT", ""));
    }

    @Test
    void write_stampsComeFromTheRecord_notFromTheClock() {
        java.time.Instant longAgo = java.time.Instant.parse("2001-02-03T04:05:06Z");
        List<Event> events = List.of(Events.carsonPark().lastModified(longAgo).build());

        String feed = WRITER.writeToString(events);

        assertThat(feed).contains("\r\nDTSTAMP:20010203T040506Z\r\n", "\r\nLAST-MODIFIED:20010203T040506Z\r\n");
        assertThat(feed.lines().filter(l -> l.startsWith("DTSTAMP:"))).containsExactly("DTSTAMP:20010203T040506Z");
    }

    @Test
    void write_allDay_usesDateValues_withExclusiveEnd() {
        Event e = Events.carsonPark().time(EventTime.allDay(LocalDate.of(2021, 8, 3), LocalDate.of(2021, 8, 4))).build();
        String feed = WRITER.writeToString(List.of(e));
        assertThat(feed).contains("DTSTART;VALUE=DATE:20210803\r\nDTEND;VALUE=DATE:20210805\r\n")
                .doesNotContain("BEGIN:VTIMEZONE");
    }

    @Test
    void write_utc_usesZForm_withoutVtimezone() {
        ZonedDateTime start = ZonedDateTime.of(2021, 8, 3, 22, 0, 0, 0, ZoneOffset.UTC);
        String feed = WRITER.writeToString(List.of(Events.carsonPark().time(EventTime.of(start)).build()));
        assertThat(feed).contains("DTSTART:20210803T220000Z\r\n").doesNotContain("TZID").doesNotContain("DTEND");
    }

    @Test
    void write_noHost_organizerIsThePublisher() {
        Event e = Events.carsonPark().hosts(List.of()).build();
        assertThat(WRITER.writeToString(List.of(e)))
                .contains("ORGANIZER;CN=Chippewa Valley Night Out:mailto:nno@example.org\r\n");
    }

    @Test
    void write_noHostAndNoFieldOfOurs_marksThePublishersOrganizer_inTheFullProfileOnly() throws Exception {
        // Nothing else in its VEVENT would tell it from a public feed, whose ORGANIZER may name a host.
        Event bare = Event.builder().id("bare").title("Block captains' meeting")
                .time(EventTime.allDay(LocalDate.of(2025, 3, 9))).lastModified(Events.MODIFIED).build();
        String unfolded = WRITER.writeToString(List.of(bare)).replace("\r\n ", "");
        assertThat(unfolded).contains("ORGANIZER;CN=Chippewa Valley Night Out;X-NIGHTOUT-ORGANIZER=PUBLISHER:"
                + "mailto:nno@example.org\r\n");
        assertThat(Events.writer().profile(Profile.PUBLIC).build().writeToString(List.of(bare)))
                .contains("ORGANIZER;CN=Chippewa Valley Night Out:mailto:nno@example.org\r\n");
        assertThat(ICalendarReader.builder().uidDomain("example.org").build().read(unfolded).events())
                .containsExactly(bare);
    }

    @Test
    void read_ourPublicFeed_keepsTheOrganizerAndContactsItNames_theHostsNameAmongThem() throws Exception {
        // The public profile writes no X-NIGHTOUT-HOST: the ORGANIZER is all that is left of the host.
        Event hosted = Events.carsonPark().hosts(List.of(org.nightout.core.Agency.builder().from(Events.ecpd())
                .contact(java.util.Optional.empty()).build())).build();
        Event hostless = Events.carsonPark().id("nno-hostless").hosts(List.of()).build();
        String feed = Events.writer().profile(Profile.PUBLIC).build().writeToString(List.of(hosted, hostless));

        List<Event> read = ICalendarReader.builder().build().read(feed).events();

        assertThat(read).extracting(ev -> ev.organizer().orElseThrow()).containsExactly(
                org.nightout.core.Organizer.of("Eau Claire Police Department", URI.create("mailto:nno@example.org")),
                org.nightout.core.Organizer.of("Chippewa Valley Night Out", URI.create("mailto:nno@example.org")));
        assertThat(read).allSatisfy(ev -> assertThat(ev.hosts()).isEmpty());
        // Its coordinator is a CONTACT line, and the public profile writes no X-NIGHTOUT-PARTICIPANT either.
        assertThat(read.get(0).participants()).containsExactly(org.nightout.core.Participant.of(
                org.nightout.core.ParticipantRole.CONTACT, org.nightout.core.Person.of("Pat Example")));
    }

    @Test
    void read_ourFullFeed_anOrganizerDerivedFromTheHostOrThePublisher_isNotTheEventsOwn() throws Exception {
        Event hosted = Events.carsonPark().build();
        Event hostless = Events.carsonPark().id("nno-hostless").hosts(List.of()).build();

        List<Event> read = ICalendarReader.builder().build().read(WRITER.writeToString(List.of(hosted, hostless)))
                .events();

        assertThat(read).allSatisfy(ev -> assertThat(ev.organizer()).isEmpty());
        assertThat(read.get(0).hosts()).isEqualTo(hosted.hosts());
        assertThat(read.get(0).participants()).isEqualTo(hosted.participants());
    }

    @Test
    void write_hostWithoutAddress_isReachedThroughThePublisher() {
        Event e = Events.carsonPark().hosts(List.of(org.nightout.core.Agency.builder().from(Events.ecpd())
                .contact(java.util.Optional.empty()).build())).build();
        assertThat(WRITER.writeToString(List.of(e)))
                .contains("ORGANIZER;CN=Eau Claire Police Department:mailto:nno@example.org\r\n");
    }

    @Nested
    @DisplayName("status")
    class Status {
        private String statusLines(EventStatus status) {
            String feed = WRITER.writeToString(List.of(Events.carsonPark().status(status).build()));
            return feed.lines().filter(l -> l.startsWith("STATUS") || l.startsWith("X-NIGHTOUT-STATUS")
                    || l.startsWith("X-NIGHTOUT-PREVIOUS")).reduce("", (a, b) -> a + b + "\n");
        }

        @Test
        void scheduled_hasNoStatus() {
            assertThat(statusLines(EventStatus.scheduled())).isEmpty();
        }

        @Test
        void cancelled_keepsReason() {
            assertThat(statusLines(EventStatus.cancelled("COVID-19 pandemic")))
                    .isEqualTo("STATUS:CANCELLED\nX-NIGHTOUT-STATUS-REASON:COVID-19 pandemic\n");
        }

        @Test
        void postponed_isTentative() {
            assertThat(statusLines(EventStatus.postponed()))
                    .isEqualTo("STATUS:TENTATIVE\nX-NIGHTOUT-STATUS:POSTPONED\n");
        }

        @Test
        void rescheduled_isConfirmed_withPreviousStart() {
            EventTime before = Events.evening(LocalDate.of(2021, 8, 2), Events.CHICAGO);
            assertThat(statusLines(EventStatus.rescheduled(before, "Rain")))
                    .isEqualTo("STATUS:CONFIRMED\nX-NIGHTOUT-STATUS:RESCHEDULED\n"
                            + "X-NIGHTOUT-PREVIOUS-START;TZID=America/Chicago:20210802T170000\n"
                            + "X-NIGHTOUT-PREVIOUS-END;TZID=America/Chicago:20210802T200000\n"
                            + "X-NIGHTOUT-STATUS-REASON:Rain\n");
        }

        @Test
        void confirmedAndTentative() {
            assertThat(statusLines(EventStatus.confirmed())).isEqualTo("STATUS:CONFIRMED\n");
            assertThat(statusLines(EventStatus.tentative())).isEqualTo("STATUS:TENTATIVE\n");
        }
    }

    @Test
    void write_hostileText_staysInsideItsProperty_forAnIndependentParser() throws IOException {
        String hostile = "Line one\r\nX-INJECTED:1\nBEGIN:VEVENT\r\n;TZID=x:\\,\"quoted\" 😀";
        Event e = Events.carsonPark().description(hostile).addActivities(org.nightout.core.Activity.other("a,b;c\\d"))
                .build();
        String feed = write("hostile-text", WRITER, List.of(e));
        ICalendar ical = parse(feed);
        assertThat(ical.getEvents()).hasSize(1);
        VEvent parsed = ical.getEvents().get(0);
        assertThat(parsed.getDescription().getValue()).isEqualTo(hostile.replace("\r\n", "\n"));
        assertThat(parsed.getExperimentalProperty("X-INJECTED")).isNull();
        assertThat(parsed.getCategories().get(0).getValues()).endsWith("a,b;c\\d");
    }

    @Test
    void write_isThreadSafe_eightThreadsGiveTheSameBytes() throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(Events.carsonPark().id("e" + i).time(Events.evening(LocalDate.of(2021, 8, 3).plusDays(i),
                    ZoneId.of(i % 2 == 0 ? "America/Chicago" : "Europe/Berlin"))).build());
        }
        String expected = WRITER.writeToString(events);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> WRITER.writeToString(events)));
            }
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void write_stream_andOutputStream_giveTheSameBytesAsText() throws IOException {
        List<Event> events = List.of(Events.carsonPark().build());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WRITER.write(events, bytes);
        java.io.StringWriter fromStream = new java.io.StringWriter();
        WRITER.write(() -> Stream.of(Events.carsonPark().build()), fromStream);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(WRITER.writeToString(events))
                .isEqualTo(fromStream.toString());
    }

    @Nested
    @DisplayName("events read twice")
    class TwoPasses {
        private final Event event = Events.carsonPark().build();

        @Test
        void write_supplier_closesEveryStreamItOpens() throws IOException {
            java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();

            WRITER.write(() -> {
                opened.incrementAndGet();
                return Stream.of(event).onClose(closed::incrementAndGet);
            }, new java.io.StringWriter());

            assertThat(opened).hasValue(2);
            assertThat(closed).hasValue(2);
        }

        @Test
        void write_supplier_closesTheStream_whenAnEventIsRefused() {
            java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
            Event refused = Events.carsonPark()
                    .addExtensions(org.nightout.core.ExtensionProperty.of("SUMMARY", "Twice")).build();

            assertThatThrownBy(() -> WRITER.write(() -> Stream.of(refused).onClose(closed::incrementAndGet),
                    new java.io.StringWriter())).isInstanceOf(IllegalArgumentException.class);
            assertThat(closed).hasValue(1);
        }

        @Test
        void write_oneShotIterable_failsBeforeWritingAnything() {
            Iterable<Event> oneShot = oneShot(event);
            java.io.StringWriter out = new java.io.StringWriter();

            assertThatThrownBy(() -> WRITER.write(oneShot, out)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("gave nothing on the writer's second pass");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void write_supplierGivingTheSameStreamTwice_failsBeforeWritingAnything() {
            Stream<Event> once = Stream.of(event);
            java.io.StringWriter out = new java.io.StringWriter();

            assertThatThrownBy(() -> WRITER.write(() -> once, out)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("fresh stream");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void write_secondPassWithFewerEvents_fails() {
            Event other = Events.carsonPark().id("another").build();
            java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

            assertThatThrownBy(() -> WRITER.write(() -> calls.incrementAndGet() == 1 ? Stream.of(event, other)
                    : Stream.of(event), new java.io.StringWriter())).isInstanceOf(IllegalStateException.class)
                    .hasMessage("The events gave 2 items on the writer's first pass and 1 on the second: each pass"
                            + " must give the same events");
        }

        @Test
        void write_emptyIterable_isAnEmptyFeed() {
            assertThat(WRITER.writeToString(List.of())).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        }

        private Iterable<Event> oneShot(Event e) {
            Iterator<Event> it = List.of(e).iterator();
            return () -> it;
        }
    }

    @Test
    void builder_rejectsBadOptions() {
        assertThatThrownBy(() -> ICalendarWriter.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("A publisher is required");
        assertThatThrownBy(() -> ICalendarWriter.builder().publisher("x", URI.create("nno@example.org")))
                .hasMessage("Publisher address \"nno@example.org\" must be an absolute URI such as mailto:events@example.org");
        assertThatThrownBy(() -> Events.writer().refreshInterval(Duration.ZERO))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> Events.writer().color("#ff0000")).hasMessageContaining("CSS3 color name");
    }
}
