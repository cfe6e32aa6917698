package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTest {

    @Test
    void geoPoint_inRange() {
        GeoPoint p = GeoPoint.of(44.8113, -91.5060);
        assertThat(p.latitude()).isEqualTo(44.8113);
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource({
        "123, 10, latitude",
        "-90.5, 10, latitude",
        "45, 180.1, longitude",
        "NaN, 0, latitude",
        "0, Infinity, longitude"
    })
    void geoPoint_outOfRange(double latitude, double longitude, String field) {
        assertThatThrownBy(() -> GeoPoint.of(latitude, longitude))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).singleElement().extracting(Violation::field).isEqualTo(field));
    }

    @Test
    void geoPoint_latitude123_message() {
        assertThatThrownBy(() -> GeoPoint.of(123, 500))
                .hasMessage("Invalid GeoPoint: latitude: \"123.0\" must be between -90 and 90 degrees;"
                        + " longitude: \"500.0\" must be between -180 and 180 degrees");
    }

    @Test
    void postalAddress_oneLine_toString_andZip() {
        PostalAddress a = PostalAddress.builder().street("1 Main St").locality("East Hartford").state(UsState.CT)
                .postalCode("06108").build();
        assertThat(a.oneLine()).isEqualTo("1 Main St, East Hartford, CT 06108");
        assertThat(a).hasToString("PostalAddress{street=1 Main St, locality=East Hartford, state=CT, postalCode=06108}");
        assertThatThrownBy(() -> PostalAddress.builder().from(a).postalCode("6108").build())
                .hasMessageContaining("postalCode: \"6108\" must be a ZIP code");
    }

    @Test
    void venue_withAddressAndGeo() {
        Venue v = Venue.builder().name("Carson Park")
                .address(PostalAddress.builder().locality("Eau Claire").state(UsState.WI).build())
                .geo(GeoPoint.of(44.8113, -91.5060))
                .build();
        assertThat(v.address().map(PostalAddress::locality)).contains("Eau Claire");
        assertThatThrownBy(() -> Venue.builder().name("Carson\nPark").build())
                .hasMessage("Invalid Venue: name: \"Carson\\u000APark\" must be a single line without control characters");
    }
}
