package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** Deep nesting, huge strings and endless documents fail with Jackson's own exception, in seconds. */
class ReadLimitsTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final JsonMapper LIMITED = NightOutModule.jsonMapper();
    /** What users get who build their mapper the usual way: Jackson's default constraints. */
    private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new NightOutModule()).build();

    private static String nested(int depth) {
        char[] open = new char[depth];
        Arrays.fill(open, '[');
        return new String(open);
    }

    /** An event whose title is {@code length} characters long. */
    private static String eventWithTitle(int length) {
        String json = LIMITED.writeValueAsString(TestEvents.cancelled());
        char[] title = new char[length];
        Arrays.fill(title, 'x');
        return json.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"" + new String(title) + "\"");
    }

    @Test
    void streamReadConstraints_areTheDocumentedOnes() {
        StreamReadConstraints c = NightOutModule.streamReadConstraints();
        assertThat(c.getMaxNestingDepth()).isEqualTo(32);
        assertThat(c.getMaxStringLength()).isEqualTo(4 << 20);
        assertThat(c.getMaxNameLength()).isEqualTo(1_000);
        assertThat(c.getMaxDocumentLength()).isEqualTo(256L << 20);
        assertThat(c.getMaxNumberLength()).isEqualTo(StreamReadConstraints.DEFAULT_MAX_NUM_LEN);
    }

    @Test
    void jsonMapper_readsEveryValidEvent() {
        for (Event e : TestEvents.samples()) {
            assertThat(LIMITED.readValue(LIMITED.writeValueAsString(e), Event.class)).isEqualTo(e);
        }
        Event every = TestEvents.everyField();
        assertThat(LIMITED.readValue(LIMITED.writeValueAsBytes(every), Event.class)).isEqualTo(every);
    }

    @Nested
    @DisplayName("with NightOutModule.jsonMapper()")
    class Limited {

        @Test
        void deepNesting_failsAtDepth33() {
            JsonMapper lenient = JsonMapper.builder(JsonFactory.builder()
                            .streamReadConstraints(NightOutModule.streamReadConstraints()).build())
                    .addModule(new NightOutModule().withUnknownFieldsIgnored(true)).build();
            String json = "{\"schemaVersion\":1,\"unknown\":" + nested(1_000_000);
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> lenient.readValue(json, Event.class))
                    .isInstanceOf(StreamConstraintsException.class)
                    .hasMessageContaining("Document nesting depth (33) exceeds the maximum allowed (32"));
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> LIMITED.readTree(nested(1_000_000)))
                    .isInstanceOf(StreamConstraintsException.class));
        }

        @Test
        void hugeString_failsBeforeItIsReadWhole() {
            String json = eventWithTitle(8 << 20);
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> LIMITED.readValue(json, Event.class))
                    .isInstanceOf(StreamConstraintsException.class)
                    .hasMessageContaining("exceeds the maximum allowed (4194304"));
        }

        @Test
        void endlessDocument_failsAt256MiB() {
            InputStream endless = new SequenceInputStream(
                    new ByteArrayInputStream("[".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                        @Override
                        public int read() {
                            return ' ';
                        }

                        @Override
                        public int read(byte[] b, int off, int len) {
                            Arrays.fill(b, off, off + len, (byte) ' ');
                            return len;
                        }
                    });
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> LIMITED.readTree(endless))
                    .isInstanceOf(StreamConstraintsException.class)
                    .hasMessageContaining("exceeds the maximum allowed (268435456"));
        }

        @Test
        void longPropertyName_fails() {
            String json = "{\"" + "n".repeat(2_000) + "\":1}";
            assertThatThrownBy(() -> LIMITED.readValue(json, Event.class))
                    .isInstanceOf(StreamConstraintsException.class)
                    .hasMessageContaining("Name length (2000) exceeds the maximum allowed (1000");
        }
    }

    @Nested
    @DisplayName("with Jackson's defaults")
    class Plain {

        @Test
        void deepNesting_failsAtDepth501() {
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> PLAIN.readTree(nested(1_000_000)))
                    .isInstanceOf(StreamConstraintsException.class)
                    .hasMessageContaining("Document nesting depth (501) exceeds the maximum allowed (500"));
        }

        @Test
        void longTitle_isReadWhole_thenRefusedByTheModel() {
            String json = eventWithTitle(8 << 20);
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> PLAIN.readValue(json, Event.class))
                    .isInstanceOf(JacksonException.class)
                    .isNotInstanceOf(StreamConstraintsException.class)
                    .hasMessageContaining("must be at most 10000 characters long"));
        }
    }
}
