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

    @Nested
    @DisplayName("windows and budgets")
    class Windows {
        @Test
        void window_dropsEventsThatEndedBefore_andKeepsTheCancelledUntilPassed() throws IOException {
            List<Event> events = List.of(cancelled2020(), held2021());
            ICalendarWriter before = Events.writer().window(NNO_2020, NNO_2021.plusMonths(18)).build();
            java.io.StringWriter out = new java.io.StringWriter();
            WriteResult kept = before.write(events, out);
            assertThat(out.toString()).contains("STATUS:CANCELLED");
            assertThat(kept.events()).isEqualTo(2);

            ICalendarWriter after = Events.writer().window(NNO_2020.plusDays(1), NNO_2021).build();
            out = new java.io.StringWriter();
            WriteResult dropped = after.write(events, out);
            assertThat(out.toString()).doesNotContain("STATUS:CANCELLED").contains("BEGIN:VEVENT");
            assertThat(dropped.events()).isEqualTo(1);
            assertThat(dropped.outsideWindow()).isEqualTo(1);
            write("window", after, events);
        }

        @Test
        void window_endBeforeStart_isRefused() {
            assertThatThrownBy(() -> Events.writer().window(NNO_2021, NNO_2020))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be on or after");
        }

        @Test
        void byteBudget_stopsBeforeItIsExceeded_andSaysSo() throws IOException {
            List<Event> events = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                events.add(Event.builder().from(held2021()).id("nno-" + i)
                        .time(Events.evening(NNO_2021.plusDays(i), Events.CHICAGO)).build());
            }
            WriteResult whole = Events.writer().build().write(events, new java.io.StringWriter());
            long budget = whole.bytes() / 2;
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            WriteResult cut = Events.writer().byteBudget(budget).build().write(events, bytes);
            assertThat(cut.truncated()).isTrue();
            assertThat(cut.bytes()).isEqualTo(bytes.size()).isLessThanOrEqualTo(budget);
            assertThat(cut.events() + cut.eventsOverBudget()).isEqualTo(50);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
            assertThat(Events.writer().byteBudget(whole.bytes()).build().write(events, new java.io.StringWriter())
                    .truncated()).isFalse();
            write("byte-budget", Events.writer().byteBudget(budget).build(), events);
        }

        @Test
        void writeResult_countsUtf8Bytes() throws IOException {
            Event e = Event.builder().from(held2021()).title("Noche Nacional — ¡Fiesta! 🎉").build();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            assertThat(Events.writer().build().write(List.of(e), bytes).bytes()).isEqualTo(bytes.size());
        }
    }

    @Nested
    @DisplayName("maps")
    class Maps {
        @Test
        void venueWithCoordinates_getsAppleStructuredLocation_matchingLocation() throws IOException {
            String feed = write("apple-location", Events.writer().build(), List.of(held2021())).replace("\r\n ", "");
            assertThat(feed).contains("LOCATION:Carson Park\\, Eau Claire\\, WI\r\n", "GEO:44.8113;-91.506\r\n",
                    "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=\"Eau Claire, WI\";X-APPLE-RADIUS=70;"
                            + "X-TITLE=Carson Park:geo:44.8113,-91.506\r\n");
        }

        @Test
        void ourAppleStructuredLocation_readsBack_withoutBeingKept() throws ICalendarParseException {
            for (org.nightout.core.Profile profile : org.nightout.core.Profile.values()) {
                String feed = Events.writer().profile(profile).build().writeToString(List.of(held2021()));
                Event read = ICalendarReader.builder().build().read(feed).events().get(0);
                assertThat(read.extensions()).as(profile.name()).isEmpty();
                assertThat(read.venue()).as(profile.name()).isPresent();
            }
        }
    }
}
