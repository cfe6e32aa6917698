package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Agency;
import org.nightout.core.AgencyKind;

/**
 * {@link Agency} as {@code {"name": "Eau Claire Police Department", "shortName": "ECPD", "kind": "POLICE_DEPARTMENT",
 * "jurisdiction": {...}, "ori": "WI0180200", "website": ..., "contact": {...}}}.
 */
final class AgencyFormat extends ObjectFormat<Agency, Agency.Builder> {
    static final AgencyFormat INSTANCE = new AgencyFormat();

    private AgencyFormat() {
        super(Agency.class, Agency::builder, b -> b.build(),
                List.of("name", "shortName", "kind", "jurisdiction", "ori", "website", "contact"), Set.of());
    }

    @Override
    void writeProperties(Agency value, JsonOutput out) {
        out.text("name", value.name());
        out.text("shortName", value.shortName());
        out.enumValue("kind", value.kind());
        out.object("jurisdiction", value.jurisdiction(), CommunityFormat.INSTANCE);
        out.text("ori", value.ori());
        out.uri("website", value.website());
        out.object("contact", value.contact(), ContactFormat.INSTANCE);
    }

    @Override
    void readProperty(String name, Agency.Builder b, JsonInput in) {
        switch (name) {
            case "name" -> b.name(in.text());
            case "shortName" -> b.shortName(in.text());
            case "kind" -> b.kind(in.enumValue(AgencyKind.class));
            case "jurisdiction" -> b.jurisdiction(in.object(CommunityFormat.INSTANCE));
            case "ori" -> b.ori(in.text());
            case "website" -> b.website(in.uri());
            case "contact" -> b.contact(in.object(ContactFormat.INSTANCE));
            default -> throw unhandled(name);
        }
    }
}
