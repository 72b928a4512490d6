package org.stemma.fingerprint;

import java.util.Arrays;

/**
 * Open-addressing hash map from {@code long} keys to non-negative {@code int} values, without
 * boxing: the primitive lookup table under the k-gram and posting indexes. Not thread-safe.
 */
public final class LongIntMap {

    private static final int EMPTY = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    /** A map sized for about {@code expected} keys before it grows. */
    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(values, EMPTY);
        mask = cap - 1;
    }

    public int size() {
        return size;
    }

    /** The value for {@code key}, or {@code missing} if absent. */
    public int get(long key, int missing) {
        int i = slot(key);
        while (values[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return missing;
    }

    /** Sets {@code key} to {@code value} (which must be {@code >= 0}). */
    public void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int i = slot(key);
        while (values[i] != EMPTY) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /**
     * The value of {@code key} if present; otherwise stores {@code ifAbsent} and returns
     * {@code -1 - ifAbsent} so the caller can tell an insert from a hit in one probe sequence.
     */
    public int getOrPut(long key, int ifAbsent) {
        int i = slot(key);
        while (values[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = ifAbsent;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1 - ifAbsent;
    }

    private int slot(long key) {
        return (int) (Hashing.mix64(key) & mask);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
