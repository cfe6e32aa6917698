package org.nightout.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.Agency;
import org.nightout.core.Campaign;
import org.nightout.core.Community;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.UsState;
import org.nightout.core.Venue;
import org.nightout.examples.SampleEvents;
import org.nightout.json.FeedDocument;
import org.nightout.json.JsonFeed;
import org.nightout.json.NightOutModule;

/**
 * The Jackson 2 module writes the bytes NightOutModule writes in the same profile, and reads them back to equal
 * values: in the full profile, the lossless format, here; {@link ProfileTest} compares the public one.
 */
class SameBytesTest {
    private static final tools.jackson.databind.json.JsonMapper JACKSON3 = NightOutModule.jsonMapper();
    private static final ObjectMapper JACKSON2 = fullMapper();

    /** {@link NightOutJackson2Module#jsonMapper()}, with the module in the full profile. */
    static ObjectMapper fullMapper() {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                        .streamReadConstraints(NightOutJackson2Module.streamReadConstraints()).build())
                .addModule(new NightOutJackson2Module().withProfile(org.nightout.core.Profile.FULL))
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    @Nested
    class SampleData {
        @Test
        void everySampleEvent_isWrittenAsNightOutModuleWritesIt_andReadBackEqual() throws IOException {
            List<Event> events = SampleEvents.all();
            assertThat(events).isNotEmpty();
            for (Event event : events) {
                byte[] bytes = JACKSON2.writeValueAsBytes(event);
                assertThat(new String(bytes, StandardCharsets.UTF_8)).as(event.id())
                        .isEqualTo(JACKSON3.writeValueAsString(event));
                assertThat(JACKSON2.readValue(bytes, Event.class)).isEqualTo(event);
            }
        }

        @Test
        void theListOfSampleEvents_isOneArrayOfTheSameBytes() throws IOException {
            List<Event> events = SampleEvents.all();
            assertThat(JACKSON2.writeValueAsString(events)).isEqualTo(JACKSON3.writeValueAsString(events));
        }

        @Test
        void aSeriesWithRuleExdateAndOverride_isWrittenAlike_andReadBackEqual() throws IOException {
            EventSeries series = series();
            String json = JACKSON2.writeValueAsString(series);
            assertThat(json).isEqualTo(JACKSON3.writeValueAsString(series)).contains("\"overrides\"");
            assertThat(JACKSON2.readValue(json, EventSeries.class)).isEqualTo(series);
        }

        @Test
        void theValuesInsideAnEvent_areWrittenAloneAsWell() throws IOException {
            Event event = SampleEvents.all().stream()
                    .filter(e -> !e.hosts().isEmpty() && e.venue().isPresent() && e.community().isPresent())
                    .findFirst().orElseThrow();
            Map<Class<?>, Object> parts = Map.of(EventTime.class, event.time(), EventStatus.class, event.status(),
                    Agency.class, event.hosts().get(0), Venue.class, event.venue().orElseThrow(),
                    Community.class, event.community().orElseThrow());
            for (Map.Entry<Class<?>, Object> part : parts.entrySet()) {
                String json = JACKSON2.writeValueAsString(part.getValue());
                assertThat(json).isEqualTo(JACKSON3.writeValueAsString(part.getValue()));
                assertThat(JACKSON2.readValue(json, part.getKey())).isEqualTo(part.getValue());
            }
        }

        @Test
        void eventsInsideTheApplicationsOwnTypes_areWrittenInPlace() throws IOException {
            Event event = SampleEvents.all().get(0);
            String json = JACKSON2.writeValueAsString(Map.of("featured", event));
            assertThat(json).isEqualTo("{\"featured\":" + JACKSON3.writeValueAsString(event) + "}");
        }

        @Test
        void prettyPrinting_isTheJackson2Mappers_andReadsBackEqual() throws IOException {
            Event event = SampleEvents.all().get(0);
            String pretty = JACKSON2.writerWithDefaultPrettyPrinter().writeValueAsString(event);
            assertThat(pretty).contains("\n  \"schemaVersion\" : 1,\n");
            assertThat(JACKSON3.readValue(pretty, Event.class)).isEqualTo(event);
            assertThat(JACKSON2.readTree(pretty)).isEqualTo(JACKSON2.readTree(JACKSON3.writeValueAsString(event)));
        }
    }

    @Nested
    class Feeds {
        @Test
        void aFeedDocumentOfEventsAndSeries_isWrittenAlike_andReadBackEqual() throws IOException {
            FeedDocument feed = FeedDocument.of(SampleEvents.all(), List.of(series())).withName("National Night Out");
            String json = JACKSON2.writeValueAsString(feed);
            assertThat(json).isEqualTo(JACKSON3.writeValueAsString(feed)).contains("\"series\":[");
            assertThat(JACKSON2.readValue(json, FeedDocument.class)).isEqualTo(feed);
        }

        @Test
        void theStreamingWriter_writesTheFeedTheJackson2MapperReads() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonFeed.FeedWriter w = JsonFeed.of(JACKSON3).writer(out)) {
                SampleEvents.all().forEach(w::write);
                w.write(series());
            }
            assertThat(JACKSON2.readValue(out.toByteArray(), FeedDocument.class))
                    .isEqualTo(FeedDocument.of(SampleEvents.all(), List.of(series())));
        }

        @Test
        void anArrayOfEvents_theOlderForm_readsAsAFeedOfEvents() throws IOException {
            String array = JACKSON3.writeValueAsString(SampleEvents.all());
            assertThat(JACKSON2.readValue(array, FeedDocument.class))
                    .isEqualTo(FeedDocument.of(SampleEvents.all(), List.of()));
        }

        @Test
        void aSequenceWriter_writesTheArrayNightOutModuleWrites() throws IOException {
            List<Event> events = SampleEvents.all();
            ByteArrayOutputStream jackson2 = new ByteArrayOutputStream();
            try (SequenceWriter w = JACKSON2.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValuesAsArray(jackson2)) {
                for (Event event : events) {
                    w.write(event);
                }
            }
            assertThat(jackson2.toString(StandardCharsets.UTF_8)).isEqualTo(JACKSON3.writeValueAsString(events));
        }

        @Test
        void aMappingIterator_readsAnArrayOneEventAtATime() throws IOException {
            List<Event> events = SampleEvents.all();
            List<Event> read = new ArrayList<>();
            try (MappingIterator<Event> it = JACKSON2.readerFor(Event.class)
                    .readValues(JACKSON3.writeValueAsBytes(events))) {
                while (it.hasNextValue()) {
                    read.add(it.nextValue());
                }
            }
            assertThat(read).isEqualTo(events);
        }
    }

    /** Carson Park's yearly event to 2030, cancelled in 2024 and moved in 2022. */
    private static EventSeries series() {
        Campaign nno = Campaign.nationalNightOut();
        Event first = Event.builder().from(SampleEvents.all().get(0))
                .time(EventTime.allDay(nno.ruleFor(UsState.WI).dateIn(2021))).build();
        LocalDate moved = nno.ruleFor(UsState.WI).dateIn(2022);
        Event override = Event.builder().from(first).time(EventTime.allDay(moved.plusDays(7)))
                .status(EventStatus.rescheduled(EventTime.allDay(moved))).sequence(1).build();
        return EventSeries.builder().first(first).rule(nno.recurrenceRuleFor(UsState.WI).endingAfter(10))
                .addExdates(nno.ruleFor(UsState.WI).dateIn(2024)).putOverrides(moved, override).build();
    }
}
