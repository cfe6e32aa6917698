package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Organization;

/** {@link Organization} as {@code {"name": "Chippewa Valley Bank", "website": ...}}. */
final class OrganizationFormat extends ObjectFormat<Organization, Organization.Builder> {
    static final OrganizationFormat INSTANCE = new OrganizationFormat();

    private OrganizationFormat() {
        super(Organization.class, Organization::builder, b -> b.build(),
                List.of("name", "website"), Set.of());
    }

    @Override
    void writeProperties(Organization value, JsonOutput out) {
        out.text("name", value.name());
        out.uri("website", value.website());
    }

    @Override
    void readProperty(String name, Organization.Builder b, JsonInput in) {
        switch (name) {
            case "name" -> b.name(in.text());
            case "website" -> b.website(in.uri());
            default -> throw unhandled(name);
        }
    }
}
