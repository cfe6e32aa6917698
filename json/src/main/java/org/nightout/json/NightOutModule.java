package org.nightout.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
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
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module that reads and writes every nightout core type as JSON, such as an {@link Event} or an
 * {@link EventSeries}, and a whole feed as a {@link FeedDocument}, in a stable wire format described by JSON Schemas
 * ({@link #jsonSchema()}, {@link #jsonSchema(Document)}).
 *
 * <h2>Wire format, schema version 1</h2>
 * <ul>
 *   <li>Property names are the core types' own, in camelCase. Enum values are their constant names, such as
 *       {@code "POLICE_DEPARTMENT"}; a state is its USPS code, such as {@code "WI"}.
 *   <li>An event starts with {@code "schemaVersion": 1}, and so do an event series and a feed document. A reader
 *       refuses any other version, so a later format can change without being misread.
 *   <li>A feed document is {@code {"schemaVersion": 1, "name": ..., "events": [...], "series": [...]}}: the
 *       calendar's name, its single events and its series, each part left out when absent or empty. Its reader
 *       also takes a plain JSON array of events, the older form of a feed. {@link JsonFeed} streams it.
 *   <li>A timed event time is {@code {"start": ..., "end": ...}} in the RFC 9557 form
 *       {@code 2022-08-02T18:00:00-04:00[America/New_York]}: the local time in whole seconds, the offset, and the IANA
 *       zone in brackets. The offset keeps the instant exact where the local time repeats when clocks go back; the
 *       zone keeps the rules for the event's other dates. A zone that is a fixed offset has no brackets. An all-day
 *       time is {@code {"first": "2021-08-03", "last": "2021-08-03"}}, both days included.
 *   <li>Hand-written documents may be shorter than what the writer writes: a time without seconds
 *       ({@code 2022-08-02T18:00-04:00[America/New_York]}), {@code Z} for the offset {@code +00:00}, a
 *       {@code lastModified} with an offset ({@code 2021-08-03T19:00:00-05:00}), an activity of a known kind
 *       without its label ({@code {"kind": "DUNK_TANK"}}), and a campaign by the id of a built-in campaign
 *       ({@code "campaign": "national-night-out"}; another id fails, naming it and the known ones). The schemas allow
 *       exactly these. The writer writes one canonical form, the long one (the whole campaign object), which reads
 *       back equal.
 *   <li>Dates are {@code yyyy-MM-dd}; {@code lastModified} is an instant in UTC such as
 *       {@code 2021-08-04T00:00:00Z}; years and counts are JSON integers; coordinates are JSON numbers.
 *   <li>Absent optionals and empty collections are left out. Everything else is written, defaults included
 *       ({@code status}, {@code firstEvent}, {@code sequence}); when reading, a missing default takes its default
 *       value and a missing collection is empty.
 * </ul>
 *
 * <h2>Reading is strict</h2>
 * An unknown property, a value of the wrong JSON type (a number where a string belongs, or {@code null}) or a value
 * the core types refuse (latitude 123, an ORI of the wrong shape, an end before the start) fails with a
 * {@link tools.jackson.core.JacksonException}: its {@link tools.jackson.core.JacksonException#getPath() path} leads
 * to the offending property, its {@link tools.jackson.core.JacksonException#getOriginalMessage() message} is the core
 * {@link org.nightout.core.ValidationException}'s, which is its cause. Unknown properties fail whatever the mapper's
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} says (Jackson 3 turns it off by default);
 * {@link #withUnknownFieldsIgnored(boolean)} skips them instead, for reading documents of a later minor revision.
 * Either way, an unknown property first goes to the mapper's
 * {@link tools.jackson.databind.deser.DeserializationProblemHandler}s, as Jackson's own deserializers send it through
 * {@link tools.jackson.databind.DeserializationContext#handleUnknownProperty}: one that handles it (and consumes its
 * value) decides, and the module's setting applies only when none does.
 *
 * <h2>Limits on reading</h2>
 * A mapper built the usual way takes Jackson's own defaults ({@link StreamReadConstraints#defaults()}): nesting up to
 * 500 levels, strings up to 100,000,000 characters, documents of any length. Input from strangers should go through
 * {@link #jsonMapper()}, or through a mapper built on {@link #streamReadConstraints()}, whose limits no valid document
 * of this format comes near. Going over a limit fails with Jackson's
 * {@link tools.jackson.core.exc.StreamConstraintsException}, a {@link tools.jackson.core.JacksonException}, before the
 * offending value is held in memory whole. To raise one limit:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
 *         .streamReadConstraints(NightOutModule.streamReadConstraints().rebuild()
 *                 .maxDocumentLength(1L << 30).build())
 *         .build())
 *     .addModule(new NightOutModule())
 *     .build();
 * }</pre>
 *
 * <h2>What is written of each event</h2>
 * The module writes each event as its {@link #withProfile(Profile) profile} shows it. A module made with
 * {@code new NightOutModule()} is the lossless wire format, {@link Profile#FULL}: what it writes reads back equal.
 * JSON that goes to strangers takes {@code withProfile(Profile.PUBLIC)}, as the JAX-RS and Spring integrations do by
 * default: no house number of a private residence, no person's phone or e-mail, a cancelled event marked as such.
 * Reading is the same in either profile.
 * <pre>{@code
 * JsonMapper forThePublic = JsonMapper.builder().addModule(new NightOutModule().withProfile(Profile.PUBLIC)).build();
 * }</pre>
 *
 * <p>The module is found by {@link java.util.ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * registers it. Every instance has the same registration id: adding a second one replaces the first.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new NightOutModule()).build();
 * String json = mapper.writeValueAsString(event);
 * Event back = mapper.readValue(json, Event.class);   // equal to event
 * }</pre>
 */
public final class NightOutModule extends JacksonModule {
    /** The version of the wire format this module writes and the only one it reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final String NAME = "NightOutModule";
    private static final Version VERSION = readVersion();

    /** Deeper than any event or series of this format, whose deepest value is an agency's postal address. */
    private static final int MAX_NESTING_DEPTH = 32;
    /** The longest line the iCalendar reader takes by default, so that what it reads also reads back from JSON. */
    private static final int MAX_STRING_LENGTH = 4 << 20;
    /** The largest document the iCalendar reader takes by default. */
    private static final long MAX_DOCUMENT_LENGTH = 256L << 20;
    /** Property names of this format are short words, and override years. */
    private static final int MAX_NAME_LENGTH = 1_000;

    /** Every type the module reads and writes, with its format; subtypes read by name are added in setupModule. */
    private static final java.util.List<Registration<?>> REGISTRATIONS = java.util.List.of(
            registration(Event.class, EventFormat.INSTANCE),
            registration(EventSeries.class, EventSeriesFormat.INSTANCE),
            registration(FeedDocument.class, FeedDocumentFormat.INSTANCE),
            registration(EventTime.class, EventTimeFormat.INSTANCE),
            registration(EventStatus.class, EventStatusFormat.INSTANCE),
            registration(Activity.class, ActivityFormat.INSTANCE),
            registration(Campaign.class, CampaignFormat.INSTANCE),
            registration(DateRule.class, DateRuleFormat.INSTANCE),
            registration(Community.class, CommunityFormat.INSTANCE),
            registration(Agency.class, AgencyFormat.INSTANCE),
            registration(Contact.class, ContactFormat.INSTANCE),
            registration(Person.class, PersonFormat.INSTANCE),
            registration(Organization.class, OrganizationFormat.INSTANCE),
            registration(Participant.class, ParticipantFormat.INSTANCE),
            registration(Venue.class, VenueFormat.INSTANCE),
            registration(PostalAddress.class, PostalAddressFormat.INSTANCE),
            registration(GeoPoint.class, GeoPointFormat.INSTANCE),
            registration(NewsLink.class, NewsLinkFormat.INSTANCE));

    /** Whether unknown properties are skipped rather than failing, where no problem handler takes them. */
    private final boolean ignoreUnknownFields;
    /** What each event written shows. */
    private final Profile profile;

    /** Creates the module with strict reading (an unknown property fails) and lossless writing ({@link Profile#FULL}). */
    public NightOutModule() {
        this(false, Profile.FULL);
    }

    private NightOutModule(boolean ignoreUnknownFields, Profile profile) {
        this.ignoreUnknownFields = ignoreUnknownFields;
        this.profile = profile;
    }

    /**
     * Returns the module's name, {@code "NightOutModule"}.
     *
     * @return the name
     */
    @Override
    public String getModuleName() {
        return NAME;
    }

    /**
     * Returns the version of the {@code nightout-json} artifact.
     *
     * @return the version, such as {@code 0.1.0}
     */
    @Override
    public Version version() {
        return VERSION;
    }

    /**
     * Returns the same id for every instance, so that a mapper holds at most one: the last one added.
     *
     * @return the class name
     */
    @Override
    public Object getRegistrationId() {
        return NightOutModule.class.getName();
    }

    /**
     * Registers a serializer and a deserializer for every core type. Each call builds its own, so the module itself
     * never changes.
     *
     * @param context the mapper being built
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Registration<?> r : REGISTRATIONS) {
            register(serializers, deserializers, r);
        }
        deserializers.addDeserializer(EventTime.Timed.class,
                new FormatDeserializer<>(EventTimeFormat.INSTANCE, EventTime.Timed.class, ignoreUnknownFields));
        deserializers.addDeserializer(EventTime.AllDay.class,
                new FormatDeserializer<>(EventTimeFormat.INSTANCE, EventTime.AllDay.class, ignoreUnknownFields));
        participantKind(deserializers, PersonParticipant.class);
        participantKind(deserializers, AgencyParticipant.class);
        participantKind(deserializers, OrganizationParticipant.class);
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    /** Reads a participant where the application asks for one kind of it, and fails on another kind. */
    private <T extends Participant> void participantKind(SimpleDeserializers deserializers, Class<T> kind) {
        deserializers.addDeserializer(kind, new FormatDeserializer<>(ParticipantFormat.INSTANCE, kind, ignoreUnknownFields));
    }

    private <T> void register(SimpleSerializers serializers, SimpleDeserializers deserializers, Registration<T> r) {
        serializers.addSerializer(r.type, new FormatSerializer<>(r.format, profile));
        deserializers.addDeserializer(r.type, new FormatDeserializer<>(r.format, r.type, ignoreUnknownFields));
    }

    /** A type the module reads and writes, with the format that does it. */
    private record Registration<T>(Class<T> type, ObjectFormat<T, ?> format) {
    }

    private static <T> Registration<T> registration(Class<T> type, ObjectFormat<T, ?> format) {
        return new Registration<>(type, format);
    }

    /**
     * Tells whether this module reads and writes values of a type: a core type it has a format for (an event, a
     * series, a time, an agency, a venue, ...), a subtype of one, or a {@link FeedDocument}. Core types that are no
     * document of this format, such as {@link Profile} or the recurrence engine's types, are not among them. An
     * integration that takes only nightout's types, beside the application's other JSON, asks this.
     *
     * <pre>{@code
     * NightOutModule.handles(Event.class);     // true
     * NightOutModule.handles(Profile.class);   // false
     * }</pre>
     *
     * @param type the type
     * @return true if the module has a format for it
     * @throws NullPointerException if {@code type} is null
     */
    public static boolean handles(Class<?> type) {
        Objects.requireNonNull(type, "type");
        for (Registration<?> r : REGISTRATIONS) {
            if (r.type.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns a new module that reads like this one but skips unknown properties, or fails on them. Either way an
     * application's {@link tools.jackson.databind.deser.DeserializationProblemHandler} is asked first.
     *
     * @param ignore true to skip unknown properties and their values, false to fail on them
     * @return a new module with that setting; this one is unchanged
     */
    public NightOutModule withUnknownFieldsIgnored(boolean ignore) {
        return new NightOutModule(ignore, profile);
    }

    /**
     * Returns a new module that writes each event, alone or in a series or feed document, as the profile shows it:
     * {@link Profile#PUBLIC} for JSON served to strangers, {@link Profile#FULL} (the default) for lossless exchange.
     *
     * <pre>{@code
     * JsonMapper mapper = JsonMapper.builder().addModule(new NightOutModule().withProfile(Profile.PUBLIC)).build();
     * }</pre>
     *
     * @param profile the profile
     * @return a new module with that profile; this one is unchanged
     * @throws NullPointerException if {@code profile} is null
     */
    public NightOutModule withProfile(Profile profile) {
        return new NightOutModule(ignoreUnknownFields, Objects.requireNonNull(profile, "profile"));
    }

    /**
     * Returns what this module writes of each event.
     *
     * @return the profile, {@link Profile#FULL} unless {@link #withProfile(Profile)} chose another
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
     * Returns the reading limits {@link #jsonMapper()} uses: nesting up to 32 levels, strings up to 4 MiB characters
     * (the longest line the iCalendar reader takes by default), property names up to 1,000 characters, documents up
     * to 256 MiB; numbers keep Jackson's limit of 1,000 digits. Valid events come nowhere near them, and exceeding
     * one fails early with Jackson's {@link tools.jackson.core.exc.StreamConstraintsException}.
     *
     * @return the constraints, to use as they are or to {@link StreamReadConstraints#rebuild() rebuild} with one
     *     limit changed
     */
    public static StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH).maxDocumentLength(MAX_DOCUMENT_LENGTH).build();
    }

    /**
     * Returns a new mapper with this module, strict reading and the limits of {@link #streamReadConstraints()}: the
     * mapper to read JSON from strangers with.
     *
     * <pre>{@code
     * JsonMapper mapper = NightOutModule.jsonMapper();
     * Event event = mapper.readValue(request.getInputStream(), Event.class);
     * }</pre>
     *
     * @return a mapper; like every Jackson mapper, thread-safe once built
     */
    public static JsonMapper jsonMapper() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(streamReadConstraints()).build())
                .addModule(new NightOutModule())
                .build();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the wire format: the root describes one event, and {@code $defs}
     * every other type, such as {@code #/$defs/eventSeries}. The jar carries it as
     * {@code org/nightout/json/event.schema.json}; {@link #jsonSchema(Document)} gives the schemas of the other
     * documents.
     *
     * @return the schema's text
     */
    public static String jsonSchema() {
        return jsonSchema(Document.EVENT);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of one kind of document. The schemas of a feed, a list of events and a
     * series refer to the types of the event schema by its {@code $id}, so a validator needs that one loaded too.
     * <pre>{@code
     * String feed = NightOutModule.jsonSchema(NightOutModule.Document.FEED);   // "$id": "urn:nightout:json:feed:1"
     * }</pre>
     *
     * @param document the kind of document
     * @return the schema's text
     * @throws NullPointerException if {@code document} is null
     */
    public static String jsonSchema(Document document) {
        String resource = Objects.requireNonNull(document, "document").resource();
        try (InputStream in = NightOutModule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks its resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The documents this module reads and writes, each with a JSON Schema of its own. */
    public enum Document {
        /** One {@link Event}: {@code org/nightout/json/event.schema.json}, {@code urn:nightout:json:event:1}. */
        EVENT("event.schema.json", "urn:nightout:json:event:1"),
        /**
         * A JSON array of events, the older form of a feed, which {@link FeedDocument}'s readers still read:
         * {@code org/nightout/json/events.schema.json}, {@code urn:nightout:json:events:1}.
         */
        EVENTS("events.schema.json", "urn:nightout:json:events:1"),
        /**
         * One {@link EventSeries}: {@code org/nightout/json/event-series.schema.json},
         * {@code urn:nightout:json:event-series:1}.
         */
        EVENT_SERIES("event-series.schema.json", "urn:nightout:json:event-series:1"),
        /**
         * A {@link FeedDocument}, a feed's name, single events and series, as {@code nightout convert --to json}
         * writes it and {@code /feed.json} serves it: {@code org/nightout/json/feed.schema.json},
         * {@code urn:nightout:json:feed:1}.
         */
        FEED("feed.schema.json", "urn:nightout:json:feed:1");

        private final String resource;
        private final String id;

        Document(String resource, String id) {
            this.resource = resource;
            this.id = id;
        }

        /**
         * Returns the name of the schema's resource in the package {@code org.nightout.json}.
         *
         * @return a file name such as {@code events.schema.json}
         */
        public String resource() {
            return resource;
        }

        /**
         * Returns the schema's {@code $id}, by which the others refer to it.
         *
         * @return a URN such as {@code urn:nightout:json:event:1}
         */
        public String id() {
            return id;
        }
    }

    private static Version readVersion() {
        Properties p = new Properties();
        try (InputStream in = NightOutModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the module's version.properties", e);
        }
        return VersionUtil.parseVersion(p.getProperty("version"), "org.nightout", "nightout-json");
    }
}
