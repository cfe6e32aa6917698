package org.nightout.ical.internal.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.zones.CustomZone;

/**
 * A timed series whose TZID only the document's own VTIMEZONE defines. A time in such a zone gets the IANA zone that
 * matches the VTIMEZONE in its year, or the exact offset where none does, and the series repeats on that zone's
 * rules; where those part from the VTIMEZONE's in a later year (a block with the United States' rules before 2007,
 * say, read as America/New_York), every occurrence the two place differently is moved to the VTIMEZONE's instant: an
 * EXDATE where the zone puts it, an RDATE where the VTIMEZONE does. RFC 5545 3.6.5 makes the VTIMEZONE the definition,
 * and python recurring_ical_events and Mozilla's ical.js follow it.
 *
 * <p>Why corrections rather than a zone of its own: a {@link java.time.ZoneId} with rules of its own needs a
 * {@link java.time.zone.ZoneRulesProvider}, which is registered for the whole JVM and for good, while the rules
 * belong to one document. The series keeps its rule, and every client reads the same instants.
 */
final class DefinedZoneSeries {
    /** Years after DTSTART whose occurrences are compared: a rule without end repeats the zone's rules after them. */
    static final int HORIZON_YEARS = 50;
    /** The most occurrences compared, so that a rule of every second costs no more than a year of a daily one. */
    static final int MAX_COMPARED = 20_000;

    private DefinedZoneSeries() {
    }

    /**
     * Adds to {@code b} the EXDATEs and RDATEs that move the occurrences of {@code plain} to the instants its
     * DTSTART's VTIMEZONE gives them; returns whether it added any.
     */
    static boolean correct(ReadContext ctx, ContentLine dtstart, EventSeries plain, EventSeries.Builder b) {
        Optional<String> tzid = dtstart.param("TZID");
        if (tzid.isEmpty() || !(plain.first().time() instanceof EventTime.Timed start)) {
            return false;
        }
        Optional<CustomZone> defined = ctx.zones.definitionOnly(tzid.get());
        if (defined.isEmpty()) {
            return false;
        }
        CustomZone zone = defined.get();
        Set<Instant> given = new HashSet<>();
        for (Temporal t : plain.rdates()) {
            given.add(Instant.from(t));
        }
        List<Temporal> exdates = new ArrayList<>();
        List<Temporal> rdates = new ArrayList<>();
        LocalDate from = start.start().toLocalDate();
        Iterator<Event> it = plain.occurrences(from, from.plusYears(HORIZON_YEARS)).iterator();
        for (int n = 0; n < MAX_COMPARED && it.hasNext(); n++) {
            ZonedDateTime at = ((EventTime.Timed) it.next().time()).start();
            if (given.contains(at.toInstant())) {
                // An RDATE of the document: read at its exact instant already.
                continue;
            }
            ZonedDateTime exact = zone.at(at.toLocalDateTime());
            if (!exact.toInstant().equals(at.toInstant())) {
                exdates.add(at);
                rdates.add(exact.withZoneSameInstant(at.getZone()));
            }
        }
        if (exdates.isEmpty()) {
            return false;
        }
        b.addAllExdates(exdates).addAllRdates(rdates);
        ctx.warnings.add(dtstart.line, "DTSTART", ReadWarning.Code.CUSTOM_TIME_ZONE, "the VTIMEZONE of TZID \""
                + tzid.get() + "\" parts from " + start.start().getZone().getId() + " for " + exdates.size()
                + " occurrences of the series from " + exdates.get(0) + " on; each is moved to the instant the"
                + " VTIMEZONE gives it, as an EXDATE and an RDATE");
        return true;
    }
}
