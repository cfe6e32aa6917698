package org.nightout.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nightout.core.ValidationException;
import org.nightout.core.recurrence.RecurrenceRule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.util.LinkedNode;

/**
 * The reading side of the wire format: one parser and the rules for each kind of value.
 *
 * <p>Every value must have its own JSON type: a number is never read from a string, nor a string from a number, and
 * {@code null} is not a value (an absent value is left out). A wrong type goes through
 * {@link DeserializationContext#handleUnexpectedToken(Class, JsonParser)} and a malformed string through
 * {@link DeserializationContext#handleWeirdStringValue(Class, String, String, Object...)}, so users get Jackson's own
 * exceptions, and the object readers add the JSON path.
 */
final class JsonInput {
    private final JsonParser p;
    private final DeserializationContext ctxt;
    private final boolean ignoreUnknownFields;

    JsonInput(JsonParser p, DeserializationContext ctxt, boolean ignoreUnknownFields) {
        this.p = p;
        this.ctxt = ctxt;
        this.ignoreUnknownFields = ignoreUnknownFields;
    }

    JsonParser parser() {
        return p;
    }

    /** Reads an object of the format's type, or what else the format takes in its place. */
    <T> T object(ObjectFormat<T, ?> format) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return format.readOtherThanObject(this);
        }
        return format.read(this);
    }

    /** Fails for a value of the wrong JSON type, as Jackson reports one: "expected a venue, found a string". */
    <T> T unexpectedToken(Class<T> type) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
    }

    /** Returns what the caller of the read put into its attributes under {@code key}, or null. */
    Object attribute(Object key) {
        return ctxt.getAttribute(key);
    }

    /** Reads an array, each element by {@code element}, adding the element's index to the path of any error. */
    <T> List<T> array(Supplier<T> element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            ctxt.handleUnexpectedToken(List.class, p);
            return List.of();
        }
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            try {
                values.add(element.get());
            } catch (JacksonException e) {
                throw e.prependPath(values, values.size());
            }
        }
        return values;
    }

    /**
     * Reads an object used as a map, such as {@code {"TX": ...}}, each key by {@code key} and each value by
     * {@code value}, adding the key to the path of any error.
     */
    <K, V> Map<K, V> map(Class<K> keyType, Function<String, K> key, Supplier<V> value) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            ctxt.handleUnexpectedToken(Map.class, p);
            return Map.of();
        }
        Map<K, V> values = new LinkedHashMap<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                values.put(mapKey(keyType, key, name), value.get());
            } catch (JacksonException e) {
                throw e.prependPath(values, name);
            }
        }
        return values;
    }

    private <K> K mapKey(Class<K> keyType, Function<String, K> key, String name) {
        try {
            return key.apply(name);
        } catch (IllegalArgumentException e) {
            return keyType.cast(ctxt.handleWeirdKey(keyType, name, "%s", e.getMessage()));
        }
    }

    /** Reads a JSON string. */
    String text() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        return p.getString();
    }

    /** Tells whether the value is a JSON string. */
    boolean isString() {
        return p.currentToken() == JsonToken.VALUE_STRING;
    }

    /**
     * Reads a string that names one of the known values, such as the id of a built-in campaign; another string fails
     * with the value, the known names and what was expected.
     */
    <T> T known(Class<T> type, Map<String, T> byName, String expected) {
        String s = text();
        T value = byName.get(s);
        if (value == null) {
            return type.cast(ctxt.handleWeirdStringValue(type, s, "unknown id; expected %s, one of %s", expected,
                    new TreeSet<>(byName.keySet())));
        }
        return value;
    }

    /** Reads a JSON integer that fits an {@code int}. */
    int integer() {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (Integer) ctxt.handleUnexpectedToken(Integer.TYPE, p);
        }
        return p.getIntValue();
    }

    /** Reads a JSON number, with or without fraction. */
    double number() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
            return (Double) ctxt.handleUnexpectedToken(Double.TYPE, p);
        }
        return p.getDoubleValue();
    }

    /** Reads {@code true} or {@code false}. */
    boolean bool() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            return (Boolean) ctxt.handleUnexpectedToken(Boolean.TYPE, p);
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** Reads an enum constant by its exact name, such as {@code "POLICE_DEPARTMENT"}. */
    <E extends Enum<E>> E enumValue(Class<E> type) {
        String s = text();
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            return type.cast(ctxt.handleWeirdStringValue(type, s, "not one of the values accepted for Enum class: %s",
                    Arrays.toString(type.getEnumConstants())));
        }
    }

    /** Reads an ISO-8601 date such as {@code "2021-08-03"}. */
    LocalDate date() {
        return parsed(LocalDate.class, "a date such as 2021-08-03", IsoTimes::parseDate);
    }

    /**
     * Reads a zoned date-time such as {@code "2022-08-02T18:00:00-04:00[America/New_York]"}. The offset must be the
     * zone's offset at that local time, which also tells apart the two 1:30 a.m. of the night the clocks go back.
     */
    ZonedDateTime zonedDateTime() {
        return parsed(ZonedDateTime.class,
                "a date-time with offset and zone such as 2022-08-02T18:00:00-04:00[America/New_York]",
                IsoTimes::parseZoned);
    }

    /** Reads a local date-time without zone such as {@code "2026-03-08T02:30:00"}. */
    LocalDateTime localDateTime() {
        return parsed(LocalDateTime.class, "a local date-time such as 2026-03-08T02:30:00", LocalDateTime::parse);
    }

    /**
     * Reads the start of an occurrence of a series: a date such as {@code "2021-08-03"} or a zoned date-time such
     * as {@code "2022-08-02T18:00:00-04:00[America/New_York]"}.
     */
    Temporal occurrenceStart() {
        return parsed(Temporal.class, "a date such as 2021-08-03 or a date-time with offset and zone such as "
                + "2022-08-02T18:00:00-04:00[America/New_York]", IsoTimes::parseOccurrenceStart);
    }

    /** Reads a recurrence rule in its RFC 5545 text form, such as {@code "FREQ=MONTHLY;BYDAY=2WE"}. */
    RecurrenceRule recurrenceRule() {
        String s = text();
        try {
            return RecurrenceRule.parse(s);
        } catch (IllegalArgumentException e) {
            return (RecurrenceRule) ctxt.handleWeirdStringValue(RecurrenceRule.class, s, "%s; expected %s",
                    e.getMessage(), "an RFC 5545 recurrence rule such as FREQ=YEARLY;BYDAY=1TU;BYMONTH=8");
        }
    }

    /** Reads an instant in UTC such as {@code "2021-08-04T00:00:00Z"}. */
    Instant instant() {
        return parsed(Instant.class, "an instant in UTC such as 2021-08-04T00:00:00Z", IsoTimes::parseInstant);
    }

    /** Reads an IANA zone id such as {@code "America/Chicago"}. */
    ZoneId zone() {
        return parsed(ZoneId.class, "an IANA zone id such as America/Chicago", IsoTimes::zone);
    }

    /** Reads a URI; whether it must be absolute is the core type's rule. */
    URI uri() {
        return parsed(URI.class, "a URI such as https://example.org/page", URI::new);
    }

    /** Turns a string into a value the way {@link JsonInput#parsed} expects. */
    private interface Parser<T> {
        T parse(String s) throws URISyntaxException;
    }

    /** Reads a string and parses it, reporting text the parser refuses as Jackson's "weird string value". */
    private <T> T parsed(Class<T> type, String expected, Parser<T> parser) {
        String s = text();
        try {
            return parser.parse(s);
        } catch (DateTimeException | URISyntaxException e) {
            return type.cast(ctxt.handleWeirdStringValue(type, s, "%s; expected %s", e.getMessage(), expected));
        }
    }

    /** Reads the schema version and fails for any other than the one this module reads. */
    void schemaVersion(Class<?> type) {
        int version = integer();
        if (version != NightOutModule.SCHEMA_VERSION) {
            ctxt.reportInputMismatch(type, "%s", "Unsupported schemaVersion " + version + ": this reader understands "
                    + NightOutModule.SCHEMA_VERSION);
        }
    }

    /**
     * Offers an unknown property to the mapper's problem handlers, as
     * {@link DeserializationContext#handleUnknownProperty} does; where none takes it, skips its value if unknown
     * fields are ignored, else fails. The module decides that, not {@code FAIL_ON_UNKNOWN_PROPERTIES}, which Jackson 3
     * turns off by default: this format is strict unless told otherwise.
     */
    void unknownProperty(Class<?> type, String name, Collection<Object> known) {
        ValueDeserializer<?> deserializer = null;
        for (LinkedNode<DeserializationProblemHandler> h = ctxt.getConfig().getProblemHandlers(); h != null;
                h = h.next()) {
            if (deserializer == null) {
                deserializer = ctxt.findRootValueDeserializer(ctxt.constructType(type));
            }
            if (h.value().handleUnknownProperty(ctxt, p, deserializer, type, name)) {
                return;
            }
        }
        if (!ignoreUnknownFields) {
            throw UnrecognizedPropertyException.from(p, type, name, known);
        }
        p.skipChildren();
    }

    /**
     * Turns a core type's refusal to be built into Jackson's exception: the core message as it is, the core exception
     * as the cause, and in the path the property of the first violation, where it is one of {@code properties}.
     */
    MismatchedInputException invalid(Class<?> type, Set<String> properties, IllegalArgumentException e) {
        MismatchedInputException x = MismatchedInputException.from(p, type, e.getMessage());
        x.initCause(e);
        if (e instanceof ValidationException v) {
            String field = v.violations().get(0).field();
            String property = field.split("[.\\[]", 2)[0];
            if (properties.contains(property)) {
                x.prependPath(type, property);
            }
        }
        return x;
    }
}
