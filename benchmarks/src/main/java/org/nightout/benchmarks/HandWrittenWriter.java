package org.nightout.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.nightout.core.Event;
import org.nightout.core.EventTime;

/**
 * The least a correct RFC 5545 writer can do: escape TEXT, fold at 75 octets, nothing else. It is the floor our
 * writer is measured against, not a writer to publish with: it writes no VTIMEZONE, no ORGANIZER and no
 * LAST-MODIFIED, and it trusts its input.
 */
final class HandWrittenWriter {
    private final StringBuilder line = new StringBuilder(256);
    private final StringBuilder folded = new StringBuilder(4096);

    void write(List<Event> events, Writer out) throws IOException {
        out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + FeedData.PRODID + "\r\n");
        for (Event e : events) {
            folded.setLength(0);
            emit("BEGIN:VEVENT");
            text("UID", e.id());
            line.setLength(0);
            line.append("DTSTAMP:");
            utc(e.lastModified());
            flush();
            EventTime.Timed t = (EventTime.Timed) e.time();
            zoned("DTSTART", t.start());
            zoned("DTEND", t.end().orElseThrow());
            text("SUMMARY", e.title());
            text("DESCRIPTION", e.description().orElse(""));
            text("LOCATION", FeedData.location(e));
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
