package org.nightout.json.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.util.LinkedNode;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.nightout.core.Activity;
import org.nightout.core.Agency;
import org.nightout.core.AgencyParticipant;
import org.nightout.core.Campaign;
import org.nightout.core.Community;
import org.nightout.core.Contact;
import org.nightout.core.DateRule;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.GeoPoint;
import org.nightout.core.NewsLink;
import org.nightout.core.Organization;
import org.nightout.core.OrganizationParticipant;
import org.nightout.core.Participant;
import org.nightout.core.Person;
import org.nightout.core.PersonParticipant;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import org.nightout.core.Venue;
import org.nightout.json.FeedDocument;
import org.nightout.json.NightOutModule;

/**
 * A Jackson 2 module that reads and writes every nightout core type, such as an {@link Event} or an
 * {@link EventSeries}, and a whole feed, a {@link FeedDocument}, exactly as {@link NightOutModule} does in Jackson 3:
 * the same bytes in the same {@link #withProfile(Profile) profile}, the same strict reading, the same limits,
 * described by the same JSON Schemas ({@link NightOutModule#jsonSchema(NightOutModule.Document)}).
 *
 * <h2>What is written of each event</h2>
 * This module is how an application on Jackson 2 (Spring Boot 3) serves events as JSON, so it writes, unless told
 * otherwise, what the public may see ({@link Profile#PUBLIC}), as the feed and the other integrations do: no house
 * number of a private residence, no person's phone or e-mail, a cancelled event marked as such. The same holds for
 * {@link #jsonMapper()} and for a module that {@code findAndRegisterModules()} finds. {@code withProfile(Profile.FULL)}
 * writes everything, the lossless format, for systems that trust each other: {@code new NightOutModule()}'s bytes.
 * Reading is the same in either profile.
 *
 * <h2>One format, two Jacksons</h2>
 * The module keeps no format of its own: each core type is written and read by the Jackson 3 format of
 * {@code nightout-json}. Writing hands the Jackson 3 format's tokens one by one to the Jackson 2 generator, so the
 * Jackson 2 mapper's pretty printer and generator settings apply; reading lets the Jackson 3 format read the Jackson
 * 2 parser in place, token by token, so nothing is buffered and the document is read once. A change to the format
 * thus reaches both Jacksons at once, and the tests compare the two byte for byte.
 *
 * <h2>Reading is strict</h2>
 * What {@link NightOutModule} refuses fails here too, as Jackson 2's own exception: an unknown property as an
 * {@link com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException}, a malformed string as an
 * {@link com.fasterxml.jackson.databind.exc.InvalidFormatException}, a value of the wrong JSON type or one the core
 * types refuse as a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}, whose cause is the core
 * {@link org.nightout.core.ValidationException}. Each carries the JSON path to the offending property and its
 * location (line and column) in the document read. Unknown properties fail whatever
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} says, unless the mapper's
 * {@link DeserializationProblemHandler}s take them (they are asked first) or
 * {@link #withUnknownFieldsIgnored(boolean)} skips them. Syntax errors and exceeded limits are the Jackson 2
 * parser's own exceptions.
 *
 * <h2>Limits and bytes</h2>
 * {@link #jsonMapper()} gives a mapper with the limits of {@link NightOutModule#streamReadConstraints()} (as Jackson
 * 2 {@link #streamReadConstraints()}) and with Jackson 3's defaults where Jackson 2's differ and the format cares:
 * trailing tokens after the value fail. Both Jacksons' default generators write the same bytes for these values.
 *
 * <p>The module is found by {@link java.util.ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * registers it. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * ObjectMapper mapper = NightOutJackson2Module.jsonMapper();
 * String json = mapper.writeValueAsString(event);          // the bytes NightOutModule writes
 * Event back = mapper.readValue(json, Event.class);        // equal to event
 * }</pre>
 */
