package org.nightout.json;

import java.util.Collection;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Plugs an {@link ObjectFormat}'s reading side into Jackson, for the format's own type or a subtype of it (an
 * {@code EventTime.Timed} is read by the {@code EventTime} format and must then turn out timed).
 */
final class FormatDeserializer<T> extends StdDeserializer<T> {
    private final ObjectFormat<? super T, ?> format;
    private final Class<T> type;
    private final boolean ignoreUnknownFields;

    FormatDeserializer(ObjectFormat<? super T, ?> format, Class<T> type, boolean ignoreUnknownFields) {
        super(type);
        this.format = format;
        this.type = type;
        this.ignoreUnknownFields = ignoreUnknownFields;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonInput in = new JsonInput(p, ctxt, ignoreUnknownFields);
        boolean inside = p.currentToken() == JsonToken.PROPERTY_NAME || p.currentToken() == JsonToken.END_OBJECT;
        Object value = inside ? format.read(in) : in.object(format);
        if (!type.isInstance(value)) {
            return ctxt.reportInputMismatch(this, "%s", "Expected " + type.getName() + " but the JSON describes "
                    + value.getClass().getName());
        }
        return type.cast(value);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return format.propertyNames();
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
