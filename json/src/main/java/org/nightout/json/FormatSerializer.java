package org.nightout.json;

import org.nightout.core.Profile;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Plugs an {@link ObjectFormat}'s writing side into Jackson. */
final class FormatSerializer<T> extends StdSerializer<T> {
    private final ObjectFormat<T, ?> format;
    private final Profile profile;

    FormatSerializer(ObjectFormat<T, ?> format, Profile profile) {
        super(format.type());
        this.format = format;
        this.profile = profile;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        format.write(value, JsonOutput.of(gen, ctxt, profile));
    }
}
