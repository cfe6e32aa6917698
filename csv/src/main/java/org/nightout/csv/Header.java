package org.nightout.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A sheet's first row: which column each header names, through a {@link ColumnMap} and the documented names, and the
 * extension property each other header is kept as. Where two headers name one column, the first is read and the
 * second kept like an unknown one.
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

    private Header(String[] names, ColumnMap map) {
        this.names = names;
        this.kept = new String[names.length];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name.isBlank() || map.ignores(name)) {
                continue;
            }
            Optional<Column> column = map.columnOf(name);
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
            names[i] = cells[i].replaceAll("\\s+", " ").strip();
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

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    /** The extension property name of a kept header, or null. */
    String keptAs(int i) {
        return kept[i];
    }

    /** The headers kept as extensions, in the sheet's order. */
    List<String> keptHeaders() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (kept[i] != null) {
                out.add(names[i]);
            }
        }
        return out;
    }
}
