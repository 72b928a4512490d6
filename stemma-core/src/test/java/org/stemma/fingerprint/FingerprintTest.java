package org.stemma.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.text.Tokenizer;

class FingerprintTest {

    @Test
    void knownAnswerWindowHash() {
        assertThat(Hashing.window(new long[] {1, 2, 3}, 0, 3)).isEqualTo(0x3dd243518956ce7eL);
        assertThat(Hashing.windows(new long[] {1, 2}, 3)).isEmpty();
        assertThat(Hashing.window(new long[] {1, 2}, 0, 2)).isNotEqualTo(Hashing.window(new long[] {2, 1}, 0, 2));
    }

    @Test
    void minHashEstimatesJaccard() {
        MinHash mh = new MinHash(256, 7);
        Random r = new Random(3);
        for (double target : new double[] {0.0, 0.25, 0.5, 0.8, 1.0}) {
            // |A ∩ B| = c, |A| = |B| = 1000: Jaccard c / (2000 - c).
            int c = (int) Math.round(2000 * target / (1 + target));
            long[] a = new long[1000];
            long[] b = new long[1000];
            for (int i = 0; i < 1000; i++) {
                a[i] = r.nextLong();
                b[i] = i < c ? a[i] : r.nextLong();
            }
            double est = MinHash.similarity(mh.signature(a), mh.signature(b));
            assertThat(est).as("target %s", target).isCloseTo(target, org.assertj.core.data.Offset.offset(0.08));
        }
    }

    @Test
    void signaturesOfShortAndEmptySetsAreConsistent() {
        MinHash mh = new MinHash(64, 1);
        long[] two = {5, 9};
        assertThat(mh.signature(two)).containsExactly(mh.signature(new long[] {9, 5, 5}));
        assertThat(mh.signature(new long[0])).containsOnly(-1);
        assertThat(MinHash.bandKeys(mh.signature(two), 16, 4)).hasSize(16)
                .containsExactly(MinHash.bandKeys(mh.signature(two), 16, 4));
    }

    @Test
    void longIntMapAgreesWithHashMap() {
        LongIntMap m = new LongIntMap(2);
        Map<Long, Integer> ref = new HashMap<>();
        Random r = new Random(9);
        for (int i = 0; i < 20000; i++) {
            long k = r.nextInt(5000) - 2500L;
            if (r.nextBoolean()) {
                m.put(k, i);
                ref.put(k, i);
            } else {
                assertThat(m.get(k, -7)).isEqualTo(ref.getOrDefault(k, -7));
            }
        }
        assertThat(m.size()).isEqualTo(ref.size());
    }

    private static Fingerprint fp(Fingerprinter f, String text) {
        return f.of(Tokenizer.tokenize(text));
    }

    static final String BASE = "The landlocked country has been engulfed in a lethal jihadist insurgency "
            + "which a decade long French security mission has failed to quell and the violence has "
            + "spread to neighbouring states prompting their rulers to sever defence ties with Paris";

    static String filler(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append("w").append(Integer.toString(r.nextInt(1_000_000), 36)).append(' ');
        }
        return sb.toString();
    }

    @Test
    void batchCandidatesFindPartialReuseAndNearDuplicatesButNotUnrelated() {
        Fingerprinter f = new Fingerprinter(4, 64, 16, 4, 5, 42);
        Random r = new Random(5);
        String[] texts = {
            filler(r, 200) + BASE + filler(r, 100),   // 0: carries the passage
            filler(r, 300),                           // 1: unrelated
            filler(r, 50) + BASE + filler(r, 20),     // 2: carries it too
            null,                                     // 3: near-duplicate of 1
        };
        texts[3] = texts[1].replaceFirst("w", "x");
        Fingerprint[] fps = new Fingerprint[texts.length];
        for (int i = 0; i < texts.length; i++) {
            fps[i] = fp(f, texts[i]);
        }
        CandidatePairs.Result res = CandidatePairs.generate(fps, 100, 2, 32);
        assertThat(res.pairs()).contains(CandidatePairs.pair(0, 2), CandidatePairs.pair(1, 3))
                .doesNotContain(CandidatePairs.pair(0, 1), CandidatePairs.pair(1, 2));
        assertThat(res.duplicateStars()).isEmpty();
    }

    @Test
    void tenThousandIdenticalCopiesCollapseToAStar() {
        Fingerprinter f = new Fingerprinter(4, 64, 16, 4, 5, 42);
        Fingerprint one = fp(f, BASE);
        Fingerprint[] fps = new Fingerprint[10_000];
        java.util.Arrays.fill(fps, one);
        CandidatePairs.Result res = CandidatePairs.generate(fps, 100, 2, 32);
        assertThat(res.duplicateStars()).hasSize(9_999);
        for (long p : res.duplicateStars()) {
            assertThat(p >>> 32).isZero();
        }
        assertThat(res.pairs()).isEmpty();
    }

    @Test
    void commonNgramsAboveMaxDfSeedNothing() {
        Fingerprinter f = new Fingerprinter(4, 64, 16, 4, 5, 42);
        Random r = new Random(8);
        Fingerprint[] fps = new Fingerprint[12];
        for (int i = 0; i < fps.length; i++) {
            fps[i] = fp(f, filler(r, 100) + BASE + filler(r, 100));
        }
        assertThat(CandidatePairs.generate(fps, 100, 2, 32).pairs()).hasSize(12 * 11 / 2);
        assertThat(CandidatePairs.generate(fps, 10, 2, 32).pairs()).isEmpty();
    }

    @Test
    void incrementalIndexProposesTheSameCandidates() {
        Fingerprinter f = new Fingerprinter(4, 64, 16, 4, 5, 42);
        Random r = new Random(11);
        CandidateIndex index = new CandidateIndex(f, 100, 2, 32);
        index.add(0, Tokenizer.tokenize(filler(r, 200) + BASE + filler(r, 50)));
        index.add(1, Tokenizer.tokenize(filler(r, 300)));
        String near = filler(r, 80);
        index.add(2, Tokenizer.tokenize(near));
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.candidates(Tokenizer.tokenize(filler(r, 30) + BASE))).containsExactly(0);
        assertThat(index.candidates(Tokenizer.tokenize(near + " and one more"))).containsExactly(2);
        assertThat(index.candidates(Tokenizer.tokenize(filler(r, 100)))).isEmpty();
        assertThat(index.candidates(Tokenizer.tokenize(""))).isEmpty();
    }

    @Test
    void incrementalIndexStaysBoundedOnIdenticalCopies() {
        Fingerprinter f = new Fingerprinter(4, 64, 16, 4, 5, 42);
        CandidateIndex index = new CandidateIndex(f, 100, 2, 32);
        Fingerprint one = fp(f, BASE);
        for (int i = 0; i < 10_000; i++) {
            index.add(i, one);
        }
        assertThat(index.candidates(one)).hasSizeLessThanOrEqualTo(32).contains(0);
    }
}
