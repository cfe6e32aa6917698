/**
 * Publishes nightout events as iCalendar feeds that work in Google Calendar, Outlook and Apple Calendar.
 *
 * <pre>{@code
 * ICalendarWriter writer = ICalendarWriter.builder()
 *     .publisher("Eau Claire Police Department", URI.create("https://www.eauclairewi.gov/police"))
 *     .name("National Night Out")
 *     .build();
 * writer.write(events, Files.newOutputStream(Path.of("nno.ics")));
 * }</pre>
 */
package org.nightout.ical;
