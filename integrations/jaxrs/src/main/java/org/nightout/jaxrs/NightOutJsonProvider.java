package org.nightout.jaxrs;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Objects;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.json.FeedDocument;
import org.nightout.json.NightOutModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the core types that {@link NightOutModule} has a format for ({@link Event}, {@code EventSeries},
 * {@code Agency}, ...; see {@link NightOutModule#handles(Class)}), collections of them and
 * whole feeds ({@link FeedDocument}: a name, single events and series; read also from the older form, a JSON array of
 * events) as {@code application/json} with a Jackson 3 {@link JsonMapper} that has {@link NightOutModule}, by default
 * {@link NightOutModule#jsonMapper()} with its strict reading and limits. Jackson's own Jakarta REST provider exists
 * for Jackson 2 only, and one that took every type would also take the application's other JSON; this one takes
 * only nightout's types, so it sits beside whatever JSON provider the application has.
 *
 * <p>By default the provider writes what the public may see of each event ({@link Profile#PUBLIC}), as the
 * iCalendar feed does; give it a mapper with {@code new NightOutModule()} to write everything.
 *
 * <p>JSON that is not a valid event is a {@code 400 Bad Request} whose message is Jackson's, with the JSON path.
 *
 * <p>It never closes the container's entity streams, whatever the mapper's {@code AUTO_CLOSE_TARGET} and
 * {@code AUTO_CLOSE_SOURCE} say.
 *
 * <p>This class is immutable and thread-safe: register one instance.
 *
 * <pre>{@code
 * config.register(new NightOutJsonProvider());
 * }</pre>
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class NightOutJsonProvider implements MessageBodyWriter<Object>, MessageBodyReader<Object> {
    private final JsonMapper mapper;

    /**
     * Creates a provider with {@link NightOutModule#jsonMapper()} whose module writes the
     * {@link Profile#PUBLIC public} profile: no house number of a private residence, no person's phone or e-mail.
     */
    public NightOutJsonProvider() {
        this(NightOutModule.jsonMapper().rebuild().addModule(new NightOutModule().withProfile(Profile.PUBLIC)).build());
    }

    /**
     * Creates a provider with the application's mapper, which must have {@link NightOutModule}. The module's
     * {@link NightOutModule#withProfile(Profile) profile} decides what is written of each event: a mapper with
     * {@code new NightOutModule()} writes everything, for systems that trust each other.
     *
     * @param mapper the mapper
     * @throws NullPointerException if {@code mapper} is null
     * @throws IllegalArgumentException if the mapper lacks {@code NightOutModule}
     */
    public NightOutJsonProvider(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        if (mapper.registeredModules().stream().noneMatch(NightOutModule.class::isInstance)) {
            throw new IllegalArgumentException("The mapper lacks NightOutModule: build it with "
                    + "JsonMapper.builder().addModule(new NightOutModule()) or take NightOutModule.jsonMapper()");
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isNightOutType(genericType == null ? type : genericType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) {
        // The container owns the entity stream: a provider must not close it (Jakarta REST, MessageBodyWriter).
        mapper.writerFor(mapper.constructType(genericType == null ? type : genericType))
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(entityStream, value);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isNightOutType(genericType == null ? type : genericType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        try {
            return mapper.readerFor(mapper.constructType(genericType == null ? type : genericType))
                    .without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValue(entityStream);
        } catch (JacksonException e) {
            throw new BadRequestException("Cannot read the JSON entity: " + e.getOriginalMessage() + " at "
                    + e.getPathReference(), e);
        }
    }

    /**
     * A type {@link NightOutModule#handles(Class) NightOutModule handles} (a core type it has a format for, or a feed
     * document), or a collection, map value or array of them, however deeply; not the core types that are no document
     * of the format ({@link Profile}, the recurrence engine's), which another provider may write.
     */
    private static boolean isNightOutType(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? isNightOutType(c.getComponentType()) : NightOutModule.handles(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && (Iterable.class.isAssignableFrom(raw) || java.util.Map.class.isAssignableFrom(raw))) {
            Type[] args = p.getActualTypeArguments();
            return isNightOutType(args[args.length - 1]);
        }
        if (type instanceof GenericArrayType a) {
            return isNightOutType(a.getGenericComponentType());
        }
        return type instanceof WildcardType w && Arrays.stream(w.getUpperBounds()).allMatch(
                NightOutJsonProvider::isNightOutType);
    }
}
