package org.stemma.quote;

import java.util.Arrays;
import org.stemma.fingerprint.LongIntMap;

/**
 * Word stem → the families holding it, in primitive arrays: the inverted index under
 * {@link QuoteFamilies}' grouping loop, which reads a posting for every content word of every
 * quote. A posting keeps counting past {@code storeLimit} families but stores no more (a stem
 * that common proposes nothing), so memory stays bounded on large corpora. Not thread-safe.
 */
final class StemPostings {

    private final int storeLimit;
    private final LongIntMap slots = new LongIntMap(1024);
    private int[][] families = new int[1024][];
    private int[] count = new int[1024];
    private int keys;

    StemPostings(int storeLimit) {
        this.storeLimit = storeLimit;
    }

    /** The slot of {@code stem}, or -1 when no family holds it. */
    int slot(long stem) {
        return slots.get(stem, -1);
    }

    /** How many families hold the stem of {@code slot} (also past the store limit). */
    int count(int slot) {
        return count[slot];
    }

    /**
     * The families of {@code slot} in the order they were added: the first
     * {@code min(count(slot), storeLimit)} entries are valid.
     */
    int[] families(int slot) {
        return families[slot];
    }

    /** Records that family {@code family} holds {@code stem} (once per family and stem). */
    void add(long stem, int family) {
        int s = slots.getOrPut(stem, keys);
        if (s < 0) {
            s = keys++;
            if (s == count.length) {
                count = Arrays.copyOf(count, s * 2);
                families = Arrays.copyOf(families, s * 2);
            }
            families[s] = new int[2];
        }
        int n = count[s]++;
        if (n >= storeLimit) {
            return;
        }
        int[] list = families[s];
        if (n == list.length) {
            list = Arrays.copyOf(list, Math.min(storeLimit, n * 2));
            families[s] = list;
        }
        list[n] = family;
    }
}
