package org.nightout.json;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.nightout.core.Agency;
import org.nightout.core.AgencyParticipant;
import org.nightout.core.Campaign;
import org.nightout.core.Community;
import org.nightout.core.Contact;
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
import tools.jackson.core.JsonGenerator;

/**
 * The schema.org nodes of an event's parts, as {@link JsonLdWriter} writes them: its location (a {@code Place} with
 * a {@code PostalAddress}, or the place's text as its address), the agencies ({@code PoliceStation},
 * {@code FireStation}, ...), people, organizations, news coverage and the campaign as an {@code EventSeries}.
 */
final class JsonLdNodes {
    private JsonLdNodes() {
    }

    /**
     * Writes an address that pages make links of (schema.org's URL): http and https only. The model takes any
     * absolute URI, so a {@code javascript:} or {@code data:} one from someone else's data would otherwise reach a
     * page that renders the JSON-LD as a link.
     */
    static void webUrl(JsonGenerator g, String property, URI u) {
        String scheme = u.getScheme();
        if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            g.writeStringProperty(property, u.toString());
        }
    }

    static void place(JsonGenerator g, Optional<Venue> venue, Optional<Community> community) {
        g.writeStartObject();
        g.writeStringProperty("@type", "Place");
        g.writeStringProperty("name", venue.map(Venue::name).orElseGet(() -> community.orElseThrow().name()));
        Optional<PostalAddress> address = venue.flatMap(Venue::address);
        if (address.isPresent()) {
            g.writeName("address");
            postalAddress(g, address.get().street(), address.get().locality(), address.get().state(),
                    address.get().postalCode());
        } else if (community.isPresent()) {
            g.writeName("address");
            postalAddress(g, Optional.empty(), community.get().name(), community.get().state(), Optional.empty());
        } else {
            // A place known only by its text, such as another calendar's LOCATION: schema.org takes an address as
            // Text, and Google requires one.
            g.writeStringProperty("address", venue.get().name());
        }
        Optional<GeoPoint> geo = venue.flatMap(Venue::geo);
        if (geo.isPresent()) {
            g.writeObjectPropertyStart("geo");
            g.writeStringProperty("@type", "GeoCoordinates");
            g.writeNumberProperty("latitude", geo.get().latitude());
            g.writeNumberProperty("longitude", geo.get().longitude());
            g.writeEndObject();
        }
        venue.flatMap(Venue::url).ifPresent(u -> webUrl(g, "url", u));
        g.writeEndObject();
    }

    private static void postalAddress(JsonGenerator g, Optional<String> street, String locality, UsState state,
            Optional<String> postalCode) {
        g.writeStartObject();
        g.writeStringProperty("@type", "PostalAddress");
        street.ifPresent(s -> g.writeStringProperty("streetAddress", s));
        g.writeStringProperty("addressLocality", locality);
        g.writeStringProperty("addressRegion", state.code());
        postalCode.ifPresent(z -> g.writeStringProperty("postalCode", z));
        g.writeStringProperty("addressCountry", "US");
        g.writeEndObject();
    }

    static void agency(JsonGenerator g, Agency a) {
        g.writeStartObject();
        g.writeStringProperty("@type", agencyType(a));
        g.writeStringProperty("name", a.name());
        a.shortName().ifPresent(s -> g.writeStringProperty("alternateName", s));
        a.website().ifPresent(u -> webUrl(g, "url", u));
        a.contact().ifPresent(c -> contactProperties(g, c));
        a.ori().ifPresent(ori -> {
            g.writeObjectPropertyStart("identifier");
            g.writeStringProperty("@type", "PropertyValue");
            g.writeStringProperty("propertyID", "ORI");
            g.writeStringProperty("value", ori);
            g.writeEndObject();
        });
        g.writeEndObject();
    }

    private static String agencyType(Agency a) {
        switch (a.kind()) {
            case POLICE_DEPARTMENT:
            case SHERIFFS_OFFICE:
            case STATE_POLICE:
            case CAMPUS_POLICE:
                return "PoliceStation";
            case FIRE_DEPARTMENT:
                return "FireStation";
            case EMS:
                return "EmergencyService";
            default:
                return "GovernmentOrganization";
        }
    }

    private static void contactProperties(JsonGenerator g, Contact c) {
        c.phone().ifPresent(p -> g.writeStringProperty("telephone", p));
        c.email().ifPresent(m -> g.writeStringProperty("email", m));
        c.address().ifPresent(a -> {
            g.writeName("address");
            postalAddress(g, a.street(), a.locality(), a.state(), a.postalCode());
        });
    }

    static void campaign(JsonGenerator g, Campaign c) {
        g.writeStartObject();
        g.writeStringProperty("@type", "EventSeries");
        g.writeStringProperty("name", c.name());
        c.url().ifPresent(u -> webUrl(g, "url", u));
        c.organizer().ifPresent(o -> organizationProperty(g, "organizer", o));
        g.writeEndObject();
    }

    static void participants(JsonGenerator g, String property, List<Participant> all, ParticipantRole role) {
        List<Participant> some = all.stream().filter(p -> p.role() == role).toList();
        if (!some.isEmpty()) {
            g.writeName(property);
            oneOrMany(g, some.size() > 1, () -> some.forEach(p -> participant(g, p)));
        }
    }

    private static void participant(JsonGenerator g, Participant p) {
        if (p instanceof AgencyParticipant agency) {
            agency(g, agency.agency());
        } else if (p instanceof PersonParticipant person) {
            person(g, person.person());
        } else {
            Organization organization = ((OrganizationParticipant) p).organization();
            g.writeStartObject();
            g.writeStringProperty("@type", "Organization");
            g.writeStringProperty("name", organization.name());
            organization.website().ifPresent(u -> webUrl(g, "url", u));
            g.writeEndObject();
        }
    }

    private static void person(JsonGenerator g, Person p) {
        g.writeStartObject();
        g.writeStringProperty("@type", "Person");
        g.writeStringProperty("name", p.name());
        p.rank().ifPresent(r -> g.writeStringProperty("honorificPrefix", r));
        p.title().ifPresent(t -> g.writeStringProperty("jobTitle", t));
        p.affiliation().ifPresent(a -> organizationProperty(g, "affiliation", a));
        g.writeEndObject();
    }

    static void newsArticle(JsonGenerator g, NewsLink n) {
        g.writeStartObject();
        g.writeStringProperty("@type", "NewsArticle");
        webUrl(g, "url", n.url());
        n.title().ifPresent(t -> g.writeStringProperty("headline", t));
        n.published().ifPresent(d -> g.writeStringProperty("datePublished", d.toString()));
        n.outlet().ifPresent(o -> organizationProperty(g, "publisher", o));
        g.writeEndObject();
    }

    /** Writes a property whose value is an {@code Organization} known only by name. */
    private static void organizationProperty(JsonGenerator g, String property, String name) {
        g.writeObjectPropertyStart(property);
        g.writeStringProperty("@type", "Organization");
        g.writeStringProperty("name", name);
        g.writeEndObject();
    }

    /** Writes the values as an array when there are several, else as the one value, as schema.org examples do. */
    static void oneOrMany(JsonGenerator g, boolean several, Runnable values) {
        if (several) {
            g.writeStartArray();
        }
        values.run();
        if (several) {
            g.writeEndArray();
        }
    }
}
