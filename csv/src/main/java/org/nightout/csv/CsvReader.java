package org.nightout.csv;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nightout.core.Community;
import org.nightout.core.Event;

/**
 * Reads a sign-up sheet, the CSV export of a form or a spreadsheet with a header row, into events: one for each data
 * row it can read, and a {@link RowError} naming the row, the column, the value and why for each problem of the
 * others. Blank rows are skipped. Columns are found by their names ({@link Column}, and a {@link ColumnMap} for
 * others); a column the model has no field for is kept in each event as an extension property ({@code X-CSV-NAME}),
 * which only full-profile feeds carry.
 *
 * <p>Times are in the zone of the row's Time Zone column, else the reader's {@link Builder#zone(ZoneId) zone}, else
 * its {@link Builder#community(Community) community}'s, else that of the row's state (where most of its people
 * live). A row with a date and no time (empty, TBD, "all day") is an all-day event; a row whose date is TBD is an
 * error until it has one. See {@link RowError} for how rows are numbered, and the module's README for every value
 * the reader takes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * CsvReader reader = CsvReader.builder()
 *     .zone(ZoneId.of("America/Chicago"))
 *     .lastModified(Instant.parse("2026-07-20T12:00:00Z"))   // when the sheet was saved
 *     .build();
 * CsvImport sheet = reader.read(Files.newInputStream(Path.of("registrations.csv")));
 * sheet.errors().forEach(e -> System.err.println("error: " + e.message()));
 * List<Event> events = sheet.events();
 * }</pre>
 */
public final class CsvReader {
    /** The largest sheet read, 64 MB: some 300,000 registrations. */
    public static final int MAX_BYTES = 64 << 20;
    /** The title of a row that gives none. */
    public static final String DEFAULT_TITLE = "National Night Out";

    private static final Pattern SEPARATOR_HINT = Pattern.compile("sep=([,;\t|])[ \t]*(?:\r\n|\r|\n)");

    private final Optional<ZoneId> zone;
    private final Optional<Community> community;
    private final ColumnMap columns;
    private final String defaultTitle;
    private final Instant lastModified;
    private final Map<String, Event> previous;

    private CsvReader(Builder b) {
        this.zone = Optional.ofNullable(b.zone);
        this.community = Optional.ofNullable(b.community);
        this.columns = b.columns;
        this.defaultTitle = b.defaultTitle;
        this.lastModified = b.lastModified;
        this.previous = Map.copyOf(b.previous);
    }

    /**
     * Returns a new builder.
     *
     * @return a builder; only {@link Builder#lastModified(Instant)} must be set
     */
    public static Builder builder() {
        return new Builder();
    }

    Optional<ZoneId> zone() {
        return zone;
    }

    Optional<Community> community() {
        return community;
    }

    String defaultTitle() {
        return defaultTitle;
    }

    Instant lastModified() {
        return lastModified;
    }

