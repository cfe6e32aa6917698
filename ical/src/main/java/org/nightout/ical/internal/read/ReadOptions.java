package org.nightout.ical.internal.read;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.nightout.core.Agency;
import org.nightout.core.Community;

/**
 * What an {@link org.nightout.ical.ICalendarReader} was built with, as the reading internals see it.
 *
 * @param strict whether the first warning stops the read
 * @param uidDomain the domain our writer appended to UIDs, taken off again
 * @param community the community of events that name none
 * @param hosts the hosts of events that name none
 * @param floatingZone the zone of floating times where the document gives none
 * @param maxInputBytes the most octets read
 * @param maxLineOctets the most octets of one unfolded line
 * @param maxComponents the most components of a document
 * @param maxProperties the most properties of one component
 * @param maxDepth the deepest nesting of components
 */
public record ReadOptions(boolean strict, Optional<String> uidDomain, Optional<Community> community,
        List<Agency> hosts, Optional<ZoneId> floatingZone, long maxInputBytes, int maxLineOctets, int maxComponents,
        int maxProperties, int maxDepth) {
}
