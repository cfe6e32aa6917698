package org.nightout.html;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Agency;
import org.nightout.core.Event;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;

/**
 * The filters of the page's form, a plain GET form whose fields are {@code community}, {@code agency} (a host's
 * name or short name), {@code from} and {@code to} (ISO dates; the events that start from the first day up to, not
 * including, the second). A blank field filters nothing, so the form can be submitted as it stands. Names compare
 * without case.
 *
 * <p>The page shows the filters in its form; it does not apply them. An application applies them with
 * {@link #test(Event)} (or its own query, as the feed server does) before it renders the events.
 *
 * <pre>{@code
 * PageFilter filter = PageFilter.of(Map.of("community", "Eau Claire", "from", "2026-08-01"));
 * List<Event> shown = events.stream().filter(filter::test).toList();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param community the community's name
 * @param agency a host agency's name or short name
 * @param from the first day
 * @param to the day after the last
 */
public record PageFilter(Optional<String> community, Optional<String> agency, Optional<LocalDate> from,
        Optional<LocalDate> to) {
    /** No filter: every event. */
    public static final PageFilter NONE = new PageFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /**
     * Checks the parts: blank names count as absent.
     *
     * @param community the community's name
     * @param agency a host agency's name or short name
     * @param from the first day
     * @param to the day after the last
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public PageFilter {
        community = Objects.requireNonNull(community, "community").map(String::strip).filter(s -> !s.isEmpty());
        agency = Objects.requireNonNull(agency, "agency").map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw new IllegalArgumentException("Date to " + to.get() + " must be after from " + from.get());
        }
    }

    /**
     * Reads the filters from a request's parameters, such as Spring's {@code @RequestParam Map<String, String>}.
     * Other parameters are ignored.
     *
     * @param parameters the parameters by name
     * @return the filters
     * @throws IllegalArgumentException with a message for the user if {@code from} or {@code to} is not a date such
     *     as 2026-08-04, or {@code to} is not after {@code from}
     */
    public static PageFilter of(Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return new PageFilter(Optional.ofNullable(parameters.get("community")),
                Optional.ofNullable(parameters.get("agency")), date(parameters, "from"), date(parameters, "to"));
    }

    private static Optional<LocalDate> date(Map<String, String> parameters, String name) {
        String value = Optional.ofNullable(parameters.get(name)).map(String::strip).orElse("");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Date " + name + " \"" + value + "\" must be a date such as 2026-08-04",
                    e);
        }
    }

    /**
     * Tells whether no filter is given.
     *
     * @return true when every event passes
     */
    public boolean isEmpty() {
        return community.isEmpty() && agency.isEmpty() && from.isEmpty() && to.isEmpty();
    }

    /**
     * Tells whether an event passes every filter given: its community's name, one of its hosts, its start day.
     *
     * @param event the event
     * @return true if it passes
     */
    public boolean test(Event event) {
        LocalDate start = event.time().startDate();
        return community.map(c -> event.community().filter(x -> x.name().equalsIgnoreCase(c)).isPresent()).orElse(true)
                && agency.map(a -> hostedBy(event, a)).orElse(true)
                && from.map(f -> !start.isBefore(f)).orElse(true)
                && to.map(start::isBefore).orElse(true);
    }

    /**
     * Tells whether a name is one of an event's hosts: a host agency by its name or short name, or a participant in
     * the host role (an organization or a person, as a sign-up sheet names the block club or neighbour who hosts).
     */
    static boolean hostedBy(Event event, String name) {
        return event.hosts().stream().anyMatch(h -> names(h, name))
                || otherHosts(event).stream().anyMatch(name::equalsIgnoreCase);
    }

    /** The names of the participants in the host role that are not among the event's host agencies already. */
    static List<String> otherHosts(Event event) {
        return event.participants().stream().filter(p -> p.role() == ParticipantRole.HOST).map(Participant::name)
                .filter(n -> event.hosts().stream().noneMatch(h -> names(h, n))).distinct().toList();
    }

    /**
     * Tells whether an agency goes by a name: its name or its short name, without case.
     *
     * @param agency the agency
     * @param name the name asked for
     * @return true if the agency goes by it
     */
    public static boolean names(Agency agency, String name) {
        return agency.name().equalsIgnoreCase(name) || agency.shortName().filter(name::equalsIgnoreCase).isPresent();
    }
}