    /**
     * Reads a sheet. The stream is read to its end and not closed.
     *
     * @param in the sheet's bytes: UTF-8 with or without a byte order mark, UTF-16 with one, or Windows-1252
     * @return the events and the problems of the rows that are none
     * @throws NullPointerException if {@code in} is null
     * @throws CsvParseException if the sheet is larger than {@link #MAX_BYTES} or its header names no date column
     * @throws IOException if reading fails
     */
    public CsvImport read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new CsvParseException(1, "the sheet is larger than " + MAX_BYTES + " bytes");
        }
        return read(Sheet.decode(bytes));
    }

    /**
     * Reads a sheet's text.
     *
     * @param text the sheet, a header row first
     * @return the events and the problems of the rows that are none
     * @throws NullPointerException if {@code text} is null
     * @throws CsvParseException if its header names no date column
     */
    public CsvImport read(String text) throws CsvParseException {
        Objects.requireNonNull(text, "text");
        String sheet = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = Sheet.separator(sheet);
        Matcher hint = SEPARATOR_HINT.matcher(sheet);
        if (hint.lookingAt()) {
            // Excel's "sep=;" line, which Excel itself does not show as a row.
            separator = hint.group(1).charAt(0);
            sheet = sheet.substring(hint.end());
        }
        Reading r = new Reading();
        List<Sheet.Broken> broken = Sheet.read(sheet, separator, r::row);
        if (!broken.isEmpty() && broken.get(0).row() == 1) {
            throw new CsvParseException(1, "the header cannot be read as CSV: " + broken.get(0).why());
        }
        if (r.header != null && !r.header.has(Column.DATE)) {
            throw new CsvParseException(1, "the header names no date column: name one Date, or map the sheet's own"
                    + " name for it to date in a column map");
        }
        List<RowError> errors = new ArrayList<>(r.errors);
        for (Sheet.Broken b : broken) {
            errors.add(new RowError(b.row(), r.header.name(b.column()), b.raw(), b.why()));
            r.rows++;
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        return new CsvImport(r.events, errors, r.header == null ? List.of() : r.header.keptHeaders(), r.rows);
    }

    /** The state of one read. */
    private final class Reading {
        Header header;
        final List<Event> events = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        final Map<String, Integer> rowOfId = new HashMap<>();
        int rows;

        void row(int number, String[] cells) {
            if (number == 1) {
                header = Header.of(cells, columns);
                return;
            }
            if (!header.has(Column.DATE) || blank(cells)) {
                return;
            }
            rows++;
            Optional<Event> read = RowReader.read(header, CsvReader.this, number, cells, errors);
            if (read.isEmpty()) {
                return;
            }
            Event event = read.get();
            Integer first = rowOfId.putIfAbsent(event.id(), number);
            if (first != null) {
                Column c = header.has(Column.ID) ? Column.ID : Column.TITLE;
                errors.add(new RowError(number, header.nameOf(c), header.cell(cells, c), "the same event as row "
                        + first + (c == Column.ID ? " (the same id)" : " (the same title, place and year); give the"
                                + " sheet an ID column to tell them apart")));
                return;
            }
            Event before = previous.get(event.id());
            events.add(before == null ? event : revised(before, event));
        }
    }

    private static boolean blank(String[] cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The event as a revision of its previous import: unchanged, it keeps the previous sequence and last-modified
     * time, so the feed's bytes stay the same; changed in anything, its sequence rises above the previous one and its
     * last-modified time is after it.
     */
    static Event revised(Event before, Event now) {
        Event same = Event.builder().from(now).sequence(before.sequence()).lastModified(before.lastModified())
                .build();
        if (same.equals(before)) {
            return same;
        }
        Instant after = before.lastModified().plusSeconds(1);
        return Event.builder().from(now).sequence(Math.max(now.sequence(), before.sequence() + 1))
                .lastModified(now.lastModified().isBefore(after) ? after : now.lastModified())
                .build();
    }

    /** Builds a {@link CsvReader}. Not thread-safe. */
    public static final class Builder {
        private ZoneId zone;
        private Community community;
        private ColumnMap columns = ColumnMap.empty();
        private String defaultTitle = DEFAULT_TITLE;
        private Instant lastModified;
        private final Map<String, Event> previous = new HashMap<>();

        private Builder() {
        }

        /**
         * Sets the zone of the sheet's times, for rows without a Time Zone column of their own.
         *
         * @param zone an IANA zone such as {@code America/Chicago}
         * @return this builder
         * @throws NullPointerException if {@code zone} is null
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the community the sheet's events are in: every event names it, rows without a city or state take
         * its, and without a {@link #zone(ZoneId) zone} its zone is the sheet's.
         *
         * @param community the community
         * @return this builder
         * @throws NullPointerException if {@code community} is null
         */
        public Builder community(Community community) {
            this.community = Objects.requireNonNull(community, "community");
            return this;
        }

        /**
         * Sets the names of the columns that have none of the documented ones.
         *
         * @param columns the map; {@link ColumnMap#empty()} unless set
         * @return this builder
         * @throws NullPointerException if {@code columns} is null
         */
        public Builder columns(ColumnMap columns) {
            this.columns = Objects.requireNonNull(columns, "columns");
            return this;
        }

        /**
         * Sets the title of rows that give none.
         *
         * @param title one line; {@value CsvReader#DEFAULT_TITLE} unless set
         * @return this builder
         * @throws NullPointerException if {@code title} is null
         * @throws IllegalArgumentException if the title is blank or spans lines
         */
        public Builder defaultTitle(String title) {
            Objects.requireNonNull(title, "title");
            if (title.isBlank() || title.contains("\n") || title.contains("\r")) {
                throw new IllegalArgumentException("title must be one line of text, was \"" + title + "\"");
            }
            this.defaultTitle = title;
            return this;
        }

        /**
         * Sets when the sheet last changed, such as its file's modification time: the last-modified time of every
         * row without a last-modified column of its own. It is not "now", so that the same sheet gives the same
         * feed.
         *
         * @param lastModified the instant, truncated to seconds
         * @return this builder
         * @throws NullPointerException if {@code lastModified} is null
         */
        public Builder lastModified(Instant lastModified) {
            this.lastModified = Objects.requireNonNull(lastModified, "lastModified").truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /**
         * Sets the events of the previous import of the same sheet, as written in the full profile: an event whose
         * row is unchanged keeps their sequence and last-modified time, and one whose row changed gets a higher
         * sequence and a later time, so that calendar apps update it.
         *
         * @param events the events read back from the previous import's full-profile feed or JSON
         * @return this builder
         * @throws NullPointerException if {@code events} or an element is null
         */
        public Builder previous(Iterable<Event> events) {
            Objects.requireNonNull(events, "events");
            for (Event e : events) {
                previous.put(Objects.requireNonNull(e, "event").id(), e);
            }
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         * @throws IllegalStateException if {@link #lastModified(Instant)} was not set
         */
        public CsvReader build() {
            if (lastModified == null) {
                throw new IllegalStateException("lastModified is required: when the sheet last changed, such as its"
                        + " file's modification time");
            }
            return new CsvReader(this);
        }
    }
}
