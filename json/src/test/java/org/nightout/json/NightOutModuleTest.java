package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.OrganizationParticipant;
import org.nightout.core.PersonParticipant;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

class NightOutModuleTest {

    @Test
    void handles_theTypesItHasAFormatFor_andTheirSubtypes_notOtherCoreTypes() {
        assertThat(List.of(Event.class, EventSeries.class, FeedDocument.class, EventTime.class, EventTime.Timed.class,
                PersonParticipant.class, TestEvents.cancelled().getClass())).allMatch(NightOutModule::handles);
        assertThat(List.of(org.nightout.core.Profile.class, org.nightout.core.recurrence.RecurrenceSet.class,
                org.nightout.core.ExtensionProperty.class, org.nightout.core.UsState.class, String.class,
                Object.class)).noneMatch(NightOutModule::handles);
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NightOutModule()).build();

    private static <T> T roundTrip(T value, Class<T> type) {
        return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    }

    @Nested
    @DisplayName("round trip")
    class RoundTrip {

        @Test
        void roundTrip_everyField_givesEqualEvent() {
            Event event = TestEvents.everyField();

            Event back = roundTrip(event, Event.class);

            assertThat(back).isEqualTo(event);
        }

        @Test
        void roundTrip_asBytes_keepsTextOutsideAscii() {
            Event event = TestEvents.everyField();

            Event back = MAPPER.readValue(MAPPER.writeValueAsBytes(event), Event.class);

            assertThat(back.title()).isEqualTo(event.title()).contains("\uD83D\uDE93");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.nightout.json.NightOutModuleTest#samples")
        void roundTrip_sampleEvent_givesEqualEvent(String id, Event event) {
            assertThat(roundTrip(event, Event.class)).isEqualTo(event);
        }

        @Test
        void roundTrip_listOfEvents_givesEqualList() {
            List<Event> events = TestEvents.samples();

            List<Event> back = MAPPER.readValue(MAPPER.writeValueAsString(events), new TypeReference<List<Event>>() {
            });

            assertThat(back).isEqualTo(events);
        }

        @Test
        void roundTrip_series_givesEqualSeries() {
            EventSeries series = TestEvents.series();

            assertThat(roundTrip(series, EventSeries.class)).isEqualTo(series);
        }

        @Test
        void roundTrip_seriesStartingInASkippedHour_keepsTheTimeItRepeats() {
            java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");
            java.time.LocalDateTime written = java.time.LocalDateTime.of(2026, 3, 8, 2, 30);
            org.nightout.core.Event first = org.nightout.core.Event.builder().from(TestEvents.series().first())
                    .time(org.nightout.core.EventTime.of(java.time.ZonedDateTime.of(written, newYork))).build();
            EventSeries series = EventSeries.builder().first(first).wallStart(written)
                    .rule(org.nightout.core.recurrence.RecurrenceRule.parse("FREQ=DAILY;COUNT=3")).build();

            assertThat(series.wallStart()).contains(written);
            assertThat(MAPPER.writeValueAsString(series)).contains("\"wallStart\":\"2026-03-08T02:30\"");
            assertThat(roundTrip(series, EventSeries.class)).isEqualTo(series);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.nightout.json.NightOutModuleTest#parts")
        void roundTrip_partOfAnEvent_givesEqualValueAtTheRoot(String type, Object part) {
            Object back = MAPPER.readValue(MAPPER.writeValueAsString(part), exactType(part));

            assertThat(back).isEqualTo(part);
        }

        @Test
        void roundTrip_timeInTheRepeatedHourWhenClocksGoBack_keepsTheLaterOffset() {
            ZonedDateTime later = ZonedDateTime.of(2022, 11, 6, 1, 30, 0, 0, TestEvents.CENTRAL)
                    .withLaterOffsetAtOverlap();

            EventTime back = roundTrip(EventTime.of(later), EventTime.class);

            assertThat(back).isEqualTo(EventTime.of(later));
            assertThat(((EventTime.Timed) back).start().getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
        }

        @Test
        void roundTrip_timedAsItsOwnType_givesTimed() {
            EventTime.Timed time = EventTime.of(ZonedDateTime.of(2022, 8, 2, 18, 0, 0, 0, TestEvents.EASTERN));

            assertThat(roundTrip(time, EventTime.Timed.class)).isEqualTo(time);
        }
    }

    @Nested
    @DisplayName("wire format")
    class WireFormat {

        @Test
        void write_eventWithoutHost_givesDocumentedShape() {
            Event bloomfield = TestEvents.samples().stream().filter(e -> e.id().equals("nno-2017-bloomfield-ct"))
                    .findFirst().orElseThrow();

            assertThat(MAPPER.writeValueAsString(bloomfield)).isEqualTo("{\"schemaVersion\":1,"
                    + "\"id\":\"nno-2017-bloomfield-ct\",\"title\":\"National Night Out in Bloomfield\","
                    + "\"campaign\":{\"id\":\"national-night-out\",\"name\":\"National Night Out\","
                    + "\"organizer\":\"National Association of Town Watch\",\"firstYear\":1984,"
                    + "\"rule\":{\"ordinal\":1,\"dayOfWeek\":\"TUESDAY\",\"month\":\"AUGUST\"},"
                    + "\"stateRules\":{\"TX\":{\"ordinal\":1,\"dayOfWeek\":\"TUESDAY\",\"month\":\"OCTOBER\"}},"
                    + "\"url\":\"https://natw.org/\"},"
                    + "\"community\":{\"name\":\"Bloomfield\",\"kind\":\"TOWN\",\"state\":\"CT\","
                    + "\"zone\":\"America/New_York\"},"
                    + "\"time\":{\"first\":\"2017-08-01\",\"last\":\"2017-08-01\"},"
                    + "\"status\":{\"kind\":\"SCHEDULED\"},"
                    + "\"lastModified\":\"2017-08-02T00:00:00Z\",\"sequence\":0}");
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("org.nightout.json.NightOutModuleTest#zonedTimes")
        void write_timedStart_givesOffsetAndZoneId(ZonedDateTime start, String expected) {
            assertThat(MAPPER.writeValueAsString(EventTime.of(start))).isEqualTo("{\"start\":\"" + expected + "\"}");
            assertThat(roundTrip(EventTime.of(start), EventTime.class)).isEqualTo(EventTime.of(start));
        }

        @Test
        void read_labelLeftOutForKnownKind_takesTheKindsLabel() {
            Event event = MAPPER.readValue("{\"schemaVersion\":1,\"id\":\"a\",\"title\":\"T\","
                    + "\"time\":{\"first\":\"2022-08-02\",\"last\":\"2022-08-02\"},"
                    + "\"activities\":[{\"kind\":\"DUNK_TANK\"}],\"lastModified\":\"2022-08-03T00:00:00Z\"}",
                    Event.class);

            assertThat(event.activities().get(0).label()).isEqualTo("Dunk tank");
            assertThat(event.status().kind()).isEqualTo(org.nightout.core.EventStatus.Kind.SCHEDULED);
            assertThat(event.sequence()).isZero();
        }
    }

    @Nested
    @DisplayName("registration and options")
    class Registration {

        @Test
        void findAndAddModules_findsTheModuleThroughServiceLoader() {
            JsonMapper found = JsonMapper.builder().findAndAddModules().build();

            assertThat(found.registeredModules()).extracting(JacksonModule::getModuleName).contains("NightOutModule");
            assertThat(found.readValue(MAPPER.writeValueAsString(TestEvents.cancelled()), Event.class))
                    .isEqualTo(TestEvents.cancelled());
        }

        @Test
        void version_isTheProjectVersion() {
            assertThat(new NightOutModule().version().toString()).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(new NightOutModule().version().getArtifactId()).isEqualTo("nightout-json");
        }

        @Test
        void withUnknownFieldsIgnored_skipsUnknownPropertiesAtAnyDepth() {
            JsonMapper lenient = JsonMapper.builder()
                    .addModule(new NightOutModule().withUnknownFieldsIgnored(true)).build();
            String json = MAPPER.writeValueAsString(TestEvents.cancelled())
                    .replace("\"geo\":{", "\"geo\":{\"altitude\":{\"m\":[1,2]},")
                    .replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"tags\":[\"x\"],");

            assertThat(lenient.readValue(json, Event.class)).isEqualTo(TestEvents.cancelled());
            assertThatThrownBy(() -> MAPPER.readValue(json, Event.class))
                    .isInstanceOf(UnrecognizedPropertyException.class);
        }

        @Test
        void addModule_secondInstance_replacesTheFirst() {
            JsonMapper mapper = JsonMapper.builder().addModule(new NightOutModule())
                    .addModule(new NightOutModule().withUnknownFieldsIgnored(true)).build();

            assertThat(mapper.registeredModules()).hasSize(1);
            assertThat(mapper.readValue("{\"latitude\":1,\"longitude\":2,\"elevation\":3}",
                    org.nightout.core.GeoPoint.class)).isEqualTo(org.nightout.core.GeoPoint.of(1, 2));
        }

        @Test
        void withUnknownFieldsIgnored_returnsANewModule_andLeavesThisOneAsItWas() {
            NightOutModule strict = new NightOutModule();

            assertThat(strict.withUnknownFieldsIgnored(false)).isNotSameAs(strict);
            assertThat(strict.withUnknownFieldsIgnored(true).ignoresUnknownFields()).isTrue();
            assertThat(strict.ignoresUnknownFields()).isFalse();
        }

        @Test
        void module_isNoMutableSimpleModule() {
            assertThat(NightOutModule.class.getSuperclass()).isEqualTo(JacksonModule.class);
            assertThat(java.lang.reflect.Modifier.isFinal(NightOutModule.class.getModifiers())).isTrue();
            assertThat(java.util.stream.Stream.of(NightOutModule.class.getDeclaredFields())
                    .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers())))
                    .allMatch(f -> java.lang.reflect.Modifier.isFinal(f.getModifiers()));
        }

        @Test
        void unknownProperty_goesToTheApplicationsProblemHandler_first() {
            List<String> seen = new java.util.ArrayList<>();
            JsonMapper mapper = JsonMapper.builder().addModule(new NightOutModule())
                    .addHandler(new tools.jackson.databind.deser.DeserializationProblemHandler() {
                        @Override
                        public boolean handleUnknownProperty(tools.jackson.databind.DeserializationContext ctxt,
                                tools.jackson.core.JsonParser p, tools.jackson.databind.ValueDeserializer<?> deser,
                                Object beanOrClass, String propertyName) {
                            seen.add(((Class<?>) beanOrClass).getSimpleName() + "." + propertyName);
                            p.skipChildren();
                            return true;
                        }
                    }).build();

            assertThat(mapper.readValue("{\"latitude\":1,\"elevation\":{\"m\":[3]},\"longitude\":2}",
                    org.nightout.core.GeoPoint.class)).isEqualTo(org.nightout.core.GeoPoint.of(1, 2));
            assertThat(seen).containsExactly("GeoPoint.elevation");
        }

        @Test
        void jsonSchema_isDraft202012() {
            assertThat(NightOutModule.jsonSchema())
                    .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        }
    }

