package org.nightout.ical;

import org.nightout.core.Profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;

/**
 * Fuzzes the reader with arbitrary bytes. The only exception a document may cause is {@link ICalendarParseException};
 * whatever the reader returns, the writer writes, and that feed reads back without an exception to as many events,
 * series and overrides together. (Not always in the same shape: when the source's first RRULE was unusable, the event
 * keeps the rest, and the next reader may find a usable one among them; and an override whose series was in another
 * VCALENDAR of the source joins it in the one VCALENDAR we write.)
 *
 * <p>In a normal build this replays the seeds in {@code ICalendarReaderFuzzTestInputs/read/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see RELIABILITY.md).
 */
class ICalendarReaderFuzzTest {
    /** Small limits, so that the fuzzer also reaches the code that enforces them. */
    private static final ICalendarReader LENIENT = ICalendarReader.builder().maxInputBytes(1 << 20)
            .maxLineOctets(4096).maxComponents(500).maxPropertiesPerComponent(200).maxDepth(8).build();
    private static final ICalendarReader STRICT = ICalendarReader.builder().strict(true).build();
    private static final ICalendarReader DEFAULT = ICalendarReader.builder().build();
    private static final ICalendarWriter WRITER = ICalendarWriter.builder()
            .publisher("Fuzz Feed", URI.create("mailto:fuzz@example.org")).profile(Profile.FULL).build();

    @FuzzTest(maxDuration = "5m")
    void read(byte[] input) throws IOException {
        try {
            STRICT.read(new ByteArrayInputStream(input));
        } catch (ICalendarParseException expected) {
            // Strict reading stops at the first warning; that is its job.
        }
        ICalendarData data;
        try {
            data = LENIENT.read(new ByteArrayInputStream(input));
        } catch (ICalendarParseException expected) {
            return;
        }
        StringWriter out = new StringWriter();
        WRITER.write(data.events(), data.series(), out);
        ICalendarData again = DEFAULT.read(out.toString());
        assertThat(records(again)).isEqualTo(records(data));
    }

    /** Events, series and their overrides: an override that had no series in its own VCALENDAR finds it in ours. */
    private static int records(ICalendarData data) {
        return data.events().size() + data.series().stream().mapToInt(s -> 1 + s.overrides().size()).sum();
    }
}
