package org.nightout.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprintTableTest {

    @Test
    void putIfAbsent_keepsTheFirstValue_andPutReplacesIt() {
        FingerprintTable t = new FingerprintTable();
        long a = t.fingerprint("nno-2026-1");
        assertThat(t.get(a)).isEqualTo(FingerprintTable.ABSENT);
        assertThat(t.putIfAbsent(a, 7)).isEqualTo(FingerprintTable.ABSENT);
        assertThat(t.putIfAbsent(a, 8)).isEqualTo(7);
        assertThat(t.get(a)).isEqualTo(7);
        t.put(a, 9);
        assertThat(t.get(a)).isEqualTo(9);
        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void aHundredThousandIds_growTheTable_andEachKeepsItsValue() {
        FingerprintTable t = new FingerprintTable();
        Map<String, Long> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 100_000; i++) {
            String id = "event-" + random.nextInt(60_000);
            long value = i;
            long before = t.putIfAbsent(t.fingerprint(id), value);
            Long was = expected.putIfAbsent(id, value);
            assertThat(before).isEqualTo(was == null ? FingerprintTable.ABSENT : was);
        }
        assertThat(t.size()).isEqualTo(expected.size());
        expected.forEach((id, value) -> assertThat(t.get(t.fingerprint(id))).isEqualTo(value));
        assertThat(t.get(t.fingerprint("event-60000"))).isEqualTo(FingerprintTable.ABSENT);
    }

    @Test
    void fingerprint_isNeverZero_andTellsNeighboursApart() {
        FingerprintTable t = new FingerprintTable();
        assertThat(t.fingerprint("")).isNotZero();
        assertThat(t.fingerprint("ab")).isNotEqualTo(t.fingerprint("ba"));
        assertThat(t.fingerprint("a")).isNotEqualTo(t.fingerprint("a\u0000"));
    }

    @Test
    void reservedValue_isRefused() {
        FingerprintTable t = new FingerprintTable();
        assertThatThrownBy(() -> t.put(t.fingerprint("x"), FingerprintTable.ABSENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ABSENT");
    }

    @Test
    void fingerprintAndCheck_areKeyedPerTable_andIndependentOfEachOther() {
        FingerprintTable a = new FingerprintTable();
        FingerprintTable b = new FingerprintTable();
        assertThat(a.fingerprint("nno-2026-1")).isEqualTo(a.fingerprint("nno-2026-1"));
        assertThat(a.check("nno-2026-1")).isEqualTo(a.check("nno-2026-1"));
        // Three different 64-bit keys: equal by chance about once in 2^64 each.
        assertThat(a.fingerprint("nno-2026-1")).isNotEqualTo(b.fingerprint("nno-2026-1"))
                .isNotEqualTo(a.check("nno-2026-1"));
        assertThat(a.check("nno-2026-1")).isNotEqualTo(b.check("nno-2026-1"));
    }
}
