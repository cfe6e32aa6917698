package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.Campaign;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.UsState;

class StreamingReadTest {

    /** Everything a streaming read handed over, in the order it came. */
    private static final class Recorder implements ICalendarHandler {
        final List<String> order = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<EventSeries> series = new ArrayList<>();
        final List<ReadWarning> warnings = new ArrayList<>();
        Optional<String> name = Optional.empty();

        @Override
        public void name(String name) {
            assertThat(this.name).as("name is handed over once").isEmpty();
            this.name = Optional.of(name);
        }

        @Override
        public void event(Event event) {
            order.add("event " + event.id());
            events.add(event);
        }

        @Override
        public void series(EventSeries s) {
            order.add("series " + s.first().id());
            series.add(s);
        }

        @Override
        public void warning(ReadWarning warning) {
            order.add("warning " + warning.line());
            warnings.add(warning);
        }
    }

    static Stream<Path> data_documents() throws IOException {
        Path root = Path.of("src", "test", "resources", "org", "nightout", "ical");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".ics")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_documents")
    void stream_handsOverWhatReadReturns(Path file) throws IOException {
        ICalendarReader reader = ICalendarReader.builder().build();
        ICalendarData whole;
        try (InputStream in = Files.newInputStream(file)) {
            whole = reader.read(in);
        } catch (ICalendarParseException e) {
            Recorder recorder = new Recorder();
            assertThatThrownBy(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    reader.read(in, recorder);
                }
            }).isInstanceOf(ICalendarParseException.class).hasMessage(e.getMessage());
            return;
        }
        Recorder recorder = new Recorder();
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, recorder);
        }
        assertThat(recorder.events).containsExactlyElementsOf(whole.events());
        assertThat(recorder.series).containsExactlyElementsOf(whole.series());
        assertThat(recorder.warnings).containsExactlyElementsOf(whole.warnings());
        assertThat(recorder.name).isEqualTo(whole.name());
    }

    @Test
    void stream_handsOverTheFirstEventLongBeforeTheEnd() throws IOException {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(Events.carsonPark().id("e" + i).build());
        }
        byte[] feed = Events.writer().build().writeToString(events).getBytes(StandardCharsets.UTF_8);
        List<Integer> readWhenHanded = new ArrayList<>();
        CountingInput in = new CountingInput(feed);
        ICalendarReader.builder().build().read(in, new ICalendarHandler() {
            @Override
            public void event(Event event) {
                readWhenHanded.add(in.position);
            }
        });
        assertThat(readWhenHanded).hasSize(500);
        assertThat(readWhenHanded.get(0)).as("bytes read when the first event was handed over, of %d", feed.length)
                .isLessThan(feed.length / 10);
    }

    @Test
    void stream_seriesArriveAfterTheLastLine_singleEventsBefore() throws IOException {
        Event single = Events.carsonPark().id("single").build();
        EventSeries series = EventSeries.builder().first(Events.carsonPark().id("yearly")
                .time(Events.evening(LocalDate.of(2018, 8, 7), Events.CHICAGO)).build())
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI)).build();
        StringWriter w = new StringWriter();
        Events.writer().build().write(List.of(single), List.of(series), w);
        Recorder recorder = new Recorder();
        ICalendarReader.builder().build().read(
                new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), recorder);
        assertThat(recorder.order).containsExactly("event single", "series yearly");
    }

    @Test
    void stream_laterVersionOfAnEventHandedOver_isHandedOverAgainWithItsId() throws IOException {
        String doc = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:one\r\nDTSTAMP:20220801T000000Z\r\nDTSTART:20220802T230000Z\r\n"
                + "SUMMARY:First\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:one\r\nSEQUENCE:1\r\nDTSTAMP:20220801T000000Z\r\nDTSTART:20220802T230000Z\r\n"
                + "SUMMARY:Moved\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        Recorder recorder = new Recorder();
        ICalendarReader reader = ICalendarReader.builder().build();
        reader.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), recorder);
        assertThat(recorder.events).extracting(Event::title).containsExactly("First", "Moved");
        assertThat(recorder.events.get(1).id()).isEqualTo(recorder.events.get(0).id());
        assertThat(recorder.warnings).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message()).contains("older version of UID one");
        });
        ICalendarData whole = reader.read(doc);
        assertThat(whole.events()).extracting(Event::title).containsExactly("Moved");
    }

    @Test
    void stream_handlerException_stopsTheRead() {
        String feed = Events.writer().build().writeToString(List.of(
                Events.carsonPark().id("a").build(), Events.carsonPark().id("b").build()));
        List<Event> seen = new ArrayList<>();
        assertThatThrownBy(() -> ICalendarReader.builder().build().read(
                new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), new ICalendarHandler() {
                    @Override
                    public void event(Event event) {
                        seen.add(event);
                        throw new UncheckedIOException(new IOException("disk full"));
                    }
                })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        assertThat(seen).hasSize(1);
    }

    /** An input that counts the bytes it has given out. */
    private static final class CountingInput extends ByteArrayInputStream {
        int position;

        CountingInput(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, Math.min(len, 64));
            position = pos;
            return n;
        }

        @Override
        public synchronized int read() {
            int c = super.read();
            position = pos;
            return c;
        }
    }
}
