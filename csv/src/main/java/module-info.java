/**
 * Sign-up sheets to events and back: the CSV that online forms and spreadsheets export, read into core events with
 * Jackson's CSV data format, and events written as such a sheet.
 *
 * <p>The core module is part of this module's API (the reader returns core events), so users get it too; Jackson
 * stays an implementation detail.
 */
module org.nightout.csv {
    requires transitive org.nightout.core;
    requires tools.jackson.dataformat.csv;
    requires tools.jackson.databind;
    requires tools.jackson.core;

    exports org.nightout.csv;
}
