package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.Activity;
import org.nightout.core.ActivityKind;
import org.nightout.core.AgencyKind;
import org.nightout.core.Campaign;
import org.nightout.core.Audience;
import org.nightout.core.CommunityKind;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.ParticipantRole;
import org.nightout.core.UsState;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Checks what the module writes against the schema it ships, with an independent validator (networknt). */
class JsonSchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NightOutModule()).build();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    /** Holds all three schemas by their ids, as a user's validator would, so that the others find the event's. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(Arrays.stream(NightOutModule.Document.values()).collect(Collectors.toMap(
                            NightOutModule.Document::id, NightOutModule::jsonSchema))));
    private static final ObjectNode SCHEMA_TREE = (ObjectNode) PLAIN.readTree(NightOutModule.jsonSchema());
    private static final Schema EVENT_SCHEMA = schema(NightOutModule.Document.EVENT);

    private static Schema schema(NightOutModule.Document document) {
        return REGISTRY.getSchema(SchemaLocation.of(document.id()));
    }

    private static List<Error> validateEdited(Object value, Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) PLAIN.readTree(MAPPER.writeValueAsString(value));
        edit.accept(tree);
        return EVENT_SCHEMA.validate(tree.toString(), InputFormat.JSON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.nightout.json.NightOutModuleTest#samples")
    void validate_writtenEvent_matchesTheSchema(String id, Event event) {
        List<Error> errors = EVENT_SCHEMA.validate(MAPPER.writeValueAsString(event), InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @Test
    void validate_writtenEventList_matchesTheEventsSchema() {
        List<Event> events = NightOutModuleTest.samples().map(a -> (Event) a.get()[1]).toList();

        List<Error> errors = schema(NightOutModule.Document.EVENTS).validate(MAPPER.writeValueAsString(events),
                InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @Test
    void validate_eventListOfAnObject_isRejected() {
        List<Error> errors = schema(NightOutModule.Document.EVENTS).validate(
                MAPPER.writeValueAsString(TestEvents.cancelled()), InputFormat.JSON);

        assertThat(errors).extracting(Error::getKeyword).containsExactly("type");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_series")
    void validate_writtenSeries_matchesTheSeriesSchema(String name, EventSeries series) {
        List<Error> errors = schema(NightOutModule.Document.EVENT_SERIES)
                .validate(MAPPER.writeValueAsString(series), InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    static Stream<Arguments> data_series() {
        return Stream.of(
                Arguments.of("all-day, with an excluded date and a moved occurrence", TestEvents.series()),
                Arguments.of("timed, with an excluded date and a cancelled occurrence", TestEvents.weeklyAtHome()),
                Arguments.of("timed and infinite", TestEvents.yearlyAtCarsonPark()));
    }

    @Test
    void validate_writtenFeedDocument_matchesTheFeedSchema() {
        List<Event> events = NightOutModuleTest.samples().map(a -> (Event) a.get()[1]).toList();
        List<EventSeries> series = data_series().map(a -> (EventSeries) a.get()[1]).toList();
        Schema feed = schema(NightOutModule.Document.FEED);

        assertThat(feed.validate(MAPPER.writeValueAsString(FeedDocument.of(events, series).withName("Feeds\tand"
                + " series\n")), InputFormat.JSON)).isEmpty();
        assertThat(feed.validate(MAPPER.writeValueAsString(FeedDocument.of(List.of(), List.of())), InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void validate_feedDocumentWithAnUnknownPartOrABlankName_isRejected() {
        Schema feed = schema(NightOutModule.Document.FEED);

        assertThat(feed.validate("{\"schemaVersion\": 1, \"calendar\": \"x\"}", InputFormat.JSON))
                .extracting(Error::getKeyword).containsExactly("additionalProperties");
        assertThat(feed.validate("{\"schemaVersion\": 1, \"name\": \" \"}", InputFormat.JSON)).isNotEmpty();
        assertThat(feed.validate("{\"events\": []}", InputFormat.JSON))
                .extracting(Error::getKeyword).containsExactly("required");
    }

    @Test
    void jsonSchema_ofEachDocument_carriesItsId() {
        for (NightOutModule.Document d : NightOutModule.Document.values()) {
            assertThat(PLAIN.readTree(NightOutModule.jsonSchema(d)).get("$id").asString()).isEqualTo(d.id());
        }
    }

    /** A hand-written document the writer would write longer: valid by the schema, and read as {@code expected}. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("data_shorterForms")
    void read_schemaValidShorterForm_readsAsTheLongForm(String name, Consumer<ObjectNode> edit, Event expected) {
        ObjectNode tree = (ObjectNode) PLAIN.readTree(MAPPER.writeValueAsString(TestEvents.cancelled()));
        edit.accept(tree);

        assertThat(EVENT_SCHEMA.validate(tree.toString(), InputFormat.JSON)).isEmpty();
        assertThat(MAPPER.readValue(tree.toString(), Event.class)).isEqualTo(expected);
    }

    static Stream<Arguments> data_shorterForms() {
        Event e = TestEvents.cancelled();
        EventTime.Timed time = (EventTime.Timed) e.time();
        return Stream.of(
                Arguments.of("an activity of a known kind without its label",
                        (Consumer<ObjectNode>) t -> t.putArray("activities").addObject().put("kind", "DUNK_TANK"),
                        Event.builder().from(e).addActivities(Activity.of(ActivityKind.DUNK_TANK)).build()),
                Arguments.of("a campaign by the id of a built-in campaign",
                        (Consumer<ObjectNode>) t -> t.put("campaign", "national-night-out"),
                        e),
                Arguments.of("a time without seconds",
                        (Consumer<ObjectNode>) t -> ((ObjectNode) t.get("time"))
                                .put("start", "2023-08-01T17:00-05:00[America/Chicago]"),
                        e),
                Arguments.of("Z for the offset of a time in UTC",
                        (Consumer<ObjectNode>) t -> t.set("time", PLAIN.createObjectNode()
                                .put("start", "2023-08-01T22:00:00Z").put("end", "2023-08-02T01:00Z")),
                        Event.builder().from(e).time(EventTime.of(
                                time.start().withZoneSameInstant(ZoneOffset.UTC),
                                time.end().orElseThrow().withZoneSameInstant(ZoneOffset.UTC))).build()),
                Arguments.of("lastModified with an offset",
                        (Consumer<ObjectNode>) t -> t.put("lastModified", "2023-08-01T10:00:00-05:00"),
                        e));
    }

    /**
     * A document the schema allows but the core types refuse: the reader fails with the rule's message, as the
     * schema's description lists them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("data_documentedErrors")
    void read_schemaValidButRefused_failsWithTheRule(String name, Consumer<ObjectNode> edit, String message) {
        ObjectNode tree = (ObjectNode) PLAIN.readTree(MAPPER.writeValueAsString(TestEvents.cancelled()));
        edit.accept(tree);

        assertThat(EVENT_SCHEMA.validate(tree.toString(), InputFormat.JSON)).isEmpty();
        assertThatThrownBy(() -> MAPPER.readValue(tree.toString(), Event.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining(message);
    }

    static Stream<Arguments> data_documentedErrors() {
        return Stream.of(
                Arguments.of("free text that is a known kind's label",
                        (Consumer<ObjectNode>) t -> t.putArray("activities").addObject().put("kind", "OTHER")
                                .put("label", "dunk tank"),
                        "is the label of ActivityKind.DUNK_TANK"),
                Arguments.of("a date that does not exist",
                        startAt("2023-02-30T17:00:00-06:00[America/Chicago]"), "2023-02-30"),
                Arguments.of("an offset that is not the zone's",
                        startAt("2023-08-01T17:00:00-06:00[America/Chicago]"), "-06:00"),
                Arguments.of("a local time in the spring-forward gap",
                        startAt("2023-03-12T02:30:00-06:00[America/Chicago]"), "02:30"),
                Arguments.of("an unknown zone id",
                        startAt("2023-08-01T17:00:00-05:00[America/Springfield]"), "America/Springfield"),
                Arguments.of("an end not after its start",
                        startAt("2023-08-01T21:00:00-05:00[America/Chicago]"), "must be after the start"),
                Arguments.of("year 0",
                        (Consumer<ObjectNode>) t -> t.put("rainDate", "0000-08-02"), "0000-08-02"));
    }

    private static Consumer<ObjectNode> startAt(String start) {
        return t -> ((ObjectNode) t.get("time")).put("start", start);
    }

    @Test
    void read_knownKindWithAnotherLabel_isRefusedByBoth() {
        ObjectNode tree = (ObjectNode) PLAIN.readTree(MAPPER.writeValueAsString(TestEvents.cancelled()));
        tree.putArray("activities").addObject().put("kind", "DUNK_TANK").put("label", "Dunking booth");

        assertThat(EVENT_SCHEMA.validate(tree.toString(), InputFormat.JSON))
                .extracting(er -> er.getInstanceLocation().toString()).contains("/activities/0/label");
        assertThatThrownBy(() -> MAPPER.readValue(tree.toString(), Event.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("must be \"Dunk tank\" for kind DUNK_TANK");
    }

    @Test
    void read_unknownCampaignId_isRefusedByBoth() {
        ObjectNode tree = (ObjectNode) PLAIN.readTree(MAPPER.writeValueAsString(TestEvents.cancelled()));
        tree.put("campaign", "coffee-with-a-cop");

        assertThat(EVENT_SCHEMA.validate(tree.toString(), InputFormat.JSON))
                .extracting(er -> er.getInstanceLocation().toString()).contains("/campaign");
        assertThatThrownBy(() -> MAPPER.readValue(tree.toString(), Event.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("\"coffee-with-a-cop\": unknown id");
    }

    @Test
    void read_campaignById_writesTheWholeObjectAndReadsBackEqual() {
        ObjectNode tree = (ObjectNode) PLAIN.readTree(MAPPER.writeValueAsString(TestEvents.cancelled()));
        tree.put("campaign", "national-night-out");

        Event read = MAPPER.readValue(tree.toString(), Event.class);
        JsonNode written = PLAIN.readTree(MAPPER.writeValueAsString(read));

        assertThat(read.campaign()).containsSame(Campaign.nationalNightOut());
        assertThat(written.get("campaign").isObject()).isTrue();
        assertThat(written).isEqualTo(PLAIN.readTree(MAPPER.writeValueAsString(TestEvents.cancelled())));
        assertThat(MAPPER.readValue(written.toString(), Event.class)).isEqualTo(read);
    }

    @Test
    void schemaCampaignIds_areTheBuiltInCampaigns() {
        JsonNode ids = SCHEMA_TREE.at("/$defs/campaignId/enum");

        assertThat(ids.valueStream().map(JsonNode::asString)).containsExactlyInAnyOrderElementsOf(
                CampaignFormat.BUILT_IN.keySet());
    }

    @Test
    void validate_unknownProperty_isRejected() {
        List<Error> errors = validateEdited(TestEvents.cancelled(), t -> t.put("colour", "blue"));

        assertThat(errors).extracting(Error::getKeyword).contains("additionalProperties");
    }

    @Test
    void validate_latitudeOutOfRange_isRejectedAtTheLatitude() {
        List<Error> errors = validateEdited(TestEvents.cancelled(),
                t -> ((ObjectNode) t.get("venue").get("geo")).put("latitude", 123));

        assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).containsExactly("/venue/geo/latitude");
    }

    @Test
    void validate_zonedTimeWithoutOffset_isRejected() {
        List<Error> errors = validateEdited(TestEvents.cancelled(),
                t -> ((ObjectNode) t.get("time")).put("start", "2023-08-01T17:00:00[America/Chicago]"));

        assertThat(errors).isNotEmpty();
    }

    @Test
    void validate_laterSchemaVersion_isRejected() {
        List<Error> errors = validateEdited(TestEvents.cancelled(), t -> t.put("schemaVersion", 2));

        assertThat(errors).extracting(Error::getKeyword).contains("const");
    }

    @Test
    void validate_relativeUrl_isRejectedAsFormat() {
        List<Error> errors = validateEdited(TestEvents.rescheduled(), t -> t.put("url", "/events/1"));

        assertThat(errors).extracting(Error::getKeyword).contains("format");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void schemaEnum_listsEveryConstantInOrder(String pointer, Class<? extends Enum<?>> type) {
        JsonNode values = SCHEMA_TREE.at(pointer);

        assertThat(values.valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("/$defs/event/properties/audiences/items/enum", Audience.class),
                Arguments.of("/$defs/eventStatus/properties/kind/enum", EventStatus.Kind.class),
                Arguments.of("/$defs/activity/properties/kind/enum", ActivityKind.class),
                Arguments.of("/$defs/dateRule/properties/dayOfWeek/enum", DayOfWeek.class),
                Arguments.of("/$defs/dateRule/properties/month/enum", Month.class),
                Arguments.of("/$defs/community/properties/kind/enum", CommunityKind.class),
                Arguments.of("/$defs/agency/properties/kind/enum", AgencyKind.class),
                Arguments.of("/$defs/participant/properties/role/enum", ParticipantRole.class),
                Arguments.of("/$defs/usState/enum", UsState.class));
    }
}
