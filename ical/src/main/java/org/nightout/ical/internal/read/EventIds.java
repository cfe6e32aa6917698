package org.nightout.ical.internal.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.nightout.core.Event;
import org.nightout.core.internal.DateDigits;
import org.nightout.core.internal.FingerprintTable;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.properties.IdentityProperties;

/**
 * Every id given to an event or series of one read, so that no two share one, and the version of each single event
 * with a UID, so that a later version of it is recognised: the one thing a read keeps of every event.
 *
 * <p>An id is kept as a 64-bit fingerprint, keyed afresh for each read (a new {@link FingerprintTable}), with the
 * line of its VEVENT: about 20 bytes. A single event with a UID keeps, besides, a second fingerprint of its UID under
 * a key of its own (8 bytes), and its version where that differs from the one most events of a feed share (8 more).
 * Two VEVENTs are taken for versions of one event only when their ids' fingerprints and their UIDs' second
 * fingerprints both agree, which two different UIDs do by a chance of about one in {@code 2^128}; where only the
 * first agrees (a collision, or two long UIDs cut to one id), the later event is read under an id with a suffix, with
 * a warning, as if its id were taken. Two different UIDs never become one event by a collision of one fingerprint.
 */
final class EventIds {

    private static final int VERSION_FOLLOWS = 1 << 31;

    private final Warnings warnings;
    private final FingerprintTable claimed = new FingerprintTable();
    /** Null, or a fingerprint a test chose in place of the keyed one, so that ids collide where it wants. */
    private final ToLongFunction<String> forced;
    /**
     * For each single event with a UID: the second fingerprint of its UID, followed by its version where that is not
     * {@link #commonVersion}. The value in {@link #claimed} says where (see {@link #versioned}).
     */
    private long[] slots = new long[16];
    private int slotCount;
    /** The version of the first single event with a UID, which most events of a feed share. */
    private long commonVersion;
    private boolean commonVersionSet;
    /** For each id taken more than once, the last suffix number given. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    EventIds(Warnings warnings) {
        this(warnings, null);
    }

    /**
     * Creates the ids of a read whose ids' fingerprints come from {@code forced} (never 0) rather than the keyed
     * fingerprint: a collision cannot be made on purpose, so this is how a test shows what one does. The second
     * fingerprint of UIDs stays keyed.
     */
    EventIds(Warnings warnings, ToLongFunction<String> forced) {
        this.warnings = warnings;
        this.forced = forced;
    }

    private long fingerprint(String id) {
        return forced == null ? claimed.fingerprint(id) : forced.applyAsLong(id);
    }

    /**
     * Takes a single event with its UID (null for none) and {@link #version}, and returns what to hand over: the
     * event itself, when its id is new or it is a later version of the event that has it (which it then replaces);
     * a copy with an id of its own, when its id is taken by another event; or null for an older version of an event
     * already handed over, dropped with a warning.
     */
    Event single(Event e, String uid, int line, long version) {
        long fingerprint = fingerprint(e.id());
        long earlier = claimed.get(fingerprint);
        if (earlier == FingerprintTable.ABSENT) {
            claimed.put(fingerprint, uid == null ? (long) line << 32 : versioned(line, uid, version));
            return e;
        }
        int earlierLine = (int) (earlier >>> 32);
        if (uid != null && (int) earlier != 0 && slots[((int) earlier & ~VERSION_FOLLOWS) - 1] == claimed.check(uid)) {
            // Two VEVENTs of one UID: versions of one event, told apart by SEQUENCE and time of change.
            int newer = Long.compareUnsigned(version, versionOf(earlier));
            if (newer < 0) {
                warnings.add(line, "SEQUENCE", ReadWarning.Code.STRUCTURE, "an older version of UID " + uid
                        + " than the VEVENT on line " + earlierLine + " (SEQUENCE and LAST-MODIFIED); it is dropped");
                return null;
            }
            if (newer > 0) {
                warnings.add(earlierLine, "SEQUENCE", ReadWarning.Code.STRUCTURE, "an older version of UID " + uid
                        + " than the VEVENT on line " + line + " (SEQUENCE and LAST-MODIFIED); it is dropped");
                // Handed over again with the same id, it replaces the older one for a handler that keeps events by id.
                claimed.put(fingerprint, versioned(line, uid, version));
                return e;
            }
        }
        // Not two versions of one event: both are kept, the second with an id of its own.
        return renamed(e, e.id(), line, earlierLine, true);
    }

