/**
 * Publishes nightout events as iCalendar feeds.
 *
 * @see org.nightout.ical.ICalendarWriter
 */
module org.nightout.ical {
    requires transitive org.nightout.core;

    exports org.nightout.ical;
}
