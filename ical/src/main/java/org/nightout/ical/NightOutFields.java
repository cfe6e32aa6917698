package org.nightout.ical;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nightout.core.Agency;
import org.nightout.core.AgencyKind;
import org.nightout.core.Campaign;
import org.nightout.core.Community;
import org.nightout.core.CommunityKind;
import org.nightout.core.Contact;
import org.nightout.core.DateRule;
import org.nightout.core.Organization;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;
import org.nightout.core.Venue;

/**
 * The {@code X-NIGHTOUT-*} form of the domain's nested values, one place for writing and reading so the two cannot
 * drift apart. iCalendar has no home for a community's OCD id or an agency's ORI, so each such value travels as the
 * parameters of one X- property; every consumer keeps or ignores X- properties, and our reader rebuilds the value
 * exactly. A nested value inside another (an agency's jurisdiction) takes a parameter prefix.
 */
final class NightOutFields {
    /** On UID, where the event kept another system's UID and its id differs from it: the event's own id. */
    static final String ID_PARAM = "X-NIGHTOUT-ID";
    /** On UID, {@code KEPT} where the event kept another system's UID and its id is the same. */
    static final String UID_PARAM = "X-NIGHTOUT-UID";
    /** On ORGANIZER, {@code EVENT} where it is the event's own organizer rather than one derived from hosts. */
    static final String ORGANIZER_PARAM = "X-NIGHTOUT-ORGANIZER";
    static final String CAMPAIGN = "X-NIGHTOUT-CAMPAIGN";
    static final String COMMUNITY = "X-NIGHTOUT-COMMUNITY";
    static final String HOST = "X-NIGHTOUT-HOST";
    static final String VENUE = "X-NIGHTOUT-VENUE";
    static final String PARTICIPANT = "X-NIGHTOUT-PARTICIPANT";
    static final String AUDIENCE = "X-NIGHTOUT-AUDIENCE";
    static final String FIRST_EVENT = "X-NIGHTOUT-FIRST-EVENT";
    static final String HOSTING_SINCE = "X-NIGHTOUT-HOSTING-SINCE";
    static final String EXPECTED_ATTENDANCE = "X-NIGHTOUT-EXPECTED-ATTENDANCE";
    static final String RAIN_DATE = "X-NIGHTOUT-RAIN-DATE";
    static final String COVERAGE = "X-NIGHTOUT-COVERAGE";
    static final String LAST_MODIFIED = "X-NIGHTOUT-LAST-MODIFIED";
    static final String STATUS = "X-NIGHTOUT-STATUS";
    static final String STATUS_REASON = "X-NIGHTOUT-STATUS-REASON";
    static final String PREVIOUS_START = "X-NIGHTOUT-PREVIOUS-START";
    static final String PREVIOUS_END = "X-NIGHTOUT-PREVIOUS-END";

    /** The jurisdiction parameter's value when the agency serves the event's own community. */
    private static final String SAME_COMMUNITY = "EVENT-COMMUNITY";

    private NightOutFields() {
    }

    /** Read-side access to one property's parameters; a missing parameter is empty. */
    interface Params {
        Optional<String> get(String name);
    }

    static Params of(ContentLine line) {
        return line::param;
    }

    // ---- writing ----

    static void campaign(ContentLines out, Campaign c, int edition) throws IOException {
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

    static void community(ContentLines out, String prefix, Community c) {
        out.param(prefix + "KIND", c.kind().name()).param(prefix + "STATE", c.state().code())
                .param(prefix + "ZONE", c.zone().getId());
        opt(out, prefix + "REGION", c.region());
        opt(out, prefix + "OCD-ID", c.ocdId());
        opt(out, prefix + "GEOID", c.geoid());
    }

    static void agency(ContentLines out, Agency a, Optional<Community> eventCommunity) {
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

    static void person(ContentLines out, Person p) {
        opt(out, "X-RANK", p.rank());
        opt(out, "X-TITLE", p.title());
        opt(out, "X-AFFILIATION", p.affiliation());
        p.contact().ifPresent(c -> contact(out, c));
    }

    static void organization(ContentLines out, Organization o) {
        opt(out, "X-WEBSITE", o.website().map(URI::toASCIIString));
    }

    static void venue(ContentLines out, Venue v) {
        v.address().ifPresent(a -> address(out, "X-", a));
        v.geo().ifPresent(g -> out.param("X-LATITUDE", Formats.decimal(g.latitude()))
                .param("X-LONGITUDE", Formats.decimal(g.longitude())));
        opt(out, "X-URL", v.url().map(URI::toASCIIString));
    }

    private static void contact(ContentLines out, Contact c) {
        opt(out, "X-PHONE", c.phone());
        opt(out, "X-EMAIL", c.email());
        c.address().ifPresent(a -> address(out, "X-", a));
    }

    private static void address(ContentLines out, String prefix, PostalAddress a) {
        opt(out, prefix + "STREET", a.street());
        out.param(prefix + "LOCALITY", a.locality()).param(prefix + "STATE", a.state().code());
        opt(out, prefix + "POSTAL-CODE", a.postalCode());
    }

    private static void opt(ContentLines out, String name, Optional<String> value) {
        value.ifPresent(v -> out.param(name, v));
    }

    // ---- reading ----

    static Campaign campaign(String id, Params p) {
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

    static Community community(String name, String prefix, Params p) {
        Community.Builder b = Community.builder().name(name)
                .kind(p.get(prefix + "KIND").map(CommunityKind::valueOf).orElse(null))
                .state(p.get(prefix + "STATE").map(UsState::ofCode).orElse(null))
                .zone(p.get(prefix + "ZONE").map(ZoneId::of).orElse(null));
        p.get(prefix + "REGION").ifPresent(b::region);
        p.get(prefix + "OCD-ID").ifPresent(b::ocdId);
        p.get(prefix + "GEOID").ifPresent(b::geoid);
        return b.build();
    }

    static Agency agency(String name, Params p, Optional<Community> eventCommunity) {
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

    static Person person(String name, Params p) {
        Person.Builder b = Person.builder().name(name);
        p.get("X-RANK").ifPresent(b::rank);
        p.get("X-TITLE").ifPresent(b::title);
        p.get("X-AFFILIATION").ifPresent(b::affiliation);
        contact(p).ifPresent(b::contact);
        return b.build();
    }

    static Organization organization(String name, Params p) {
        Organization.Builder b = Organization.builder().name(name);
        p.get("X-WEBSITE").map(URI::create).ifPresent(b::website);
        return b.build();
    }

    static Venue venue(String name, Params p) {
        Venue.Builder b = Venue.builder().name(name);
        address("X-", p).ifPresent(b::address);
        if (p.get("X-LATITUDE").isPresent() || p.get("X-LONGITUDE").isPresent()) {
            b.geo(org.nightout.core.GeoPoint.of(Double.parseDouble(p.get("X-LATITUDE").orElse("NaN")),
                    Double.parseDouble(p.get("X-LONGITUDE").orElse("NaN"))));
        }
        p.get("X-URL").map(URI::create).ifPresent(b::url);
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
    static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                items.add(s.strip());
            }
        }
        return items;
    }
}
