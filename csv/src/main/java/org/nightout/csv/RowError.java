package org.nightout.csv;

import java.util.Objects;

/**
 * A problem with one cell of a sheet, which kept its row from becoming an event: where it is, what it says and why it
 * cannot be read. Rows are numbered as a spreadsheet numbers them: the header is row 1, and a quoted value that
 * spans lines is still one row.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * RowError e = new RowError(4, "Date", "8/32/2026", "no such date (month 8, day 32, year 2026)");
 * e.message();   // row 4: column "Date": value "8/32/2026": no such date (month 8, day 32, year 2026)
 * }</pre>
 *
 * @param row the row's number, 2 or more for a data row (1 is the header)
 * @param column the column's header as the sheet writes it, or the column's own header where the sheet has none
 * @param value the cell as written, empty where it is missing
 * @param reason why it cannot be read, and what would be
 */
public record RowError(int row, String column, String value, String reason) {

    /**
     * Checks the components.
     *
     * @param row the row's number, 1 or more
     * @param column the column's header
     * @param value the cell as written
     * @param reason why it cannot be read
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code row} is below 1
     */
    public RowError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
    }

    /**
     * Returns the problem in one line: {@code row N: column "NAME": value "VALUE": why}. Line breaks in the value
     * are shown as {@code \n}, so that each problem stays on its line.
     *
     * @return the line
     */
    public String message() {
        return "row " + row + ": column \"" + oneLine(column) + "\": value \"" + oneLine(value) + "\": " + reason;
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * Returns {@link #message()}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return message();
    }
}
