package org.nightout.ical.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarHandler;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.LineReader;

/**
 * What a read does when two different ids share a fingerprint: it cannot be made to happen on purpose (the key is
 * random per read), so these tests choose the fingerprints, and "first" and "second" share one.
 */
class EventIdsTest {

    private static final ReadOptions OPTIONS = new ReadOptions(false, Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), 1 << 20, 1 << 16, 1_000, 1_000, 16);

    private static String vevent(String uid, int sequence, String title) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:" + sequence
                + "\r\nDTSTART;VALUE=DATE:20260804\r\nSUMMARY:" + title + "\r\nEND:VEVENT\r\n";
    }

    private static final class Collected implements ICalendarHandler {
        final List<Event> events = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void event(Event event) {
            events.add(event);
        }

        @Override
        public void warning(ReadWarning warning) {
            warnings.add(warning.toString());
        }
    }

    private static long colliding(String id) {
        return id.equals("first") || id.equals("second") ? 1 : 2 + (id.hashCode() & 0xFFFF_FFFFL);
    }

    private static Collected read(String... vevents) throws IOException {
        String doc = "BEGIN:VCALENDAR\r\nPRODID:-//test//EN\r\n" + String.join("", vevents) + "END:VCALENDAR\r\n";
        Collected handler = new Collected();
        Warnings warnings = new Warnings(false, handler);
        LineReader lines = new LineReader(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
                OPTIONS.maxInputBytes(), OPTIONS.maxLineOctets(), line -> { });
        EventMapper mapper = new EventMapper(OPTIONS, warnings, handler, new EventIds(warnings, EventIdsTest::colliding));
        ComponentParser.parse(lines, OPTIONS, warnings, mapper);
        mapper.finish();
        return handler;
    }

    @Test
    void twoUidsOfOneFingerprint_areTwoEvents_theLaterWithASuffix_whicheverVersionIsHigher() throws IOException {
        Collected newer = read(vevent("first", 0, "First"), vevent("second", 5, "Second"));
        Collected older = read(vevent("first", 5, "First"), vevent("second", 0, "Second"));
        for (Collected c : List.of(newer, older)) {
            assertThat(c.events).extracting(Event::title).containsExactly("First", "Second");
            assertThat(c.events).extracting(Event::id).containsExactly("first", "second-2");
            assertThat(c.events.get(1).uid()).contains("second-2");
            assertThat(c.warnings).containsExactly("line 10: UID: the id second is already used by the VEVENT on"
                    + " line 3; this event is read as second-2");
        }
    }

    @Test
    void aLaterVersionOfTheFirstUid_stillReplacesIt_afterACollision() throws IOException {
        Collected c = read(vevent("first", 0, "First"), vevent("second", 5, "Second"),
                vevent("first", 3, "First again"));
        assertThat(c.events).extracting(Event::title).containsExactly("First", "Second", "First again");
        assertThat(c.events).extracting(Event::id).containsExactly("first", "second-2", "first");
        assertThat(c.warnings).hasSize(2).last().asString().contains("line 3: SEQUENCE: an older version of UID first");
    }

    @Test
    void twoLongUidsCutToOneId_areTwoEvents() throws IOException {
        // Ids keep 255 characters of a UID: two UIDs that differ after that give one id, but are not one event.
        String a = "u".repeat(260) + "-a";
        String b = "u".repeat(260) + "-b";
        ICalendarData data = ICalendarReader.builder().build().read(new ByteArrayInputStream(("BEGIN:VCALENDAR\r\n"
                + "PRODID:-//test//EN\r\n" + vevent(a, 0, "A") + vevent(b, 5, "B") + "END:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(data.events()).extracting(Event::title).containsExactly("A", "B");
        assertThat(data.events().get(1).id()).endsWith("-2");
    }
}
