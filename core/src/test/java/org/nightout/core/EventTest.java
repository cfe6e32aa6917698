package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventTest {

    @Test
    void build_valid_hasDefaults() {
        Event e = Fixtures.nno2021().build();
        assertThat(e.status()).isEqualTo(EventStatus.scheduled());
        assertThat(e.sequence()).isZero();
        assertThat(e.firstEvent()).isFalse();
        assertThat(e.edition()).hasValue(38);
    }

    @Test
    void toString_showsTheData_soUnequalEventsPrintDifferently() {
        Event e = Fixtures.nno2021().build();
        Event changed = Event.builder().from(e).sequence(1).venue(Venue.builder().name("Phoenix Park").build()).build();
        assertThat(e.toString()).startsWith("Event{id=nno-eau-claire-carson-park, title=National Night Out at Carson Park")
                .contains("venue=Venue{name=Carson Park", "sequence=0", "hosts=[Agency{name=Eau Claire Police Department");
        assertThat(changed.toString()).isNotEqualTo(e.toString()).contains("Phoenix Park", "sequence=1");
    }

    @Test
    void build_everyField_roundTripsThroughFrom() {
        Event e = Fixtures.nno2021()
                .description("Music, games and raffles.\nAll ages welcome.")
                .addActivities(Activity.of(ActivityKind.MUSIC), Activity.other("Touch-a-truck"))
                .addAudiences(Audience.ALL_AGES, Audience.CHILDREN)
                .addParticipants(Participant.of(ParticipantRole.SPONSOR, Organization.of("Local Credit Union")),
                        Participant.of(ParticipantRole.SPEAKER, Person.builder().name("Josh Miller").rank("Officer").build()))
                .hostingSince(2012)
                .expectedAttendance(2000)
                .rainDate(LocalDate.of(2021, 8, 4))
                .url(URI.create("https://example.org/nno"))
                .image(URI.create("https://example.org/nno.png"))
                .addCoverage(NewsLink.builder().url(URI.create("https://example.org/news")).outlet("WQOW").build())
                .sequence(2)
                .build();
        assertThat(Event.builder().from(e).build()).isEqualTo(e).hasSameHashCodeAs(e);
        assertThat(e.sponsors()).extracting(Participant::name).containsExactly("Local Credit Union");
    }

    @Test
    void build_nothingSet_listsEveryRequiredField() {
        assertThatThrownBy(() -> Event.builder().build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("id", "title", "time", "lastModified"));
    }

    @Test
    void build_idWithANonAsciiSpaceOrControlCharacter_isRefused() {
        for (String id : new String[] {"nno\u00852021", "nno\u20282021", "nno\u00A02021", "nno\u30002021"}) {
            assertThatThrownBy(() -> Fixtures.nno2021().id(id).build()).as(id)
                    .hasMessageStartingWith("Invalid Event: id: ")
                    .hasMessageEndingWith(" must not be empty or contain spaces or control characters");
        }
        assertThat(Fixtures.nno2021().id("nno-2021-\u00E9t\u00E9-\uD83D\uDE93").build().id()).endsWith("\uD83D\uDE93");
    }

    @Test
    void build_severalProblems_reportedTogether() {
        assertThatThrownBy(() -> Fixtures.nno2021().id("nno 2021").title("  ").sequence(-1)
                .url(URI.create("nno.html")).build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid Event: id: \"nno 2021\" must not be empty or contain spaces or control characters;"
                        + " title: \"  \" must not be blank;"
                        + " url: \"nno.html\" must be an absolute URI such as https://example.org/page;"
                        + " sequence: \"-1\" must be zero or more");
    }

    @Test
    void build_titleWithLineBreak_isRejected_descriptionAllowsIt() {
        assertThatThrownBy(() -> Fixtures.nno2021().title("Night Out\r\nX-INJECTED:1").build())
                .hasMessageContaining("title: \"Night Out\\u000D\\u000AX-INJECTED:1\" must be a single line");
        assertThat(Fixtures.nno2021().description("line one\nline two").build().description()).isPresent();
        assertThatThrownBy(() -> Fixtures.nno2021().description("bell\u0007").build())
                .hasMessageContaining("must not contain control characters other than tab and line breaks");
    }

    @Test
    void build_unpairedSurrogate_isRejected_butPairsAreFine() {
        assertThatThrownBy(() -> Fixtures.nno2021().title("Night \uD83D Out").build())
                .hasMessageContaining("title: \"Night \uD83D Out\" must be well-formed Unicode, but has an unpaired"
                        + " surrogate at index 6");
        assertThatThrownBy(() -> Fixtures.nno2021().description("\uDE93 alone").build())
                .hasMessageContaining("unpaired surrogate at index 0");
        assertThat(Fixtures.nno2021().title("Night Out \uD83D\uDE93").build().title()).endsWith("🚓");
    }

    @Test
    void build_rainDateNotAfterStart_isRejected() {
        assertThatThrownBy(() -> Fixtures.nno2021().rainDate(LocalDate.of(2021, 8, 3)).build())
                .hasMessage("Invalid Event: rainDate: \"2021-08-03\" must be after the event's start date 2021-08-03");
    }

    @Test
    void build_history_isConsistent() {
        assertThat(Fixtures.nno2021().firstEvent(true).hostingSince(2021).build().firstEvent()).isTrue();
        assertThatThrownBy(() -> Fixtures.nno2021().firstEvent(true).hostingSince(2012).build())
                .hasMessageContaining("hostingSince: \"2012\" must be the event's year 2021 for a first event");
        assertThatThrownBy(() -> Fixtures.nno2021().hostingSince(2030).build())
                .hasMessageContaining("must not be after the event's year 2021");
    }

    @Test
    void build_rescheduledToTheSameTime_isRejected() {
        Event e = Fixtures.nno2021().build();
        assertThatThrownBy(() -> Event.builder().from(e).status(EventStatus.rescheduled(e.time())).build())
                .hasMessageContaining("status.previousTime").hasMessageContaining("must differ from the event's time");
    }

    @Nested
    @DisplayName("an event of a campaign")
    class CampaignEvent {

        @Test
        void needsCommunity_butNotAHost() {
            Event base = Fixtures.nno2021().build();
            assertThat(Event.builder().from(base).hosts(java.util.List.of()).build().hosts()).isEmpty();
            assertThatThrownBy(() -> Event.builder().from(base).community(java.util.Optional.empty()).build())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::toString)
                            .containsExactly(
                                    "Event.community: (absent) is required for an event of the campaign National Night Out"));
        }

        @Test
        void cancelled_needsReason() {
            assertThatThrownBy(() -> Fixtures.nno2021().status(EventStatus.cancelled()).build())
                    .hasMessageContaining("status.reason: (absent) is required when an event of National Night Out is cancelled");
            assertThat(Fixtures.nno2021().status(EventStatus.cancelled("COVID-19 pandemic")).build().status().isCancelled())
                    .isTrue();
        }

        @Test
        void beforeFirstYear_isRejected() {
            assertThatThrownBy(() -> Fixtures.nno2021().time(EventTime.allDay(LocalDate.of(1983, 8, 2))).build())
                    .hasMessageContaining("time: \"1983-08-02\" must not be before 1984, the first year of National Night Out");
        }

        @Test
        void mayBeMovedByItsHost() {
            Event moved = Fixtures.nno2021().time(Fixtures.evening(LocalDate.of(2021, 8, 10))).build();
            assertThat(moved.time().startDate()).isNotEqualTo(Campaign.nationalNightOut().dateFor(2021));
            assertThat(moved.edition()).hasValue(38);
        }
    }

    @Nested
    @DisplayName("an event read from another calendar")
    class ImportedEvent {

        @Test
        void mayLackHostCommunityAndReason_andTheGapStaysVisible() {
            Event e = Event.builder()
                    .id("040000008200E00074C5B7101A82E008@example.com")
                    .title("Neighborhood cookout")
                    .time(EventTime.allDay(LocalDate.of(2022, 8, 2)))
                    .status(EventStatus.cancelled())
                    .lastModified(Fixtures.MODIFIED)
                    .build();
            assertThat(e.hosts()).isEmpty();
            assertThat(e.community()).isEmpty();
            assertThat(e.campaign()).isEmpty();
            assertThat(e.edition()).isEmpty();
        }
    }
}
