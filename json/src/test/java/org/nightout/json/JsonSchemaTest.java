package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.ActivityKind;
import org.nightout.core.AgencyKind;
import org.nightout.core.Audience;
import org.nightout.core.CommunityKind;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.ParticipantRole;
import org.nightout.core.UsState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Checks what the module writes against the schema it ships, with an independent validator (networknt). */
class JsonSchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NightOutModule()).build();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final ObjectNode SCHEMA_TREE = (ObjectNode) PLAIN.readTree(NightOutModule.jsonSchema());
    private static final Schema EVENT_SCHEMA = REGISTRY.getSchema(SCHEMA_TREE);

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
    void validate_writtenSeries_matchesTheSeriesDefinition() {
        ObjectNode seriesSchema = SCHEMA_TREE.deepCopy();
        seriesSchema.put("$id", "urn:nightout:json:event-series:1");
        seriesSchema.put("$ref", "#/$defs/eventSeries");

        List<Error> errors = REGISTRY.getSchema(seriesSchema)
                .validate(MAPPER.writeValueAsString(TestEvents.series()), InputFormat.JSON);

        assertThat(errors).isEmpty();
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
