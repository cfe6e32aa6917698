package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nightout.core.Agency;
import org.nightout.core.AgencyKind;
import org.nightout.core.AgencyParticipant;
import org.nightout.core.Audience;
import org.nightout.core.Campaign;
import org.nightout.core.Community;
import org.nightout.core.CommunityKind;
import org.nightout.core.Contact;
import org.nightout.core.DateRule;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.GeoPoint;
import org.nightout.core.NewsLink;
import org.nightout.core.Organization;
import org.nightout.core.OrganizationParticipant;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PersonParticipant;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;
import org.nightout.core.Venue;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.lines.Formats;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.EventMapper;
import org.nightout.ical.internal.read.ReadContext;

/**
 * The {@code X-NIGHTOUT-*} form of the domain's nested values, one place for writing and reading so the two cannot
 * drift apart. iCalendar has no home for a community's OCD id or an agency's ORI, so each such value travels as the
 * parameters of one X- property; every consumer keeps or ignores X- properties, and our reader rebuilds the value
 * exactly. A nested value inside another (an agency's jurisdiction) takes a parameter prefix.
 */
public final class NightOutFields {
    /** On UID, where the event kept another system's UID and its id differs from it: the event's own id. */
    public static final String ID_PARAM = "X-NIGHTOUT-ID";
    /** On UID, {@code KEPT} where the event kept another system's UID and its id is the same. */
    public static final String UID_PARAM = "X-NIGHTOUT-UID";
    /** On ORGANIZER, {@code EVENT} where it is the event's own organizer rather than one derived from hosts. */
    public static final String ORGANIZER_PARAM = "X-NIGHTOUT-ORGANIZER";
    /** On a time written in UTC because its local time repeats: the zone it belongs to, for our reader. */
    public static final String ZONE_PARAM = "X-NIGHTOUT-TZID";
    public static final String CAMPAIGN = "X-NIGHTOUT-CAMPAIGN";
    public static final String COMMUNITY = "X-NIGHTOUT-COMMUNITY";
    public static final String HOST = "X-NIGHTOUT-HOST";
    public static final String VENUE = "X-NIGHTOUT-VENUE";
    public static final String PARTICIPANT = "X-NIGHTOUT-PARTICIPANT";
    public static final String AUDIENCE = "X-NIGHTOUT-AUDIENCE";
    public static final String FIRST_EVENT = "X-NIGHTOUT-FIRST-EVENT";
    public static final String HOSTING_SINCE = "X-NIGHTOUT-HOSTING-SINCE";
    public static final String EXPECTED_ATTENDANCE = "X-NIGHTOUT-EXPECTED-ATTENDANCE";
    public static final String RAIN_DATE = "X-NIGHTOUT-RAIN-DATE";
    public static final String COVERAGE = "X-NIGHTOUT-COVERAGE";
    public static final String LAST_MODIFIED = "X-NIGHTOUT-LAST-MODIFIED";
    public static final String STATUS = "X-NIGHTOUT-STATUS";
    public static final String STATUS_REASON = "X-NIGHTOUT-STATUS-REASON";
    public static final String PREVIOUS_START = "X-NIGHTOUT-PREVIOUS-START";
    public static final String PREVIOUS_END = "X-NIGHTOUT-PREVIOUS-END";

    /** The jurisdiction parameter's value when the agency serves the event's own community. */
    private static final String SAME_COMMUNITY = "EVENT-COMMUNITY";

    private NightOutFields() {
    }

    /** Read-side access to one property's parameters; a missing parameter is empty. */
    public interface Params {
        Optional<String> get(String name);
    }

    public static Params of(ContentLine line) {
        return line::param;
    }

    // ---- writing ----

