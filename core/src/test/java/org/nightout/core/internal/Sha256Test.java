package org.nightout.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {
    /** FIPS 180-4's examples. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void hex_ofBytesAndOfText_isTheStandardDigest() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("")).isEqualTo(EMPTY);
    }

    @Test
    void hex_ofText_hashesItsUtf8() {
        assertThat(Sha256.hex("Café")).isEqualTo(Sha256.hex("Café".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sink_hashesAndCountsWhatIsWritten_inPieces() {
        Sha256.Sink sink = Sha256.sink();
        sink.write('a');
        sink.write("xbcx".getBytes(StandardCharsets.US_ASCII), 1, 2);
        assertThat(sink.length()).isEqualTo(3);
        assertThat(sink.hex()).isEqualTo(ABC);
        assertThat(sink.hex()).isEqualTo(ABC);
    }

    @Test
    void sink_afterHex_refusesMoreBytes() {
        Sha256.Sink sink = Sha256.sink();
        assertThat(sink.hex()).isEqualTo(EMPTY);
        assertThatThrownBy(() -> sink.write(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SHA-256 is taken");
    }

    @Test
    void sink_aRangeOutsideTheArray_isRefused() {
        assertThatThrownBy(() -> Sha256.sink().write(new byte[2], 1, 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
