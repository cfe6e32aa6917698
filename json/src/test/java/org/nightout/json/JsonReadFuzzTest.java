package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes reading events, event series and lists of events from arbitrary bytes. The only exception a document may
 * cause is Jackson's {@link JacksonException} (core validation errors arrive wrapped in one); whatever is read
 * writes and reads back equal.
 *
 * <p>In a normal build this replays the seeds in {@code JsonReadFuzzTestInputs/read/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see RELIABILITY.md).
 */
class JsonReadFuzzTest {
    private static final JsonMapper LIMITED = NightOutModule.jsonMapper();
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .addModule(new NightOutModule().withUnknownFieldsIgnored(true)).build();
    private static final TypeReference<List<Event>> EVENTS = new TypeReference<>() {
    };

    @FuzzTest(maxDuration = "5m")
    void read(byte[] input) {
        for (JsonMapper mapper : List.of(LIMITED, LENIENT)) {
            readBack(mapper, input, Event.class);
            readBack(mapper, input, EventSeries.class);
            readBack(mapper, input, mapper.getTypeFactory().constructType(EVENTS));
        }
    }

    /**
     * Checks that the seeds are documents of today's format, so that replaying them tries the round trip rather than
     * the documented failure: each reads as the type its name says, except {@code deep.json}, which is too deep for
     * the limits by design.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seed_readsAsItsType(String name) throws IOException {
        byte[] input;
        try (InputStream in = JsonReadFuzzTest.class.getResourceAsStream("JsonReadFuzzTestInputs/read/" + name)) {
            input = in.readAllBytes();
        }
        if (name.equals("deep.json")) {
            assertThatThrownBy(() -> LIMITED.readTree(input))
                    .isInstanceOf(StreamConstraintsException.class);
            return;
        }
        JavaType type = name.startsWith("series") ? LIMITED.constructType(EventSeries.class)
                : name.equals("list.json") ? LIMITED.getTypeFactory().constructType(EVENTS)
                : LIMITED.constructType(Event.class);
        Object value = LIMITED.readValue(input, type);
        Object back = LIMITED.readValue(LIMITED.writeValueAsBytes(value), type);
        assertThat(back).isEqualTo(value);
    }

    static Stream<String> seeds() throws IOException, URISyntaxException {
        Path dir = Path.of(JsonReadFuzzTest.class.getResource("JsonReadFuzzTestInputs/read").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * Reads the input as a value of the type; where that works, writes the value and reads it back, outside the
     * catch, so that a failure of the round trip fails the test instead of passing for unreadable input.
     */
    private static void readBack(JsonMapper mapper, byte[] input, Object type) {
        JavaType javaType = type instanceof JavaType t ? t : mapper.constructType((Class<?>) type);
        Object value;
        try {
            value = mapper.readValue(input, javaType);
        } catch (JacksonException notThisType) {
            return; // Not a document of this type: the documented failure.
        }
        Object back = mapper.readValue(mapper.writeValueAsBytes(value), javaType);
        assertThat(back).isEqualTo(value);
    }
}
