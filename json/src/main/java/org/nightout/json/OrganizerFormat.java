package org.nightout.json;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Organizer;

/**
 * {@link Organizer} as {@code {"name": "Town Watch", "address": "mailto:watch@example.org"}}; the
 * address is required here, as the factories take no null.
 */
final class OrganizerFormat extends ObjectFormat<Organizer, OrganizerFormat.Parts> {
    static final OrganizerFormat INSTANCE = new OrganizerFormat();

    private OrganizerFormat() {
        super(Organizer.class, Parts::new, b -> b.name.map(n -> Organizer.of(n, b.address))
                .orElseGet(() -> Organizer.of(b.address)), List.of("name", "address"), Set.of("address"));
    }

    /** The parts read so far. */
    static final class Parts {
        private Optional<String> name = Optional.empty();
        private URI address;
    }

    @Override
    void writeProperties(Organizer value, JsonOutput out) {
        out.text("name", value.name());
        out.uri("address", value.address());
    }

    @Override
    void readProperty(String name, Parts b, JsonInput in) {
        switch (name) {
            case "name" -> b.name = Optional.of(in.text());
            case "address" -> b.address = in.uri();
            default -> throw unhandled(name);
        }
    }
}
