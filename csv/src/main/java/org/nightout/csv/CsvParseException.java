package org.nightout.csv;

import java.io.IOException;

/**
 * Thrown when a sheet cannot be read at all: it is not text, or its header names no date column, so that no row
 * could become an event. A problem with single rows is a {@link RowError} instead, and the other rows are read.
 */
public final class CsvParseException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The row (1-based, the header is 1) where reading stopped. */
    private final int row;

    /**
     * Creates an exception.
     *
     * @param row the row where reading stopped, 1 for the header
     * @param message what went wrong
     */
    public CsvParseException(int row, String message) {
        super("row " + row + ": " + message);
        this.row = row;
    }

    /**
     * Returns the row where reading stopped.
     *
     * @return the row, 1 for the header
     */
    public int row() {
        return row;
    }
}
