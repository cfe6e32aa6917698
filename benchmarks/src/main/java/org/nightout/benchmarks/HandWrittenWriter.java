package org.nightout.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.nightout.core.Event;
import org.nightout.core.EventTime;

/**
 * The least a correct RFC 5545 writer can do: escape TEXT, fold at 75 octets, nothing else. It is the floor our
 * writer is measured against, not a writer to publish with: it trusts its input.
 *
 * <p>It writes in one of two shapes. {@link #sevenProperties()} writes what the iCal4j and biweekly baselines write:
 * UID, DTSTAMP, DTSTART, DTEND, SUMMARY, DESCRIPTION and LOCATION, no VTIMEZONE, no ORGANIZER, no LAST-MODIFIED.
 * {@link #publicProfile} writes the bytes our writer writes for the benchmark feed in its public profile (a test
 * checks it): CALSCALE and METHOD in the header, LAST-MODIFIED and the publisher's ORGANIZER in each event, and a
 * VTIMEZONE for each zone in use. Those blocks are given to it ready-made, as text: computing them from the zone
 * rules is work the floor does not do, so our writer pays for that and the floor does not.
 */
final class HandWrittenWriter {
    /** Our writer's PRODID, which the public-profile shape writes so the bytes are the same. */
    static final String OUR_PRODID = "-//nightout//nightout iCalendar writer//EN";

    private final StringBuilder line = new StringBuilder(256);
    private final StringBuilder folded = new StringBuilder(4096);
    /** The VTIMEZONE block of each zone id, or null for the seven-property shape. */
    private final Map<String, String> zoneBlocks;
    private final String organizer;

    private HandWrittenWriter(Map<String, String> zoneBlocks, String organizer) {
        this.zoneBlocks = zoneBlocks;
        this.organizer = organizer;
    }

    /** The shape of the iCal4j and biweekly baselines: seven properties an event. */
    static HandWrittenWriter sevenProperties() {
        return new HandWrittenWriter(null, null);
    }

    /**
     * The shape of our writer's public profile.
     *
     * @param zoneBlocks each zone id's VTIMEZONE, from {@code BEGIN:VTIMEZONE} to {@code END:VTIMEZONE} and its CRLF
     */
    static HandWrittenWriter publicProfile(Map<String, String> zoneBlocks) {
        return new HandWrittenWriter(Map.copyOf(zoneBlocks),
                "ORGANIZER;CN=" + FeedData.PUBLISHER + ":" + FeedData.PUBLISHER_ADDRESS);
    }

    void write(List<Event> events, Writer out) throws IOException {
        if (zoneBlocks == null) {
            out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + FeedData.PRODID + "\r\n");
        } else {
            out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + OUR_PRODID + "\r\n"
                    + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n");
            // The zones in use, in the order our writer puts them (by id).
            TreeSet<String> zones = new TreeSet<>();
            for (Event e : events) {
                EventTime.Timed t = (EventTime.Timed) e.time();
                zones.add(t.start().getZone().getId());
                zones.add(t.end().orElseThrow().getZone().getId());
            }
            for (String zone : zones) {
                out.write(zoneBlocks.get(zone));
            }
        }
        for (Event e : events) {
            folded.setLength(0);
            emit("BEGIN:VEVENT");
            text("UID", e.id());
            line.setLength(0);
            line.append("DTSTAMP:");
            utc(e.lastModified());
            flush();
            if (zoneBlocks != null) {
                line.setLength(0);
                line.append("LAST-MODIFIED:");
                utc(e.lastModified());
                flush();
            }
            EventTime.Timed t = (EventTime.Timed) e.time();
            zoned("DTSTART", t.start());
            zoned("DTEND", t.end().orElseThrow());
            text("SUMMARY", e.title());
            text("DESCRIPTION", e.description().orElse(""));
            text("LOCATION", FeedData.location(e));
            if (organizer != null) {
                line.setLength(0);
                line.append(organizer);
                flush();
            }
            emit("END:VEVENT");
            out.append(folded);
        }
        out.write("END:VCALENDAR\r\n");
    }

    private void emit(String s) {
        folded.append(s).append("\r\n");
    }

    private void text(String name, String value) {
        line.setLength(0);
        line.append(name).append(':');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case ';' -> line.append("\\;");
                case ',' -> line.append("\\,");
                case '\n' -> line.append("\\n");
                case '\r' -> { }
                default -> line.append(c);
            }
        }
        flush();
    }

    private void zoned(String name, ZonedDateTime time) {
        line.setLength(0);
        line.append(name).append(";TZID=").append(time.getZone().getId()).append(':');
        local(time.toLocalDateTime());
        flush();
    }

    private void utc(Instant instant) {
        local(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        line.append('Z');
    }

    private void local(LocalDateTime t) {
        line.append(t.getYear());
        two(t.getMonthValue());
        two(t.getDayOfMonth());
        line.append('T');
        two(t.getHour());
        two(t.getMinute());
        two(t.getSecond());
    }

    private void two(int n) {
        line.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    /** Folds the line at 75 octets of UTF-8, never inside a code point, as RFC 5545 section 3.1 asks. */
    private void flush() {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + n > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        folded.append("\r\n");
    }
}
