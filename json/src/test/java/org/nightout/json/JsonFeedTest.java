package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class JsonFeedTest {
    private static final JsonMapper MAPPER = NightOutModule.jsonMapper();

    private static List<Event> events() {
        List<Event> events = new ArrayList<>(TestEvents.samples());
        events.add(TestEvents.everyField());
        return events;
    }

    private static List<EventSeries> series() {
        return List.of(TestEvents.series(), TestEvents.weeklyAtHome(), TestEvents.yearlyAtCarsonPark());
    }

    private static FeedDocument feed() {
        return FeedDocument.of(events(), series()).withName("National Night Out in the Chippewa Valley");
    }

    /** What a read hands over, in order, as strings that say what each part was. */
    private static final class Recorder implements JsonFeed.Handler {
        final List<Object> parts = new ArrayList<>();

        @Override
        public void name(String name) {
            parts.add("name " + name);
        }

        @Override
        public void event(Event event) {
            parts.add(event);
        }

        @Override
        public void series(EventSeries series) {
            parts.add(series);
        }
    }

    private static List<Object> read(String json) {
        Recorder r = new Recorder();
        JsonFeed.of(MAPPER).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), r);
        return r.parts;
    }

    private static String write(JsonMapper mapper, FeedDocument feed) {
        StringWriter out = new StringWriter();
        try (JsonFeed.FeedWriter w = JsonFeed.of(mapper).writer(out)) {
            feed.name().ifPresent(w::name);
            feed.events().forEach(w::write);
            feed.series().forEach(w::write);
        }
        return out.toString();
    }

    @Nested
    class Writing {
        @Test
        void writer_givesTheBytesTheMapperWritesForTheWholeDocument_compactAndIndented() {
            for (JsonMapper mapper : List.of(MAPPER,
                    MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build())) {
                assertThat(write(mapper, feed())).isEqualTo(mapper.writeValueAsString(feed()));
                FeedDocument eventsOnly = FeedDocument.of(events(), List.of());
                assertThat(write(mapper, eventsOnly)).isEqualTo(mapper.writeValueAsString(eventsOnly));
                FeedDocument seriesOnly = FeedDocument.of(List.of(), series());
                assertThat(write(mapper, seriesOnly)).isEqualTo(mapper.writeValueAsString(seriesOnly));
            }
        }

        @Test
        void emptyDocument_isItsSchemaVersionAlone() {
            assertThat(write(MAPPER, FeedDocument.of(List.of(), List.of()))).isEqualTo("{\"schemaVersion\":1}");
        }

        @Test
        void writer_onAByteStream_writesUtf8_andLeavesTheStreamOpen() {
            boolean[] closed = new boolean[1];
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            JsonFeed.FeedWriter w = JsonFeed.of(MAPPER).writer(out);
            w.name("Veranstaltungen in Köln");
            w.write(TestEvents.cancelled());
            w.write(TestEvents.series());
            w.close();
            w.close();

            assertThat(closed[0]).isFalse();
            assertThat(w.eventCount()).isEqualTo(1);
            assertThat(w.seriesCount()).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(MAPPER.writeValueAsString(
                    FeedDocument.of(List.of(TestEvents.cancelled()), List.of(TestEvents.series()))
                            .withName("Veranstaltungen in Köln")));
        }

        @Test
        void writer_refusesWhatWouldBreakTheDocument() {
            JsonFeed.FeedWriter w = JsonFeed.of(MAPPER).writer(new StringWriter());
            assertThatThrownBy(() -> w.name(" ")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("name");
            w.write(TestEvents.cancelled());
            assertThatThrownBy(() -> w.name("late")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("before any event or series");
            w.write(TestEvents.series());
            assertThatThrownBy(() -> w.write(TestEvents.cancelled())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Events go before the series");
            w.close();
            assertThatThrownBy(() -> w.write(TestEvents.series())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }
    }

    @Nested
    class Reading {
        @Test
        void read_givesTheNameEventsAndSeriesBack_inTheDocumentsOrder() {
            List<Object> expected = new ArrayList<>();
            expected.add("name " + feed().name().get());
            expected.addAll(events());
            expected.addAll(series());

            assertThat(read(MAPPER.writeValueAsString(feed()))).isEqualTo(expected);
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(feed()), FeedDocument.class)).isEqualTo(feed());
        }

        @Test
        void read_anArrayOfEvents_theOlderForm_givesItsEvents() {
            String array = MAPPER.writeValueAsString(events());

            assertThat(read(array)).isEqualTo(events());
            assertThat(MAPPER.readValue(array, FeedDocument.class)).isEqualTo(FeedDocument.of(events(), List.of()));
        }

        @Test
        void read_seriesBeforeEvents_handsThemOverAsTheyCome() {
            String json = "{\"series\": [" + MAPPER.writeValueAsString(TestEvents.series()) + "], \"events\": ["
                    + MAPPER.writeValueAsString(TestEvents.cancelled()) + "], \"schemaVersion\": 1}";

            assertThat(read(json)).containsExactly(TestEvents.series(), TestEvents.cancelled());
        }

        @Test
        void read_handsOverEachEventBeforeTheNextIsRead() {
            List<Event> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add(Event.builder().from(TestEvents.everyField()).id("e" + i).build());
            }
            byte[] bytes = MAPPER.writeValueAsBytes(FeedDocument.of(many, List.of()));
            int[] position = new int[1];
            InputStream in = new ByteArrayInputStream(bytes) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    int n = super.read(b, off, len);
                    position[0] = pos;
                    return n;
                }
            };
            List<Integer> readWhenHanded = new ArrayList<>();
            JsonFeed.of(MAPPER).read(in, new JsonFeed.Handler() {
                @Override
                public void event(Event event) {
                    readWhenHanded.add(position[0]);
                }
            });

            assertThat(readWhenHanded).hasSize(300);
            assertThat(readWhenHanded.get(0)).isLessThan(bytes.length / 10);
        }

        @Test
        void read_whatTheHandlerThrows_stopsTheReadAsItIs() {
            IllegalStateException stop = new IllegalStateException("stop");
            String json = MAPPER.writeValueAsString(feed());

            assertThatThrownBy(() -> JsonFeed.of(MAPPER).read(new ByteArrayInputStream(json.getBytes(
                    StandardCharsets.UTF_8)), new JsonFeed.Handler() {
                        @Override
                        public void series(EventSeries series) {
                            throw stop;
                        }
                    })).isSameAs(stop);
        }

        @Test
        void read_badEvent_namesItsArrayAndIndexInThePath() {
            String json = "{\"schemaVersion\": 1, \"events\": [" + MAPPER.writeValueAsString(TestEvents.cancelled())
                    + ", {\"schemaVersion\":1,\"id\":7}]}";
            List<Object> seen = new ArrayList<>();

            assertThatThrownBy(() -> JsonFeed.of(MAPPER).read(new ByteArrayInputStream(
                    json.getBytes(StandardCharsets.UTF_8)), new JsonFeed.Handler() {
                        @Override
                        public void event(Event event) {
                            seen.add(event);
                        }
                    })).isInstanceOfSatisfying(JacksonException.class, e -> assertThat(JsonFeed.describe(e))
                            .contains("/events/1/id: expected a string, found a number"));
            assertThat(seen).hasSize(1);
        }

        @Test
        void read_withoutSchemaVersion_orWithAnother_fails() {
            assertThatThrownBy(() -> read("{\"events\": []}")).isInstanceOf(JacksonException.class)
                    .hasMessageContaining("schemaVersion");
            assertThatThrownBy(() -> read("{\"schemaVersion\": 2}")).isInstanceOf(JacksonException.class)
                    .hasMessageContaining("Unsupported schemaVersion 2");
        }

        @Test
        void of_mapperWithoutTheModule_isRefused() {
            assertThatThrownBy(() -> JsonFeed.of(JsonMapper.builder().build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NightOutModule");
        }
    }

    private static String describeFailure(String json) {
        JacksonException e = org.assertj.core.api.Assertions.catchThrowableOfType(JacksonException.class,
                () -> read(json));
        assertThat(e).as(json).isNotNull();
        return JsonFeed.describe(e);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a string | \"feed\" | line 1, column 1: expected a feed document (a JSON object) or a JSON array of events,"
                + " found a string",
        "nothing | `` | line 1, column 0: expected a feed document (a JSON object) or a JSON array of events, found the end of the"
                + " input",
        "a number in the array | [\\n  1\\n] | line 2, column 3: /0: expected an event (a JSON object), found a number",
        "a number for the events | {\"schemaVersion\": 1, \"events\": 1} | line 1, column 32: /events: expected a"
                + " JSON array, found a number",
        "a number for a title | {\"schemaVersion\": 1, \"events\": [{\"schemaVersion\": 1, \"id\": \"x\", \"title\": 5}]}"
                + " | line 1, column 74: /events/0/title: expected a string, found a number",
        "a string for the venue | [{\"schemaVersion\": 1, \"venue\": \"Carson Park\"}]"
                + " | line 1, column 32: /0/venue: expected a venue (a JSON object), found a string",
        "a bad rule | {\"schemaVersion\": 1, \"series\": [{\"schemaVersion\": 1, \"rule\": \"FREQ=SOMETIMES\"}]}"
                + " | line 1, column 62: /series/0/rule: \"FREQ=SOMETIMES\": Cannot parse recurrence rule"
                + " \"FREQ=SOMETIMES\": FREQ=SOMETIMES is not one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY,"
                + " MONTHLY, YEARLY; expected an RFC 5545 recurrence rule such as FREQ=YEARLY;BYDAY=1TU;BYMONTH=8",
        "a blank name | {\"schemaVersion\": 1, \"name\": \" \"} | line 1, column 30: /name: Invalid FeedDocument: name:"
                + " \" \" must not be blank (leave it absent instead)",
        "an unknown campaign id | [{\"schemaVersion\": 1, \"campaign\": \"coffee\"}]"
                + " | line 1, column 35: /0/campaign: \"coffee\": unknown id; expected a campaign object or the id"
                + " of a built-in campaign, one of [national-night-out]",
        "a cut-off file | [{\"schemaVersion\": 1, | line 1, column 22: /0: not valid JSON: the input ends before the"
                + " JSON does",
        "something after the array | [] [] | line 1, column 4: expected nothing after the feed document, found an"
                + " array",
        "something after the object | {\"schemaVersion\": 1} 7 | line 1, column 22: expected nothing after the feed"
                + " document, found a number",
    })
    void describe_failure_saysWhereAndWhatInTheFormatsWords(String name, String json, String message) {
        assertThat(describeFailure(json == null ? "" : json.replace("\\n", "\n"))).isEqualTo(message);
    }

    @Test
    void describe_unknownProperty_namesItAndTheKnownOnes() {
        assertThat(describeFailure("{\"schemaVersion\": 1, \"calendar\": \"x\"}")).isEqualTo("line 1, column 35:"
                + " /calendar: unknown property \"calendar\" in a feed document; expected one of events, name,"
                + " schemaVersion, series");
        assertThat(describeFailure("[{\"schemaVersion\": 1, \"location\": \"park\"}]")).startsWith("line 1,"
                + " column 36: /0/location: unknown property \"location\" in an event; expected one of activities,"
                + " audiences, campaign, community, coverage, description,");
    }

    @Test
    void describe_valueTheCoreRefuses_keepsTheCoreMessage() {
        String json = MAPPER.writeValueAsString(FeedDocument.of(List.of(TestEvents.cancelled()), List.of()))
                .replace("\"latitude\":44.8105", "\"latitude\":123");

        assertThat(describeFailure(json)).contains("/events/0/venue/geo/latitude: ").contains("latitude")
                .contains("123");
    }
}
