/**
 * Jakarta REST providers for nightout events.
 *
 * <p>{@link org.nightout.jaxrs.ICalendarProvider} writes events, series and
 * {@link org.nightout.ical.ICalendarData} as {@code text/calendar; charset=utf-8} with an
 * {@link org.nightout.ical.ICalendarWriter}, and reads {@code text/calendar} into {@code ICalendarData} with an
 * {@link org.nightout.ical.ICalendarReader}. {@link org.nightout.jaxrs.NightOutJsonProvider} writes and reads the
 * core types as JSON with {@link org.nightout.json.NightOutModule#jsonMapper()}: Jackson's own Jakarta REST
 * provider exists for Jackson 2 only. {@link org.nightout.jaxrs.FeedPreconditions}, from
 * {@link org.nightout.jaxrs.ICalendarProvider#preconditions()}, gives the feeds a strong ETag and a Last-Modified and
 * answers conditional GETs with 304.
 *
 * <pre>{@code
 * ICalendarProvider calendars = new ICalendarProvider(writer);
 * ResourceConfig config = new ResourceConfig(FeedResource.class)
 *     .register(calendars)
 *     .register(calendars.preconditions())
 *     .register(new NightOutJsonProvider());
 * }</pre>
 */
package org.nightout.jaxrs;
