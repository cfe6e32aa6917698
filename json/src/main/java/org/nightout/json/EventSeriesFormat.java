package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.EventSeries;

/**
 * {@link EventSeries} as {@code {"schemaVersion": 1, "first": {...}, "rule": {...}, "lastYear": ...,
 * "cancelledYears": [2020], "overrides": {"2021": {...}}}}: the overrides keyed by year.
 */
final class EventSeriesFormat extends ObjectFormat<EventSeries, EventSeries.Builder> {
    static final EventSeriesFormat INSTANCE = new EventSeriesFormat();

    private EventSeriesFormat() {
        super(EventSeries.class, EventSeries::builder, b -> b.build(),
                List.of("schemaVersion", "first", "rule", "lastYear", "cancelledYears", "overrides"),
                Set.of("schemaVersion"));
    }

    @Override
    void writeProperties(EventSeries value, JsonOutput out) {
        out.integer("schemaVersion", NightOutModule.SCHEMA_VERSION);
        out.object("first", value.first(), EventFormat.INSTANCE);
        out.object("rule", value.rule(), DateRuleFormat.INSTANCE);
        if (value.lastYear().isPresent()) {
            out.integer("lastYear", value.lastYear().getAsInt());
        }
        if (!value.cancelledYears().isEmpty()) {
            out.generator().writeName("cancelledYears");
            out.generator().writeStartArray();
            for (int year : value.cancelledYears()) {
                out.generator().writeNumber(year);
            }
            out.generator().writeEndArray();
        }
        out.map("overrides", value.overrides(), String::valueOf, EventFormat.INSTANCE);
    }

    @Override
    void readProperty(String name, EventSeries.Builder b, JsonInput in) {
        switch (name) {
            case "schemaVersion" -> in.schemaVersion(EventSeries.class);
            case "first" -> b.first(in.object(EventFormat.INSTANCE));
            case "rule" -> b.rule(in.object(DateRuleFormat.INSTANCE));
            case "lastYear" -> b.lastYear(in.integer());
            case "cancelledYears" -> b.cancelledYears(in.array(in::integer));
            case "overrides" -> b.overrides(in.map(Integer.class, Integer::valueOf,
                    () -> in.object(EventFormat.INSTANCE)));
            default -> throw unhandled(name);
        }
    }
}
