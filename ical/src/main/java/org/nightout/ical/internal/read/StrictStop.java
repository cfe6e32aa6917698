package org.nightout.ical.internal.read;

import org.nightout.ical.ICalendarParseException;

/** Carries a strict-mode stop out of code that cannot throw checked exceptions. */
public final class StrictStop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StrictStop(ICalendarParseException cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
