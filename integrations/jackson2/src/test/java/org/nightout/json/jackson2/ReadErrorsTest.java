package org.nightout.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.Event;
import org.nightout.core.GeoPoint;
import org.nightout.core.ValidationException;
import org.nightout.core.Venue;
import org.nightout.examples.SampleEvents;
import org.nightout.json.NightOutModule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What NightOutModule refuses, the Jackson 2 module refuses with Jackson 2's exception of the same kind, message,
 * cause, JSON path and location in the document.
 */
class ReadErrorsTest {
    private static final tools.jackson.databind.json.JsonMapper JACKSON3 = NightOutModule.jsonMapper();
    private static final ObjectMapper JACKSON2 = NightOutJackson2Module.jsonMapper();
    /** A sample event with a host and a venue, placed on the map so that its coordinates can be broken. */
    private static final Event EVENT = placed(SampleEvents.all().stream()
            .filter(e -> !e.hosts().isEmpty() && e.venue().isPresent()).findFirst().orElseThrow());

    private static Event placed(Event e) {
        Venue venue = e.venue().orElseThrow();
        return Event.builder().from(e).venue(Venue.builder().from(venue)
                .geo(venue.geo().orElse(GeoPoint.of(44.8124, -91.5155))).build()).build();
    }

    /** The sample event's JSON over many lines, after {@code edit}: errors then have a line and a column. */
    private static String edited(Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) JACKSON3.readTree(JACKSON3.writeValueAsString(EVENT));
        edit.accept(tree);
        return JACKSON3.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    static Stream<Arguments> data_brokenEvents() {
        return Stream.of(
                Arguments.of("an unknown property", edited(t -> ((ObjectNode) t.get("venue").get("geo"))
                        .put("altitude", 240))),
                Arguments.of("a latitude out of range", edited(t -> ((ObjectNode) t.get("venue").get("geo"))
                        .put("latitude", 123.0))),
                Arguments.of("a number for text", edited(t -> t.put("title", 5))),
                Arguments.of("text for a number", edited(t -> t.put("sequence", "3"))),
                Arguments.of("null for an absent value", edited(t -> t.putNull("description"))),
                Arguments.of("a later schema version", edited(t -> t.put("schemaVersion", 2))),
                Arguments.of("a malformed date-time", edited(t -> ((ObjectNode) t.get("time"))
                        .put("start", "2022-08-02 18:00"))),
                Arguments.of("an unknown enum value", edited(t -> ((ObjectNode) t.get("hosts").get(0))
                        .put("kind", "SWAT_TEAM"))),
                Arguments.of("an object where an array belongs", edited(t -> t.putObject("hosts"))),
                Arguments.of("a missing title", edited(t -> t.remove("title"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_brokenEvents")
    void read_brokenEvent_failsAsNightOutModuleDoes_inJackson2(String what, String json) {
        JacksonException jackson3 = catchThrowableOfType(JacksonException.class,
                () -> JACKSON3.readValue(json, Event.class));
        JsonMappingException jackson2 = catchThrowableOfType(JsonMappingException.class,
                () -> JACKSON2.readValue(json, Event.class));

        assertThat(jackson3).as("Jackson 3 reading %s", what).isNotNull();
        assertThat(jackson2).as("Jackson 2 reading %s", what).isNotNull();
        assertSameFailure(jackson2, jackson3);
    }

    @Test
    void read_brokenEventInAList_hasItsIndexFirstInThePath() {
        ArrayNode array = JACKSON3.createArrayNode();
        array.add(JACKSON3.readTree(JACKSON3.writeValueAsString(EVENT)));
        array.add(JACKSON3.readTree(edited(t -> ((ObjectNode) t.get("venue").get("geo")).put("latitude", 123.0))));
        String json = JACKSON3.writerWithDefaultPrettyPrinter().writeValueAsString(array);

        JacksonException jackson3 = catchThrowableOfType(JacksonException.class,
                () -> JACKSON3.readValue(json, new tools.jackson.core.type.TypeReference<List<Event>>() { }));
        JsonMappingException jackson2 = catchThrowableOfType(JsonMappingException.class,
                () -> JACKSON2.readValue(json, new TypeReference<List<Event>>() { }));

        assertSameFailure(jackson2, jackson3);
        assertThat(pointer(jackson2)).isEqualTo("/1/venue/geo/latitude");
    }

    private static void assertSameFailure(JsonMappingException jackson2, JacksonException jackson3) {
        assertThat(jackson2.getClass().getSimpleName()).isEqualTo(jackson3.getClass().getSimpleName());
        assertThat(pointer(jackson2)).isEqualTo(pointer(jackson3)).isNotEmpty();
        assertThat(jackson2.getLocation().getLineNr()).isEqualTo(jackson3.getLocation().getLineNr())
                .isGreaterThan(1);
        assertThat(jackson2.getLocation().getColumnNr()).isEqualTo(jackson3.getLocation().getColumnNr());
        if (jackson2 instanceof UnrecognizedPropertyException unknown) {
            // Each Jackson words this one itself ("field" in 2, "property" in 3); the facts are the same.
            var u3 = (tools.jackson.databind.exc.UnrecognizedPropertyException) jackson3;
            assertThat(unknown.getPropertyName()).isEqualTo(u3.getPropertyName());
            assertThat(unknown.getKnownPropertyIds()).containsExactlyElementsOf(u3.getKnownPropertyIds());
        } else {
            assertThat(jackson2.getOriginalMessage()).isEqualTo(jackson3.getOriginalMessage());
        }
        if (jackson3.getCause() instanceof ValidationException cause3) {
            assertThat(jackson2.getCause()).isInstanceOf(ValidationException.class).hasMessage(cause3.getMessage());
        } else {
            assertThat(jackson2.getCause()).isNull();
        }
        for (Throwable t = jackson2; t != null; t = t.getCause()) {
            assertThat(t.getClass().getName()).as("a Jackson 3 class in the causes").doesNotStartWith("tools.jackson");
        }
    }

    @Test
    void read_valueTheCoreRefuses_hasTheCoreExceptionAsCause() {
        String json = edited(t -> ((ObjectNode) t.get("venue").get("geo")).put("latitude", 123.0));

        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> JACKSON2.readValue(json, Event.class));

        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(e.getPathReference()).isEqualTo("org.nightout.core.Event[\"venue\"]->org.nightout.core.Venue"
                + "[\"geo\"]->org.nightout.core.GeoPoint[\"latitude\"]");
        assertThat(e.getMessage()).contains("123.0").contains("line: ");
    }

    @Test
    void read_malformedJson_failsWithJackson2sParseException() {
        String json = JACKSON3.writeValueAsString(EVENT).replace("\"title\":", "\"title\" ");

        JsonParseException e = catchThrowableOfType(JsonParseException.class,
                () -> JACKSON2.readValue(json, Event.class));

        JacksonException jackson3 = catchThrowableOfType(JacksonException.class,
                () -> JACKSON3.readValue(json, Event.class));
        assertThat(e.getLocation().getColumnNr()).isEqualTo(jackson3.getLocation().getColumnNr())
                .isEqualTo(json.indexOf("\"title\" ") + 9);
    }

    @Test
    void read_nestingDeeperThanTheLimit_failsWithJackson2sConstraintsException() {
        // An unknown property the module skips: only the parser's limit can stop its nesting.
        ObjectMapper ignoring = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(NightOutJackson2Module.streamReadConstraints()).build())
                .addModule(new NightOutJackson2Module().withUnknownFieldsIgnored(true)).build();
        String json = "{\"colour\":" + "[".repeat(40) + "]".repeat(40) + "}";

        StreamConstraintsException e = catchThrowableOfType(StreamConstraintsException.class,
                () -> ignoring.readValue(json, Event.class));

        assertThat(e.getMessage()).contains("Document nesting depth (33) exceeds the maximum allowed (32");
    }

    @Test
    void read_anythingAfterTheEvent_fails() {
        String json = JACKSON3.writeValueAsString(EVENT) + " {}";

        assertThat(catchThrowableOfType(MismatchedInputException.class, () -> JACKSON2.readValue(json, Event.class))
                .getMessage()).contains("Trailing token");
    }

    @Test
    void read_unknownPropertyAProblemHandlerTakes_isSkipped() throws IOException {
        List<String> offered = new ArrayList<>();
        ObjectMapper lenient = JsonMapper.builder().addModule(new NightOutJackson2Module())
                .addHandler(new DeserializationProblemHandler() {
                    @Override
                    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
                            throws IOException {
                        offered.add(((Class<?>) beanOrClass).getSimpleName() + "." + propertyName);
                        p.skipChildren();
                        return propertyName.equals("colour");
                    }
                }).build();
        String json = edited(t -> t.putObject("colour").put("name", "blue").putArray("shades").add(1));

        assertThat(lenient.readValue(json, Event.class)).isEqualTo(EVENT);
        assertThat(offered).containsExactly("Event.colour");
    }

    @Test
    void read_unknownPropertyNoHandlerTakes_isSkippedOnlyWhenTheModuleIgnoresThem() throws IOException {
        String json = edited(t -> t.putObject("colour").put("name", "blue"));
        ObjectMapper ignoring = JsonMapper.builder()
                .addModule(new NightOutJackson2Module().withUnknownFieldsIgnored(true)).build();
        ObjectMapper strict = JsonMapper.builder().addModule(new NightOutJackson2Module())
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        assertThat(ignoring.readValue(json, Event.class)).isEqualTo(EVENT);
        assertThat(catchThrowableOfType(UnrecognizedPropertyException.class,
                () -> strict.readValue(json, Event.class)).getPropertyName()).isEqualTo("colour");
    }

    @Test
    void module_isFoundByServiceLoader_andDerivesItsLimitsFromNightOutModules() {
        ObjectMapper found = JsonMapper.builder().findAndAddModules().build();

        assertThat(found.getRegisteredModuleIds()).contains(NightOutJackson2Module.class.getName());
        var limits = NightOutJackson2Module.streamReadConstraints();
        var jackson3 = NightOutModule.streamReadConstraints();
        assertThat(List.of(limits.getMaxNestingDepth(), limits.getMaxStringLength(), limits.getMaxNameLength()))
                .containsExactly(jackson3.getMaxNestingDepth(), jackson3.getMaxStringLength(),
                        jackson3.getMaxNameLength());
        assertThat(limits.getMaxDocumentLength()).isEqualTo(jackson3.getMaxDocumentLength());
        assertThat(new NightOutJackson2Module().version().toString())
                .isEqualTo(new NightOutModule().version().toString());
    }

    /** The path as a JSON Pointer, such as {@code /venue/geo/latitude}. */
    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> "/" + (r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())))
                .collect(Collectors.joining());
    }

    private static String pointer(JacksonException e) {
        return e.getPath().stream()
                .map(r -> "/" + (r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex())))
                .collect(Collectors.joining());
    }
}
