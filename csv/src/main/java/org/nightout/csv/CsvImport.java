package org.nightout.csv;

import java.util.List;
import java.util.Objects;
import org.nightout.core.Event;

/**
 * What {@link CsvReader} made of a sheet: an event for each row it could read, and the problems of those it could
 * not, so that every data row is one or the other (blank rows aside).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param events the events, in the order of their rows
 * @param errors the problems, in the order of their rows; one row may have several
 * @param keptColumns the headers of the columns that name no field of the model, in the order of the sheet: each is
 *     kept in every event as an extension property {@code X-CSV-NAME} with the header as its {@code X-CSV-COLUMN}
 *     parameter, which only a full-profile feed carries
 * @param rows how many data rows the sheet has, blank rows left out
 */
public record CsvImport(List<Event> events, List<RowError> errors, List<String> keptColumns, int rows) {

    /**
     * Copies the lists.
     *
     * @param events the events
     * @param errors the problems
     * @param keptColumns the headers kept as extension properties
     * @param rows how many data rows the sheet has
     * @throws NullPointerException if a list is null
     */
    public CsvImport {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        keptColumns = List.copyOf(Objects.requireNonNull(keptColumns, "keptColumns"));
    }

    /**
     * Tells whether every data row became an event.
     *
     * @return true when there is no error
     */
    public boolean complete() {
        return errors.isEmpty();
    }
}
