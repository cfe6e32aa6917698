package org.nightout.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nightout.core.Agency;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.Profile;
import org.nightout.core.UsState;
import org.nightout.core.ValidationException;
import org.nightout.core.Venue;
import org.nightout.core.recurrence.RecurrenceRule;
import org.nightout.core.recurrence.RecurrenceSet;
import org.nightout.json.FeedDocument;
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

    /** Declares the generic types a resource method might return. */
    @SuppressWarnings("unused")
    private interface Signatures {
        List<Event> events();

        Map<String, List<Agency>> agenciesByState();

        List<Profile> profiles();

        Event[] eventArray();

        List<? extends EventSeries> series();
    }

    private static Type returnType(String method) throws NoSuchMethodException {
        return Signatures.class.getDeclaredMethod(method).getGenericReturnType();
    }

    private static boolean takes(Class<?> type, Type generic) {
        NightOutJsonProvider p = new NightOutJsonProvider();
        boolean writes = p.isWriteable(type, generic, NONE, MediaType.APPLICATION_JSON_TYPE);
        assertThat(p.isReadable(type, generic, NONE, MediaType.APPLICATION_JSON_TYPE)).isEqualTo(writes);
        return writes;
    }

    @Test
    void takesWhatTheModuleReadsAndWrites_andTheirCollections() throws Exception {
        for (Class<?> type : List.of(Event.class, EventSeries.class, FeedDocument.class, Agency.class, Venue.class,
                EventTime.Timed.class, ConverterResource.blockParty().getClass())) {
            assertThat(takes(type, type)).as(type.getName()).isTrue();
        }
        assertThat(takes(List.class, returnType("events"))).isTrue();
        assertThat(takes(Map.class, returnType("agenciesByState"))).isTrue();
        assertThat(takes(Event[].class, returnType("eventArray"))).isTrue();
        assertThat(takes(List.class, returnType("series"))).isTrue();
    }

    @Test
    void refusesCoreTypesTheModuleHasNoFormatFor() throws Exception {
        // Each of them is in a core package, and none is a document of the JSON format: another provider may take it.
        for (Class<?> type : List.of(Profile.class, RecurrenceSet.class, RecurrenceRule.class,
                ExtensionProperty.class, UsState.class, ValidationException.class, String.class)) {
            assertThat(takes(type, type)).as(type.getName()).isFalse();
        }
        assertThat(takes(List.class, returnType("profiles"))).isFalse();
    }
}
