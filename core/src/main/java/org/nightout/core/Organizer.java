package org.nightout.core;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * Who organizes an event in a calendar's terms: an address to reach them, such as {@code mailto:events@example.org},
 * and a name to show. It is what another calendar names as the organizer of an event read from it, kept so that a
 * feed written again names the same organizer; an application that makes its own events names their hosts instead,
 * and feeds derive the organizer from the first host or the feed's publisher.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Organizer.of("Town Watch", URI.create("mailto:watch@example.org"));
 * }</pre>
 */
@Value.Immutable
public abstract class Organizer {

    Organizer() {
    }

    /**
     * Obtains an organizer with a name.
     *
     * @param name the name to show
     * @param address an absolute URI, usually {@code mailto:}
     * @return the organizer
     * @throws NullPointerException if an argument is null
     * @throws ValidationException if the name is blank or the address is not absolute
     */
    public static Organizer of(String name, URI address) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        return ImmutableOrganizer.builder().name(name).address(address).build();
    }

    /**
     * Obtains an organizer known only by its address.
     *
     * @param address an absolute URI, usually {@code mailto:}
     * @return the organizer
     * @throws NullPointerException if the address is null
     * @throws ValidationException if the address is not absolute
     */
    public static Organizer of(URI address) {
        Objects.requireNonNull(address, "address");
        return ImmutableOrganizer.builder().address(address).build();
    }

    /**
     * Returns the name to show.
     *
     * @return one line of text, if known
     */
    public abstract Optional<String> name();

    /**
     * Returns the address to reach the organizer.
     *
     * @return an absolute URI
     */
    public abstract URI address();

    @Value.Check
    void check() {
        Checks c = Checks.of("Organizer");
        c.line("name", name());
        if (c.required("address", address())) {
            c.absoluteUri("address", Optional.of(address()));
        }
        c.throwIfAny();
    }
}