    static Stream<Arguments> samples() {
        return Stream.concat(TestEvents.samples().stream(),
                        Stream.of(TestEvents.cancelled(), TestEvents.rescheduled(), TestEvents.everyField()))
                .map(e -> Arguments.of(e.id(), e));
    }

    static Stream<Arguments> parts() {
        Event e = TestEvents.everyField();
        return Stream.of(e.campaign().orElseThrow(), e.campaign().orElseThrow().rule(), e.community().orElseThrow(),
                        e.hosts().get(0), e.hosts().get(0).contact().orElseThrow(), e.venue().orElseThrow(),
                        e.venue().orElseThrow().address().orElseThrow(), e.venue().orElseThrow().geo().orElseThrow(),
                        e.time(), e.status(), e.activities().get(1), e.participants().get(0),
                        ((PersonParticipant) e.participants().get(0)).person(),
                        ((OrganizationParticipant) e.participants().get(2)).organization(), e.coverage().get(0))
                .map(part -> Arguments.of(exactType(part).getSimpleName(), part));
    }

    static Stream<Arguments> zonedTimes() {
        LocalDate day = LocalDate.of(2022, 8, 2);
        return Stream.of(
                Arguments.of(ZonedDateTime.of(day.atTime(18, 0), TestEvents.EASTERN),
                        "2022-08-02T18:00:00-04:00[America/New_York]"),
                Arguments.of(ZonedDateTime.of(day.atTime(18, 0), ZoneOffset.UTC), "2022-08-02T18:00:00+00:00"),
                Arguments.of(ZonedDateTime.of(day.atTime(18, 0), ZoneId.of("UTC")), "2022-08-02T18:00:00+00:00[UTC]"),
                Arguments.of(ZonedDateTime.of(day.atTime(18, 0), ZoneOffset.ofHoursMinutes(5, 30)),
                        "2022-08-02T18:00:00+05:30"),
                Arguments.of(ZonedDateTime.ofInstant(Instant.parse("1883-01-01T18:00:00Z"), TestEvents.CENTRAL),
                        "1883-01-01T12:09:24-05:50:36[America/Chicago]"));
    }

    /** The core type a value is registered as: the public abstract class for Immutables, else its own class. */
    static Class<?> exactType(Object value) {
        Class<?> c = value.getClass();
        if (c.getEnclosingClass() != null && c.getEnclosingClass().isInterface()) {
            return c.getEnclosingClass();
        }
        return c.isRecord() ? c : c.getSuperclass();
    }
}
