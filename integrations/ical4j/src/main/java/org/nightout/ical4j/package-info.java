/**
 * Converts between nightout events and iCal4j 4.x objects, for applications that already hold their calendars as
 * iCal4j {@code Calendar}s, such as CalDAV servers and clients.
 *
 * <pre>{@code
 * Ical4jConverter converter = new Ical4jConverter(writer, ICalendarReader.builder().build());
 * net.fortuna.ical4j.model.Calendar calendar = converter.toCalendar(events, List.of());
 * ICalendarData back = converter.fromCalendar(calendar);    // back.events() equals events
 * }</pre>
 */
package org.nightout.ical4j;
