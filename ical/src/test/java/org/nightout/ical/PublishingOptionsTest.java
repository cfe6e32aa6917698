package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;

/** The writer's options for publishing: cancellations, windows and budgets, maps. */
class PublishingOptionsTest {
    private static final LocalDate NNO_2020 = LocalDate.of(2020, 8, 4);
    private static final LocalDate NNO_2021 = LocalDate.of(2021, 8, 3);

    /** Also keeps what the test wrote, so CI can hand it to the interop consumers. */
    static String write(String interopName, ICalendarWriter writer, List<Event> events) throws IOException {
        String feed = writer.writeToString(events);
        Path file = Path.of("target", "interop", interopName + ".ics");
        Files.createDirectories(file.getParent());
        Files.writeString(file, feed, StandardCharsets.UTF_8);
        return feed;
    }

    static Event cancelled2020() {
        return Events.carsonPark().id("nno-2020-eau-claire").title("National Night Out at Carson Park")
                .time(Events.evening(NNO_2020, Events.CHICAGO)).status(EventStatus.cancelled("pandemic")).sequence(1)
                .build();
    }

    static Event held2021() {
        return Events.carsonPark().time(Events.evening(NNO_2021, Events.CHICAGO)).build();
    }

    @Nested
    @DisplayName("cancellations")
    class Cancellations {
        @Test
        void cancelledEvent_keepsStatusCancelled_andTakesThePrefix() throws IOException {
            String feed = write("cancelled-prefix", Events.writer().cancelledPrefix("Cancelled: ").build(),
                    List.of(cancelled2020(), held2021()));
            assertThat(feed).contains("SUMMARY:Cancelled: National Night Out at Carson Park\r\n", "STATUS:CANCELLED\r\n",
                    "SUMMARY:National Night Out at Carson Park\r\n", "SEQUENCE:1\r\n");
            assertThat(feed.split("Cancelled: ", -1)).hasSize(2);
        }

        @Test
        void cancelledEvent_withoutPrefix_keepsItsTitle() {
            String feed = Events.writer().build().writeToString(List.of(cancelled2020()));
            assertThat(feed).contains("SUMMARY:National Night Out at Carson Park\r\n", "STATUS:CANCELLED\r\n");
        }

        @Test
        void titleThatAlreadyHasThePrefix_isNotPrefixedTwice() {
            Event e = Event.builder().from(cancelled2020()).title("Cancelled: NNO").build();
            assertThat(Events.writer().cancelledPrefix("Cancelled: ").build().writeToString(List.of(e)))
                    .contains("SUMMARY:Cancelled: NNO\r\n");
        }

        @Test
        void cancelledPrefix_onTwoLines_isRefused() {
            assertThatThrownBy(() -> Events.writer().cancelledPrefix("Cancelled:\r\nX-EVIL:1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
        }
    }
}
