package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionPropertyTest {

    @Test
    void of_keepsNameAndWireValue() {
        ExtensionProperty p = new ExtensionProperty("X-ALT-DESC", List.of(ExtensionProperty.Parameter.of("FMTTYPE", "text/html")),
                "<p>a\\, b</p>");
        assertThat(p.parameters()).containsExactly(ExtensionProperty.Parameter.of("FMTTYPE", "text/html"));
        assertThat(p.value()).isEqualTo("<p>a\\, b</p>");
    }

    @Test
    void badNameOrLineBreak_isRejected() {
        assertThatThrownBy(() -> ExtensionProperty.of("X ALT", "v\r\nX-INJECTED:1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("name", "value"));
        assertThatThrownBy(() -> ExtensionProperty.Parameter.of("CN", "a\nb"))
                .hasMessageContaining("must not contain line breaks");
    }

    @Test
    void event_keepsExtensionsInOrder() {
        Event e = Fixtures.nno2021().addExtensions(ExtensionProperty.of("X-B", "2"), ExtensionProperty.of("X-A", "1")).build();
        assertThat(e.extensions()).extracting(ExtensionProperty::name).containsExactly("X-B", "X-A");
    }
}
