package org.nightout.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads one core type in a Jackson 2 mapper with the Jackson 3 format of {@code org.nightout.json}, which reads the
 * Jackson 2 parser in place through a {@link ParserBridge}.
 *
 * <p>Where the format refuses the document, its Jackson 3 exception is made again as the Jackson 2 exception of the
 * same kind ({@link UnrecognizedPropertyException}, {@link InvalidFormatException}, {@link MismatchedInputException})
 * with the same message, the same cause (the core {@code ValidationException} for a value the core types refuse) and
 * the same path, located by the Jackson 2 parser, which stands on the token where reading stopped. The Jackson 2
 * mapper adds the path toPrepend the value as it does for its own deserializers.
 */
final class Jackson3Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient ObjectMapper jackson3;
    private final Class<T> type;

    Jackson3Deserializer(ObjectMapper jackson3, Class<T> type) {
        super(type);
        this.jackson3 = jackson3;
        this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
            return jackson3.readValue(new ParserBridge(p, ctxt, this), type);
        } catch (ParserBridge.Failure e) {
            throw e.getCause();
        } catch (JacksonException e) {
            if (e.getCause() instanceof ParserBridge.Failure f) {
                throw f.getCause();
            }
            throw jackson2(e, p);
        }
    }

    /** Makes the Jackson 3 exception again in Jackson 2, at the Jackson 2 parser's token. */
    private static JsonMappingException jackson2(JacksonException e, JsonParser p) {
        String message = e.getOriginalMessage();
        List<JacksonException.Reference> path = e.getPath();
        int toPrepend = path.size();
        JsonMappingException x;
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException u) {
            x = UnrecognizedPropertyException.from(p, u.getReferringClass(), u.getPropertyName(),
                    u.getKnownPropertyIds());
            toPrepend--; // Jackson 2 puts the unknown property into the path itself
        } else if (e instanceof tools.jackson.databind.exc.InvalidFormatException f) {
            x = InvalidFormatException.from(p, message, f.getValue(), f.getTargetType());
        } else if (e instanceof tools.jackson.databind.exc.MismatchedInputException m) {
            x = MismatchedInputException.from(p, m.getTargetType(), message);
        } else {
            x = JsonMappingException.from(p, message);
        }
        if (e.getCause() != null && !(e.getCause() instanceof JacksonException)) {
            x.initCause(e.getCause());
        }
        for (int i = toPrepend - 1; i >= 0; i--) {
            JacksonException.Reference r = path.get(i);
            if (r.getPropertyName() != null) {
                x.prependPath(r.from(), r.getPropertyName());
            } else {
                x.prependPath(r.from(), r.getIndex());
            }
        }
        return x;
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
