package org.stemma.story;

import java.util.Arrays;

/**
 * A map from non-negative int keys to int counts, open addressing with linear probing: the
 * cross-edge counts of one group in {@link EventClusters}, which a boxed map made the stage's
 * main cost on large corpora.
 */
final class IntCounts {

    private static final int FREE = -1;
    private static final int GONE = -2;

    private int[] keys;
    private int[] values;
    private int size;
    private int used; // live and removed slots

    IntCounts() {
        keys = new int[8];
        values = new int[8];
        Arrays.fill(keys, FREE);
    }

    int size() {
        return size;
    }

    /** The count of {@code key}, 0 if absent. */
    int get(int key) {
        int slot = find(key);
        return slot < 0 ? 0 : values[slot];
    }

    /** Adds {@code delta} to the count of {@code key} and returns the new count. */
    int add(int key, int delta) {
        int slot = find(key);
        if (slot >= 0) {
            return values[slot] += delta;
        }
        put(key, delta);
        return delta;
    }

    /** Sets the count of {@code key}. */
    void put(int key, int value) {
        int slot = find(key);
        if (slot >= 0) {
            values[slot] = value;
            return;
        }
        if ((used + 1) * 2 > keys.length) {
            rehash(size + 1 > keys.length / 4 ? keys.length * 2 : keys.length);
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] >= 0) {
            i = (i + 1) & mask;
        }
        if (keys[i] == FREE) {
            used++;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    /** Removes {@code key}; returns its count, 0 if absent. */
    int remove(int key) {
        int slot = find(key);
        if (slot < 0) {
            return 0;
        }
        keys[slot] = GONE;
        size--;
        return values[slot];
    }

    /** The keys, in no particular order (a copy: the map may change while they are read). */
    int[] keys() {
        int[] out = new int[size];
        int k = 0;
        for (int key : keys) {
            if (key >= 0) {
                out[k++] = key;
            }
        }
        return out;
    }

    private int find(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != FREE) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[capacity];
        values = new int[capacity];
        Arrays.fill(keys, FREE);
        size = 0;
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] >= 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