    /**
     * Returns the event with the id it wants, or, when an earlier event or series of this read took that id, with
     * the next free suffix; with {@code renameUid}, its UID gets the same suffix, since two VEVENTs with one UID would
     * be one event to every client. An id claimed here takes no later versions.
     */
    Event claim(Event e, String wanted, int line, boolean renameUid) {
        long first = claimed.putIfAbsent(fingerprint(wanted), (long) line << 32);
        if (first == FingerprintTable.ABSENT) {
            return wanted.equals(e.id()) ? e : Event.builder().from(e).id(wanted).build();
        }
        return renamed(e, wanted, line, (int) (first >>> 32), renameUid);
    }

    /** Gives an event whose wanted id an earlier one took, on {@code firstLine}, the id with the next free suffix. */
    private Event renamed(Event e, String wanted, int line, int firstLine, boolean renameUid) {
        // Counted per id, so that a file of ten thousand copies of one UID takes linear time.
        int n = nextSuffix.getOrDefault(wanted, 1);
        String id;
        String suffix;
        do {
            suffix = "-" + ++n;
            id = IdentityProperties.truncated(wanted, IdentityProperties.MAX_ID - suffix.length()) + suffix;
        } while (claimed.putIfAbsent(fingerprint(id), (long) line << 32) != FingerprintTable.ABSENT);
        nextSuffix.put(wanted, n);
        warnings.add(line, "UID", ReadWarning.Code.STRUCTURE, "the id " + IdentityProperties.abbreviated(wanted)
                + " is already used by the VEVENT on line " + firstLine + "; this event is read as " + id);
        Event.Builder b = Event.builder().from(e).id(id);
        if (renameUid && e.uid().isPresent()) {
            b.uid(e.uid().get() + suffix);
        }
        return b.build();
    }

    /**
     * What {@link #claimed} keeps for a single event with a UID: the line in the upper 32 bits, in the lower the
     * place of its UID's second fingerprint in {@link #slots} plus one, with {@link #VERSION_FOLLOWS} set when its
     * version stands in the next slot. An id that takes no later versions keeps 0 in the lower bits.
     */
    private long versioned(int line, String uid, long version) {
        if (slotCount + 2 > slots.length) {
            slots = Arrays.copyOf(slots, slots.length + slots.length / 2);
        }
        if (!commonVersionSet) {
            commonVersion = version;
            commonVersionSet = true;
        }
        int at = slotCount + 1;
        slots[slotCount++] = claimed.check(uid);
        if (version != commonVersion) {
            slots[slotCount++] = version;
            at |= VERSION_FOLLOWS;
        }
        return (long) line << 32 | (at & 0xFFFF_FFFFL);
    }

    private long versionOf(long value) {
        int at = (int) value;
        return (at & VERSION_FOLLOWS) == 0 ? commonVersion : slots[at & ~VERSION_FOLLOWS];
    }

    /**
     * What tells two VEVENTs of one UID apart as versions of one event (RFC 5545: SEQUENCE, then the time of the
     * change, LAST-MODIFIED or else DTSTAMP), packed so that it compares as an unsigned number: the SEQUENCE in the
     * upper 31 bits, the time of the change in seconds since 1970 in the lower 33 (a time that is not a date-time
     * counts as the oldest).
     */
    static long version(Component c) {
        int sequence;
        try {
            sequence = Math.max(0, c.first("SEQUENCE").map(s -> Integer.parseInt(s.value.strip())).orElse(0));
        } catch (NumberFormatException e) {
            sequence = 0;
        }
        ContentLine changed = c.firstOrNull("LAST-MODIFIED");
        if (changed == null) {
            changed = c.firstOrNull("DTSTAMP");
        }
        long seconds = changed == null ? 0 : secondsOf(changed.value.strip());
        return (long) sequence << 33 | Math.max(0, Math.min(seconds, (1L << 33) - 1));
    }

    /** The seconds since 1970 of a UTC date-time ({@code 20260701T120000Z}), or of a date; 0 for anything else. */
    private static long secondsOf(String stamp) {
        if (stamp.length() >= 15) {
            LocalDateTime t = DateDigits.basicDateTime(stamp, 0);
            if (t != null) {
                return t.toEpochSecond(ZoneOffset.UTC);
            }
        } else if (stamp.length() == 8) {
            LocalDate d = DateDigits.basicDate(stamp, 0);
            if (d != null) {
                return d.toEpochDay() * 86_400;
            }
        }
        return 0;
    }
}
