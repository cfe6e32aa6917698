package org.nightout.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.json.NightOutModule;

/** The provider on its own, as a container calls it. */
class NightOutJsonProviderTest {
    private static final Annotation[] NONE = new Annotation[0];

    /** Counts the closes of a stream that the container owns. */
    static final class Owned {
        int closes;
    }

    @Test
    void writeTo_leavesTheEntityStreamOpen() throws Exception {
        Owned owned = new Owned();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                owned.closes++;
            }
        };
        new NightOutJsonProvider().writeTo(ConverterResource.blockParty(), Event.class, Event.class, NONE,
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
        assertThat(owned.closes).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Elm Street block party");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void readFrom_leavesTheEntityStreamOpen() throws Exception {
        Owned owned = new Owned();
        byte[] json = NightOutModule.jsonMapper().writeValueAsBytes(ConverterResource.blockParty());
        FilterInputStream in = new FilterInputStream(new ByteArrayInputStream(json)) {
            @Override
            public void close() {
                owned.closes++;
            }
        };
        Object read = new NightOutJsonProvider().readFrom((Class) Event.class, Event.class, NONE,
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), in);
        assertThat(owned.closes).isZero();
        assertThat(read).isEqualTo(ConverterResource.blockParty());
    }
}
