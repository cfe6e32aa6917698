package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParticipantTest {

    @Test
    void person_displayName_includesRank() {
        Person skowron = Person.builder().name("Mark Skowron").rank("Patrol Lieutenant")
                .affiliation("Austintown Police Department").build();
        assertThat(skowron.displayName()).isEqualTo("Patrol Lieutenant Mark Skowron");
        assertThat(Person.of("Shawne Wilfong").displayName()).isEqualTo("Shawne Wilfong");
    }

    @Test
    void participant_name_ofEachKind() {
        assertThat(Participant.of(ParticipantRole.SPEAKER, Person.builder().name("Joshua Litwin").rank("Lt.").build()).name())
                .isEqualTo("Lt. Joshua Litwin");
        assertThat(Participant.of(ParticipantRole.HOST, Fixtures.ecpd()).name()).isEqualTo("Eau Claire Police Department");
        assertThat(Participant.of(ParticipantRole.SPONSOR, Organization.of("Local Credit Union")).name())
                .isEqualTo("Local Credit Union");
    }

    @Test
    void of_givesTheKindOfItsParty_withRoleAndParty() {
        Person wilfong = Person.of("Shawne Wilfong");
        Organization bank = Organization.of("Chippewa Valley Bank");

        PersonParticipant person = Participant.of(ParticipantRole.COORDINATOR, wilfong);
        AgencyParticipant agency = Participant.of(ParticipantRole.HOST, Fixtures.ecpd());
        OrganizationParticipant organization = Participant.of(ParticipantRole.SPONSOR, bank);

        assertThat(person).isEqualTo(new PersonParticipant(ParticipantRole.COORDINATOR, wilfong));
        assertThat(agency.agency()).isEqualTo(Fixtures.ecpd());
        assertThat(organization.role()).isEqualTo(ParticipantRole.SPONSOR);
        assertThat(organization.organization()).isEqualTo(bank);
    }

    @Test
    void sealed_permitsExactlyAPersonAnAgencyAndAnOrganization() {
        assertThat(Participant.class.isSealed()).isTrue();
        assertThat(Arrays.stream(Participant.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .containsExactlyInAnyOrder("PersonParticipant", "AgencyParticipant", "OrganizationParticipant");
        assertThat(Participant.class.getPermittedSubclasses()).allSatisfy(k -> assertThat(k.isRecord()).isTrue());
    }

    @Test
    void everyKind_isHandledByAnExhaustiveChain() {
        // What a writer does on Java 17, where switch has no type patterns: one branch per permitted kind.
        List<Participant> all = List.of(Participant.of(ParticipantRole.COORDINATOR, Person.of("Shawne Wilfong")),
                Participant.of(ParticipantRole.HOST, Fixtures.ecpd()),
                Participant.of(ParticipantRole.SPONSOR, Organization.of("Chippewa Valley Bank")));

        assertThat(all.stream().map(ParticipantTest::party))
                .containsExactly("person Shawne Wilfong", "agency ECPD", "organization Chippewa Valley Bank");
        assertThat(all.stream().map(Object::getClass).distinct())
                .hasSameSizeAs(Participant.class.getPermittedSubclasses());
    }

    private static String party(Participant p) {
        if (p instanceof PersonParticipant person) {
            return "person " + person.person().name();
        } else if (p instanceof AgencyParticipant agency) {
            return "agency " + agency.agency().shortName().orElseThrow();
        } else if (p instanceof OrganizationParticipant organization) {
            return "organization " + organization.organization().name();
        }
        throw new AssertionError("Participant permits a kind this test does not know: " + p.getClass());
    }

    static Stream<Arguments> constructorsWithoutParty() {
        return Stream.of(
                Arguments.of("person", (Runnable) () -> new PersonParticipant(ParticipantRole.HOST, null)),
                Arguments.of("agency", (Runnable) () -> new AgencyParticipant(ParticipantRole.HOST, null)),
                Arguments.of("organization", (Runnable) () -> new OrganizationParticipant(ParticipantRole.HOST, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructorsWithoutParty")
    void constructor_withoutParty_isAValidationExceptionNamingIt(String field, Runnable construct) {
        assertThatThrownBy(construct::run).isInstanceOf(ValidationException.class)
                .hasMessage("Invalid Participant: " + field + ": (absent) is required");
    }

    @Test
    void constructor_withoutRoleOrParty_reportsBoth() {
        assertThatThrownBy(() -> new OrganizationParticipant(null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("role", "organization"));
    }
}
