package org.nightout.core.internal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A map from 64-bit fingerprints of strings to {@code long} values, in primitive arrays: what a streaming read keeps
 * of every event (its id, the line it came from, its version) at about 20 bytes an event, where a
 * {@code HashMap<String, ...>} costs a few hundred. One million events take about 20 MB.
 *
 * <p>Two different strings share a fingerprint with a chance of about {@code n * n / 2^65} among {@code n} strings
 * (below one in thirty million for a million strings). The fingerprint is keyed with a random number per table, so
 * a document cannot be made to collide on purpose, and a collision in one read does not repeat in the next. Where
 * telling two strings apart matters more than a rename (two UIDs taken for one event), {@link #check} gives a second
 * fingerprint under a second, independent key, to keep beside the value and compare on a match.
 *
 * <p>The table is split into segments by the fingerprint's top bits, each an open-addressing table with linear
 * probing that grows by half when it is 80% full, so growing never holds two copies of the whole table. A general
 * library (fastutil, HPPC) would do the same; this module has no runtime dependencies, hence this small one.
 *
 * <p>Not part of the API: this package is exported only to the adapters (ical and json). Not thread-safe.
 */
public final class FingerprintTable {
    /** What {@link #get} and {@link #putIfAbsent} return for a fingerprint not in the table; never a value. */
    public static final long ABSENT = Long.MIN_VALUE;

    private static final int SEGMENT_BITS = 6;
    private static final int INITIAL_CAPACITY = 16;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final long checkSeed;
    private final long[][] keys = new long[1 << SEGMENT_BITS][];
    private final long[][] values = new long[1 << SEGMENT_BITS][];
    private final int[] sizes = new int[1 << SEGMENT_BITS];
    private long size;

    /** Creates an empty table with a fingerprint key of its own. */
    public FingerprintTable() {
        this.seed = ThreadLocalRandom.current().nextLong();
        this.checkSeed = ThreadLocalRandom.current().nextLong();
    }

    /**
     * Returns the fingerprint of a string under this table's key: never 0.
     *
     * @param s the string
     * @return its fingerprint
     */
    public long fingerprint(CharSequence s) {
        return hash(seed, s);
    }

    /**
     * Returns a second fingerprint of a string, under a key of its own: two strings whose {@link #fingerprint}s agree
     * have equal checks only by a chance of about one in {@code 2^64}, unless they are equal.
     *
     * @param s the string
     * @return its check, never 0
     */
    public long check(CharSequence s) {
        return hash(checkSeed, s);
    }

    private static long hash(long key, CharSequence s) {
        long h = key ^ (s.length() * MULTIPLIER);
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0xFF51AFD7ED558CCDL;
            h ^= h >>> 31;
        }
        // MurmurHash3's finaliser: every input bit reaches every output bit.
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /**
     * Returns the value of a fingerprint.
     *
     * @param fingerprint a fingerprint from {@link #fingerprint}
     * @return its value, or {@link #ABSENT}
     */
    public long get(long fingerprint) {
        int segment = segment(fingerprint);
        long[] k = keys[segment];
        if (k == null) {
            return ABSENT;
        }
        for (int i = slot(fingerprint, k.length); ; i = next(i, k.length)) {
            if (k[i] == fingerprint) {
                return values[segment][i];
            }
            if (k[i] == 0) {
                return ABSENT;
            }
        }
    }

    /**
     * Puts a value for a fingerprint unless it has one.
     *
     * @param fingerprint a fingerprint from {@link #fingerprint}
     * @param value the value, not {@link #ABSENT}
     * @return the value it had, or {@link #ABSENT} if it had none and now has {@code value}
     */
    public long putIfAbsent(long fingerprint, long value) {
        return put(fingerprint, value, false);
    }

    /**
     * Puts a value for a fingerprint, replacing any it had.
     *
     * @param fingerprint a fingerprint from {@link #fingerprint}
     * @param value the value, not {@link #ABSENT}
     */
    public void put(long fingerprint, long value) {
        put(fingerprint, value, true);
    }

    /**
     * Returns how many fingerprints the table holds.
     *
     * @return the count
     */
    public long size() {
        return size;
    }

    private long put(long fingerprint, long value, boolean replace) {
        if (fingerprint == 0 || value == ABSENT) {
            throw new IllegalArgumentException("fingerprint 0 and value ABSENT are reserved");
        }
        int segment = segment(fingerprint);
        if (keys[segment] == null) {
            keys[segment] = new long[INITIAL_CAPACITY];
            values[segment] = new long[INITIAL_CAPACITY];
        }
        long[] k = keys[segment];
        int i = slot(fingerprint, k.length);
        for (; k[i] != 0; i = next(i, k.length)) {
            if (k[i] == fingerprint) {
                long old = values[segment][i];
                if (replace) {
                    values[segment][i] = value;
                }
                return old;
            }
        }
        k[i] = fingerprint;
        values[segment][i] = value;
        size++;
        if (++sizes[segment] > k.length / 5 * 4) {
            grow(segment);
        }
        return ABSENT;
    }

    private void grow(int segment) {
        long[] oldKeys = keys[segment];
        long[] oldValues = values[segment];
        int capacity = oldKeys.length + oldKeys.length / 2;
        long[] k = new long[capacity];
        long[] v = new long[capacity];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j], capacity);
                while (k[i] != 0) {
                    i = next(i, capacity);
                }
                k[i] = oldKeys[j];
                v[i] = oldValues[j];
            }
        }
        keys[segment] = k;
        values[segment] = v;
    }

    private static int segment(long fingerprint) {
        return (int) (fingerprint >>> (64 - SEGMENT_BITS));
    }

    /** Maps 32 bits below the segment's onto {@code [0, capacity)} by multiplying: capacities need not be powers of 2. */
    private static int slot(long fingerprint, int capacity) {
        return (int) ((((fingerprint >>> 16) & 0xFFFF_FFFFL) * capacity) >>> 32);
    }

    private static int next(int i, int capacity) {
        return i + 1 == capacity ? 0 : i + 1;
    }
}
