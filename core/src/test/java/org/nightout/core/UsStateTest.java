package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsStateTest {

    @Test
    void ofCode_findsEveryStateByItsCode() {
        for (UsState s : UsState.values()) {
            assertThat(UsState.ofCode(s.name())).isSameAs(s);
            assertThat(UsState.ofCode(" " + s.name().toLowerCase(java.util.Locale.ROOT) + " ")).isSameAs(s);
        }
    }

    @Test
    void ofCode_namesAnUnknownCode() {
        assertThatThrownBy(() -> UsState.ofCode("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown US state code \"XX\": expected a two-letter USPS code such as WI, CT or OH");
        assertThatThrownBy(() -> UsState.ofCode("Wisconsin")).hasMessageContaining("\"Wisconsin\"");
        assertThatThrownBy(() -> UsState.ofCode(null)).isInstanceOf(NullPointerException.class);
    }
}
