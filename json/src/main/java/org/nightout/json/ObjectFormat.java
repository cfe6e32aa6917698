package org.nightout.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nightout.core.ValidationException;
import org.nightout.core.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The JSON form of one core type, written and read as a JSON object. Both directions of a type sit side by side in
 * one subclass, so that they stay symmetric.
 *
 * <p>Subclasses are stateless and shared as {@code INSTANCE}.
 *
 * @param <T> the core type
 * @param <B> what collects the properties while reading: the core type's builder, or a small holder for a record
 */
abstract class ObjectFormat<T, B> {
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Object> propertyNames;
    private final Map<String, Integer> positions = new HashMap<>();
    private final long requiredMask;

    /**
     * Creates a format.
     *
     * @param type the core type
     * @param newBuilder gives a fresh collector for one object's properties
     * @param build builds the value from the collector; the core type throws {@link ValidationException} or another
     *     IllegalArgumentException
     * @param properties every property name, in the order they are written
     * @param requiredHere the properties this format must see itself, because the core type cannot tell them from
     *     absent: primitives, and the schema version
     */
    ObjectFormat(Class<T> type, Supplier<B> newBuilder, Function<B, T> build, List<String> properties,
            Set<String> requiredHere) {
        if (properties.size() > Long.SIZE) {
            throw new IllegalArgumentException("At most 64 properties fit the mask of seen properties");
        }
        this.type = type;
        this.newBuilder = newBuilder;
        this.build = build;
        this.propertyNames = List.copyOf(properties);
        long mask = 0;
        for (int i = 0; i < properties.size(); i++) {
            positions.put(properties.get(i), i);
            if (requiredHere.contains(properties.get(i))) {
                mask |= 1L << i;
            }
        }
        if (Long.bitCount(mask) != requiredHere.size()) {
            throw new IllegalArgumentException("Required properties " + requiredHere + " must be among " + properties);
        }
        this.requiredMask = mask;
    }

    /** Returns the core type this format reads and writes. */
    final Class<T> type() {
        return type;
    }

    /** Returns every property name, for Jackson's message about an unknown one. */
    final Collection<Object> propertyNames() {
        return propertyNames;
    }

    /** Writes the value as one JSON object. */
    final void write(T value, JsonOutput out) {
        out.generator().writeStartObject(value);
        writeProperties(value, out);
        out.generator().writeEndObject();
    }

    /** Writes the value's properties, omitting absent optionals and empty collections. */
    abstract void writeProperties(T value, JsonOutput out);

    /**
     * Reads the value of one known property, the parser standing on its first token, into the builder.
     *
     * @throws IllegalStateException if the name is in the property list but not handled, a bug in the subclass
     */
    abstract void readProperty(String name, B builder, JsonInput in);

    /**
     * Reads one JSON object. The parser stands on its START_OBJECT, or on its first property name or END_OBJECT when
     * Jackson has already consumed the START_OBJECT (as it does after a type id); it is left on the END_OBJECT.
     */
    final T read(JsonInput in) {
        JsonParser p = in.parser();
        JsonToken at = p.currentToken();
        String name = at == JsonToken.START_OBJECT ? p.nextName()
                : at == JsonToken.PROPERTY_NAME ? p.currentName() : null;
        B builder = newBuilder.get();
        long seen = 0;
        for (; name != null; name = p.nextName()) {
            p.nextToken();
            Integer position = positions.get(name);
            if (position == null) {
                in.unknownProperty(type, name, propertyNames);
                continue;
            }
            seen |= 1L << position;
            try {
                readProperty(name, builder, in);
            } catch (JacksonException e) {
                throw e.prependPath(type, name);
            }
        }
        try {
            long missing = requiredMask & ~seen;
            if (missing != 0) {
                throw absent(missing);
            }
            return build.apply(builder);
        } catch (IllegalArgumentException e) {
            throw in.invalid(type, positions.keySet(), e);
        }
    }

    /**
     * Reads a value that is not a JSON object, the parser standing on it. No format but one takes such a value, so
     * this fails as Jackson reports a value of the wrong JSON type; the feed document overrides it to take the older
     * form of a feed, an array of events.
     */
    T readOtherThanObject(JsonInput in) {
        return in.unexpectedToken(type);
    }

    /** Reports required properties that were not there the way the core types report them. */
    private ValidationException absent(long missing) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < propertyNames.size(); i++) {
            if ((missing & (1L << i)) != 0) {
                violations.add(absent(type.getSimpleName(), (String) propertyNames.get(i)));
            }
        }
        return new ValidationException(violations);
    }

    /** Reports one required property that was not there, for a format whose required properties depend on its shape. */
    static ValidationException missing(String type, String property) {
        return new ValidationException(List.of(absent(type, property)));
    }

    private static Violation absent(String type, String property) {
        return new Violation(type, property, "(absent)", "is required");
    }

    /** Fails for a property name that is listed but that {@link #readProperty} does not handle. */
    final IllegalStateException unhandled(String name) {
        return new IllegalStateException(getClass().getSimpleName() + " lists property " + name
                + " but does not read it");
    }
}
