package org.nightout.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Writes one core type in a Jackson 2 mapper with the Jackson 3 format of {@code org.nightout.json}: the format
 * writes the value into a Jackson 3 {@link TokenBuffer}, whose tokens are then written, one by one, to the Jackson 2
 * generator.
 *
 * <p>Why tokens and not text: the Jackson 2 generator writes every token itself, so its pretty printer, escaping
 * and other settings apply as to any other value, and the value can sit anywhere in a larger document. The buffer
 * keeps each number as the value the format wrote (an {@code int}, a {@code double}), so it reaches the Jackson 2
 * generator unchanged, without a round trip through text. Jackson 2 and 3 write strings and numbers alike in their
 * default settings (both write a {@code double} with {@link Double#toString(double)}), which the tests check on the
 * sample events and on generated ones. The buffer holds one value at a time: in a list, one event.
 */
final class Jackson3Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient ObjectMapper jackson3;

    Jackson3Serializer(ObjectMapper jackson3, Class<T> type) {
        super(type);
        this.jackson3 = jackson3;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        TokenBuffer buffer = TokenBuffer.forGeneration();
        try {
            jackson3.writeValue(buffer, value);
        } catch (JacksonException e) {
            throw JsonMappingException.from(provider, "Cannot write " + handledType().getName() + ": "
                    + e.getOriginalMessage(), e);
        }
        try (JsonParser tokens = buffer.asParser()) {
            for (JsonToken t = tokens.nextToken(); t != null; t = tokens.nextToken()) {
                copy(t, tokens, g);
            }
        }
    }

    private static void copy(JsonToken t, JsonParser tokens, JsonGenerator g) throws IOException {
        switch (t) {
            case START_OBJECT -> g.writeStartObject();
            case END_OBJECT -> g.writeEndObject();
            case START_ARRAY -> g.writeStartArray();
            case END_ARRAY -> g.writeEndArray();
            case PROPERTY_NAME -> g.writeFieldName(tokens.currentName());
            case VALUE_STRING -> g.writeString(tokens.getString());
            case VALUE_NUMBER_INT -> {
                switch (tokens.getNumberType()) {
                    case INT -> g.writeNumber(tokens.getIntValue());
                    case LONG -> g.writeNumber(tokens.getLongValue());
                    default -> g.writeNumber(tokens.getBigIntegerValue());
                }
            }
            case VALUE_NUMBER_FLOAT -> {
                switch (tokens.getNumberType()) {
                    case FLOAT -> g.writeNumber(tokens.getFloatValue());
                    case DOUBLE -> g.writeNumber(tokens.getDoubleValue());
                    default -> g.writeNumber(tokens.getDecimalValue());
                }
            }
            case VALUE_TRUE -> g.writeBoolean(true);
            case VALUE_FALSE -> g.writeBoolean(false);
            case VALUE_NULL -> g.writeNull();
            // The formats write only JSON's own tokens; an embedded object or a NOT_AVAILABLE would be a bug here.
            default -> throw new IllegalStateException("No JSON token: " + t);
        }
    }
}
