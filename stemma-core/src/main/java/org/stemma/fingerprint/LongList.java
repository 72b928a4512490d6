package org.stemma.fingerprint;

import java.util.Arrays;

/** A growable array of primitive longs (no boxing). Not thread-safe. */
public final class LongList {

    private long[] values;
    private int size;

    public LongList(int capacity) {
        values = new long[Math.max(4, capacity)];
    }

    public void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = v;
    }

    public void addAll(long[] v) {
        if (size + v.length > values.length) {
            values = Arrays.copyOf(values, Math.max(size + v.length, size + (size >> 1) + 16));
        }
        System.arraycopy(v, 0, values, size, v.length);
        size += v.length;
    }

    public int size() {
        return size;
    }

    public long get(int i) {
        return values[i];
    }

    /** A trimmed copy of the contents. */
    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
