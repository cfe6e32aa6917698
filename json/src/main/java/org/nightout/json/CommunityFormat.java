package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Community;
import org.nightout.core.CommunityKind;
import org.nightout.core.UsState;

/**
 * {@link Community} as {@code {"name": "Eau Claire", "kind": "CITY", "state": "WI", "region": ...,
 * "zone": "America/Chicago", "ocdId": ..., "geoid": ...}}.
 */
final class CommunityFormat extends ObjectFormat<Community, Community.Builder> {
    static final CommunityFormat INSTANCE = new CommunityFormat();

    private CommunityFormat() {
        super(Community.class, Community::builder, b -> b.build(),
                List.of("name", "kind", "state", "region", "zone", "ocdId", "geoid"), Set.of());
    }

    @Override
    void writeProperties(Community value, JsonOutput out) {
        out.text("name", value.name());
        out.enumValue("kind", value.kind());
        out.enumValue("state", value.state());
        out.text("region", value.region());
        out.text("zone", value.zone().getId());
        out.text("ocdId", value.ocdId());
        out.text("geoid", value.geoid());
    }

    @Override
    void readProperty(String name, Community.Builder b, JsonInput in) {
        switch (name) {
            case "name" -> b.name(in.text());
            case "kind" -> b.kind(in.enumValue(CommunityKind.class));
            case "state" -> b.state(in.enumValue(UsState.class));
            case "region" -> b.region(in.text());
            case "zone" -> b.zone(in.zone());
            case "ocdId" -> b.ocdId(in.text());
            case "geoid" -> b.geoid(in.text());
            default -> throw unhandled(name);
        }
    }
}
