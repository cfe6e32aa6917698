package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Campaign;
import org.nightout.core.UsState;

/**
 * {@link Campaign} as {@code {"id": "national-night-out", "name": "National Night Out", "organizer": ...,
 * "firstYear": 1984, "rule": {...}, "stateRules": {"TX": {...}}, "url": ...}}.
 */
final class CampaignFormat extends ObjectFormat<Campaign, Campaign.Builder> {
    static final CampaignFormat INSTANCE = new CampaignFormat();

    private CampaignFormat() {
        super(Campaign.class, Campaign::builder, b -> b.build(),
                List.of("id", "name", "organizer", "firstYear", "rule", "stateRules", "url"),
                Set.of("firstYear"));
    }

    @Override
    void writeProperties(Campaign value, JsonOutput out) {
        out.text("id", value.id());
        out.text("name", value.name());
        out.text("organizer", value.organizer());
        out.integer("firstYear", value.firstYear());
        out.object("rule", value.rule(), DateRuleFormat.INSTANCE);
        out.map("stateRules", value.stateRules(), UsState::name, DateRuleFormat.INSTANCE);
        out.uri("url", value.url());
    }

    @Override
    void readProperty(String name, Campaign.Builder b, JsonInput in) {
        switch (name) {
            case "id" -> b.id(in.text());
            case "name" -> b.name(in.text());
            case "organizer" -> b.organizer(in.text());
            case "firstYear" -> b.firstYear(in.integer());
            case "rule" -> b.rule(in.object(DateRuleFormat.INSTANCE));
            case "stateRules" -> b.stateRules(in.map(UsState.class, UsState::valueOf,
                    () -> in.object(DateRuleFormat.INSTANCE)));
            case "url" -> b.url(in.uri());
            default -> throw unhandled(name);
        }
    }
}
