package org.nightout.ical;

import org.nightout.core.Event;
import org.nightout.core.EventSeries;

/**
 * Receives what {@link ICalendarReader#read(java.io.InputStream, ICalendarHandler)} reads, as it is read: each single
 * event as soon as its VEVENT ends, each warning as it arises, each series at the end of the document.
 *
 * <p>Every method does nothing unless overridden, so a handler overrides only what it wants. A method may throw an
 * unchecked exception to stop the read; it leaves the reader as it is thrown.
 *
 * <p><b>When things arrive.</b>
 * <ul>
 * <li>A single event (a VEVENT with neither RRULE nor RECURRENCE-ID) arrives when its END is read, or, when it names a
 *     TZID not defined yet, when that VTIMEZONE arrives or its VCALENDAR ends.
 * <li>A series (a VEVENT with an RRULE or RDATE, and its RECURRENCE-ID overrides) arrives after the last line of the
 *     document: an override may stand anywhere in the file, even after its series, so no series is complete before
 *     the end. Until then the reader holds the lines of every VEVENT with an RRULE or a RECURRENCE-ID, so memory
 *     grows with those, not with the single events. Overrides whose series is missing, and recurrences the model has
 *     no series for, arrive as events at the end too.
 * <li>A later version of an event already handed over (a VEVENT that gives the same {@link Event#id() id}, from the
 *     same UID, with a higher SEQUENCE, or the same SEQUENCE and a later LAST-MODIFIED, else DTSTAMP) is handed over
 *     again, with that id, and a {@code STRUCTURE} warning on the older one's line: it replaces the older one. Keep
 *     events by id and let the last one win, as {@link ICalendarReader#read(java.io.InputStream)} does; a handler
 *     that has already passed the older one on (written it out) gets both. An older version after a newer one is
 *     dropped with a warning, never handed over; two VEVENTs of one UID and the same version are two events, the
 *     second with an id of its own.
 * </ul>
 *
 * <p><b>Memory.</b> Besides the event being read and the VEVENTs of series (held until the end), a read keeps one
 * thing of every event: a 64-bit fingerprint of its id with its line, about 20 bytes, so that ids stay distinct and
 * later versions are recognised (a million events: about 20 MB); a single event with a UID keeps a second 64-bit
 * fingerprint of its UID (8 bytes more), and one whose version differs from the one most of a feed shares 8 more.
 * Both fingerprints are keyed afresh for every read, so a document cannot be made to collide on purpose. Two
 * different ids share the first with a chance below one in thirty million in a million-event feed; then the second
 * event is read under an id with a suffix, with a warning, as if its id were taken. Two VEVENTs are versions of one
 * event only when their UIDs' fingerprints agree as well: two different UIDs (or two UIDs over 255 characters cut to
 * one id) are always two events, never an older and a newer version of one.
 *
 * <pre>{@code
 * reader.read(in, new ICalendarHandler() {
 *     @Override public void event(Event event) { writer.write(event); }
 *     @Override public void series(EventSeries series) { writer.write(series); }
 *     @Override public void warning(ReadWarning warning) { log.warn(warning.toString()); }
 * });
 * }</pre>
 */
public interface ICalendarHandler {

    /**
     * Takes the calendar's NAME or X-WR-CALNAME, once, as soon as it is known (from the first VCALENDAR that has one);
     * never called for a calendar without a name.
     *
     * @param name the calendar's name
     */
    default void name(String name) {
    }

    /**
     * Takes a single event, or a later version of one already taken (the same id).
     *
     * @param event the event
     */
    default void event(Event event) {
    }

    /**
     * Takes a series with its overrides and excluded dates, after the document's last line.
     *
     * @param series the series
     */
    default void series(EventSeries series) {
    }

    /**
     * Takes a warning, in the order they arise; in strict mode the reader throws instead.
     *
     * @param warning what was worked around
     */
    default void warning(ReadWarning warning) {
    }
}
