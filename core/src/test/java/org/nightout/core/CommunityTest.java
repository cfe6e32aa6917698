package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CommunityTest {

    private static Community.Builder valid() {
        return Community.builder().from(Fixtures.eauClaire());
    }

    @Test
    void build_valid_keepsEverything() {
        Community c = Fixtures.eauClaire();
        assertThat(c.region()).contains("Chippewa Valley");
        assertThat(c.zone().getId()).isEqualTo("America/Chicago");
        assertThat(c.displayName()).isEqualTo("Eau Claire, WI");
        assertThat(c.toString()).startsWith("Community{name=Eau Claire, kind=CITY, state=WI")
                .contains("zone=America/Chicago");
        assertThat(valid().build()).isEqualTo(c).hasSameHashCodeAs(c);
    }

    @Test
    void build_ocdIdOfAnotherState_isRejected() {
        assertThatThrownBy(() -> valid().ocdId("ocd-division/country:us/state:oh/place:austintown").build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid Community: ocdId: \"ocd-division/country:us/state:oh/place:austintown\""
                        + " names state oh but the community is in WI");
    }

    @Test
    void build_malformedOcdId_isRejected() {
        assertThatThrownBy(() -> valid().ocdId("ocd-division/country:us/state:WI/place:Eau Claire").build())
                .hasMessageContaining("must be an Open Civic Data division id");
    }

    @Test
    void build_geoidOfAnotherState_isRejected() {
        assertThatThrownBy(() -> valid().geoid("3903000").build())
                .hasMessageContaining("geoid: \"3903000\" must start with 55, the FIPS code of Wisconsin");
        assertThatThrownBy(() -> valid().geoid("552230").build())
                .hasMessageContaining("must be a Census GEOID of 2, 5, 7, 10, 11, 12 or 15 digits");
    }

    @Test
    void build_fixedOffsetZone_isRejected() {
        assertThatThrownBy(() -> valid().zone(ZoneOffset.ofHours(-5)).build())
                .hasMessageContaining("zone: \"-05:00\" must be an IANA zone id such as America/Chicago");
    }

    @Test
    void build_nothingSet_listsEveryMissingField() {
        assertThatThrownBy(() -> Community.builder().build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("name", "kind", "state", "zone"));
    }

    @Test
    void build_districtOfColumbia_usesDistrictSegment() {
        Community dc = Community.builder().name("Washington").kind(CommunityKind.CITY).state(UsState.DC)
                .zone(java.time.ZoneId.of("America/New_York")).ocdId("ocd-division/country:us/district:dc").build();
        assertThat(dc.ocdId()).isPresent();
    }
}
