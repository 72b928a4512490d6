package org.stemma.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/** The shared n-gram keys are what each stage would hash and sort itself, and change nothing downstream. */
class NgramKeysTest {

    private static int seed = 1;

    /** Random texts over a small vocabulary, so n-grams repeat inside and across texts. */
    static Tokens[] corpus(Random r, int docs) {
        String[] words = new String[8 + r.nextInt(30)];
        for (int w = 0; w < words.length; w++) {
            words[w] = "w" + Integer.toString(r.nextInt(1 << 20), 36);
        }
        Tokens[] out = new Tokens[docs];
        for (int d = 0; d < docs; d++) {
            if (d > 0 && r.nextInt(6) == 0) {
                out[d] = out[r.nextInt(d)]; // an exact copy
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(120);
            for (int i = 0; i < len; i++) {
                sb.append(words[r.nextInt(words.length)]).append(r.nextInt(12) == 0 ? ". " : " ");
            }
            out[d] = Tokenizer.tokenize(sb.toString());
        }
        return out;
    }

    static long[] expectedSorted(Tokens[] tokens, int n) {
        LongList all = new LongList(64);
        for (int d = 0; d < tokens.length; d++) {
            for (long h : Hashing.windows(tokens[d].hashes(), n)) {
                all.add((h & NgramKeys.KEY_MASK) | d);
            }
        }
        return CandidatePairs.distinctSorted(all.toArray());
    }

    @RepeatedTest(20)
    void theKeysAreEveryArticlesNgramsSortedAndDistinctAndAReplacementSortsAfresh() {
        Random r = new Random(seed++);
        int n = 2 + r.nextInt(5);
        Tokens[] tokens = corpus(r, 1 + r.nextInt(80));
        NgramKeys keys = NgramKeys.of(tokens, n);
        assertThat(keys.size()).isEqualTo(tokens.length);
        assertThat(keys.ngramSize()).isEqualTo(n);
        assertThat(Arrays.copyOf(keys.sorted(), keys.keys())).isEqualTo(expectedSorted(tokens, n));
        for (int d = 0; d < tokens.length; d++) {
            assertThat(keys.ngrams(d)).isEqualTo(Hashing.windows(tokens[d].hashes(), n));
        }
        Tokens[] changed = tokens.clone();
        Tokens[] fresh = corpus(r, tokens.length);
        int[] which = r.ints(r.nextInt(tokens.length + 1), 0, tokens.length).distinct().sorted().toArray();
        for (int d : which) {
            changed[d] = fresh[d];
        }
        NgramKeys replaced = keys.replace(which, changed);
        assertThat(Arrays.copyOf(replaced.sorted(), replaced.keys())).isEqualTo(expectedSorted(changed, n));
        for (int d = 0; d < tokens.length; d++) {
            assertThat(replaced.ngrams(d)).isEqualTo(Hashing.windows(changed[d].hashes(), n));
        }
        assertThat(Arrays.copyOf(keys.sorted(), keys.keys())).as("the original is unchanged")
                .isEqualTo(expectedSorted(tokens, n));
    }

    @RepeatedTest(20)
    void candidatePairsAreTheSameWithTheSharedKeys() {
        Random r = new Random(1000 + seed++);
        Tokens[] tokens = corpus(r, 2 + r.nextInt(120));
        Fingerprinter fp = new Fingerprinter(4, 16, 4, 4, 5, 7);
        NgramKeys keys = NgramKeys.of(tokens, 5);
        Fingerprint[] own = new Fingerprint[tokens.length];
        Fingerprint[] shared = new Fingerprint[tokens.length];
        for (int d = 0; d < tokens.length; d++) {
            own[d] = fp.of(tokens[d]);
            shared[d] = fp.of(tokens[d].hashes(), keys.ngrams(d));
            assertThat(shared[d].ngrams()).isEqualTo(own[d].ngrams());
            assertThat(shared[d].bandKeys()).isEqualTo(own[d].bandKeys());
        }
        int maxDf = 2 + r.nextInt(10);
        int minShared = 1 + r.nextInt(3);
        int clusterLimit = 1 + r.nextInt(4); // small, so exact copies collapse into stars
        int commonDf = 1 + r.nextInt(6);
        CandidatePairs.Result a = CandidatePairs.generate(own, maxDf, minShared, clusterLimit, commonDf);
        CandidatePairs.Result b = CandidatePairs.generate(shared, maxDf, minShared, clusterLimit, commonDf, keys);
        assertThat(b.pairs()).isEqualTo(a.pairs());
        assertThat(b.duplicateStars()).isEqualTo(a.duplicateStars());
        assertThat(b.commonNgrams()).isEqualTo(a.commonNgrams());
    }

    @Test
    void aFingerprintOfKnownNgramsIsTheFingerprintWhenShinglesAreNgrams() {
        Tokens t = Tokenizer.tokenize("one two three four five six seven eight nine ten");
        Fingerprinter fp = new Fingerprinter(5, 16, 4, 4, 5, 7);
        Fingerprint given = fp.of(t.hashes(), Hashing.windows(t.hashes(), 5));
        Fingerprint own = fp.of(t);
        assertThat(given.bandKeys()).isEqualTo(own.bandKeys()).isNotEmpty();
        assertThat(given.ngrams()).isEqualTo(own.ngrams()).hasSize(6);
        assertThat(given.contentHash()).isEqualTo(own.contentHash());
    }
}
