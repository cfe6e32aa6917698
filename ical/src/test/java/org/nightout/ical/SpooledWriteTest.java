package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.Profile;
import org.nightout.core.recurrence.RecurrenceRule;

/** {@link ICalendarWriter#writeSpooled}: events read once give the bytes and counts the two-pass write gives. */
class SpooledWriteTest {
    private static final ZoneId[] ZONES = {Events.CHICAGO, ZoneId.of("America/New_York"), ZoneId.of("Pacific/Guam"),
        ZoneId.of("Europe/Berlin"), ZoneId.of("UTC")};

    @TempDir
    Path spoolDirectory;

    /** Events in several zones and years, the later zones first seen late in the feed, one of them rescheduled. */
    private static List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ZoneId zone = ZONES[i / 8 % ZONES.length];
            LocalDate day = LocalDate.of(2019 + i % 5, 8, 1).plusDays(i);
            Event.Builder b = Events.carsonPark().id("nno-" + i).title("Night Out " + i + " — ¡Fiesta! 🎉")
                    .time(Events.evening(day, zone));
            if (i == 7) {
                b.status(EventStatus.rescheduled(Events.evening(day.minusYears(3), zone), "Heat"));
            }
            events.add(b.build());
        }
        return events;
    }

    private static List<EventSeries> series() {
        Event first = Events.carsonPark().id("yearly").time(Events.evening(LocalDate.of(2018, 8, 7),
                ZoneId.of("America/Denver"))).build();
        Event moved = Events.carsonPark().id("yearly").time(Events.evening(LocalDate.of(2022, 8, 9),
                ZoneId.of("America/Denver"))).build();
        ZonedDateTime was = Events.evening(LocalDate.of(2022, 8, 2), ZoneId.of("America/Denver")).start();
        return List.of(EventSeries.builder().first(first)
                .rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=8;BYDAY=1TU"))
                .putOverrides(was, moved).build());
    }

    /** An iterable that gives its events once, as a stream from a file does. */
    private static <T> Iterable<T> once(List<T> items) {
        Iterator<T> it = items.iterator();
        return () -> it;
    }

    private String spooled(ICalendarWriter writer, List<Event> events, List<EventSeries> series,
            WriteResult[] result) throws IOException {
        StringWriter out = new StringWriter();
        result[0] = writer.writeSpooled(once(events), once(series), out, spoolDirectory);
        return out.toString();
    }

    @Test
    void writeSpooled_givesTheBytesOfTheTwoPassWrite_andLeavesNoFile() throws IOException {
        ICalendarWriter writer = Events.writer().profile(Profile.FULL).build();
        StringWriter twoPass = new StringWriter();
        WriteResult expected = writer.write(events(), series(), twoPass);
        WriteResult[] result = new WriteResult[1];

        String feed = spooled(writer, events(), series(), result);

        assertThat(feed).isEqualTo(twoPass.toString()).contains("TZID:Pacific/Guam", "TZID:Europe/Berlin",
                "TZID:America/Denver", "RRULE:FREQ=YEARLY;BYDAY=1TU;BYMONTH=8");
        assertThat(result[0]).isEqualTo(expected);
        assertThat(result[0].bytes()).isEqualTo(feed.getBytes(StandardCharsets.UTF_8).length);
        try (Stream<Path> left = Files.list(spoolDirectory)) {
            assertThat(left).isEmpty();
        }
        Path file = Path.of("target", "interop", "spooled.ics");
        Files.createDirectories(file.getParent());
        Files.writeString(file, feed, StandardCharsets.UTF_8);
    }

    /** The OutputStream forms: the spool holds octets, and the bytes are the characters' UTF-8, budget or not. */
    @ParameterizedTest(name = "budget of {0}% of the whole feed")
    @ValueSource(ints = {10, 50, 95, 100})
    void writeSpooled_toAnOutputStream_givesTheUtf8OfTheCharacters(int percent) throws IOException {
        WriteResult whole = Events.writer().build().write(events(), series(), new StringWriter());
        ICalendarWriter writer = Events.writer().profile(Profile.FULL)
                .byteBudget(Math.max(1, whole.bytes() * percent / 100)).build();
        StringWriter chars = new StringWriter();
        WriteResult expected = writer.write(events(), series(), chars);
        java.io.ByteArrayOutputStream twoPass = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream spooled = new java.io.ByteArrayOutputStream();

        WriteResult twoPassResult = writer.write(events(), series(), twoPass);
        WriteResult result = writer.writeSpooled(once(events()), once(series()), spooled, spoolDirectory);

        byte[] utf8 = chars.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(twoPass.toByteArray()).isEqualTo(utf8);
        assertThat(spooled.toByteArray()).isEqualTo(utf8);
        assertThat(twoPassResult).isEqualTo(expected);
        assertThat(result).isEqualTo(expected);
        assertThat(result.bytes()).isEqualTo(utf8.length);
        try (Stream<Path> left = Files.list(spoolDirectory)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void writeSpooled_inAWindow_leavesOutWhatTheTwoPassWriteLeavesOut() throws IOException {
        ICalendarWriter writer = Events.writer().window(LocalDate.of(2020, 8, 1), LocalDate.of(2021, 12, 31)).build();
        StringWriter twoPass = new StringWriter();
        WriteResult expected = writer.write(events(), series(), twoPass);
        WriteResult[] result = new WriteResult[1];

        assertThat(spooled(writer, events(), series(), result)).isEqualTo(twoPass.toString());
        assertThat(result[0]).isEqualTo(expected);
        assertThat(expected.outsideWindow()).isPositive();
    }

    /**
     * Budgets from one that takes no event to one that takes them all, among them budgets where the header alone
     * lets an event into the spool but the VTIMEZONEs, known only at the end, leave it out.
     */
    @ParameterizedTest(name = "budget of {0}% of the whole feed")
    @ValueSource(ints = {5, 10, 20, 35, 50, 65, 80, 95, 99, 100})
    void writeSpooled_withAByteBudget_cutsWhereTheTwoPassWriteCuts(int percent) throws IOException {
        WriteResult whole = Events.writer().build().write(events(), series(), new StringWriter());
        ICalendarWriter writer = Events.writer().byteBudget(Math.max(1, whole.bytes() * percent / 100)).build();
        StringWriter twoPass = new StringWriter();
        WriteResult expected = writer.write(events(), series(), twoPass);
        WriteResult[] result = new WriteResult[1];

        assertThat(spooled(writer, events(), series(), result)).isEqualTo(twoPass.toString());
        assertThat(result[0]).isEqualTo(expected);
        assertThat(expected.truncated()).isEqualTo(percent < 100);
    }

    @Test
    void writeSpooled_refusedEvent_writesNothing() {
        List<Event> events = new ArrayList<>(events());
        events.add(Event.builder().from(events.get(0)).id("bad")
                .addExtensions(ExtensionProperty.of("SUMMARY", "Another title")).build());
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> Events.writer().build().writeSpooled(once(events), List.of(), out,
                spoolDirectory)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUMMARY");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void writeSpooled_failingIterable_writesNothing_andLeavesNoFile() throws IOException {
        List<Event> events = events();
        Iterable<Event> failing = () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (next == 20) {
                    throw new IllegalStateException("the source broke at event 20");
                }
                return next < events.size();
            }

            @Override
            public Event next() {
                return events.get(next++);
            }
        };
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> Events.writer().build().writeSpooled(failing, List.of(), out, spoolDirectory))
                .hasMessage("the source broke at event 20");
        assertThat(out.toString()).isEmpty();
        try (Stream<Path> left = Files.list(spoolDirectory)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void writeSpooled_allDayAndEmpty_matchTheTwoPassWrite() throws IOException {
        ICalendarWriter writer = Events.writer().build();
        List<Event> allDay = List.of(Events.carsonPark().time(EventTime.allDay(LocalDate.of(2021, 8, 3))).build());
        WriteResult[] result = new WriteResult[1];

        assertThat(spooled(writer, allDay, List.of(), result)).isEqualTo(writer.writeToString(allDay));
        assertThat(spooled(writer, List.of(), List.of(), result)).isEqualTo(writer.writeToString(List.of()));
        assertThat(result[0].events()).isZero();
    }
}
