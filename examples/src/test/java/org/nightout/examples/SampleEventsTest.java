package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;

class SampleEventsTest {
    private final List<Event> events = SampleEvents.all();

    @Test
    void idsAreUnique() {
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
    }

    @Test
    void eastHartford_isTheDepartmentsFirst_on2017_08_01() {
        Event eh = events.stream().filter(e -> e.id().equals("nno-2017-east-hartford")).findFirst().orElseThrow();
        assertThat(eh.time().startDate()).isEqualTo(LocalDate.of(2017, 8, 1));
        assertThat(eh.firstEvent()).isTrue();
        assertThat(eh.edition()).hasValue(34);
    }

    @Test
    void chippewaValley_cancelled2020_andHeld2021() {
        assertThat(events).filteredOn(e -> e.id().startsWith("nno-2020-"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.status().reason()).contains("COVID-19 pandemic"));
        assertThat(events).filteredOn(e -> e.id().startsWith("nno-2021-"))
                .extracting(e -> e.venue().orElseThrow().name())
                .containsExactlyInAnyOrder("Carson Park", "Northern Wisconsin State Fairgrounds");
    }

    @Test
    void connecticut_listsEveryCommunityOfTheReport_withoutInventedHosts() {
        List<Event> connecticut = events.stream()
                .filter(e -> e.community().orElseThrow().state().code().equals("CT")).toList();
        assertThat(connecticut).hasSize(22);
        assertThat(connecticut).filteredOn(e -> !e.id().equals("nno-2017-east-hartford"))
                .allSatisfy(e -> assertThat(e.hosts()).isEmpty());
    }
}
