package org.nightout.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.ParticipantRole;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes events as schema.org {@code Event} JSON-LD, as Google Search reads it for event rich results.
 *
 * <p>Each event becomes an {@code Event} node with {@code name}, {@code startDate} and, where known,
 * {@code endDate}; a {@code location} (a {@code Place} with a {@code PostalAddress} and {@code GeoCoordinates}; with
 * no venue, or no venue address, the community's locality and state; with a venue that has neither address nor
 * community, such as the LOCATION text of a feed someone else wrote or of a public feed, that text as the
 * {@code address}, which schema.org allows as Text, so that every event with a place has the address Google
 * requires); the host agencies as {@code organizer}
 * ({@code PoliceStation} for law enforcement, {@code FireStation}, {@code EmergencyService}, else
 * {@code GovernmentOrganization}); {@code eventStatus} ({@code EventScheduled}, {@code EventCancelled},
 * {@code EventPostponed}, or {@code EventRescheduled} with {@code previousStartDate}) and
 * {@code eventAttendanceMode} as full schema.org URLs; {@code description}, {@code image} and {@code url} where
 * present; the campaign as {@code superEvent}, an {@code EventSeries}; sponsors and performers; and news coverage as
 * {@code subjectOf}. A cancelled event keeps its start date. Timed events give the date-time with its UTC offset
 * ({@code 2022-08-02T18:00:00-04:00}); all-day events give dates ({@code 2021-08-03}), the last day as
 * {@code endDate}. Nothing is invented: an event with no host has no organizer.
 *
 * <p>A series ({@link #write(EventSeries, LocalDate)}) is written as Google asks for a recurring event: each
 * occurrence as an {@code Event} of its own, with its own date, for the next {@link #occurrenceLimit()} occurrences
 * from a given day ({@value #DEFAULT_OCCURRENCE_LIMIT} by default; Google shows only upcoming events, and a page
 * needs no more). Cancelled occurrences are among them, marked {@code EventCancelled}, as a cancelled event stays
 * until it has passed; excluded dates are not. Where a schema.org {@code Schedule} can describe the series exactly,
 * each occurrence's {@code superEvent} is an {@code EventSeries} with that {@code eventSchedule} (and the campaign as
 * its own {@code superEvent}): {@code repeatFrequency} as an ISO 8601 duration ({@code P1W}, {@code P2M},
 * {@code P1Y}), {@code byDay} as schema.org {@code DayOfWeek} URLs, or in the iCalendar form ({@code 1TU}) where it
 * has an ordinal, {@code byMonth}, {@code byMonthDay}, {@code repeatCount}, {@code startDate} and {@code endDate},
 * {@code startTime} and {@code endTime} (or {@code duration} when the event ends on a later day),
 * {@code scheduleTimezone} and {@code exceptDate}. Rules a Schedule cannot state exactly are not approximated: such
 * a series is written as its occurrences only, each as the event it is. These are a series with BYSETPOS,
 * BYWEEKNO, BYYEARDAY, BYHOUR, BYMINUTE or BYSECOND; a frequency finer than DAILY; a negative BYMONTHDAY; BYDAY with
 * BYMONTHDAY; an ordinal BYDAY outside a month, or a YEARLY BYDAY or BYMONTHDAY without BYMONTH; a week start other
 * than Monday that changes the result; added dates or a moved occurrence; a first event the rule does not give; or
 * COUNT above {@link EventSeries#EXACT_COUNT} with excluded dates.
 *
 * <p>The output is safe to put between {@code <script type="application/ld+json">} and {@code </script>}:
 * {@code <}, {@code >} and {@code &} in any text are written as JSON unicode escapes, so an event title cannot close
 * the element.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * JsonLdWriter jsonLd = JsonLdWriter.create();
 * String one = jsonLd.write(event);                    // {"@context":"https://schema.org","@type":"Event",...}
 * String page = jsonLd.write(List.of(first, second));  // {"@context":"https://schema.org","@graph":[...]}
 * html.append("<script type=\"application/ld+json\">").append(one).append("</script>");
 * String upcoming = jsonLd.write(series, LocalDate.now(ZoneId.of("America/Chicago")));   // the next 10, as @graph
 * }</pre>
 *
 * <p>An event without venue or community has no {@code location}: nothing says where it is, and nothing is made up;
 * Google does not list such an event. Many events and series go into one document, written as they come, through
 * {@link #graphWriter(Writer)}.
 */
public final class JsonLdWriter {
    /** How many occurrences of a series a writer lists unless told otherwise. */
    public static final int DEFAULT_OCCURRENCE_LIMIT = 10;
    /** The most occurrences of a series a writer may be told to list. */
    public static final int MAX_OCCURRENCE_LIMIT = 1_000;

    private static final String SCHEMA_ORG = "https://schema.org";
    private static final CharacterEscapes ESCAPES = new ScriptSafeEscapes();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .characterEscapes(ESCAPES)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    /**
     * One shared writer per setting with the default occurrence limit, so that a writer configured twice is the same
     * object.
     */
    private static final JsonLdWriter[] WRITERS = {
        new JsonLdWriter(false, Profile.PUBLIC, DEFAULT_OCCURRENCE_LIMIT),
        new JsonLdWriter(true, Profile.PUBLIC, DEFAULT_OCCURRENCE_LIMIT),
        new JsonLdWriter(false, Profile.FULL, DEFAULT_OCCURRENCE_LIMIT),
        new JsonLdWriter(true, Profile.FULL, DEFAULT_OCCURRENCE_LIMIT)};

    private final boolean pretty;
    private final Profile profile;
    private final int occurrenceLimit;

    private JsonLdWriter(boolean pretty, Profile profile, int occurrenceLimit) {
        this.pretty = pretty;
        this.profile = profile;
        this.occurrenceLimit = occurrenceLimit;
    }

    /**
     * Returns a writer of compact JSON-LD, on one line, in the {@link Profile#PUBLIC public} profile: JSON-LD goes on
     * web pages, so a private residence shows only its street and community and people no phone or e-mail.
     *
     * @return the writer
     */
    public static JsonLdWriter create() {
        return WRITERS[0];
    }

    private static JsonLdWriter of(boolean pretty, Profile profile, int occurrenceLimit) {
        if (occurrenceLimit != DEFAULT_OCCURRENCE_LIMIT) {
            return new JsonLdWriter(pretty, profile, occurrenceLimit);
        }
        return WRITERS[(profile == Profile.FULL ? 2 : 0) + (pretty ? 1 : 0)];
    }

    /**
     * Returns a writer like this one that indents its output for people to read, or writes it on one line.
     *
     * @param indent true to indent, false for one line
     * @return a writer with that setting
     */
    public JsonLdWriter withIndentation(boolean indent) {
        return of(indent, profile, occurrenceLimit);
    }

    /**
     * Returns a writer like this one that shows events in the given profile, as {@code ICalendarWriter} does.
     *
     * @param profile {@link Profile#PUBLIC} (the default) or {@link Profile#FULL}
     * @return a writer with that setting
     * @throws NullPointerException if {@code profile} is null
     */
    public JsonLdWriter withProfile(Profile profile) {
        return of(pretty, Objects.requireNonNull(profile, "profile"), occurrenceLimit);
    }

    /**
     * Returns a writer like this one that lists at most {@code limit} occurrences of a series.
     *
     * @param limit how many occurrences, from 1 to {@value #MAX_OCCURRENCE_LIMIT}
     * @return a writer with that setting
     * @throws IllegalArgumentException if {@code limit} is outside that range
     */
    public JsonLdWriter withOccurrenceLimit(int limit) {
        if (limit < 1 || limit > MAX_OCCURRENCE_LIMIT) {
            throw new IllegalArgumentException("Occurrence limit " + limit + " must be from 1 to "
                    + MAX_OCCURRENCE_LIMIT);
        }
        return of(pretty, profile, limit);
    }

    /**
     * Returns how many occurrences of a series this writer lists at most.
     *
     * @return the limit, {@value #DEFAULT_OCCURRENCE_LIMIT} unless changed
     */
    public int occurrenceLimit() {
        return occurrenceLimit;
    }

    /**
     * Returns one event as a JSON-LD document: an {@code Event} node with its {@code @context}.
     *
     * @param event the event
     * @return the JSON text
     * @throws NullPointerException if {@code event} is null
     */
    public String write(Event event) {
        StringWriter out = new StringWriter();
        try {
            write(event, out);
        } catch (IOException e) {
            throw new AssertionError("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * Returns events as one JSON-LD document: an {@code @graph} of {@code Event} nodes, in the order given.
     *
     * @param events the events
     * @return the JSON text
     * @throws NullPointerException if {@code events} or an element is null
     */
    public String write(Collection<? extends Event> events) {
        StringWriter out = new StringWriter();
        try {
            write(events, out);
        } catch (IOException e) {
            throw new AssertionError("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * Writes one event as a JSON-LD document. The writer is flushed, not closed.
     *
     * @param event the event
     * @param out where to write
     * @throws NullPointerException if an argument is null
     * @throws IOException if {@code out} fails, as {@code ICalendarWriter} throws it
     */
    public void write(Event event, Writer out) throws IOException {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringProperty("@context", SCHEMA_ORG);
            eventProperties(g, profile.apply(event), Optional.empty());
            g.writeEndObject();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes events as one JSON-LD document with an {@code @graph}. The writer is flushed, not closed.
     *
     * @param events the events
     * @param out where to write
     * @throws NullPointerException if an argument or an element is null
     * @throws IOException if {@code out} fails, as {@code ICalendarWriter} throws it
     */
    public void write(Collection<? extends Event> events, Writer out) throws IOException {
        List<Event> list = new ArrayList<>(Objects.requireNonNull(events, "events"));
        Objects.requireNonNull(out, "out");
        list.forEach(e -> Objects.requireNonNull(e, "events element"));
        // Not try-with-resources: where the writer fails, closing would fail again with the same exception.
        GraphWriter graph = graphWriter(out);
        for (Event e : list) {
            graph.write(e);
        }
        graph.close();
    }

    /**
     * Returns the upcoming occurrences of a series as one JSON-LD document: an {@code @graph} of {@code Event} nodes,
     * one per occurrence that starts on or after {@code from}, at most {@link #occurrenceLimit()} of them, in order of
     * start; with the series' {@code eventSchedule} where a Schedule describes it exactly (see the class comment).
     *
     * @param series the series
     * @param from the first day, in the zone of the series' first event for a timed series
     * @return the JSON text; its {@code @graph} is empty if no occurrence starts on or after {@code from}
     * @throws NullPointerException if an argument is null
     */
    public String write(EventSeries series, LocalDate from) {
        StringWriter out = new StringWriter();
        try {
            write(series, from, out);
        } catch (IOException e) {
            throw new AssertionError("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * Writes the upcoming occurrences of a series as one JSON-LD document, as {@link #write(EventSeries, LocalDate)}
     * returns it. The writer is flushed, not closed.
     *
     * @param series the series
     * @param from the first day, in the zone of the series' first event for a timed series
     * @param out where to write
     * @throws NullPointerException if an argument is null
     * @throws IOException if {@code out} fails
     */
    public void write(EventSeries series, LocalDate from, Writer out) throws IOException {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(out, "out");
        GraphWriter graph = graphWriter(out);
        graph.write(series, from);
        graph.close();
    }

    /**
     * Starts a JSON-LD document of many events and series on {@code out}, an {@code @graph} that each
     * {@link GraphWriter#write(Event) write} adds to and {@link GraphWriter#close() close} ends, so that a page or
     * file of any size is written with one event in memory: a single event is one {@code Event} node, a series its
     * next {@link #occurrenceLimit()} occurrences from a given day, as {@link #write(EventSeries, LocalDate)} writes
     * them. The writer is flushed by close, not closed.
     *
     * <pre>{@code
     * try (JsonLdWriter.GraphWriter graph = JsonLdWriter.create().graphWriter(out)) {
     *     events.forEach(graph::write);                     // throws IOException where out does
     *     graph.write(carsonPark, LocalDate.of(2026, 1, 1));  // its next 10 occurrences
     * }
     * }</pre>
     *
     * @param out where to write
     * @return the open document
     * @throws NullPointerException if {@code out} is null
     * @throws IOException if {@code out} fails
     */
    public GraphWriter graphWriter(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        return new GraphWriter(out);
    }

    /**
     * An open JSON-LD document with an {@code @graph}, written as events and series come and ended by
     * {@link #close()}. Not thread-safe.
     */
    public final class GraphWriter implements AutoCloseable {
        private final JsonGenerator g;
        private boolean closed;

        private GraphWriter(Writer out) throws IOException {
            this.g = generator(out);
            try {
                g.writeStartObject();
                g.writeStringProperty("@context", SCHEMA_ORG);
                g.writeArrayPropertyStart("@graph");
            } catch (JacksonIOException e) {
                throw e.getCause();
            }
        }

        /**
         * Adds an event as one {@code Event} node, in the writer's profile.
         *
         * @param event the event
         * @throws NullPointerException if {@code event} is null
         * @throws IllegalStateException if the document is closed
         * @throws IOException if the underlying writer fails
         */
        public void write(Event event) throws IOException {
            Objects.requireNonNull(event, "event");
            open();
            try {
                g.writeStartObject();
                eventProperties(g, profile.apply(event), Optional.empty());
                g.writeEndObject();
            } catch (JacksonIOException e) {
                throw e.getCause();
            }
        }

        /**
         * Adds the occurrences of a series that start on or after {@code from}, at most
         * {@link #occurrenceLimit()}, each an {@code Event} node, with the series' {@code eventSchedule} where a
         * Schedule describes it exactly (see the class comment). Only those occurrences are made: an endless series
         * costs no more than a short one.
         *
         * @param series the series
         * @param from the first day, in the zone of the series' first event for a timed series
         * @throws NullPointerException if an argument is null
         * @throws IllegalStateException if the document is closed
         * @throws IOException if the underlying writer fails
         */
        public void write(EventSeries series, LocalDate from) throws IOException {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(from, "from");
            open();
            Optional<JsonLdSchedule> schedule = JsonLdSchedule.of(series);
            Event first = profile.apply(series.first());
            try {
                // The day before 10000-01-01 ends the window: occurrences are lazy, so only the first few are made.
                series.occurrences(from, LocalDate.of(9999, 12, 31)).limit(occurrenceLimit).forEach(e -> {
                    g.writeStartObject();
                    eventProperties(g, profile.apply(e), schedule.map(s -> () -> seriesNode(g, first, s)));
                    g.writeEndObject();
                });
            } catch (JacksonIOException e) {
                throw e.getCause();
            }
        }

        private void open() {
            if (closed) {
                throw new IllegalStateException("The JSON-LD document is closed");
            }
        }

        /**
         * Ends the {@code @graph} and the document and flushes the writer, which stays open. Closing twice does
         * nothing.
         *
         * @throws IOException if the underlying writer fails
         */
        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try {
                    g.writeEndArray();
                    g.writeEndObject();
                    g.close();
                } catch (JacksonIOException e) {
                    throw e.getCause();
                }
            }
        }
    }

    private JsonGenerator generator(Writer out) {
        Objects.requireNonNull(out, "out");
        return FACTORY.createGenerator(new ObjectWriteContext.Base() {
            @Override
            public CharacterEscapes getCharacterEscapes() {
                return ESCAPES;
            }

            @Override
            public PrettyPrinter getPrettyPrinter() {
                return pretty ? new DefaultPrettyPrinter() : null;
            }

            @Override
            public boolean hasPrettyPrinter() {
                return pretty;
            }
        }, out);
    }

    /**
     * Writes an event's properties; {@code series} writes the {@code EventSeries} it belongs to, which then takes the
     * place of the campaign as its {@code superEvent}.
     */
    private static void eventProperties(JsonGenerator g, Event e, Optional<Runnable> series) {
        g.writeStringProperty("@type", "Event");
        g.writeStringProperty("name", e.title());
        e.description().ifPresent(d -> g.writeStringProperty("description", d));
        g.writeStringProperty("startDate", start(e.time()));
        end(e.time()).ifPresent(end -> g.writeStringProperty("endDate", end));
        g.writeStringProperty("eventStatus", SCHEMA_ORG + "/" + statusName(e.status().kind()));
        e.status().previousTime().ifPresent(t -> g.writeStringProperty("previousStartDate", start(t)));
        g.writeStringProperty("eventAttendanceMode", SCHEMA_ORG + "/OfflineEventAttendanceMode");
        if (e.venue().isPresent() || e.community().isPresent()) {
            g.writeName("location");
            JsonLdNodes.place(g, e.venue(), e.community());
        }
        if (!e.hosts().isEmpty()) {
            g.writeName("organizer");
            JsonLdNodes.oneOrMany(g, e.hosts().size() > 1, () -> e.hosts().forEach(a -> JsonLdNodes.agency(g, a)));
        }
        e.image().ifPresent(u -> JsonLdNodes.webUrl(g, "image", u));
        e.url().ifPresent(u -> JsonLdNodes.webUrl(g, "url", u));
        if (series.isPresent()) {
            g.writeName("superEvent");
            series.get().run();
        } else if (e.campaign().isPresent()) {
            g.writeName("superEvent");
            JsonLdNodes.campaign(g, e.campaign().get());
        }
        JsonLdNodes.participants(g, "sponsor", e.participants(), ParticipantRole.SPONSOR);
        JsonLdNodes.participants(g, "performer", e.participants(), ParticipantRole.PERFORMER);
        if (!e.coverage().isEmpty()) {
            g.writeName("subjectOf");
            JsonLdNodes.oneOrMany(g, e.coverage().size() > 1,
                    () -> e.coverage().forEach(n -> JsonLdNodes.newsArticle(g, n)));
        }
    }

    /** Writes the series a listed occurrence belongs to, under the first event's name, with its schedule. */
    private static void seriesNode(JsonGenerator g, Event first, JsonLdSchedule schedule) {
        g.writeStartObject();
        g.writeStringProperty("@type", "EventSeries");
        g.writeStringProperty("name", first.title());
        first.url().ifPresent(u -> JsonLdNodes.webUrl(g, "url", u));
        g.writeName("eventSchedule");
        schedule.write(g);
        first.campaign().ifPresent(c -> {
            g.writeName("superEvent");
            JsonLdNodes.campaign(g, c);
        });
        g.writeEndObject();
    }

    private static String start(EventTime time) {
        if (time instanceof EventTime.Timed timed) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(timed.start());
        }
        return ((EventTime.AllDay) time).first().toString();
    }

    private static Optional<String> end(EventTime time) {
        if (time instanceof EventTime.Timed timed) {
            return timed.end().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
        }
        return Optional.of(((EventTime.AllDay) time).last().toString());
    }

    /** Maps to Google's four statuses; confirmed and tentative events are, for a search engine, scheduled. */
    private static String statusName(EventStatus.Kind kind) {
        switch (kind) {
            case CANCELLED:
                return "EventCancelled";
            case POSTPONED:
                return "EventPostponed";
            case RESCHEDULED:
                return "EventRescheduled";
            default:
                return "EventScheduled";
        }
    }
}
