/**
 * The recurrence engine: RFC 5545 rules ({@link org.nightout.core.recurrence.RecurrenceRule}) and sets of them with
 * their added and excluded dates ({@link org.nightout.core.recurrence.RecurrenceSet}), expanded lazily, in order and
 * within fixed bounds of work.
 *
 * <p>The model uses it for {@link org.nightout.core.EventSeries} and {@link org.nightout.core.DateRule}; the adapters
 * use it to read and write RRULE values and to evaluate the observances of a VTIMEZONE.
 *
 * <pre>{@code
 * RecurrenceRule rule = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=TU;COUNT=3");
 * List<ZonedDateTime> tuesdays = RecurrenceSet
 *     .timed(LocalDateTime.parse("2024-08-06T18:00"), ZoneId.of("America/Chicago"))
 *     .rule(rule)
 *     .stream().toList();
 * }</pre>
 */
@ValueStyle
package org.nightout.core.recurrence;

import org.nightout.core.internal.ValueStyle;