public final class NightOutJackson2Module extends Module {
    private static final String NAME = "NightOutJackson2Module";

    /**
     * The types {@link NightOutModule} reads and writes, the core types and the feed document, each to be read and
     * written here by the same format.
     */
    private static final List<Class<?>> TYPES = List.of(Event.class, EventSeries.class, FeedDocument.class,
            EventTime.class, EventStatus.class, Activity.class, Campaign.class, DateRule.class, Community.class,
            Agency.class, Contact.class, Person.class, Organization.class, Participant.class, Venue.class,
            PostalAddress.class, GeoPoint.class, NewsLink.class);
    /** Subtypes an application may ask for by name; {@link NightOutModule} checks the kind read. */
    private static final List<Class<?>> SUBTYPES = List.of(EventTime.Timed.class, EventTime.AllDay.class,
            PersonParticipant.class, AgencyParticipant.class, OrganizationParticipant.class);

    private final boolean ignoreUnknownFields;
    private final Profile profile;
    /** The Jackson 3 mapper whose {@link NightOutModule} formats do the work; thread-safe, as configured mappers are. */
    private final tools.jackson.databind.ObjectMapper jackson3;

    /**
     * Creates the module with strict reading (an unknown property fails) and the {@link Profile#PUBLIC public}
     * profile: no house number of a private residence, no person's phone or e-mail.
     */
    public NightOutJackson2Module() {
        this(false, Profile.PUBLIC);
    }

    private NightOutJackson2Module(boolean ignoreUnknownFields, Profile profile) {
        this.ignoreUnknownFields = ignoreUnknownFields;
        this.profile = profile;
        this.jackson3 = tools.jackson.databind.json.JsonMapper.builder()
                .addModule(new NightOutModule().withUnknownFieldsIgnored(ignoreUnknownFields).withProfile(profile))
                .addHandler(new Jackson2ProblemHandlers())
                // The value read is part of the Jackson 2 document, which goes on after it.
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * Returns the module's name, {@code "NightOutJackson2Module"}.
     *
     * @return the name
     */
    @Override
    public String getModuleName() {
        return NAME;
    }

    /**
     * Returns the version of the {@code nightout-json-jackson2} artifact, which is released with
     * {@code nightout-json} and has its version.
     *
     * @return the version, such as {@code 0.1.0}
     */
    @Override
    public Version version() {
        tools.jackson.core.Version v = new NightOutModule().version();
        return new Version(v.getMajorVersion(), v.getMinorVersion(), v.getPatchLevel(),
                v.isSnapshot() ? "SNAPSHOT" : null, "org.nightout", "nightout-json-jackson2");
    }

    /**
     * Returns the same id for every instance, so that a mapper holds at most one: the last one added.
     *
     * @return the class name
     */
    @Override
    public Object getTypeId() {
        return NightOutJackson2Module.class.getName();
    }

    /**
     * Registers a serializer and a deserializer for every core type.
     *
     * @param context the mapper being set up
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Class<?> type : TYPES) {
            register(serializers, type);
            register(deserializers, type);
        }
        for (Class<?> type : SUBTYPES) {
            register(deserializers, type);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private <T> void register(SimpleSerializers serializers, Class<T> type) {
        serializers.addSerializer(type, new Jackson3Serializer<>(jackson3, type));
    }

    private <T> void register(SimpleDeserializers deserializers, Class<T> type) {
        deserializers.addDeserializer(type, new Jackson3Deserializer<>(jackson3, type));
    }

    /**
     * Returns a new module that reads like this one but skips unknown properties, or fails on them, as
     * {@link NightOutModule#withUnknownFieldsIgnored(boolean)} does. Either way the mapper's
     * {@link DeserializationProblemHandler}s are asked first.
     *
     * @param ignore true to skip unknown properties and their values, false to fail on them
     * @return a new module with that setting; this one is unchanged
     */
    public NightOutJackson2Module withUnknownFieldsIgnored(boolean ignore) {
        return new NightOutJackson2Module(ignore, profile);
    }

    /**
     * Returns a new module that writes each event, alone or in a series or feed document, as the profile shows it,
     * as {@link NightOutModule#withProfile(Profile)} does: {@link Profile#PUBLIC} (the default) for JSON served to
     * strangers, {@link Profile#FULL} for lossless exchange.
     *
     * <pre>{@code
     * ObjectMapper exchange = JsonMapper.builder()
     *         .addModule(new NightOutJackson2Module().withProfile(Profile.FULL)).build();
     * }</pre>
     *
     * @param profile the profile
     * @return a new module with that profile; this one is unchanged
     * @throws NullPointerException if {@code profile} is null
     */
    public NightOutJackson2Module withProfile(Profile profile) {
        return new NightOutJackson2Module(ignoreUnknownFields, Objects.requireNonNull(profile, "profile"));
    }

    /**
     * Returns what this module writes of each event.
     *
     * @return the profile, {@link Profile#PUBLIC} unless {@link #withProfile(Profile)} chose another
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Tells whether this module skips unknown properties when reading.
     *
     * @return true if unknown properties are skipped, false if they fail
     */
    public boolean ignoresUnknownFields() {
        return ignoreUnknownFields;
    }

    /**
     * Returns the limits of {@link NightOutModule#streamReadConstraints()} as Jackson 2 constraints: nesting up to
     * 32 levels, strings up to 4 MiB characters, property names up to 1,000 characters, documents up to 256 MiB,
     * numbers up to 1,000 digits.
     *
     * @return the constraints, to use as they are or to {@link StreamReadConstraints#rebuild() rebuild} with one
     *     limit changed
     */
    public static StreamReadConstraints streamReadConstraints() {
        tools.jackson.core.StreamReadConstraints limits = NightOutModule.streamReadConstraints();
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.getMaxNestingDepth())
                .maxStringLength(limits.getMaxStringLength())
                .maxNameLength(limits.getMaxNameLength())
                .maxDocumentLength(limits.getMaxDocumentLength())
                .maxNumberLength(limits.getMaxNumberLength())
                .maxTokenCount(limits.getMaxTokenCount())
                .build();
    }

