package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;

class UniqueIdsTest {

    private static Event withId(String id) {
        return Events.carsonPark().id(id).build();
    }

    @Test
    void claim_keepsTheFirst_andSuffixesEachLaterOne_idAndUid() {
        UniqueIds ids = UniqueIds.create();
        Event first = Events.carsonPark().id("nno-2021").uid("nno-2021@example.org").build();
        List<String> heard = new ArrayList<>();
        UniqueIds.Listener listener = (original, renamed, index, firstIndex) ->
                heard.add(original.id() + " " + renamed.id() + " " + index + " " + firstIndex);

        assertThat(ids.claim(first, listener)).isSameAs(first);
        assertThat(ids.claim(withId("other"), listener).id()).isEqualTo("other");
        Event second = ids.claim(first, listener);
        Event third = ids.claim(first, listener);

        assertThat(second.id()).isEqualTo("nno-2021-2");
        assertThat(second.uid()).hasValue("nno-2021@example.org-2");
        assertThat(second).isEqualTo(Event.builder().from(first).id("nno-2021-2").uid("nno-2021@example.org-2")
                .build());
        assertThat(third.id()).isEqualTo("nno-2021-3");
        assertThat(heard).containsExactly("nno-2021 nno-2021-2 2 0", "nno-2021 nno-2021-3 3 0");
    }

    @Test
    void claim_skipsSuffixesThatAreTaken_andKeepsTheNewIdsTaken() {
        UniqueIds ids = UniqueIds.create();
        assertThat(ids.claim(withId("a")).id()).isEqualTo("a");
        assertThat(ids.claim(withId("a-2")).id()).isEqualTo("a-2");
        assertThat(ids.claim(withId("a")).id()).isEqualTo("a-3");
        assertThat(ids.claim(withId("a-3")).id()).isEqualTo("a-3-2");
    }

    @Test
    void claim_withoutUid_givesNone() {
        UniqueIds ids = UniqueIds.create();
        Event plain = Events.carsonPark().id("x").build();
        ids.claim(plain);
        assertThat(ids.claim(plain).uid()).isEqualTo(plain.uid().map(uid -> uid + "-2"));
    }

    @Test
    void claim_aLongId_isCutToMakeRoomForTheSuffix_neverInsideASurrogatePair() {
        UniqueIds ids = UniqueIds.create();
        String longest = "e".repeat(252) + "\uD83C\uDF03" + "x";    // 255 characters, a night emoji at 253-254
        ids.claim(withId(longest));
        String renamed = ids.claim(withId(longest)).id();
        assertThat(renamed).isEqualTo("e".repeat(252) + "-2");
        assertThat(renamed.length()).isLessThanOrEqualTo(255);
    }

    @Test
    void eachInstance_startsAfresh() {
        UniqueIds.create().claim(withId("a"));
        assertThat(UniqueIds.create().claim(withId("a")).id()).isEqualTo("a");
    }

    @Test
    void nullArguments_areNamed() {
        assertThatThrownBy(() -> UniqueIds.create().claim(null)).hasMessage("event");
        assertThatThrownBy(() -> UniqueIds.create().claim(withId("a"), null)).hasMessage("listener");
    }
}
