package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyTest {

    @Test
    void build_valid() {
        Agency a = Agency.builder().from(Fixtures.ecpd()).ori("WI0180200")
                .website(URI.create("https://www.eauclairewi.gov/police"))
                .contact(Contact.builder().phone("(715) 839-4972").build())
                .build();
        assertThat(a.ori()).contains("WI0180200");
        assertThat(a.toString()).startsWith("Agency{name=Eau Claire Police Department, shortName=ECPD")
                .contains("kind=POLICE_DEPARTMENT", "ori=WI0180200", "jurisdiction=Community{name=Eau Claire");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WI018020", "WI01802000", "wi0180200", "W10180200", "WI018 200"})
    void build_oriOfWrongShape_isRejected(String ori) {
        assertThatThrownBy(() -> Agency.builder().from(Fixtures.ecpd()).ori(ori).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ori: \"" + ori + "\" must be 9 characters");
    }

    @Test
    void build_oriOfAnotherState_isRejected() {
        assertThatThrownBy(() -> Agency.builder().from(Fixtures.ecpd()).ori("OH0500200").build())
                .hasMessage("Invalid Agency: ori: \"OH0500200\" must start with WI because the jurisdiction"
                        + " Eau Claire, WI is in Wisconsin");
    }

    @Test
    void build_nebraska_usesNcicPrefix() {
        Community omaha = Community.builder().name("Omaha").kind(CommunityKind.CITY).state(UsState.NE)
                .zone(ZoneId.of("America/Chicago")).build();
        Agency.Builder opd = Agency.builder().name("Omaha Police Department").kind(AgencyKind.POLICE_DEPARTMENT)
                .jurisdiction(omaha);
        assertThat(opd.ori("NB0280100").build().ori()).isPresent();
        assertThatThrownBy(() -> opd.ori("NE0280100").build()).hasMessageContaining("must start with NB");
    }

    @Test
    void build_withoutJurisdiction_checksShapeOnly() {
        Agency a = Agency.builder().name("Connecticut State Police").kind(AgencyKind.STATE_POLICE).ori("CTCSP0000").build();
        assertThat(a.jurisdiction()).isEmpty();
    }

    @Test
    void build_relativeWebsite_isRejected() {
        assertThatThrownBy(() -> Agency.builder().from(Fixtures.ecpd()).website(URI.create("/police")).build())
                .hasMessageContaining("website: \"/police\" must be an absolute URI");
    }

    @Test
    void contact_needsAtLeastOneWay() {
        assertThatThrownBy(() -> Contact.builder().build())
                .hasMessageContaining("a contact needs at least one");
        assertThatThrownBy(() -> Contact.builder().email("police at eauclaire").phone("12").build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("phone", "email"));
    }
}
