package org.nightout.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A sheet's first row: which column each header names, through a {@link ColumnMap} and the documented names, and the
 * extension property each other header is kept as. Where two headers name one column, the first is read and the
 * second kept like an unknown one. It notes which kept columns have values, for {@link CsvImport#keptColumns()}; one
 * read of a sheet has a header of its own.
 */
final class Header {
    /** The prefix of the extension properties that keep the columns the model has no field for. */
    static final String PREFIX = "X-CSV-";
    /** The parameter that keeps such a column's header as the sheet wrote it. */
    static final String COLUMN_PARAMETER = "X-CSV-COLUMN";

    private final String[] names;
    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    /** For each header kept as an extension, its property name; null for the others. */
    private final String[] kept;
    /** Whether a data row has a value in each column kept as an extension. */
    private final boolean[] seen;
    /** The columns beyond the header's that have a value in some row. */
    private final SortedSet<Integer> beyond = new TreeSet<>();
    private final Set<String> used = new HashSet<>();

    private Header(String[] names, ColumnMap map) {
        this.names = names;
        this.kept = new String[names.length];
        this.seen = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (map.ignores(name)) {
                continue;
            }
            Optional<Column> column = name.isBlank() ? Optional.empty() : map.columnOf(name);
            if (column.isPresent() && !index.containsKey(column.get())) {
                index.put(column.get(), i);
            } else {
                kept[i] = propertyName(name, i, used);
            }
        }
    }

    /** Reads the header cells; blank headers (the trailing commas of some exports) name nothing. */
    static Header of(String[] cells, ColumnMap map) {
        String[] names = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            names[i] = cells[i].replaceAll("[\\s\\p{Cntrl}\u2028\u2029]+", " ").strip();
        }
        return new Header(names, map);
    }

    /** {@code X-CSV-} and the header's ASCII letters and digits, joined by hyphens; unique within the sheet. */
    private static String propertyName(String header, int i, Set<String> used) {
        String token = header.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (token.isEmpty()) {
            token = "COLUMN-" + (i + 1);
        }
        token = PREFIX + (token.length() > 150 ? token.substring(0, 150) : token);
        String name = token;
        for (int n = 2; !used.add(name); n++) {
            name = token + "-" + n;
        }
        return name;
    }

    boolean has(Column c) {
        return index.containsKey(c);
    }

    /** The stripped cell of a column, empty where the sheet has no such column or the row is short. */
    String cell(String[] cells, Column c) {
        Integer i = index.get(c);
        return i == null || i >= cells.length ? "" : cells[i].strip();
    }

    /** The header of a column as the sheet writes it, or the column's own where the sheet has none. */
    String nameOf(Column c) {
        Integer i = index.get(c);
        return i == null ? c.header() : names[i];
    }

    /** Where a header stands in the sheet, from 0, for the problems of a row in the sheet's order; last if nowhere. */
    int position(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return name.startsWith("column ") ? names.length + 1 : Integer.MAX_VALUE;
    }

    /** The header of column {@code i} (from 0); "column 7" for one that has none, or is beyond the header. */
    String name(int i) {
        return i < names.length && !names[i].isBlank() ? names[i] : "column " + (i + 1);
    }

    /**
     * The extension property name of a kept column, or null; a value in a column without a header, or beyond the
     * header's, is kept too, as {@code X-CSV-COLUMN-7}. Notes that the column has a value.
     */
    String keptAs(int i) {
        if (i >= names.length) {
            beyond.add(i);
            return PREFIX + "COLUMN-" + (i + 1);
        }
        seen[i] |= kept[i] != null;
        return kept[i];
    }

    /** The headers kept as extensions that have a value in some row, in the sheet's order; then those beyond it. */
    List<String> keptHeaders() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (seen[i]) {
                out.add(name(i));
            }
        }
        beyond.forEach(i -> out.add(name(i)));
        return out;
    }
}
