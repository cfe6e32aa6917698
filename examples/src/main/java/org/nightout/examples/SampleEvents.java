package org.nightout.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.nightout.core.Event;

/**
 * National Night Out events described by three local news reports: Eau Claire and Chippewa Falls, Wisconsin
 * (held the year after both cancelled for the pandemic, and the cancelled year too); East Hartford, Connecticut
 * (2017-08-01, the department's first) with the other Connecticut communities that report lists; and Austintown,
 * Liberty and New Middletown in Ohio's Mahoning Valley.
 *
 * <p>The events live in {@code org/nightout/examples/sample-events.json}, in the library's own JSON format
 * ({@link org.nightout.json.NightOutModule}). Only what the reports say is filled in. They give no times of day, so
 * every event is an all-day event on its date; they give no street addresses, so venues have none; where a report
 * names no host, the event has none. Where a date is not in the report but follows from the campaign's rule (the
 * Wisconsin years, the Ohio year), a note for whoever edits the data says so: a kept property
 * {@code X-EDITOR-NOTE}, not the description, so that the public profile leaves it out of every feed and page.
 *
 * <pre>{@code
 * List<Event> events = SampleEvents.all();
 * }</pre>
 */
public final class SampleEvents {
    /** The classpath resource, relative to this class, that holds the events. */
    static final String RESOURCE = "sample-events.json";

    private static final List<Event> ALL = load();

    private SampleEvents() {
    }

    /**
     * Returns every sample event, ordered by date and then id.
     *
     * @return the events
     */
    public static List<Event> all() {
        return ALL;
    }

    private static List<Event> load() {
        try (InputStream in = SampleEvents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks its resource org/nightout/examples/" + RESOURCE);
            }
            return EventData.read(in, RESOURCE).events();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled sample events", e);
        }
    }
}
