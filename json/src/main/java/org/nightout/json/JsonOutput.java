package org.nightout.json;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.nightout.core.Profile;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;

/**
 * The writing side of the wire format: one generator and the form of each kind of value.
 *
 * <p>Absent optionals and empty collections are left out; every other value is written, defaults included.
 */
final class JsonOutput {
    /**
     * RFC 9557 form: local date-time in whole seconds, the offset, and the zone id in brackets unless the zone is the
     * offset itself. The offset is {@code +00:00} rather than {@code Z}, which RFC 9557 reads as "local time unknown".
     */
    static final DateTimeFormatter ZONED = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HH:MM:ss", "+00:00")
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']')
            .toFormatter();

    /**
     * Property names in their written form, quoted and encoded once, as Jackson's own bean serializers keep theirs.
     * Every name the formats pass is a literal of their code, so this holds as many names as the format has.
     */
    private static final Map<String, SerializableString> NAMES = new ConcurrentHashMap<>();

    private final JsonGenerator g;
    /** What each event written shows: {@link Profile#FULL} unless the module says otherwise. */
    private final Profile profile;
    /** A date or time being written, so that it goes to the generator as characters rather than a new String. */
    private final StringBuilder time = new StringBuilder(64);
    private char[] timeChars = new char[64];

    JsonOutput(JsonGenerator g) {
        this(g, Profile.FULL);
    }

    JsonOutput(JsonGenerator g, Profile profile) {
        this.g = g;
        this.profile = profile;
    }

    /**
     * Returns the output of a generator for one serialization call, made on the first value the call writes and
     * kept in the call's attributes for the others: an array of 16,000 events then writes its times through one
     * buffer instead of making strings for each.
     */
    static JsonOutput of(JsonGenerator g, SerializationContext ctxt, Profile profile) {
        if (ctxt.getAttribute(JsonOutput.class) instanceof JsonOutput kept && kept.g == g && kept.profile == profile) {
            return kept;
        }
        JsonOutput out = new JsonOutput(g, profile);
        ctxt.setAttribute(JsonOutput.class, out);
        return out;
    }

    /** Returns what each event written shows. */
    Profile profile() {
        return profile;
    }

    JsonGenerator generator() {
        return g;
    }

    void text(String name, String value) {
        name(name);
        g.writeString(value);
    }

    void text(String name, Optional<String> value) {
        if (value.isPresent()) {
            name(name);
            g.writeString(value.get());
        }
    }

    void integer(String name, int value) {
        name(name);
        g.writeNumber(value);
    }

    void number(String name, double value) {
        name(name);
        g.writeNumber(value);
    }

    void bool(String name, boolean value) {
        name(name);
        g.writeBoolean(value);
    }

    void enumValue(String name, Enum<?> value) {
        name(name);
        g.writeString(value.name());
    }

    void enumArray(String name, Collection<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            name(name);
            g.writeStartArray();
            for (Enum<?> v : values) {
                g.writeString(v.name());
            }
            g.writeEndArray();
        }
    }

    void date(String name, LocalDate value) {
        time.setLength(0);
        if (IsoTimes.append(time, value)) {
            writeTime(name);
        } else {
            name(name);
            g.writeString(IsoTimes.format(value));
        }
    }

    void date(String name, Optional<LocalDate> value) {
        if (value.isPresent()) {
            date(name, value.get());
        }
    }

    void zonedDateTime(String name, ZonedDateTime value) {
        time.setLength(0);
        if (IsoTimes.append(time, value)) {
            writeTime(name);
        } else {
            name(name);
            g.writeString(IsoTimes.format(value));
        }
    }

    void instant(String name, Instant value) {
        time.setLength(0);
        if (IsoTimes.append(time, value)) {
            writeTime(name);
        } else {
            name(name);
            g.writeString(IsoTimes.format(value));
        }
    }

    /** Writes the property {@code name} with the text in {@link #time}. */
    private void writeTime(String name) {
        int n = time.length();
        if (timeChars.length < n) {
            timeChars = new char[Math.max(n, timeChars.length * 2)];
        }
        time.getChars(0, n, timeChars, 0);
        name(name);
        g.writeString(timeChars, 0, n);
    }

    /** Writes a property name, one the format's code spells out (see {@link #NAMES}). */
    private void name(String name) {
        SerializableString written = NAMES.get(name);
        if (written == null) {
            written = NAMES.computeIfAbsent(name, SerializedString::new);
        }
        g.writeName(written);
    }

    void uri(String name, URI value) {
        name(name);
        g.writeString(value.toString());
    }

    void uri(String name, Optional<URI> value) {
        if (value.isPresent()) {
            uri(name, value.get());
        }
    }

    <T> void object(String name, T value, ObjectFormat<T, ?> format) {
        name(name);
        format.write(value, this);
    }

    <T> void object(String name, Optional<T> value, ObjectFormat<T, ?> format) {
        if (value.isPresent()) {
            object(name, value.get(), format);
        }
    }

    <T> void array(String name, Collection<T> values, ObjectFormat<T, ?> format) {
        if (!values.isEmpty()) {
            name(name);
            g.writeStartArray();
            for (T v : values) {
                format.write(v, this);
            }
            g.writeEndArray();
        }
    }

    /** Writes a map as a JSON object whose property names are the keys as {@code key} gives them. */
    <K, V> void map(String name, Map<K, V> values, Function<K, String> key, ObjectFormat<V, ?> format) {
        if (!values.isEmpty()) {
            name(name);
            g.writeStartObject();
            for (Map.Entry<K, V> e : values.entrySet()) {
                g.writeName(key.apply(e.getKey()));
                format.write(e.getValue(), this);
            }
            g.writeEndObject();
        }
    }
}
