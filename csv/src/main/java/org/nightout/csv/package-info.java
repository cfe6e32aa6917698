/**
 * Sign-up sheets to events and back. {@link org.nightout.csv.CsvReader} reads the CSV that a registration form or a
 * spreadsheet exports, with its columns found by name ({@link org.nightout.csv.Column}, and a
 * {@link org.nightout.csv.ColumnMap} for other names), into events, and names the row, column, value and reason of
 * each cell it cannot read ({@link org.nightout.csv.RowError}); {@link org.nightout.csv.CsvWriter} writes events as
 * such a sheet, which reads back to the same events.
 *
 * <pre>{@code
 * CsvImport sheet = CsvReader.builder()
 *     .zone(ZoneId.of("America/Chicago"))
 *     .lastModified(Instant.parse("2026-07-20T12:00:00Z"))
 *     .build()
 *     .read("Title,Date,Time,Address,City,State\n"
 *         + "Elm Street block party,8/4/2026,6-9 pm,1234 Elm St,Eau Claire,WI\n");
 * Event party = sheet.events().get(0);     // 18:00 to 21:00 in America/Chicago, at a private home
 * String back = CsvWriter.create().write(sheet.events());
 * }</pre>
 */
package org.nightout.csv;
