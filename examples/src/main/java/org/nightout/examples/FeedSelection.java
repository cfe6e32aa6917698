package org.nightout.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;

/**
 * What one request to the feed server selects from its single events and series, route by route.
 *
 * <ul>
 *   <li>The iCalendar and JSON feeds carry single events and whole series: a series is one VEVENT with its rule
 *       (in JSON, one series with its rule), and its subscribers expand it; a feed cannot carry a part of a series
 *       without changing the UIDs they know it by. So a series goes in when one of its occurrences is selected: in
 *       the window ({@code from}, {@code to}), in a year asked for, or, without either, when its first event matches
 *       the other filters.
 *   <li>The page lists occurrences as events of their own: every occurrence in the window; without one, the next
 *       {@value #UPCOMING} of each series from today, looking at most {@value #MAX_OCCURRENCES} occurrences ahead.
 * </ul>
 * No response expands more than {@value #MAX_OCCURRENCES} occurrences of a series; a window that holds more is
 * refused, with a message asking for a narrower one. Nothing is expanded without such a bound: a series may never end.
 */
final class FeedSelection {
    /** The upcoming occurrences of each series the page lists without a window. */
    static final int UPCOMING = 10;
    /** The most occurrences one response expands. */
    static final int MAX_OCCURRENCES = 10_000;

    private FeedSelection() {
    }

    /** The single events and whole series of the iCalendar feed. */
    record Calendar(List<Event> events, List<EventSeries> series) {
    }

    /**
     * Selects the events and series of the iCalendar and JSON feeds, looking at most {@value #MAX_OCCURRENCES}
     * occurrences deep into a window or year.
     */
    static Calendar calendar(List<Event> events, List<EventSeries> series, FeedQuery query) {
        List<EventSeries> selected = new ArrayList<>();
        for (EventSeries s : series) {
            boolean in;
            if (query.window().isPresent()) {
                in = capped(s.occurrences(query.window().get().from(), query.window().get().to())).anyMatch(query);
            } else if (!query.years().isEmpty()) {
                in = query.years().stream().anyMatch(y -> capped(s.occurrences(LocalDate.of(y, 1, 1),
                        LocalDate.of(y + 1, 1, 1))).anyMatch(query));
            } else {
                in = query.test(s.first());
            }
            if (in) {
                selected.add(s);
            }
        }
        return new Calendar(events.stream().filter(query).toList(), List.copyOf(selected));
    }

    /**
     * Selects the events of the page: single events, and occurrences of series, the next {@value #UPCOMING} of each
     * from {@code today} where no window is given.
     *
     * @throws IllegalArgumentException if the window holds more than {@value #MAX_OCCURRENCES} occurrences
     */
    static List<Event> page(List<Event> events, List<EventSeries> series, FeedQuery query, LocalDate today) {
        // The filter comes after the bound: occurrences that never match must not be looked for until year 9999.
        return listed(events, series, query, s -> query.window().isPresent()
                ? s.occurrences(query.window().get().from(), query.window().get().to())
                : s.occurrences(today, DateWindow.END).limit(MAX_OCCURRENCES).filter(query).limit(UPCOMING));
    }

    private static List<Event> listed(List<Event> events, List<EventSeries> series, FeedQuery query,
            java.util.function.Function<EventSeries, Stream<Event>> occurrences) {
        List<Event> listed = new ArrayList<>(events.stream().filter(query).toList());
        int expanded = 0;
        for (EventSeries s : series) {
            for (Event o : (Iterable<Event>) capped(occurrences.apply(s))::iterator) {
                if (++expanded > MAX_OCCURRENCES) {
                    throw tooMany();
                }
                if (query.test(o)) {
                    listed.add(o);
                }
            }
        }
        listed.sort(ORDER);
        return listed;
    }

    private static Stream<Event> capped(Stream<Event> occurrences) {
        return occurrences.limit(MAX_OCCURRENCES + 1L);
    }

    private static IllegalArgumentException tooMany() {
        return new IllegalArgumentException("more than " + MAX_OCCURRENCES + " occurrences start in this window:"
                + " ask for a narrower one (from, to)");
    }

    /** The order of the served events: by start date, then id, then start. */
    static final Comparator<Event> ORDER = Comparator.comparing((Event e) -> e.time().startDate())
            .thenComparing(Event::id).thenComparing(e -> Occurrences.sortsAt(e.time()));
}
