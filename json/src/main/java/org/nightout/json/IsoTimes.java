package org.nightout.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.concurrent.ConcurrentHashMap;
import org.nightout.core.internal.DateDigits;

/**
 * The wire forms of dates and times, read and written digit by digit for the forms this module writes itself,
 * with java.time's formatters as the fallback for every other valid form.
 *
 * <p>Hand-written because DateTimeFormatter's general parsing took over half of the time of reading events
 * (measured with JFR on 16,000 events): an event carries three or four times, and the fixed forms need no
 * general machinery.
 */
final class IsoTimes {
    /** Zone ids seen so far: ZoneId.of does a provider lookup each time. */
    private static final ConcurrentHashMap<String, ZoneId> ZONES = new ConcurrentHashMap<>();
    /** Zones read lately, by a hash of their id; see {@link #zone(String, int, int)}. */
    private static final RecentZone[] RECENT = new RecentZone[256];
    private static final int QUARTER_HOUR = 900;
    /** Offsets reach 18 hours either way: 72 quarter hours. */
    private static final int MAX_QUARTERS = 72;
    private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[2 * MAX_QUARTERS + 1];

    static {
        for (int q = -MAX_QUARTERS; q <= MAX_QUARTERS; q++) {
            QUARTER_HOURS[q + MAX_QUARTERS] = ZoneOffset.ofTotalSeconds(q * QUARTER_HOUR);
        }
    }

    private IsoTimes() {
    }

    /** {@code 2022-08-02T18:00:00-04:00[America/New_York]}, or with no brackets when the zone is the offset. */
    static String format(ZonedDateTime t) {
        StringBuilder b = new StringBuilder(64);
        return append(b, t) ? b.toString() : JsonOutput.ZONED.format(t);
    }

    /**
     * Appends what {@link #format(ZonedDateTime)} gives, where that is the fixed form written digit by digit (years 0
     * to 9999, whole seconds), and returns true; else appends nothing and returns false.
     */
    static boolean append(StringBuilder b, ZonedDateTime t) {
        if (t.getYear() < 0 || t.getYear() > 9999 || t.getNano() != 0) {
            return false;
        }
        appendDateTime(b, t.toLocalDateTime());
        appendOffset(b, t.getOffset());
        if (!(t.getZone() instanceof ZoneOffset)) {
            b.append('[').append(t.getZone().getId()).append(']');
        }
        return true;
    }

    /** {@code 2021-08-04T15:30:00Z}; with a fraction, as {@link Instant#toString()} writes it. */
    static String format(Instant instant) {
        StringBuilder b = new StringBuilder(20);
        return append(b, instant) ? b.toString() : instant.toString();
    }

