package org.nightout.ical.internal.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nightout.core.ParticipantRole;

class ParticipantTypesTest {

    @Test
    void roles_mapToDistinctParticipantTypes() {
        assertThat(Arrays.stream(ParticipantRole.values()).map(ParticipantTypes::of))
                .doesNotHaveDuplicates()
                .contains("ACTIVE", "SPONSOR", "PLANNER-CONTACT", "CONTACT", "SPEAKER", "PERFORMER", "X-VOLUNTEER");
    }
}