    public static void campaign(ContentLines out, Campaign c, int edition) throws IOException {
        out.name(CAMPAIGN).param("X-EDITION", Integer.toString(edition));
        if (c.equals(Campaign.nationalNightOut())) {
            // The well-known campaign goes by its id alone: most feeds repeat it in every event.
            out.text(c.id());
            return;
        }
        out.param("X-NAME", c.name())
                .param("X-FIRST-YEAR", Integer.toString(c.firstYear())).param("X-RULE", c.rule().toString());
        if (!c.stateRules().isEmpty()) {
            StringBuilder rules = new StringBuilder();
            for (Map.Entry<UsState, DateRule> r : c.stateRules().entrySet()) {
                rules.append(rules.length() == 0 ? "" : "|").append(r.getKey().code()).append('=').append(r.getValue());
            }
            out.param("X-STATE-RULES", rules.toString());
        }
        opt(out, "X-ORGANIZER", c.organizer());
        opt(out, "X-URL", c.url().map(URI::toASCIIString));
        out.text(c.id());
    }

    public static void community(ContentLines out, String prefix, Community c) {
        out.param(prefix + "KIND", c.kind().name()).param(prefix + "STATE", c.state().code())
                .param(prefix + "ZONE", c.zone().getId());
        opt(out, prefix + "REGION", c.region());
        opt(out, prefix + "OCD-ID", c.ocdId());
        opt(out, prefix + "GEOID", c.geoid());
    }

    public static void agency(ContentLines out, Agency a, Optional<Community> eventCommunity) {
        out.param("X-KIND", a.kind().name());
        opt(out, "X-SHORT-NAME", a.shortName());
        opt(out, "X-ORI", a.ori());
        opt(out, "X-WEBSITE", a.website().map(URI::toASCIIString));
        a.contact().ifPresent(c -> contact(out, c));
        if (a.jurisdiction().isPresent()) {
            Community j = a.jurisdiction().get();
            if (eventCommunity.filter(j::equals).isPresent()) {
                out.param("X-JURISDICTION", SAME_COMMUNITY);
            } else {
                out.param("X-J-NAME", j.name());
                community(out, "X-J-", j);
            }
        }
    }

    public static void person(ContentLines out, Person p) {
        opt(out, "X-RANK", p.rank());
        opt(out, "X-TITLE", p.title());
        opt(out, "X-AFFILIATION", p.affiliation());
        p.contact().ifPresent(c -> contact(out, c));
    }

    public static void organization(ContentLines out, Organization o) {
        opt(out, "X-WEBSITE", o.website().map(URI::toASCIIString));
    }

    public static void venue(ContentLines out, Venue v) {
        // Written for every event with a venue, so without lambdas that capture (see EventMapper).
        if (v.address().isPresent()) {
            address(out, "X-", v.address().get());
        }
        if (v.geo().isPresent()) {
            GeoPoint g = v.geo().get();
            out.param("X-LATITUDE", Formats.decimal(g.latitude())).param("X-LONGITUDE", Formats.decimal(g.longitude()));
        }
        if (v.url().isPresent()) {
            out.param("X-URL", v.url().get().toASCIIString());
        }
        if (v.privateResidence()) {
            out.param("X-PRIVATE", "TRUE");
        }
    }

    private static void contact(ContentLines out, Contact c) {
        opt(out, "X-PHONE", c.phone());
        opt(out, "X-EMAIL", c.email());
        if (c.address().isPresent()) {
            address(out, "X-", c.address().get());
        }
    }

    private static void address(ContentLines out, String prefix, PostalAddress a) {
        opt(out, prefix + "STREET", a.street());
        out.param(prefix + "LOCALITY", a.locality()).param(prefix + "STATE", a.state().code());
        opt(out, prefix + "POSTAL-CODE", a.postalCode());
    }

    private static void opt(ContentLines out, String name, Optional<String> value) {
        if (value.isPresent()) {
            out.param(name, value.get());
        }
    }

    // ---- reading ----

