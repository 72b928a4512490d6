package org.stemma.align;

import java.util.Arrays;
import org.stemma.fingerprint.LongIntMap;

/**
 * One thread's working arrays for {@link Aligner}'s seed index (text b's windows by hash, each
 * window's next one with the same hash, the windows per hash) and its last match end per
 * diagonal, kept from one pair of texts to the next: the link stage aligns thousands of pairs,
 * and fresh tables of each pair's size made young collections copy what the stages before had
 * made again and again. Each array is handed out cleared where its user reads before writing.
 * Tables for more than {@link #KEEP} windows are not kept.
 */
final class SeedScratch {

    static final int KEEP = 1 << 20;
    private static final ThreadLocal<SeedScratch> LOCAL = ThreadLocal.withInitial(SeedScratch::new);

    /** One map per size class (windows below a power of two), made for the first pair of its class. */
    private final LongIntMap[] maps = new LongIntMap[32];
    /** Room made at once (a thread's first pairs take the branches its later ones do). */
    private static final int FIRST = 1 << 13;
    int[] head = new int[FIRST];
    int[] count = new int[FIRST];
    int[] next = new int[FIRST];
    int[] diagEnd = new int[3 * FIRST];

    private SeedScratch() {
    }

    /**
     * The calling thread's arrays, with room for {@code windows} windows of b and
     * {@code diagonals} diagonals; {@code count} and {@code diagEnd} zero over that room.
     */
    static SeedScratch of(int windows, int diagonals) {
        SeedScratch s = LOCAL.get();
        if (s.head.length < windows || s.head.length > KEEP) {
            s.head = new int[windows];
            s.count = new int[windows];
            s.next = new int[windows];
        } else {
            Arrays.fill(s.count, 0, windows, 0);
        }
        if (s.diagEnd.length < diagonals || s.diagEnd.length > 2 * KEEP) {
            s.diagEnd = new int[diagonals];
        } else {
            Arrays.fill(s.diagEnd, 0, diagonals, 0);
        }
        return s;
    }

    /** An empty map for about {@code windows} keys. */
    LongIntMap slots(int windows) {
        if (windows > KEEP) {
            return new LongIntMap(windows);
        }
        int cls = 32 - Integer.numberOfLeadingZeros(windows);
        LongIntMap m = maps[cls];
        if (m == null) {
            return maps[cls] = new LongIntMap(windows);
        }
        m.clear();
        return m;
    }
}
