/**
 * nightout events to and from iCal4j 4.x: {@code Calendar} to events and series and back, {@code VEvent} to
 * {@code Event} and back.
 */
module org.nightout.ical4j {
    requires transitive org.nightout.ical;
    requires transitive ical4j.core;

    exports org.nightout.ical4j;
}
