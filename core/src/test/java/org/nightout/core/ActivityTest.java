package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivityTest {

    @ParameterizedTest
    @EnumSource(value = ActivityKind.class, mode = EnumSource.Mode.EXCLUDE, names = "OTHER")
    void parse_readsEveryKnownLabel(ActivityKind kind) {
        assertThat(Activity.parse(kind.label())).isEqualTo(Activity.of(kind));
        assertThat(Activity.parse("  " + kind.label().toUpperCase() + " ").kind()).isEqualTo(kind);
    }

    @Test
    void parse_unknownLabel_isFreeText() {
        assertThat(Activity.parse("Touch-a-truck")).isEqualTo(Activity.other("Touch-a-truck"));
    }

    @Test
    void vocabulary_coversTheSeeds() {
        assertThat(Arrays.stream(ActivityKind.values()).map(ActivityKind::label)).contains(
                "Music", "Games", "Raffle", "Giveaways", "Mascot dance-off", "Emergency vehicle display",
                "K-9 demonstration", "Fingerprinting", "Bounce house", "Dunk tank", "Arts and crafts",
                "Career information");
    }

    @Test
    void knownKind_withForeignLabel_isRejected() {
        assertThatThrownBy(() -> new Activity(ActivityKind.MUSIC, "Band"))
                .hasMessageContaining("must be \"Music\" for kind MUSIC; use ActivityKind.OTHER for free text");
        assertThatThrownBy(() -> Activity.of(ActivityKind.OTHER)).hasMessageContaining("Activity.other(label)");
    }

    @Test
    void other_withAKnownLabel_isRejected_soParseAndOtherAgree() {
        assertThatThrownBy(() -> Activity.other("dunk tank"))
                .hasMessageContaining("is the label of ActivityKind.DUNK_TANK; use Activity.of(ActivityKind.DUNK_TANK)");
    }
}
