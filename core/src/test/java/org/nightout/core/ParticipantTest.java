package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
    void participant_needsExactlyOneParty() {
        assertThatThrownBy(() -> Participant.builder().role(ParticipantRole.HOST).build())
                .hasMessage("Invalid Participant: person: \"0 of person, agency and organization\""
                        + " must be exactly one of person, agency and organization");
        assertThatThrownBy(() -> Participant.builder().role(ParticipantRole.HOST).agency(Fixtures.ecpd())
                .organization(Organization.of("Bank")).build())
                .hasMessageContaining("\"2 of person, agency and organization\"");
    }
}
