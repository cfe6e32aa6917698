package org.nightout.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.OrganizationParticipant;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.PersonParticipant;
import org.nightout.core.PostalAddress;
import org.nightout.core.Profile;
import org.nightout.core.Venue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes events as a sign-up sheet with the columns {@link CsvReader} reads, under their own headers
 * ({@link Column#header()}), so that a department can hand officers a sheet, and the sheet reads back to the same
 * events: dates as {@code 2026-08-04}, times as {@code 6:00 PM} in the event's own zone (its Time Zone column), an
 * end on the next day as an end time before the start, and the columns a sheet had that the model has no field for
 * (the {@code X-CSV-} extension properties) after the others, under their headers. RFC 4180 CSV: CRLF line ends,
 * values with commas, quotes or line breaks quoted.
 *
 * <p>What a sheet has no column for (agencies as hosts, coverage, coordinates, a rescheduled event's earlier time) is
 * not written. A writer shows events through a {@link Profile}: public unless set, so a sheet for officers, with
 * residents' phone numbers and house numbers, says {@code withProfile(Profile.FULL)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * String sheet = CsvWriter.create().withProfile(Profile.FULL).write(events);
 * }</pre>
 */
public final class CsvWriter {
    private static final CsvMapper MAPPER = CsvMapper.builder().build();
    private static final List<Column> WRITTEN = List.of(Column.ID, Column.TITLE, Column.DATE, Column.START_TIME,
            Column.END_TIME, Column.END_DATE, Column.TIME_ZONE, Column.VENUE, Column.ADDRESS, Column.CITY,
            Column.STATE, Column.ZIP, Column.PRIVATE_RESIDENCE, Column.HOST, Column.CONTACT_NAME, Column.PHONE,
            Column.EMAIL, Column.ACTIVITIES, Column.DESCRIPTION, Column.STATUS, Column.RAIN_DATE,
            Column.LAST_MODIFIED, Column.SEQUENCE);

    private final Profile profile;

    private CsvWriter(Profile profile) {
        this.profile = profile;
    }

    /**
     * Returns a writer in the public profile.
     *
     * @return the writer
     */
    public static CsvWriter create() {
        return new CsvWriter(Profile.PUBLIC);
    }

    /**
     * Returns a writer that shows events through another profile.
     *
     * @param profile {@link Profile#FULL} for a sheet with everything, for people who may see it
     * @return the writer
     * @throws NullPointerException if {@code profile} is null
     */
    public CsvWriter withProfile(Profile profile) {
        return new CsvWriter(Objects.requireNonNull(profile, "profile"));
    }

    /**
     * Writes events as a sheet.
     *
     * @param events the events, one row each in this order
     * @return the sheet, a header row first
     * @throws NullPointerException if {@code events} or an element is null
     */
    public String write(List<Event> events) {
        StringWriter out = new StringWriter();
        try {
            write(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes events as a sheet in UTF-8 with a byte order mark, as spreadsheets want it to show accents. The stream
     * is flushed and not closed.
     *
     * @param events the events, one row each in this order
     * @param out where to write
     * @throws NullPointerException if an argument or an element is null
     * @throws IOException if writing fails
     */
    public void write(List<Event> events, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        write(events, w);
        w.flush();
    }

    /**
     * Writes events as a sheet. The writer is flushed and not closed.
     *
     * @param events the events, one row each in this order
     * @param out where to write
     * @throws NullPointerException if an argument or an element is null
     * @throws IOException if writing fails
     */
    public void write(List<Event> events, Writer out) throws IOException {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(out, "out");
        List<Event> shown = new ArrayList<>(events.size());
        Map<String, String> kept = new LinkedHashMap<>();
        for (Event e : events) {
            Event s = profile.apply(Objects.requireNonNull(e, "event"));
            shown.add(s);
            for (ExtensionProperty x : s.extensions()) {
                if (x.name().startsWith(Header.PREFIX)) {
                    kept.putIfAbsent(x.name(), header(x));
                }
            }
        }
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(schema).writeValues(new Unclosed(out))) {
            List<String> head = new ArrayList<>();
            WRITTEN.forEach(c -> head.add(c.header()));
            head.addAll(kept.values());
            rows.write(head.toArray(String[]::new));
            for (Event e : shown) {
                rows.write(row(e, kept));
            }
        } catch (JacksonException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getOriginalMessage(), e);
        }
        out.flush();
    }

    private static String header(ExtensionProperty x) {
        for (ExtensionProperty.Parameter p : x.parameters()) {
            if (p.name().equals(Header.COLUMN_PARAMETER)) {
                return p.value();
            }
        }
        return x.name().substring(Header.PREFIX.length());
    }

    private static String[] row(Event e, Map<String, String> kept) {
        Map<Column, String> cells = new LinkedHashMap<>();
        cells.put(Column.ID, e.id());
        cells.put(Column.TITLE, e.title());
        time(e.time(), cells);
        Optional<Venue> venue = e.venue();
        Optional<PostalAddress> address = venue.flatMap(Venue::address);
        String street = address.flatMap(PostalAddress::street).orElse("");
        String city = address.map(PostalAddress::locality).orElse("");
        String name = venue.map(Venue::name).orElse("");
        boolean derived = venue.isPresent() && !address.isEmpty()
                && name.equals(RowReader.defaultVenueName(street, city, address.map(PostalAddress::state)));
        cells.put(Column.VENUE, derived ? "" : name);
        cells.put(Column.ADDRESS, street);
        cells.put(Column.CITY, city);
        cells.put(Column.STATE, address.map(a -> a.state().code()).orElse(""));
        cells.put(Column.ZIP, address.flatMap(PostalAddress::postalCode).orElse(""));
        cells.put(Column.PRIVATE_RESIDENCE, venue.map(v -> v.privateResidence() ? "yes" : "no").orElse(""));
        for (Participant p : e.participants()) {
            if (p instanceof OrganizationParticipant o && p.role() == ParticipantRole.HOST) {
                cells.putIfAbsent(Column.HOST, o.organization().name());
            } else if (p instanceof PersonParticipant pp && p.role() == ParticipantRole.CONTACT) {
                cells.putIfAbsent(Column.CONTACT_NAME, pp.person().name());
                pp.person().contact().ifPresent(c -> {
                    cells.putIfAbsent(Column.PHONE, c.phone().orElse(""));
                    cells.putIfAbsent(Column.EMAIL, c.email().orElse(""));
                });
            }
        }
        cells.put(Column.ACTIVITIES, ActivityNames.format(e.activities()));
        cells.put(Column.DESCRIPTION, e.description().orElse(""));
        cells.put(Column.STATUS, StatusText.format(e.status()));
        cells.put(Column.RAIN_DATE, e.rainDate().map(LocalDate::toString).orElse(""));
        cells.put(Column.LAST_MODIFIED, e.lastModified().toString());
        cells.put(Column.SEQUENCE, String.valueOf(e.sequence()));
        List<String> row = new ArrayList<>(WRITTEN.size() + kept.size());
        WRITTEN.forEach(c -> row.add(cells.getOrDefault(c, "")));
        for (String name2 : kept.keySet()) {
            row.add(e.extensions().stream().filter(x -> x.name().equals(name2)).findFirst()
                    .map(x -> Cells.unescape(x.value())).orElse(""));
        }
        return row.toArray(String[]::new);
    }

    /** The date, times, end date and zone columns of an event's time. */
    private static void time(EventTime time, Map<Column, String> cells) {
        cells.put(Column.DATE, time.startDate().toString());
        if (time instanceof EventTime.AllDay a) {
            if (!a.last().equals(a.first())) {
                cells.put(Column.END_DATE, a.last().toString());
            }
            return;
        }
        EventTime.Timed t = (EventTime.Timed) time;
        ZonedDateTime start = t.start();
        cells.put(Column.START_TIME, clock(start.toLocalTime()));
        cells.put(Column.TIME_ZONE, start.getZone().getId());
        t.end().ifPresent(end -> {
            ZonedDateTime local = end.withZoneSameInstant(start.getZone());
            cells.put(Column.END_TIME, clock(local.toLocalTime()));
            LocalDate day = local.toLocalDate();
            boolean nextDayImplied = day.equals(start.toLocalDate().plusDays(1))
                    && !local.toLocalTime().isAfter(start.toLocalTime());
            if (!day.equals(start.toLocalDate()) && !nextDayImplied) {
                cells.put(Column.END_DATE, day.toString());
            }
        });
    }

    /** A time as {@code 6:00 PM}, with seconds where it has them. */
    static String clock(LocalTime t) {
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String seconds = t.getSecond() == 0 ? "" : String.format(":%02d", t.getSecond());
        return h + String.format(":%02d", t.getMinute()) + seconds + (t.getHour() < 12 ? " AM" : " PM");
    }

    /** The caller's writer, which the CSV generator flushes but must not close. */
    private static final class Unclosed extends java.io.FilterWriter {
        Unclosed(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