    public static Campaign campaign(String id, Params p) {
        Campaign nno = Campaign.nationalNightOut();
        if (id.equals(nno.id()) && p.get("X-NAME").isEmpty()) {
            return nno;
        }
        Campaign.Builder b = Campaign.builder().id(id)
                .name(p.get("X-NAME").orElse(id))
                .firstYear(p.get("X-FIRST-YEAR").map(Integer::parseInt).orElse(0))
                .rule(p.get("X-RULE").map(DateRule::parse).orElse(null));
        p.get("X-ORGANIZER").ifPresent(b::organizer);
        p.get("X-URL").map(URI::create).ifPresent(b::url);
        p.get("X-STATE-RULES").ifPresent(rules -> {
            for (String rule : rules.split("\\|")) {
                int eq = rule.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("state rule \"" + rule + "\" is not STATE=rule");
                }
                b.putStateRules(UsState.ofCode(rule.substring(0, eq)), DateRule.parse(rule.substring(eq + 1)));
            }
        });
        Campaign read = b.build();
        // The well-known campaign is one shared instance; hand it back rather than an equal copy.
        return read.equals(nno) ? nno : read;
    }

    public static Community community(String name, String prefix, Params p) {
        Community.Builder b = Community.builder().name(name)
                .kind(p.get(prefix + "KIND").map(CommunityKind::valueOf).orElse(null))
                .state(p.get(prefix + "STATE").map(UsState::ofCode).orElse(null))
                .zone(p.get(prefix + "ZONE").map(ZoneId::of).orElse(null));
        p.get(prefix + "REGION").ifPresent(b::region);
        p.get(prefix + "OCD-ID").ifPresent(b::ocdId);
        p.get(prefix + "GEOID").ifPresent(b::geoid);
        return b.build();
    }

    public static Agency agency(String name, Params p, Optional<Community> eventCommunity) {
        Agency.Builder b = Agency.builder().name(name)
                .kind(p.get("X-KIND").map(AgencyKind::valueOf).orElse(null));
        p.get("X-SHORT-NAME").ifPresent(b::shortName);
        p.get("X-ORI").ifPresent(b::ori);
        p.get("X-WEBSITE").map(URI::create).ifPresent(b::website);
        contact(p).ifPresent(b::contact);
        if (p.get("X-JURISDICTION").filter(SAME_COMMUNITY::equals).isPresent()) {
            b.jurisdiction(eventCommunity.orElseThrow(() -> new IllegalArgumentException(
                    "X-JURISDICTION=" + SAME_COMMUNITY + " but the event has no " + COMMUNITY)));
        } else if (p.get("X-J-NAME").isPresent()) {
            b.jurisdiction(community(p.get("X-J-NAME").get(), "X-J-", p));
        }
        return b.build();
    }

    public static Person person(String name, Params p) {
        Person.Builder b = Person.builder().name(name);
        p.get("X-RANK").ifPresent(b::rank);
        p.get("X-TITLE").ifPresent(b::title);
        p.get("X-AFFILIATION").ifPresent(b::affiliation);
        contact(p).ifPresent(b::contact);
        return b.build();
    }

    public static Organization organization(String name, Params p) {
        Organization.Builder b = Organization.builder().name(name);
        p.get("X-WEBSITE").map(URI::create).ifPresent(b::website);
        return b.build();
    }

    public static Venue venue(String name, Params p) {
        Venue.Builder b = Venue.builder().name(name);
        address("X-", p).ifPresent(b::address);
        if (p.get("X-LATITUDE").isPresent() || p.get("X-LONGITUDE").isPresent()) {
            b.geo(org.nightout.core.GeoPoint.of(Double.parseDouble(p.get("X-LATITUDE").orElse("NaN")),
                    Double.parseDouble(p.get("X-LONGITUDE").orElse("NaN"))));
        }
        p.get("X-URL").map(URI::create).ifPresent(b::url);
        b.privateResidence(p.get("X-PRIVATE").filter("TRUE"::equalsIgnoreCase).isPresent());
        return b.build();
    }

    private static Optional<Contact> contact(Params p) {
        Optional<PostalAddress> address = address("X-", p);
        if (p.get("X-PHONE").isEmpty() && p.get("X-EMAIL").isEmpty() && address.isEmpty()) {
            return Optional.empty();
        }
        Contact.Builder b = Contact.builder();
        p.get("X-PHONE").ifPresent(b::phone);
        p.get("X-EMAIL").ifPresent(b::email);
        address.ifPresent(b::address);
        return Optional.of(b.build());
    }

    private static Optional<PostalAddress> address(String prefix, Params p) {
        if (p.get(prefix + "LOCALITY").isEmpty()) {
            return Optional.empty();
        }
        PostalAddress.Builder b = PostalAddress.builder().locality(p.get(prefix + "LOCALITY").get())
                .state(p.get(prefix + "STATE").map(UsState::ofCode).orElse(null));
        p.get(prefix + "STREET").ifPresent(b::street);
        p.get(prefix + "POSTAL-CODE").ifPresent(b::postalCode);
        return Optional.of(b.build());
    }

    /** Splits a parameter list value written with commas; used for the audience list. */
    public static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                items.add(s.strip());
            }
        }
        return items;
    }

    /** Reads the X-NIGHTOUT-* properties our writer adds. */
    public static void nightOutFields(ReadContext ctx, Component v, Event.Builder b) {
        if (!v.hasNightOutFields) {
            return;
        }
        Optional<Community> community = Optional.empty();
        for (ContentLine p : v.properties) {
            if (p.name.equals(NightOutFields.COMMUNITY)) {
                community = ctx.nested(p, () -> NightOutFields.community(p.text(), "X-", NightOutFields.of(p)));
                community.ifPresent(b::community);
            }
        }
        Optional<Community> eventCommunity = community;
        for (ContentLine p : v.properties) {
            NightOutFields.Params params = NightOutFields.of(p);
            switch (p.name) {
                case NightOutFields.CAMPAIGN -> ctx.nested(p, () -> NightOutFields.campaign(p.text(), params))
                        .ifPresent(b::campaign);
                case NightOutFields.HOST -> ctx.nested(p, () -> NightOutFields.agency(p.text(), params, eventCommunity))
                        .ifPresent(b::addHosts);
                case NightOutFields.VENUE -> ctx.nested(p, () -> NightOutFields.venue(p.text(), params)).ifPresent(b::venue);
                case NightOutFields.PARTICIPANT -> ctx.nested(p, () -> participant(ctx, p, params, eventCommunity))
                        .ifPresent(b::addParticipants);
                case NightOutFields.AUDIENCE -> {
                    // Read as TEXT: our writer's list has no escapes, but other writers (iCal4j) escape its commas.
                    for (String a : NightOutFields.split(p.text())) {
                        ctx.nested(p, () -> Audience.valueOf(a)).ifPresent(b::addAudiences);
                    }
                }
                case NightOutFields.FIRST_EVENT -> b.firstEvent(p.value.strip().equalsIgnoreCase("TRUE"));
                case NightOutFields.HOSTING_SINCE -> ctx.year(p).ifPresent(b::hostingSince);
                case NightOutFields.EXPECTED_ATTENDANCE -> ctx.integer(p).ifPresent(b::expectedAttendance);
                case NightOutFields.RAIN_DATE -> ctx.time(p, p.value).map(EventTime::startDate).ifPresent(b::rainDate);
                case NightOutFields.COVERAGE -> ctx.nested(p, () -> {
                    NewsLink.Builder n = NewsLink.builder().url(new URI(p.text().strip()));
                    params.get("X-TITLE").ifPresent(n::title);
                    params.get("X-OUTLET").ifPresent(n::outlet);
                    params.get("X-PUBLISHED").ifPresent(d -> n.published(ReadContext.date(d)));
                    return n.build();
                }).ifPresent(b::addCoverage);
                default -> {
                }
            }
        }
    }
    public static Participant participant(ReadContext ctx, ContentLine p, NightOutFields.Params params, Optional<Community> community) {
        ParticipantRole role = ParticipantRole.valueOf(params.get("X-ROLE").orElse(""));
        String party = params.get("X-PARTY").orElse("");
        return switch (party) {
            case "PERSON" -> Participant.of(role, NightOutFields.person(p.text(), params));
            case "AGENCY" -> Participant.of(role, NightOutFields.agency(p.text(), params, community));
            case "ORGANIZATION" -> Participant.of(role, NightOutFields.organization(p.text(), params));
            default -> throw new IllegalArgumentException("X-PARTY must be PERSON, AGENCY or ORGANIZATION, was \""
                    + party + "\"");
        };
    }

    /**
     * Writes what iCalendar has no property for as {@code X-NIGHTOUT-*} properties, so that our reader gets back an
     * equal event; other consumers ignore them. Then the event's extension properties, as they were read.
     */
    public static void writeNightOutFields(ContentLines out, Event e) throws IOException {
        if (e.campaign().isPresent()) {
            NightOutFields.campaign(out, e.campaign().get(), e.edition().getAsInt());
        }
        if (e.community().isPresent()) {
            out.name(NightOutFields.COMMUNITY);
            NightOutFields.community(out, "X-", e.community().get());
            out.text(e.community().get().name());
        }
        for (Agency host : e.hosts()) {
            out.name(NightOutFields.HOST);
            NightOutFields.agency(out, host, e.community());
            out.text(host.name());
        }
        if (e.venue().isPresent()) {
            out.name(NightOutFields.VENUE);
            NightOutFields.venue(out, e.venue().get());
            out.text(e.venue().get().name());
        }
        for (Participant p : e.participants()) {
            out.name(NightOutFields.PARTICIPANT).param("X-ROLE", p.role().name());
            if (p instanceof PersonParticipant person) {
                out.param("X-PARTY", "PERSON");
                NightOutFields.person(out, person.person());
                out.text(person.person().name());
            } else if (p instanceof AgencyParticipant agency) {
                out.param("X-PARTY", "AGENCY");
                NightOutFields.agency(out, agency.agency(), e.community());
                out.text(agency.agency().name());
            } else {
                Organization organization = ((OrganizationParticipant) p).organization();
                out.param("X-PARTY", "ORGANIZATION");
                NightOutFields.organization(out, organization);
                out.text(organization.name());
            }
        }
        if (!e.audiences().isEmpty()) {
            StringBuilder list = new StringBuilder();
            e.audiences().forEach(a -> list.append(list.length() == 0 ? "" : ",").append(a.name()));
            out.name(NightOutFields.AUDIENCE).value(list.toString());
        }
        if (e.firstEvent()) {
            out.name(NightOutFields.FIRST_EVENT).value("TRUE");
        }
        if (e.hostingSince().isPresent()) {
            out.name(NightOutFields.HOSTING_SINCE).value(Integer.toString(e.hostingSince().getAsInt()));
        }
        if (e.expectedAttendance().isPresent()) {
            out.name(NightOutFields.EXPECTED_ATTENDANCE).value(Integer.toString(e.expectedAttendance().getAsInt()));
        }
        if (e.rainDate().isPresent()) {
            out.name(NightOutFields.RAIN_DATE).param("VALUE", "DATE").value(Formats.date(e.rainDate().get()));
        }
        for (var news : e.coverage()) {
            out.name(NightOutFields.COVERAGE);
            news.title().ifPresent(t -> out.param("X-TITLE", t));
            news.outlet().ifPresent(o -> out.param("X-OUTLET", o));
            news.published().ifPresent(d -> out.param("X-PUBLISHED", Formats.date(d)));
            out.value(news.url().toASCIIString());
        }
    }
}
