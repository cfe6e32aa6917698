package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
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
            try {
                Event event = mapper.readValue(input, Event.class);
                assertThat(mapper.readValue(mapper.writeValueAsBytes(event), Event.class)).isEqualTo(event);
            } catch (JacksonException expected) {
                // Not an event: the documented failure.
            }
            try {
                EventSeries series = mapper.readValue(input, EventSeries.class);
                assertThat(mapper.readValue(mapper.writeValueAsBytes(series), EventSeries.class)).isEqualTo(series);
            } catch (JacksonException expected) {
                // Not a series.
            }
            try {
                List<Event> events = mapper.readValue(input, EVENTS);
                assertThat(mapper.readValue(mapper.writeValueAsBytes(events), EVENTS)).isEqualTo(events);
            } catch (JacksonException expected) {
                // Not a list of events.
            }
        }
    }
}
