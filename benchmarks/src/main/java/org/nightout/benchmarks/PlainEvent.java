package org.nightout.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What an application without nightout might write: plain records with the event's fields as strings, the zoned
 * times as RFC 9557 strings that nobody parses, and lists. Plain Jackson writes them as the very JSON that
 * {@code NightOutModule} writes for the same event (a test checks it), so the JSON benchmark compares the two on
 * the same bytes.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record PlainEvent(
        int schemaVersion,
        String id,
        String title,
        String description,
        List<Agency> hosts,
        Venue venue,
        Time time,
        Status status,
        List<Activity> activities,
        List<String> audiences,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean firstEvent,   // false is left out, as nightout does
        String url,
        List<Link> coverage,
        String lastModified,
        int sequence) {

    PlainEvent {
        // A list left out of the JSON is empty, as in the nightout format.
        hosts = hosts == null ? List.of() : hosts;
        activities = activities == null ? List.of() : activities;
        audiences = audiences == null ? List.of() : audiences;
        coverage = coverage == null ? List.of() : coverage;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Agency(String name, String kind) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Venue(String name, Address address) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Address(String street, String locality, String state, String postalCode) {
    }

    /** Start and end as {@code 2026-07-20T19:30:00-05:00[America/North_Dakota/Beulah]}. */
    record Time(String start, String end) {
    }

    record Status(String kind) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Activity(String kind, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Link(String url, String title) {
    }
}
