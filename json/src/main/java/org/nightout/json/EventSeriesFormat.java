package org.nightout.json;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import org.nightout.core.EventSeries;

/**
 * {@link EventSeries} as {@code {"schemaVersion": 1, "first": {...}, "rule": "FREQ=YEARLY;BYDAY=1TU;BYMONTH=8",
 * "rdates": [...], "exdates": ["2020-08-04T17:00:00-05:00[America/Chicago]"], "overrides": {"2022-08-02T17:00:00-05:00[America/Chicago]": {...}}}}:
 * the rule in its RFC 5545 text, the dates in the form of the first event's start (a date for an all-day series),
 * the overrides keyed by the original start of the occurrence they replace.
 */
final class EventSeriesFormat extends ObjectFormat<EventSeries, EventSeries.Builder> {
    static final EventSeriesFormat INSTANCE = new EventSeriesFormat();

    private EventSeriesFormat() {
        super(EventSeries.class, EventSeries::builder, b -> b.build(),
                List.of("schemaVersion", "first", "wallStart", "rule", "rdates", "exdates", "overrides"),
                Set.of("schemaVersion"));
    }

    @Override
    void writeProperties(EventSeries value, JsonOutput out) {
        out.integer("schemaVersion", NightOutModule.SCHEMA_VERSION);
        out.object("first", value.first(), EventFormat.INSTANCE);
        if (value.wallStart().isPresent()) {
            // The start as written where its zone skips it: the series repeats it (EventSeries#wallStart).
            out.generator().writeStringProperty("wallStart", value.wallStart().get().toString());
        }
        if (value.rule().isPresent()) {
            out.generator().writeStringProperty("rule", value.rule().get().toString());
        }
        dates(out, "rdates", value.rdates());
        dates(out, "exdates", value.exdates());
        out.map("overrides", value.overrides(), IsoTimes::formatOccurrenceStart, EventFormat.INSTANCE);
    }

    private static void dates(JsonOutput out, String name, List<Temporal> dates) {
        if (!dates.isEmpty()) {
            out.generator().writeArrayPropertyStart(name);
            for (Temporal t : dates) {
                out.generator().writeString(IsoTimes.formatOccurrenceStart(t));
            }
            out.generator().writeEndArray();
        }
    }

    @Override
    void readProperty(String name, EventSeries.Builder b, JsonInput in) {
        switch (name) {
            case "schemaVersion" -> in.schemaVersion(EventSeries.class);
            case "first" -> b.first(in.object(EventFormat.INSTANCE));
            case "wallStart" -> b.wallStart(in.localDateTime());
            case "rule" -> b.rule(in.recurrenceRule());
            case "rdates" -> b.rdates(in.array(in::occurrenceStart));
            case "exdates" -> b.exdates(in.array(in::occurrenceStart));
            case "overrides" -> b.overrides(in.map(Temporal.class, IsoTimes::parseOccurrenceStart,
                    () -> in.object(EventFormat.INSTANCE)));
            default -> throw unhandled(name);
        }
    }
}
