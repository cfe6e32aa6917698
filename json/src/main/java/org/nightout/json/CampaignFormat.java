package org.nightout.json;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nightout.core.Campaign;
import org.nightout.core.UsState;

/**
 * {@link Campaign} as {@code {"id": "national-night-out", "name": "National Night Out", "organizer": ...,
 * "firstYear": 1984, "rule": {...}, "stateRules": {"TX": {...}}, "url": ...}}.
 *
 * <p>Where an event names its campaign, a reader also takes the id of a built-in campaign alone
 * ({@code "campaign": "national-night-out"}), for hand-written data. The writer always writes the whole object: it
 * is the one canonical form, readable without this library's table of campaigns and by readers that predate ids, and
 * a campaign read by its id is equal to the built-in one, so it writes and reads back equal.
 */
final class CampaignFormat extends ObjectFormat<Campaign, Campaign.Builder> {
    static final CampaignFormat INSTANCE = new CampaignFormat();

    /** The campaigns an event may name by id alone, by id. */
    static final Map<String, Campaign> BUILT_IN = Stream.of(Campaign.nationalNightOut())
            .collect(Collectors.toUnmodifiableMap(Campaign::id, Function.identity()));

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

    /** Reads a campaign as an object, or as the id of a built-in campaign. */
    static Campaign readObjectOrId(JsonInput in) {
        return in.isString() ? in.known(Campaign.class, BUILT_IN, "a campaign object or the id of a built-in campaign")
                : in.object(INSTANCE);
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