    /**
     * Returns a new Jackson 2 mapper with this module in the {@link Profile#PUBLIC public} profile, strict reading,
     * the limits of {@link #streamReadConstraints()} and trailing tokens failing, as in
     * {@link NightOutModule#jsonMapper()}: the mapper to read JSON from strangers with, and to serve it to them.
     *
     * @return a mapper; like every Jackson mapper, thread-safe once configured
     */
    public static JsonMapper jsonMapper() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(streamReadConstraints()).build())
                .addModule(new NightOutJackson2Module())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * Offers a property the Jackson 3 format does not know to the Jackson 2 mapper's problem handlers, which read
     * the Jackson 2 parser the format reads through; one that takes it has consumed its value.
     */
    private static final class Jackson2ProblemHandlers extends tools.jackson.databind.deser.DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(tools.jackson.databind.DeserializationContext ctxt,
                tools.jackson.core.JsonParser p, tools.jackson.databind.ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
            if (!(p instanceof ParserBridge bridge)) {
                return false;
            }
            JsonParser jackson2 = bridge.jackson2Parser();
            JsonDeserializer<?> asking = bridge.jackson2Deserializer();
            for (LinkedNode<DeserializationProblemHandler> h = bridge.jackson2Context().getConfig()
                    .getProblemHandlers(); h != null; h = h.next()) {
                try {
                    if (h.value().handleUnknownProperty(bridge.jackson2Context(), jackson2, asking, beanOrClass,
                            propertyName)) {
                        bridge.sync();
                        return true;
                    }
                } catch (IOException e) {
                    throw new ParserBridge.Failure(e);
                }
            }
            return false;
        }
    }
}
