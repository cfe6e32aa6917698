package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.time.temporal.Temporal;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.Profile;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.write.WriteOptions;
import org.nightout.ical.internal.zones.ZoneYears;

/**
 * The homes of a VEVENT's properties, walked in one order to write an event.
 */
public final class EventProperties {
    private EventProperties() {
    }

    /**
     * Writes one VEVENT: a single event, the master of a series (with {@code series}), or an override of one
     * occurrence (with {@code recurrenceId}, the occurrence's original time). Each group of properties is written by
     * the home that also reads it.
     */
    public static void write(ContentLines out, Event given, EventSeries series, Temporal recurrenceId,
            ZoneYears zones, WriteOptions w) throws IOException {
        Event e = w.profile().apply(given);
        boolean full = w.profile() == Profile.FULL;
        String uid = IdentityProperties.uid(e, w.uidDomain());
        out.begin("VEVENT");
        IdentityProperties.write(out, e, uid, full);
        TimeProperties.writeTime(out, e.time(), zones);
        if (series != null) {
            RecurrenceProperties.writeRecurrence(out, series, zones);
        }
        if (recurrenceId != null) {
            RecurrenceProperties.writeDate(out, "RECURRENCE-ID", recurrenceId, zones);
        }
        TextProperties.write(out, e, w);
        PlaceProperties.write(out, e);
        PeopleProperties.write(out, e, w);
        StatusProperties.writeStatus(out, e.status(), zones, full);
        if (full) {
            NightOutFields.writeNightOutFields(out, e);
        }
        KeptProperties.writeExtensions(out, e, w);
        if (w.eventPublishing()) {
            PeopleProperties.writeEventPublishing(out, e, uid, w);
        }
        KeptProperties.writeComponents(out, e, w);
        out.end("VEVENT");
    }
}
