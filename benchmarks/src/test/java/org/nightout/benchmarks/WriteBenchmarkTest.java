package org.nightout.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.Profile;

/** The floor is compared with our writer on the same output: its public shape writes exactly our public bytes. */
class WriteBenchmarkTest {
    private static final int EVENTS = 2_000;

    @Test
    void publicFloor_writesTheBytesOfOurPublicProfile() throws Exception {
        List<Event> feed = FeedData.events(EVENTS);
        String ours = WriteBenchmark.writer(Profile.PUBLIC).writeToString(feed);
        StringWriter floor = new StringWriter();
        HandWrittenWriter.publicProfile(WriteBenchmark.zoneBlocks(ours)).write(feed, floor);

        assertThat(floor.toString()).isEqualTo(ours);
        assertThat(ours).contains("BEGIN:VTIMEZONE", "LAST-MODIFIED:", "ORGANIZER;CN=", "\r\n ")
                .doesNotContain("X-NIGHTOUT-");
    }

    @Test
    void sevenPropertyFloor_writesTheBaselinesProperties() throws Exception {
        List<Event> feed = FeedData.events(EVENTS);
        StringWriter floor = new StringWriter();
        HandWrittenWriter.sevenProperties().write(feed, floor);
        List<String> lines = List.of(floor.toString().split("\r\n"));

        assertThat(lines).filteredOn(l -> l.startsWith("BEGIN:VEVENT")).hasSize(EVENTS);
        assertThat(lines).filteredOn(l -> l.startsWith("LOCATION:")).first()
                .isEqualTo("LOCATION:" + FeedData.location(feed.get(0)).replace(",", "\\,"));
        assertThat(floor.toString()).doesNotContain("VTIMEZONE", "ORGANIZER", "LAST-MODIFIED");
    }
}
