package org.nightout.ical.internal.read;

/**
 * What {@link ComponentParser} hands each complete component to: the {@link EventMapper} of a read, or the checks of
 * a lint, which look at the same components the reader sees.
 */
public interface ComponentSink {
    /** Takes a component that sits directly in a VCALENDAR, once it is complete, with that VCALENDAR. */
    void completed(Component calendar, Component c);

    /** Takes the end of a VCALENDAR: its own properties, its top-level components already handed over. */
    void calendarEnded(Component calendar);
}
