package org.nightout.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * {@link FeedDocument} as {@code {"schemaVersion": 1, "name": "...", "events": [...], "series": [...]}}, and, read
 * only, the older form of a feed: a JSON array of events.
 *
 * <p>Where the read was given a {@link JsonFeed.Handler} (in its attributes, under the handler's class), each name,
 * event and series goes to the handler as soon as it is read and the document returned is empty: that is how
 * {@link JsonFeed} streams a feed of any size through this one reader.
 */
final class FeedDocumentFormat extends ObjectFormat<FeedDocument, FeedDocumentFormat.Reading> {
    static final FeedDocumentFormat INSTANCE = new FeedDocumentFormat();

    static final String SCHEMA_VERSION = "schemaVersion";
    static final String NAME = "name";
    static final String EVENTS = "events";
    static final String SERIES = "series";

    private FeedDocumentFormat() {
        super(FeedDocument.class, Reading::new, Reading::build, List.of(SCHEMA_VERSION, NAME, EVENTS, SERIES),
                Set.of(SCHEMA_VERSION));
    }

    @Override
    void writeProperties(FeedDocument value, JsonOutput out) {
        out.integer(SCHEMA_VERSION, NightOutModule.SCHEMA_VERSION);
        out.text(NAME, value.name());
        out.array(EVENTS, value.events(), EventFormat.INSTANCE);
        out.array(SERIES, value.series(), EventSeriesFormat.INSTANCE);
    }

    @Override
    void readProperty(String name, Reading b, JsonInput in) {
        switch (name) {
            case SCHEMA_VERSION -> in.schemaVersion(FeedDocument.class);
            case NAME -> b.name(in, in.text());
            case EVENTS -> elements(in, EventFormat.INSTANCE, e -> b.event(in, e));
            case SERIES -> elements(in, EventSeriesFormat.INSTANCE, s -> b.series(in, s));
            default -> throw unhandled(name);
        }
    }

    /** Reads a JSON array of events, the older form of a feed, with each event's index first in an error's path. */
    @Override
    FeedDocument readOtherThanObject(JsonInput in) {
        if (in.parser().currentToken() != JsonToken.START_ARRAY) {
            return in.unexpectedToken(FeedDocument.class);
        }
        Reading b = new Reading();
        elements(in, EventFormat.INSTANCE, e -> b.event(in, e));
        return b.build();
    }

    /**
     * Reads a JSON array one element at a time, handing each over before the next is read; an error in an element
     * gets its index in the path. What the consumer throws passes as it is.
     */
    private static <T> void elements(JsonInput in, ObjectFormat<T, ?> format, Consumer<? super T> each) {
        JsonParser p = in.parser();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            in.unexpectedToken(List.class);
            return;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            T value;
            try {
                value = in.object(format);
            } catch (JacksonException e) {
                throw e.prependPath(null, index);
            }
            index++;
            each.accept(value);
        }
    }

    /** Collects a document's parts, or hands them to the read's handler where it has one. */
    static final class Reading {
        private String name;
        private final List<Event> events = new ArrayList<>();
        private final List<EventSeries> series = new ArrayList<>();
        private JsonFeed.Handler handler;
        private boolean looked;

        private JsonFeed.Handler handler(JsonInput in) {
            if (!looked) {
                looked = true;
                handler = (JsonFeed.Handler) in.attribute(JsonFeed.Handler.class);
            }
            return handler;
        }

        void name(JsonInput in, String value) {
            try {
                FeedDocument.checkName(Optional.of(value));
            } catch (ValidationException e) {
                // The caller adds "name" to the path.
                throw in.invalid(FeedDocument.class, Set.of(), e);
            }
            name = value;
            if (handler(in) != null) {
                handler.name(value);
            }
        }

        void event(JsonInput in, Event e) {
            if (handler(in) != null) {
                handler.event(e);
            } else {
                events.add(e);
            }
        }

        void series(JsonInput in, EventSeries s) {
            if (handler(in) != null) {
                handler.series(s);
            } else {
                series.add(s);
            }
        }

        FeedDocument build() {
            return new FeedDocument(Optional.ofNullable(name), events, series);
        }
    }
}
