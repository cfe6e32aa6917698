package org.nightout.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.examples.SampleEvents;
import org.nightout.json.NightOutModule;

/** The README's example, word for word (ReadmeTest checks), run on the sample events. */
class ReadmeExampleTest {

    @Test
    void readmeExample_writesNightOutModulesBytes_andReadsThemBack(@TempDir Path dir) throws IOException {
        List<Event> events = SampleEvents.all();
        Path upload = dir.resolve("event.json");
        Files.writeString(upload, NightOutModule.jsonMapper().writeValueAsString(events.get(0)));

        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new NightOutJackson2Module())               // or findAndRegisterModules(): public profile
                .build();
        String json = mapper.writeValueAsString(events);                // NightOutModule's bytes, public profile
        ObjectMapper exchange = JsonMapper.builder()                    // lossless, for systems that trust each other
                .addModule(new NightOutJackson2Module().withProfile(Profile.FULL))
                .build();
        List<Event> back = exchange.readValue(exchange.writeValueAsString(events), new TypeReference<List<Event>>() { });

        ObjectMapper strict = NightOutJackson2Module.jsonMapper();      // the format's limits, for strangers' JSON
        Event event;
        try (InputStream in = Files.newInputStream(upload)) {
            event = strict.readValue(in, Event.class);                   // fails with path, line and column
        }

        assertThat(event).isEqualTo(events.get(0));
        assertThat(json).isEqualTo(tools.jackson.databind.json.JsonMapper.builder()
                .addModule(new NightOutModule().withProfile(Profile.PUBLIC)).build().writeValueAsString(events));
        assertThat(back).isEqualTo(events);
    }
}
