package org.nightout.csv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The names a sheet gives its columns where they are none of the documented ones, such as the questions of an
 * online form. Read from a small text file, one mapping a line: the sheet's header, {@code =}, and the column, by its
 * header or any of its synonyms (see {@link Column}), or {@code ignore} for a column to leave out. Headers are matched
 * as {@link Column#named(String)} matches them, with case, spaces and punctuation ignored; the last {@code =} on a
 * line separates the two, so a header may hold one. Blank lines and lines starting with {@code #} are skipped.
 *
 * <pre>
 * # columns of the city's registration form
 * What is the address of your block party? = address
 * Block captain = contact name
 * Anything else we should know? = notes
 * Officer requested = ignore
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnMap {
    private static final ColumnMap EMPTY = new ColumnMap(Map.of(), Map.of());

    /** A header's key to its column; a key mapped to no column is in {@link #ignored}. */
    private final Map<String, Column> columns;
    private final Map<String, Boolean> ignored;

    private ColumnMap(Map<String, Column> columns, Map<String, Boolean> ignored) {
        this.columns = Map.copyOf(columns);
        this.ignored = Map.copyOf(ignored);
    }

    /**
     * Returns the map that names nothing: only the documented names are read.
     *
     * @return the empty map
     */
    public static ColumnMap empty() {
        return EMPTY;
    }

    /**
     * Reads a mapping file's text.
     *
     * @param text the lines, {@code header = column}
     * @return the map
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if a line has no {@code =}, an empty header, or names no column, with the
     *     line's number
     */
    public static ColumnMap parse(String text) {
        Objects.requireNonNull(text, "text");
        Map<String, Column> columns = new LinkedHashMap<>();
        Map<String, Boolean> ignored = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.lastIndexOf('=');
            String where = "line " + (i + 1) + ": ";
            if (eq < 0) {
                throw new IllegalArgumentException(where + "\"" + line + "\" is not HEADER = COLUMN");
            }
            String header = line.substring(0, eq).strip();
            String target = line.substring(eq + 1).strip();
            String key = Column.key(header);
            if (key.isEmpty()) {
                throw new IllegalArgumentException(where + "\"" + line + "\" names no header before the =");
            }
            if (Column.key(target).equals("ignore")) {
                ignored.put(key, true);
                columns.remove(key);
                continue;
            }
            Optional<Column> column = Column.named(target);
            if (column.isEmpty()) {
                throw new IllegalArgumentException(where + "\"" + target + "\" is no column; write one of "
                        + String.join(", ", headers()) + ", or ignore");
            }
            columns.put(key, column.get());
            ignored.remove(key);
        }
        return new ColumnMap(columns, ignored);
    }

    private static String[] headers() {
        Column[] all = Column.values();
        String[] names = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            names[i] = all[i].header();
        }
        return names;
    }

    /**
     * Returns the column a sheet's header names: by this map first, else by the documented names.
     *
     * @param header the header as the sheet writes it
     * @return the column, or empty for a header that names none or is ignored
     * @throws NullPointerException if {@code header} is null
     */
    public Optional<Column> columnOf(String header) {
        String key = Column.key(Objects.requireNonNull(header, "header"));
        if (ignored.containsKey(key)) {
            return Optional.empty();
        }
        Column mapped = columns.get(key);
        return mapped != null ? Optional.of(mapped) : Column.named(header);
    }

    /**
     * Tells whether this map says to leave a column out.
     *
     * @param header the header as the sheet writes it
     * @return true if the map names it {@code ignore}
     * @throws NullPointerException if {@code header} is null
     */
    public boolean ignores(String header) {
        return ignored.containsKey(Column.key(Objects.requireNonNull(header, "header")));
    }
}
