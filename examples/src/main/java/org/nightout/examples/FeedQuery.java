package org.nightout.examples;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nightout.core.Agency;
import org.nightout.core.Event;
import org.nightout.core.UsState;
import org.nightout.html.PageFilter;

/**
 * The filters of a feed request, such as {@code ?state=WI&year=2021}: an event is selected when it matches every
 * filter given, and a filter given several times matches any of its values. Names and states compare without case.
 * {@code from} and {@code to} give a window of days, {@code ?from=2025-08-01&to=2025-09-01}, which selects the events
 * and occurrences that start from the first day up to (not including) the second, in their own zones
 * ({@link DateWindow}); each is given at most once, and either may be left out.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FeedQuery implements Predicate<Event> {
    /** A query that selects every event. */
    static final FeedQuery ALL = new FeedQuery(Map.of());

    private static final List<String> NAMES = List.of("state", "community", "agency", "year", "from", "to");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Filter name to its values, as given, in the order given. */
    private final Map<String, Set<String>> filters;
    private final Optional<DateWindow> window;

    private FeedQuery(Map<String, Set<String>> filters, Optional<DateWindow> window) {
        this.filters = filters;
        this.window = window;
    }

    private FeedQuery(Map<String, Set<String>> filters) {
        this.filters = filters;
        if (filters.containsKey("from") || filters.containsKey("to")) {
            LocalDate from = filters.containsKey("from")
                    ? DateWindow.parseDate("from", filters.get("from").iterator().next()) : DateWindow.FIRST_DAY;
            LocalDate to = filters.containsKey("to")
                    ? DateWindow.parseDate("to", filters.get("to").iterator().next()) : DateWindow.END;
            this.window = Optional.of(new DateWindow(from, to));
        } else {
            this.window = Optional.empty();
        }
    }

    /**
     * Parses the raw (still percent-encoded) query of a request URI.
     *
     * @param rawQuery such as {@code state=WI&community=Eau%20Claire}; null or empty for no filter
     * @return the query
     * @throws IllegalArgumentException with a message for the user if a filter is unknown or its value is not
     *     valid, such as {@code state=ZZ} or {@code year=abc}
     */
    static FeedQuery parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return ALL;
        }
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown filter \"" + name
                        + "\": the filters are state, community, agency, year, from and to");
            }
            if (value.isEmpty()) {
                continue;   // a field the page's form sends blank: no filter, as the form means
            }
            check(name, value);
            Set<String> values = filters.computeIfAbsent(name, k -> new LinkedHashSet<>());
            if ((name.equals("from") || name.equals("to")) && !values.isEmpty() && !values.contains(value)) {
                throw new IllegalArgumentException(name + " is given twice (" + values.iterator().next() + " and "
                        + value + "): a window has one start and one end");
            }
            values.add(value);
        }
        return new FeedQuery(Map.copyOf(filters));
    }

    /** Decodes a part of a query the HTTP server has already checked to be a valid URI query. */
    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static void check(String name, String value) {
        if (name.equals("state")) {
            try {
                UsState.ofCode(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("state \"" + value + "\" is not a US state: expected "
                        + example(name), e);
            }
        } else if (name.equals("year") && !YEAR.matcher(value).matches()) {
            throw new IllegalArgumentException("year \"" + value + "\" is not a year: expected " + example(name));
        } else if (name.equals("from") || name.equals("to")) {
            DateWindow.parseDate(name, value);
        }
    }

    private static String example(String name) {
        switch (name) {
            case "state":
                return "a two-letter USPS code such as WI, CT or OH";
            case "community":
                return "a community name such as Eau Claire";
            case "agency":
                return "an agency name or short name such as ECPD";
            case "from":
            case "to":
                return "a date such as 2025-08-05";
            default:
                return "four digits such as 2022";
        }
    }

    /**
     * Tells whether no filter is given.
     *
     * @return true when every event is selected
     */
    boolean isEmpty() {
        return filters.isEmpty();
    }

    /**
     * Returns this query with a window for when it gives none: the feed server's window around its today. The
     * window selects as {@code from} and {@code to} would, but is no filter of the request: {@link #isEmpty()},
     * {@link #toQueryString()} and {@link #describe()} stay the request's, so a page's subscribe link keeps no dates
     * and the feed it subscribes to moves with the server's days.
     *
     * @param serverWindow the window of a request without {@code from} and {@code to}
     * @return this query when it gives a window, else one that selects by {@code serverWindow}
     */
    FeedQuery orWindow(DateWindow serverWindow) {
        return window.isPresent() ? this : new FeedQuery(filters, Optional.of(serverWindow));
    }

    /**
     * Returns the window of days the query gives, or the server's window it took (see {@link #orWindow}).
     *
     * @return the window, or empty without {@code from}, {@code to} and a server's window
     */
    Optional<DateWindow> window() {
        return window;
    }

    /**
     * Returns the years the query names.
     *
     * @return the years, empty when it names none
     */
    List<Integer> years() {
        return filters.getOrDefault("year", Set.of()).stream().map(Integer::valueOf).toList();
    }

    /** Tells whether an event matches every filter, its start date lying in the window if there is one. */
    @Override
    public boolean test(Event e) {
        return window.map(w -> w.contains(e.time().startDate())).orElse(true)
                && matches("state", v -> e.community().filter(c -> c.state() == UsState.ofCode(v)).isPresent())
                && matches("community", v -> e.community().filter(c -> c.name().equalsIgnoreCase(v)).isPresent())
                && matches("agency", v -> e.hosts().stream().anyMatch(a -> names(a, v)))
                && matches("year", v -> e.time().startDate().getYear() == Integer.parseInt(v));
    }

    private boolean matches(String name, Predicate<String> value) {
        Set<String> values = filters.get(name);
        return values == null || values.stream().anyMatch(value);
    }

    private static boolean names(Agency agency, String name) {
        return PageFilter.names(agency, name);
    }

    /**
     * Returns the filters the page's form shows: the first community and agency given, and the window.
     *
     * @return the form's values
     */
    PageFilter pageFilter() {
        return new PageFilter(filters.getOrDefault("community", Set.of()).stream().findFirst(),
                filters.getOrDefault("agency", Set.of()).stream().findFirst(),
                Optional.ofNullable(filters.get("from")).map(v -> DateWindow.parseDate("from", v.iterator().next())),
                Optional.ofNullable(filters.get("to")).map(v -> DateWindow.parseDate("to", v.iterator().next())));
    }

    /**
     * Returns the query in a canonical, percent-encoded form, such as {@code state=WI&year=2021}.
     *
     * @return the query without its {@code ?}; empty when no filter is given
     */
    String toQueryString() {
        List<String> pairs = new ArrayList<>();
        for (String name : NAMES) {
            for (String value : filters.getOrDefault(name, Set.of())) {
                String canonical = name.equals("state") ? value.toUpperCase(Locale.ROOT) : value;
                pairs.add(name + "=" + URLEncoder.encode(canonical, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return String.join("&", pairs);
    }

    /**
     * Describes the filters for people, such as "state WI, year 2021" or "state WI, dates 2025-08-01 to 2025-08-31"
     * (the last day of a window, which {@code to} gives as the day after).
     *
     * @return the description; empty when no filter is given
     */
    String describe() {
        List<String> parts = new ArrayList<>(NAMES.stream().filter(n -> !n.equals("from") && !n.equals("to"))
                .filter(filters::containsKey).map(n -> n + " " + String.join(" or ", filters.get(n))).toList());
        window.filter(w -> filters.containsKey("from") || filters.containsKey("to"))
                .ifPresent(w -> parts.add(!filters.containsKey("to") ? "dates from " + w.from()
                : !filters.containsKey("from") ? "dates until " + w.last()
                : "dates " + w.from() + " to " + w.last()));
        return String.join(", ", parts);
    }
}
