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
 *
 * <p>{@link org.nightout.ical.CalendarLinks} makes the links a web page shows beside the feed: "add to calendar" for
 * one event in Google Calendar, outlook.com, Microsoft 365 and Yahoo, and "subscribe" to the feed in each app.
 *
 * <pre>{@code
 * URI google = CalendarLinks.create().google(event);   // public profile, at most 2,000 characters
 * CalendarLinks.Subscription subscribe = CalendarLinks.create()
 *     .subscribe(URI.create("https://example.org/nno.ics"), "National Night Out");
 * }</pre>
 *
 * <p>{@link org.nightout.ical.FeedLinter} tells, before a feed is published, what Google Calendar, Outlook and Apple
 * Calendar would do wrong with it, each finding with its line, rule, apps, reason and fix.
 *
 * <pre>{@code
 * List<LintFinding> findings = FeedLinter.create().lint(Files.newInputStream(Path.of("nno.ics")));
 * }</pre>
 *
 * <h2>Status in a feed</h2>
 * iCalendar knows TENTATIVE, CONFIRMED and CANCELLED. A scheduled event has no STATUS; confirmed, tentative and
 * cancelled map to their names; a postponed event is TENTATIVE and a rescheduled one CONFIRMED, in the full profile each with
 * {@code X-NIGHTOUT-STATUS} naming the exact status, {@code X-NIGHTOUT-PREVIOUS-START} for the time a rescheduled
 * event had before, and {@code X-NIGHTOUT-STATUS-REASON} for the reason.
 */
package org.nightout.ical;
