/**
 * Serves nightout events from Spring MVC as iCalendar feeds, and configures them in Spring Boot.
 *
 * <p>{@link org.nightout.spring.ICalendarHttpMessageConverter} streams events, series and
 * {@link org.nightout.ical.ICalendarData} as {@code text/calendar; charset=utf-8} through an
 * {@link org.nightout.ical.ICalendarWriter}, and reads {@code text/calendar} request bodies with an
 * {@link org.nightout.ical.ICalendarReader}. {@link org.nightout.spring.ICalendarResponses} answers a request for a
 * feed with a {@code ResponseEntity} that has a strong ETag over its bytes and a Last-Modified, and answers
 * conditional GETs with 304 as {@link org.nightout.ical.FeedValidator} decides. With Spring Boot, {@link org.nightout.spring.NightOutAutoConfiguration} makes all of
 * them from {@code nightout.feed.*} properties and registers {@link org.nightout.json.NightOutModule} with Boot's
 * {@code JsonMapper}.
 *
 * <pre>{@code
 * @GetMapping(value = "/feed.ics", produces = "text/calendar")
 * ResponseEntity<ICalendarData> feed(WebRequest request) {
 *     return responses.answer(request, repository.events());   // 200 with ETag and Last-Modified, or 304
 * }
 * }</pre>
 */
package org.nightout.spring;
