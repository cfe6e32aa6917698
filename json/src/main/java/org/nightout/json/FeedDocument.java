package org.nightout.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.internal.Checks;

/**
 * A feed in one JSON document: the calendar's name, its single events and its series (each with its rule, added
 * and excluded dates and overrides), as {@code nightout convert --to json} writes it and the feed server serves it
 * at {@code /feed.json}:
 *
 * <pre>{@code
 * {"schemaVersion": 1, "name": "National Night Out", "events": [{...}, ...], "series": [{"first": {...}, "rule": ...}]}
 * }</pre>
 *
 * <p>{@link NightOutModule} reads and writes it whole, like any core type; {@link JsonFeed} streams it, one event or
 * series at a time. Either reader also takes a plain JSON array of events, the older form of a feed, as a document
 * of events only. The schema is {@link NightOutModule.Document#FEED}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * FeedDocument feed = FeedDocument.of(events, series).withName("National Night Out");
 * String json = mapper.writeValueAsString(feed);
 * FeedDocument back = mapper.readValue(json, FeedDocument.class);   // equal to feed
 * }</pre>
 *
 * @param name the calendar's name (iCalendar NAME or X-WR-CALNAME), if it has one
 * @param events the single events, in order
 * @param series the series, in order
 */
public record FeedDocument(Optional<String> name, List<Event> events, List<EventSeries> series) {

    /**
     * Creates a document.
     *
     * @throws NullPointerException if an argument or an element is null
     * @throws org.nightout.core.ValidationException if the name is blank, longer than 10,000 characters or has a
     *     control character other than tab and line breaks
     */
    public FeedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(series, "series");
        events.forEach(e -> Objects.requireNonNull(e, "events element"));
        series.forEach(s -> Objects.requireNonNull(s, "series element"));
        checkName(name);
        events = List.copyOf(events);
        series = List.copyOf(series);
    }

    /** Checks a name as a text: not blank, at most 10,000 characters, no control characters but tab and breaks. */
    static void checkName(Optional<String> name) {
        Checks.of("FeedDocument").multiline("name", name).throwIfAny();
    }

    /**
     * Returns a document of single events and series, without a name.
     *
     * @param events the single events
     * @param series the series
     * @return the document
     * @throws NullPointerException if an argument or an element is null
     */
    public static FeedDocument of(List<? extends Event> events, List<EventSeries> series) {
        return new FeedDocument(Optional.empty(), List.copyOf(events), series);
    }

    /**
     * Returns a copy of this document with the calendar's name.
     *
     * @param name the name, not blank
     * @return the copy
     * @throws NullPointerException if {@code name} is null
     * @throws org.nightout.core.ValidationException if the name is blank, too long or has a control character
     *     other than tab and line breaks
     */
    public FeedDocument withName(String name) {
        return new FeedDocument(Optional.of(Objects.requireNonNull(name, "name")), events, series);
    }

    /**
     * Returns the calendar's name (iCalendar NAME or X-WR-CALNAME), if it has one.
     *
     * @return the calendar's name (iCalendar NAME or X-WR-CALNAME), if it has one
     */
    public Optional<String> name() {
        return name;
    }

    /**
     * Returns the single events, in order.
     *
     * @return the single events, in order
     */
    public List<Event> events() {
        return events;
    }

    /**
     * Returns the series, in order.
     *
     * @return the series, in order
     */
    public List<EventSeries> series() {
        return series;
    }
}
