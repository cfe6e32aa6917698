package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.core.Event;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class JsonEventsTest {
    private static final JsonMapper MAPPER = NightOutModule.jsonMapper();

    private static List<Event> events() {
        List<Event> events = new ArrayList<>(TestEvents.samples());
        events.add(TestEvents.everyField());
        return events;
    }

    @Test
    void write_givesTheBytesOfTheWholeList_andReadGivesTheEventsBack() {
        for (JsonMapper mapper : List.of(MAPPER, MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(JsonEvents.of(mapper).write(events(), out)).isEqualTo(events().size());
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(mapper.writeValueAsString(events()));

            List<Event> back = new ArrayList<>();
            JsonEvents.of(mapper).read(new ByteArrayInputStream(out.toByteArray()), back::add);
            assertThat(back).isEqualTo(events());
        }
    }

    @Test
    void write_takesEachEventOnlyWhenItIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> writtenWhenAsked = new ArrayList<>();
        Iterable<Event> lazy = () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < 3;
            }

            @Override
            public Event next() {
                writtenWhenAsked.add(out.size());
                return Event.builder().from(TestEvents.everyField()).id("e" + next++).build();
            }
        };
        JsonEvents.of(MAPPER).write(lazy, out);
        assertThat(writtenWhenAsked).hasSize(3).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void read_handsOverEachEventBeforeTheNextIsRead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(Event.builder().from(TestEvents.everyField()).id("e" + i).build());
        }
        JsonEvents.of(MAPPER).write(many, out);
        byte[] bytes = out.toByteArray();
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
        JsonEvents.of(MAPPER).read(in, e -> readWhenHanded.add(position[0]));
        assertThat(readWhenHanded).hasSize(300);
        assertThat(readWhenHanded.get(0)).isLessThan(bytes.length / 10);
    }

    @Test
    void arrayWriter_leavesTheStreamOpen_andClosingTwiceDoesNothing() {
        boolean[] closed = new boolean[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        JsonEvents.ArrayWriter w = JsonEvents.of(MAPPER).arrayWriter(out);
        w.write(TestEvents.cancelled());
        w.close();
        w.close();
        assertThat(closed[0]).isFalse();
        assertThat(w.count()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(MAPPER.writeValueAsString(
                List.of(TestEvents.cancelled())));
        assertThatThrownBy(() -> w.write(TestEvents.cancelled())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void read_badEvent_namesItsIndexInThePath() {
        String json = "[" + MAPPER.writeValueAsString(TestEvents.cancelled()) + ", {\"schemaVersion\":1,\"id\":7}]";
        List<Event> seen = new ArrayList<>();
        assertThatThrownBy(() -> JsonEvents.of(MAPPER).read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), seen::add))
                .isInstanceOfSatisfying(JacksonException.class, e -> assertThat(e.getPath().get(0).getIndex())
                        .isEqualTo(1));
        assertThat(seen).hasSize(1);
    }

    @Test
    void read_notAnArray_orSomethingAfterIt_fails() {
        JsonEvents json = JsonEvents.of(MAPPER);
        assertThatThrownBy(() -> json.read(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)),
                e -> { })).isInstanceOf(JacksonException.class).hasMessageContaining("expected a JSON array");
        assertThatThrownBy(() -> json.read(new ByteArrayInputStream("[] 1".getBytes(StandardCharsets.UTF_8)),
                e -> { })).isInstanceOf(JacksonException.class).hasMessageContaining("expected nothing after");
    }

    @Test
    void of_mapperWithoutTheModule_isRefused() {
        assertThatThrownBy(() -> JsonEvents.of(JsonMapper.builder().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NightOutModule");
    }

    private static String describeFailure(String json) {
        JacksonException e = org.assertj.core.api.Assertions.catchThrowableOfType(JacksonException.class,
                () -> JsonEvents.of(MAPPER).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        event -> { }));
        assertThat(e).as(json).isNotNull();
        return JsonEvents.describe(e);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "an object | {\"id\": \"x\"} | line 1, column 1: expected a JSON array of events, found an object",
        "a number in the array | [\\n  1\\n] | line 2, column 3: /0: expected an event (a JSON object), found a number",
        "a number for a title | [{\"schemaVersion\": 1, \"id\": \"x\", \"title\": 5}]"
                + " | line 1, column 43: /0/title: expected a string, found a number",
        "a string for the venue | [{\"schemaVersion\": 1, \"venue\": \"Carson Park\"}]"
                + " | line 1, column 32: /0/venue: expected a venue (a JSON object), found a string",
        "an unknown campaign id | [{\"schemaVersion\": 1, \"campaign\": \"coffee\"}]"
                + " | line 1, column 35: /0/campaign: \"coffee\": unknown id; expected a campaign object or the id"
                + " of a built-in campaign, one of [national-night-out]",
        "an impossible date | [{\"schemaVersion\": 1, \"rainDate\": \"2023-02-30\"}]"
                + " | line 1, column 35: /0/rainDate: \"2023-02-30\": Invalid date 'FEBRUARY 30';"
                + " expected a date such as 2021-08-03",
        "a cut-off file | [{\"schemaVersion\": 1, | line 1, column 22: /0: not valid JSON: the input ends before the"
                + " JSON does",
        "a missing comma | [{\"schemaVersion\": 1 \"id\": \"x\"}] | line 1, column 22: /0: not valid JSON:"
                + " Unexpected character ('\"' (code 34))",
        "something after the array | [] [] | line 1, column 4: expected nothing after the array of events, found an"
                + " array",
    })
    void describe_failure_saysWhereAndWhatInTheFormatsWords(String name, String json, String message) {
        assertThat(describeFailure(json.replace("\\n", "\n"))).isEqualTo(message);
    }

    @Test
    void describe_unknownProperty_namesItAndTheKnownOnes() {
        String message = describeFailure("[{\"schemaVersion\": 1, \"location\": \"park\"}]");

        assertThat(message).startsWith("line 1, column 36: /0/location: unknown property \"location\" in an event;"
                + " expected one of activities, audiences, campaign, community, coverage, description,");
    }

    @Test
    void describe_valueTheCoreRefuses_keepsTheCoreMessage() {
        String json = MAPPER.writeValueAsString(List.of(TestEvents.cancelled()))
                .replace("\"latitude\":44.8105", "\"latitude\":123");

        assertThat(describeFailure(json)).contains("/0/venue/geo/latitude: ").contains("latitude").contains("123");
    }
}