    /** Appends what {@link #format(Instant)} gives, in whole seconds from year 1970 to 9999, and returns true. */
    static boolean append(StringBuilder b, Instant instant) {
        if (instant.getNano() != 0 || instant.getEpochSecond() < 0 || instant.getEpochSecond() > 253402300799L) {
            return false;
        }
        appendDateTime(b, LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC));
        b.append('Z');
        return true;
    }

    /** {@code 2021-08-03} */
    static String format(LocalDate d) {
        StringBuilder b = new StringBuilder(10);
        return append(b, d) ? b.toString() : d.toString();
    }

    /** Appends what {@link #format(LocalDate)} gives, for years 0 to 9999, and returns true. */
    static boolean append(StringBuilder b, LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            return false;
        }
        appendDate(b, d);
        return true;
    }

    /** Reads what {@link #format(ZonedDateTime)} writes; the offset must be the zone's at that local time. */
    static ZonedDateTime parseZoned(String s) {
        int open = s.indexOf('[');
        if (s.length() >= 25 && (open == 25 || open < 0 && s.length() == 25) && s.charAt(10) == 'T'
                && (s.charAt(19) == '+' || s.charAt(19) == '-') && s.charAt(22) == ':' && isDigits(s, 20, 22)
                && isDigits(s, 23, 25)) {
            LocalDateTime local = localDateTime(s);
            int seconds = (s.charAt(19) == '-' ? -1 : 1)
                    * (number(s, 20, 22) * 3600 + number(s, 23, 25) * 60);
            ZoneOffset offset = offset(seconds);
            ZoneId zone;
            if (open < 0) {
                zone = offset;
            } else {
                if (!s.endsWith("]")) {
                    throw new DateTimeException("Text '" + s + "' has an unclosed zone bracket");
                }
                zone = zone(s, open + 1, s.length() - 1);
            }
            return ZonedDateTime.ofStrict(local, offset, zone);
        }
        TemporalAccessor t = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(s);
        return ZonedDateTime.ofStrict(LocalDateTime.from(t), ZoneOffset.from(t), ZoneId.from(t));
    }

    /** Reads {@code 2021-08-04T15:30:00Z}, or any form {@link Instant#parse} takes. */
    /** Parses a date (ten characters) or else a zoned date-time: the two forms an occurrence of a series starts in. */
    static Temporal parseOccurrenceStart(String s) {
        return s.length() == 10 ? parseDate(s) : parseZoned(s);
    }

    /** Formats a date or a zoned date-time, the two forms an occurrence of a series starts in. */
    static String formatOccurrenceStart(Temporal t) {
        return t instanceof ZonedDateTime z ? format(z) : format((LocalDate) t);
    }

    static Instant parseInstant(String s) {
        if (s.length() == 20 && s.charAt(10) == 'T' && s.charAt(19) == 'Z') {
            return localDateTime(s).toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(s);
    }

    /** Reads {@code 2021-08-03}, or any form {@link LocalDate#parse} takes. */
    static LocalDate parseDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && isDigits(s, 0, 4) && isDigits(s, 5, 7)
                && isDigits(s, 8, 10)) {
            return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
        }
        return LocalDate.parse(s);
    }

    /** An offset, from a table for whole quarter hours (ZoneOffset's own cache boxes its key on each lookup). */
    private static ZoneOffset offset(int seconds) {
        int quarters = seconds / QUARTER_HOUR;
        if (quarters * QUARTER_HOUR == seconds && Math.abs(quarters) <= MAX_QUARTERS) {
            return QUARTER_HOURS[quarters + MAX_QUARTERS];
        }
        return ZoneOffset.ofTotalSeconds(seconds);
    }

    /**
     * The zone whose id is {@code s} from {@code from} to {@code to}: first from a small table of the ids read
     * lately, compared in place, so that the times of a feed in a few dozen zones need no substring and no map
     * lookup each; else as {@link #zone(String)} finds it. The table's entries are immutable, so threads that race
     * on a slot at worst miss.
     */
    static ZoneId zone(String s, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        int slot = (hash ^ hash >>> 16) & (RECENT.length - 1);
        RecentZone recent = RECENT[slot];
        if (recent != null && recent.id().length() == to - from && s.regionMatches(from, recent.id(), 0, to - from)) {
            return recent.zone();
        }
        String id = s.substring(from, to);
        ZoneId zone = zone(id);
        RECENT[slot] = new RecentZone(id, zone);
        return zone;
    }

    /** A zone id as read, and its zone. */
    private record RecentZone(String id, ZoneId zone) {
    }

    /** A zone by id, cached; throws DateTimeException for an unknown id, as ZoneId.of does. */
    static ZoneId zone(String id) {
        ZoneId zone = ZONES.get(id);
        if (zone == null) {
            zone = ZoneId.of(id);
            if (ZONES.size() < 10_000) {
                ZONES.put(id, zone);
            }
        }
        return zone;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} at the start of {@code s}, checked field by field. */
    private static LocalDateTime localDateTime(String s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':'
                || !isDigits(s, 0, 4) || !isDigits(s, 5, 7) || !isDigits(s, 8, 10) || !isDigits(s, 11, 13)
                || !isDigits(s, 14, 16) || !isDigits(s, 17, 19)) {
            throw new DateTimeException("Text '" + s + "' is not a date-time such as 2022-08-02T18:00:00");
        }
        return LocalDateTime.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10), number(s, 11, 13),
                number(s, 14, 16), number(s, 17, 19));
    }

    private static boolean isDigits(String s, int from, int to) {
        return DateDigits.isDigits(s, from, to);
    }

    private static int number(String s, int from, int to) {
        return DateDigits.number(s, from, to);
    }

    private static void appendDateTime(StringBuilder b, LocalDateTime t) {
        appendDate(b, t.toLocalDate());
        DateDigits.appendTime(b, t.getHour(), t.getMinute(), t.getSecond(), true);
    }

    private static void appendDate(StringBuilder b, LocalDate d) {
        DateDigits.appendDate(b, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), true);
    }

    private static void appendOffset(StringBuilder b, ZoneOffset offset) {
        DateDigits.appendOffset(b, offset, true);
    }
}
