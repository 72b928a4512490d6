package org.stemma.align;

import org.stemma.fingerprint.Hashing;
import org.stemma.fingerprint.LongIntMap;
import org.stemma.text.Tokens;

/**
 * Whether a lexical passage is evidence that one article reused the other, and not stock
 * phrases or clichés. Its words in n-grams its two spans share and in no
 * {@link CommonPhrases common} n-gram count (a sentence joining two stock phrases, "pronounced
 * dead at the scene, according to the medical examiner's office", has none); the passage is
 * evidence when they reach {@code minEvidence}, or when its spans share at
 * least {@link #LONG_NGRAMS} n-grams of any kind (a long shared text is reuse however many
 * articles carry it: wire copy).
 */
final class Evidence {

    /** Shared n-grams that make a passage evidence whatever their frequency (about 30 words). */
    static final int LONG_NGRAMS = 25;

    private Evidence() {
    }

    static boolean holds(Passage p, Tokens ta, Tokens tb, int n, CommonPhrases common, int minEvidence) {
        if (minEvidence <= 0 || p.kind() == PassageKind.PARAPHRASE) {
            return true;
        }
        int[] ra = tokenRange(ta, p.a().start(), p.a().end());
        int[] rb = tokenRange(tb, p.b().start(), p.b().end());
        int len = ra[1] - ra[0];
        if (len < n || rb[1] - rb[0] < n) {
            return false;
        }
        LongIntMap inB = new LongIntMap(rb[1] - rb[0]);
        for (int j = rb[0]; j + n <= rb[1]; j++) {
            inB.put(Hashing.window(tb.hashes(), j, n), 0);
        }
        boolean[] sharedWord = new boolean[len];
        boolean[] commonWord = new boolean[len];
        int shared = 0;
        for (int i = ra[0]; i + n <= ra[1]; i++) {
            long h = Hashing.window(ta.hashes(), i, n);
            boolean isShared = inB.get(h, -1) >= 0;
            boolean isCommon = common.isCommon(h);
            if (isShared) {
                shared++;
            }
            for (int k = i - ra[0]; k < i - ra[0] + n; k++) {
                sharedWord[k] |= isShared;
                commonWord[k] |= isCommon;
            }
        }
        if (shared >= LONG_NGRAMS) {
            return true;
        }
        int rare = 0;
        for (int k = 0; k < len; k++) {
            if (sharedWord[k] && !commonWord[k]) {
                rare++;
            }
        }
        return rare >= minEvidence;
    }

    /** Tokens [first, last) inside chars [start, end). */
    private static int[] tokenRange(Tokens t, int start, int end) {
        int first = t.tokenAtOrAfter(start);
        int last = first;
        while (last < t.size() && t.end(last) <= end) {
            last++;
        }
        return new int[] {first, last};
    }
}
