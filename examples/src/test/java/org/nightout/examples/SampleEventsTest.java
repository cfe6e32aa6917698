package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.Activity;
import org.nightout.core.ActivityKind;
import org.nightout.core.Agency;
import org.nightout.core.Audience;
import org.nightout.core.Community;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.PersonParticipant;
import org.nightout.core.UsState;

/** The bundled sample file holds what the three reports in shared/seeds say, and nothing they do not. */
class SampleEventsTest {
    private static final List<Event> EVENTS = SampleEvents.all();

    private static Event event(String id) {
        return EVENTS.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static Community community(Event e) {
        return e.community().orElseThrow();
    }

    private static List<String> hostNames(Event e) {
        return e.hosts().stream().map(Agency::name).toList();
    }

    private static List<String> people(Event e, ParticipantRole role) {
        return e.participants().stream().filter(p -> p.role() == role)
                .map(p -> ((PersonParticipant) p).person().displayName()).toList();
    }

    @Test
    void holdsTheEventsOfTheThreeReports_orderedByDateThenId() {
        assertThat(EVENTS).hasSize(29);
        assertThat(EVENTS).extracting(Event::id).doesNotHaveDuplicates();
        assertThat(EVENTS).isSortedAccordingTo(
                Comparator.comparing((Event e) -> e.time().startDate()).thenComparing(Event::id));
        assertThat(EVENTS).allSatisfy(e -> assertThat(e.campaign()).hasValueSatisfying(
                c -> assertThat(c.name()).isEqualTo("National Night Out")));
    }

    @Test
    void theFile_isInTheLibrarysOwnFormat_asNightOutModuleWritesIt() throws Exception {
        byte[] bundled;
        try (InputStream in = SampleEvents.class.getResourceAsStream(SampleEvents.RESOURCE)) {
            bundled = in.readAllBytes();
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        EventData.write(org.nightout.json.FeedDocument.of(EVENTS, List.of()), written);
        assertThat(written.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo(new String(bundled, StandardCharsets.UTF_8).strip());
    }

    @Test
    void noEventHasATimeOfDayOrAStreetAddress_becauseNoReportGivesOne() {
        assertThat(EVENTS).allSatisfy(e -> {
            assertThat(e.time()).isInstanceOf(EventTime.AllDay.class);
            assertThat(e.venue().flatMap(v -> v.address())).isEmpty();
            assertThat(e.venue().flatMap(v -> v.geo())).isEmpty();
        });
    }

    @Nested
    @DisplayName("Chippewa Valley, Wisconsin")
    class ChippewaValley {
        @Test
        void eauClaire_atCarsonPark_hostedByEcpd() {
            Event e = event("nno-2021-eau-claire");
            assertThat(e.time()).isEqualTo(EventTime.allDay(LocalDate.of(2021, 8, 3)));
            assertThat(e.venue().orElseThrow().name()).isEqualTo("Carson Park");
            assertThat(community(e).name()).isEqualTo("Eau Claire");
            assertThat(community(e).state()).isEqualTo(UsState.WI);
            assertThat(community(e).region()).contains("Chippewa Valley");
            assertThat(community(e).zone()).isEqualTo(ZoneId.of("America/Chicago"));
            assertThat(community(e).ocdId()).contains("ocd-division/country:us/state:wi/place:eau_claire");
            assertThat(e.hosts()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Eau Claire Police Department");
                assertThat(a.shortName()).contains("ECPD");
            });
            assertThat(e.activities()).extracting(Activity::kind).containsExactly(ActivityKind.MUSIC,
                    ActivityKind.GAMES, ActivityKind.RAFFLE, ActivityKind.GIVEAWAYS, ActivityKind.MASCOT_DANCE_OFF,
                    ActivityKind.EMERGENCY_VEHICLE_DISPLAY);
            assertThat(e.audiences()).containsExactly(Audience.ALL_AGES);
            assertThat(people(e, ParticipantRole.PUBLICITY_CONTACT)).containsExactly("Officer Josh Miller");
        }

        @Test
        void chippewaFalls_atTheNorthernWisconsinStateFairgrounds() {
            Event e = event("nno-2021-chippewa-falls");
            assertThat(e.time()).isEqualTo(EventTime.allDay(LocalDate.of(2021, 8, 3)));
            assertThat(e.venue().orElseThrow().name()).isEqualTo("Northern Wisconsin State Fairgrounds");
            assertThat(community(e).ocdId()).contains("ocd-division/country:us/state:wi/place:chippewa_falls");
            assertThat(hostNames(e)).containsExactly("Chippewa Falls Police Department");
            assertThat(people(e, ParticipantRole.PUBLICITY_CONTACT)).containsExactly("Officer Joan Mattheisen");
        }

        @Test
        void bothCitiesCancelled2020_forThePandemic_withNoVenue() {
            assertThat(EVENTS).filteredOn(e -> e.time().startDate().getYear() == 2020)
                    .extracting(Event::id)
                    .containsExactly("nno-2020-chippewa-falls", "nno-2020-eau-claire");
            for (String id : List.of("nno-2020-chippewa-falls", "nno-2020-eau-claire")) {
                Event e = event(id);
                assertThat(e.status()).isEqualTo(EventStatus.cancelled("pandemic"));
                assertThat(e.time()).isEqualTo(EventTime.allDay(LocalDate.of(2020, 8, 4)));
                assertThat(e.venue()).isEmpty();
                assertThat(e.hosts()).hasSize(1);
            }
        }

        @Test
        void theDatesTheReportDoesNotGive_areMarkedAsInferred() {
            for (String id : List.of("nno-2020-chippewa-falls", "nno-2020-eau-claire", "nno-2021-chippewa-falls",
                    "nno-2021-eau-claire")) {
                assertThat(editorNote(event(id))).as(id).hasValueSatisfying(d -> assertThat(d)
                        .contains("gives no date", "inferred", "first Tuesday of August"));
                assertThat(event(id).description()).as("a note for the data's author is no description").isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("Connecticut, 2017")
    class Connecticut {
        private final List<Event> connecticut = EVENTS.stream()
                .filter(e -> community(e).state() == UsState.CT).toList();

        @Test
        void listsThe22CommunitiesOfTheReport_on2017_08_01() {
            assertThat(connecticut).extracting(e -> community(e).name()).containsExactlyInAnyOrder(
                    "Bloomfield", "Bridgeport", "Bristol", "Broad Brook", "East Hartford", "Hamden", "Hartford",
                    "Groton", "Manchester", "Meriden", "Moosup", "New Haven", "New London", "Newington", "Norwalk",
                    "Norwich", "Rockville", "Stamford", "Stratford", "Torrington", "West Suffield", "Wethersfield");
            assertThat(connecticut).allSatisfy(e -> {
                assertThat(e.time()).isEqualTo(EventTime.allDay(LocalDate.of(2017, 8, 1)));
                assertThat(community(e).zone()).isEqualTo(ZoneId.of("America/New_York"));
                assertThat(e.description()).as("the report gives the date").isEmpty();
            });
        }

        @Test
        void onlyEastHartford_namesAHost_becauseTheReportNamesNoOther() {
            assertThat(connecticut).filteredOn(e -> !e.hosts().isEmpty())
                    .extracting(Event::id).containsExactly("nno-2017-east-hartford");
        }

        @Test
        void eastHartford_isTheDepartmentsFirst() {
            Event e = event("nno-2017-east-hartford");
            assertThat(hostNames(e)).containsExactly("East Hartford Police Department");
            assertThat(e.firstEvent()).isTrue();
            assertThat(e.edition()).hasValue(34);
            assertThat(e.activities()).extracting(Activity::kind).containsExactly(ActivityKind.EQUIPMENT_DISPLAY,
                    ActivityKind.K9_DEMONSTRATION, ActivityKind.FINGERPRINTING, ActivityKind.BOUNCE_HOUSE,
                    ActivityKind.DUNK_TANK, ActivityKind.GIVEAWAYS, ActivityKind.MUSIC, ActivityKind.ARTS_AND_CRAFTS);
            assertThat(people(e, ParticipantRole.PUBLICITY_CONTACT)).containsExactly("Lt. Joshua Litwin");
        }
    }

    @Nested
    @DisplayName("Mahoning Valley, Ohio")
    class MahoningValley {
        private final List<Event> ohio = EVENTS.stream().filter(e -> community(e).state() == UsState.OH).toList();

        @Test
        void austintownLibertyAndNewMiddletown_onTuesdayAugust2() {
            assertThat(ohio).extracting(Event::id).containsExactly("nno-2022-austintown-oh",
                    "nno-2022-liberty-township-oh", "nno-2022-new-middletown-oh");
            assertThat(ohio).allSatisfy(e -> {
                assertThat(e.time()).isEqualTo(EventTime.allDay(LocalDate.of(2022, 8, 2)));
                assertThat(community(e).region()).contains("Mahoning Valley");
            });
        }

        @Test
        void theYear_isMarkedAsAssumed_since2016Fits_too() {
            assertThat(ohio).allSatisfy(e -> assertThat(editorNote(e))
                    .hasValueSatisfying(d -> assertThat(d).contains("without a year", "2016", "2022 is assumed")));
        }

        @Test
        void peopleAndHosts_asTheReportNamesThem() {
            Event austintown = event("nno-2022-austintown-oh");
            assertThat(hostNames(austintown)).containsExactly("Austintown Police Department");
            assertThat(people(austintown, ParticipantRole.COORDINATOR)).containsExactly("Shawne Wilfong");
            assertThat(people(austintown, ParticipantRole.PUBLICITY_CONTACT))
                    .containsExactly("Patrol Lieutenant Mark Skowron");
            Event liberty = event("nno-2022-liberty-township-oh");
            assertThat(liberty.hosts()).singleElement()
                    .satisfies(a -> assertThat(a.shortName()).contains("Liberty Twp. PD"));
            assertThat(people(liberty, ParticipantRole.PUBLICITY_CONTACT)).containsExactly("Patrolman Jim Marco");
            assertThat(event("nno-2022-new-middletown-oh").hosts()).isEmpty();
            assertThat(ohio).flatExtracting(Event::participants).extracting(Participant::role)
                    .doesNotContain(ParticipantRole.SPONSOR);
        }
    }

    /** The note for the data's author, kept as X-EDITOR-NOTE (in iCalendar's escaped form), which no public view shows. */
    private static java.util.Optional<String> editorNote(Event e) {
        return e.extensions().stream().filter(x -> x.name().equals("X-EDITOR-NOTE")).findFirst()
                .map(x -> x.value().replace("\\,", ",").replace("\\;", ";"));
    }
}
