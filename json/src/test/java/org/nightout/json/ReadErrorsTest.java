package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.Participant;
import org.nightout.core.PersonParticipant;
import org.nightout.core.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ReadErrorsTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NightOutModule()).build();
    /** Edits the JSON tree of a valid event; it has no nightout module, so it sees only JSON. */
    private static final JsonMapper TREES = JsonMapper.builder().build();

    /** Reads the JSON of {@link TestEvents#cancelled()} after {@code edit}, expecting it to fail. */
    private static JacksonException readEdited(Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) TREES.readTree(MAPPER.writeValueAsString(TestEvents.cancelled()));
        edit.accept(tree);
        String json = tree.toString();
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(json, Event.class));
        assertThat(e).as("reading %s", json).isNotNull();
        assertThat(e.getLocation().getLineNr()).isEqualTo(1);
        return e;
    }

    /** Renders the exception's path as a JSON Pointer, such as {@code /venue/geo/latitude}. */
    private static String pointer(JacksonException e) {
        return e.getPath().stream()
                .map(r -> "/" + (r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex())))
                .collect(Collectors.joining());
    }

    private static ObjectNode at(ObjectNode tree, String... names) {
        ObjectNode node = tree;
        for (String name : names) {
            node = (ObjectNode) node.get(name);
        }
        return node;
    }

    private static ObjectNode firstHost(ObjectNode tree) {
        return (ObjectNode) tree.get("hosts").get(0);
    }

    @Test
    void read_unknownProperty_failsWithItsNameAndPath() {
        JacksonException e = readEdited(t -> at(t, "venue", "geo").put("altitude", 240));

        assertThat(e).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(e.getOriginalMessage()).isEqualTo(
                "Unrecognized property \"altitude\" (class org.nightout.core.GeoPoint), not marked as ignorable");
        assertThat(e.getMessage()).contains("(2 known properties: \"latitude\", \"longitude\")");
        assertThat(pointer(e)).isEqualTo("/venue/geo/altitude");
        assertThat(e.getPathReference()).isEqualTo("org.nightout.core.Event[\"venue\"]->org.nightout.core.Venue"
                + "[\"geo\"]->org.nightout.core.GeoPoint[\"altitude\"]");
    }

    @Test
    void read_unknownCampaignId_failsWithTheValueTheKnownIdsAndPath() {
        JacksonException e = readEdited(t -> t.put("campaign", "coffee-with-a-cop"));

        assertThat(e).isInstanceOf(InvalidFormatException.class);
        assertThat(e.getOriginalMessage()).isEqualTo("Cannot deserialize value of type `org.nightout.core.Campaign`"
                + " from String \"coffee-with-a-cop\": unknown id; expected a campaign object or the id of a built-in"
                + " campaign, one of [national-night-out]");
        assertThat(pointer(e)).isEqualTo("/campaign");
    }

    @Test
    void read_campaignOfAnotherJsonType_failsAtTheCampaign() {
        JacksonException e = readEdited(t -> t.put("campaign", 1984));

        assertThat(e).isInstanceOf(MismatchedInputException.class);
        assertThat(pointer(e)).isEqualTo("/campaign");
    }

    @Test
    void read_unknownTopLevelProperty_fails() {
        JacksonException e = readEdited(t -> t.put("colour", "blue"));

        assertThat(e).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(pointer(e)).isEqualTo("/colour");
    }

    @Test
    void read_latitudeOutOfRange_failsWithCoreMessageAtTheLatitude() {
        JacksonException e = readEdited(t -> at(t, "venue", "geo").put("latitude", 123));

        assertThat(e).isInstanceOf(MismatchedInputException.class);
        assertThat(e.getOriginalMessage())
                .isEqualTo("Invalid GeoPoint: latitude: \"123.0\" must be between -90 and 90 degrees");
        assertThat(pointer(e)).isEqualTo("/venue/geo/latitude");
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).violations().get(0).field()).isEqualTo("latitude");
    }

    @Test
    void read_oriOfWrongShape_failsWithCoreMessageAtTheOri() {
        JacksonException e = readEdited(t -> firstHost(t).put("ori", "WI018"));

        assertThat(e.getOriginalMessage()).isEqualTo("Invalid Agency: ori: \"WI018\" must be 9 characters: a 2-letter"
                + " state code and 7 capital letters or digits, such as WI0180200");
        assertThat(pointer(e)).isEqualTo("/hosts/0/ori");
    }

    @Test
    void read_oriOfAnotherState_failsWithCoreMessage() {
        JacksonException e = readEdited(t -> firstHost(t).put("ori", "OH0500200"));

        assertThat(e.getOriginalMessage()).isEqualTo("Invalid Agency: ori: \"OH0500200\" must start with WI because "
                + "the jurisdiction Eau Claire, WI is in Wisconsin");
        assertThat(pointer(e)).isEqualTo("/hosts/0/ori");
    }

    @Test
    void read_endBeforeStart_failsWithCoreMessageAtTheEnd() {
        JacksonException e = readEdited(t -> at(t, "time").put("end", "2023-08-01T16:00:00-05:00[America/Chicago]"));

        assertThat(e.getOriginalMessage()).isEqualTo("Invalid EventTime: end: \"2023-08-01T16:00-05:00[America/Chicago]"
                + "\" must be after the start 2023-08-01T17:00-05:00[America/Chicago]");
        assertThat(pointer(e)).isEqualTo("/time/end");
    }

    @Test
    void read_numberForText_failsAsWrongType() {
        JacksonException e = readEdited(t -> t.put("title", 42));

        assertThat(e).isInstanceOf(MismatchedInputException.class);
        assertThat(e.getOriginalMessage()).isEqualTo("Cannot deserialize value of type `java.lang.String` from Integer"
                + " value (token `JsonToken.VALUE_NUMBER_INT`)");
        assertThat(pointer(e)).isEqualTo("/title");
    }

    @Test
    void read_textForNumber_failsAsWrongType() {
        JacksonException e = readEdited(t -> at(t, "venue", "geo").put("latitude", "44.8"));

        assertThat(e.getOriginalMessage()).isEqualTo("Cannot deserialize value of type `double` from String value "
                + "(token `JsonToken.VALUE_STRING`)");
        assertThat(pointer(e)).isEqualTo("/venue/geo/latitude");
    }

    @Test
    void read_nullForAbsent_failsAsWrongType() {
        JacksonException e = readEdited(t -> t.putNull("description"));

        assertThat(e.getOriginalMessage()).startsWith("Cannot deserialize value of type `java.lang.String` from Null");
        assertThat(pointer(e)).isEqualTo("/description");
    }

    @Test
    void read_missingTitle_failsWithCoreMessage() {
        JacksonException e = readEdited(t -> t.remove("title"));

        assertThat(e.getOriginalMessage()).isEqualTo("Invalid Event: title: (absent) is required");
        assertThat(pointer(e)).isEqualTo("/title");
    }

    @Test
    void read_campaignEventWithoutCommunity_failsWithCoreMessage() {
        JacksonException e = readEdited(t -> t.remove("community"));

        assertThat(e.getOriginalMessage()).isEqualTo("Invalid Event: community: (absent) is required for an event of "
                + "the campaign National Night Out");
        assertThat(pointer(e)).isEqualTo("/community");
    }

    @Test
    void read_cancelledCampaignEventWithoutReason_pointsAtTheStatus() {
        JacksonException e = readEdited(t -> at(t, "status").remove("reason"));

        assertThat(e.getOriginalMessage()).isEqualTo("Invalid Event: status.reason: (absent) is required when an event"
                + " of National Night Out is cancelled, because feeds and registries show it");
        assertThat(pointer(e)).isEqualTo("/status");
    }

    @Test
    void read_missingSchemaVersion_fails() {
        JacksonException e = readEdited(t -> t.remove("schemaVersion"));

        assertThat(e.getOriginalMessage()).isEqualTo("Invalid Event: schemaVersion: (absent) is required");
        assertThat(pointer(e)).isEqualTo("/schemaVersion");
    }

    @Test
    void read_laterSchemaVersion_fails() {
        JacksonException e = readEdited(t -> t.put("schemaVersion", 2));

        assertThat(e.getOriginalMessage()).isEqualTo("Unsupported schemaVersion 2: this reader understands 1");
        assertThat(pointer(e)).isEqualTo("/schemaVersion");
    }

    @Test
    void read_offsetThatIsNotTheZones_failsAsBadFormat() {
        JacksonException e = readEdited(t -> at(t, "time").put("start", "2023-08-01T17:00:00-04:00[America/Chicago]"));

        assertThat(e).isInstanceOf(InvalidFormatException.class);
        assertThat(e.getOriginalMessage()).isEqualTo("Cannot deserialize value of type `java.time.ZonedDateTime` from "
                + "String \"2023-08-01T17:00:00-04:00[America/Chicago]\": ZoneOffset '-04:00' is not valid for "
                + "LocalDateTime '2023-08-01T17:00' in zone 'America/Chicago'; expected a date-time with offset and "
                + "zone such as 2022-08-02T18:00:00-04:00[America/New_York]");
        assertThat(pointer(e)).isEqualTo("/time/start");
    }

    @Test
    void read_unknownEnumValue_failsListingTheValues() {
        JacksonException e = readEdited(t -> firstHost(t).put("kind", "POLICE"));

        assertThat(e).isInstanceOf(InvalidFormatException.class);
        assertThat(e.getOriginalMessage()).isEqualTo("Cannot deserialize value of type `org.nightout.core.AgencyKind`"
                + " from String \"POLICE\": not one of the values accepted for Enum class: [POLICE_DEPARTMENT, "
                + "SHERIFFS_OFFICE, STATE_POLICE, CAMPUS_POLICE, FIRE_DEPARTMENT, EMS, FEDERAL_AGENCY, OTHER]");
        assertThat(pointer(e)).isEqualTo("/hosts/0/kind");
    }

    @Test
    void read_unknownStateAsMapKey_failsAtTheKey() {
        JacksonException e = readEdited(t -> at(t, "campaign", "stateRules").set("ZZ", at(t, "campaign", "rule")));

        assertThat(e).isInstanceOf(InvalidFormatException.class);
        assertThat(e.getOriginalMessage()).startsWith("Cannot deserialize Map key of type `org.nightout.core.UsState`"
                + " from String \"ZZ\"");
        assertThat(pointer(e)).isEqualTo("/campaign/stateRules/ZZ");
    }

    @Test
    void read_timedAndAllDayMixed_fails() {
        JacksonException e = readEdited(t -> at(t, "time").put("first", "2023-08-01"));

        assertThat(e.getOriginalMessage()).isEqualTo("An event time is either timed, with start and end, or all-day, "
                + "with first and last; it cannot have both");
        assertThat(pointer(e)).isEqualTo("/time");
    }

    @Test
    void read_participantWithTwoParties_failsNamingTheThreeKinds() {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(
                "{\"role\":\"SPONSOR\",\"person\":{\"name\":\"Ann\"},\"organization\":{\"name\":\"Bank\"}}",
                Participant.class));

        assertThat(e).isInstanceOf(MismatchedInputException.class);
        assertThat(e.getOriginalMessage())
                .isEqualTo("A participant has exactly one of person, agency and organization; this one has 2");
    }

    @Test
    void read_participantWithNoParty_failsNamingTheThreeKinds() {
        JacksonException e = catchThrowableOfType(JacksonException.class,
                () -> MAPPER.readValue("{\"role\":\"SPONSOR\"}", Participant.class));

        assertThat(e.getOriginalMessage())
                .isEqualTo("A participant has exactly one of person, agency and organization; this one has 0");
    }

    @Test
    void read_participantWithoutRole_failsWithCoreMessage() {
        JacksonException e = catchThrowableOfType(JacksonException.class,
                () -> MAPPER.readValue("{\"organization\":{\"name\":\"Bank\"}}", Participant.class));

        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).violations().get(0).field()).isEqualTo("role");
    }

    @Test
    void read_participantAsAnotherKind_fails() {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(
                "{\"role\":\"SPONSOR\",\"organization\":{\"name\":\"Bank\"}}", PersonParticipant.class));

        assertThat(e).isInstanceOf(MismatchedInputException.class);
        assertThat(e.getOriginalMessage()).startsWith("Expected org.nightout.core.PersonParticipant but the JSON");
    }

    @Test
    void read_objectWhereArrayBelongs_failsAsWrongType() {
        JacksonException e = readEdited(t -> t.set("hosts", at(t, "community")));

        assertThat(e.getOriginalMessage()).isEqualTo("Cannot deserialize value of type "
                + "`java.util.List<java.lang.Object>` from Object value (token `JsonToken.START_OBJECT`)");
        assertThat(pointer(e)).isEqualTo("/hosts");
    }

    @Test
    void read_allDayAsTimed_failsNamingBothTypes() {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(
                "{\"first\":\"2021-08-03\",\"last\":\"2021-08-03\"}", org.nightout.core.EventTime.Timed.class));

        assertThat(e.getOriginalMessage()).isEqualTo("Expected org.nightout.core.EventTime$Timed but the JSON describes"
                + " org.nightout.core.EventTime$AllDay");
    }
}
