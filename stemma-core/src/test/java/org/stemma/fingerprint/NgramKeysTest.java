package org.stemma.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * The sorted keys made once ({@link NgramKeys}) are those {@link CandidatePairs} makes from the
 * same tokens, also after some documents are re-keyed, and give the same candidates.
 */
class NgramKeysTest {

    private static final Fingerprinter F = new Fingerprinter(4, 64, 16, 4, 5, 42);

    /** The keys sorted the plain way: every window of every document, packed and sorted. */
    private static long[] plain(Tokens[] tokens) {
        LongList all = new LongList(64);
        for (int d = 0; d < tokens.length; d++) {
            for (long h : F.ngrams(tokens[d].hashes())) {
                all.add((h & ~((1L << 24) - 1)) | d);
            }
        }
        long[] a = all.toArray();
        Arrays.sort(a);
        return a;
    }

    private static Tokens[] corpus(Random r, int n) {
        Tokens[] tokens = new Tokens[n];
        for (int i = 0; i < n; i++) {
            String text = switch (r.nextInt(4)) {
                case 0 -> FingerprintTest.filler(r, 20 + r.nextInt(200)) + FingerprintTest.BASE;
                case 1 -> i > 0 ? tokens[r.nextInt(i)].text() : FingerprintTest.BASE; // exact copies
                case 2 -> r.nextBoolean() ? "" : "two words";
                default -> FingerprintTest.filler(r, r.nextInt(300));
            };
            tokens[i] = Tokenizer.tokenize(text);
        }
        return tokens;
    }

    @Test
    void keysAreEveryWindowPackedAndSortedAlsoAfterReplacingSomeDocuments() {
        for (int seed = 0; seed < 20; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(300); // past HashSort's small-array size for some seeds
            Tokens[] tokens = corpus(r, n);
            NgramKeys keys = NgramKeys.of(tokens, 5);
            assertThat(keys.documents()).isEqualTo(n);
            assertThat(Arrays.copyOf(keys.keys(), keys.size())).isEqualTo(plain(tokens));
            // Shorten (or empty, or keep) a few documents, as cleaning does, and re-key them.
            int[] changed = r.ints(r.nextInt(Math.min(n, 12) + 1), 0, n).distinct().sorted().toArray();
            for (int d : changed) {
                String t = tokens[d].text();
                int cut = r.nextInt(t.length() + 1);
                tokens[d] = Tokenizer.tokenize(r.nextBoolean() ? t.substring(cut) : t.substring(0, cut));
            }
            keys.replace(changed, tokens);
            if (r.nextBoolean()) {
                assertThat(Arrays.copyOf(keys.keys(), keys.size())).isEqualTo(plain(tokens));
            } else { // merged in the pass that drops the documents not kept
                boolean[] keep = new boolean[n];
                for (int d = 0; d < n; d++) {
                    keep[d] = r.nextInt(5) > 0;
                }
                long[] taken = keys.take(keep);
                assertThat(Arrays.copyOf(taken, keys.size())).isEqualTo(
                        Arrays.stream(plain(tokens)).filter(v -> keep[(int) (v & ((1 << 24) - 1))]).toArray());
                assertThat(keys.keys()).isNull();
            }
        }
    }

    @Test
    void replacingByLongerTextsGrowsTheArray() {
        Tokens[] tokens = {Tokenizer.tokenize("one two three four five six"), Tokenizer.tokenize("a b")};
        NgramKeys keys = NgramKeys.of(tokens, 5);
        tokens[1] = Tokenizer.tokenize(FingerprintTest.BASE);
        keys.replace(new int[] {1}, tokens);
        assertThat(Arrays.copyOf(keys.keys(), keys.size())).isEqualTo(plain(tokens));
    }

    @Test
    void candidatesFromTheKeysAreThoseMadeFromTheTokens() {
        for (int seed = 0; seed < 8; seed++) {
            Random r = new Random(seed);
            int n = 40 + r.nextInt(60);
            Tokens[] tokens = corpus(r, n);
            Fingerprint[] whole = new Fingerprint[n];
            Fingerprint[] bare = new Fingerprint[n];
            for (int i = 0; i < n; i++) {
                whole[i] = F.of(tokens[i]);
                bare[i] = F.withoutNgrams(tokens[i].hashes());
            }
            // clusterLimit 4 collapses the larger groups of exact copies to stars: their keys go.
            CandidatePairs.Result expected = CandidatePairs.generate(whole, 30, 2, 4, 3);
            NgramKeys keys = NgramKeys.of(tokens, 5);
            CandidatePairs.Result got = CandidatePairs.generate(bare, i -> {
                throw new AssertionError("the n-grams are made again");
            }, keys, 30, 2, 4, 3);
            assertThat(keys.keys()).as("taken and let go").isNull();
            assertThat(expected.pairs()).isNotEmpty();
            assertThat(got.pairs()).isEqualTo(expected.pairs());
            assertThat(got.duplicateStars()).isEqualTo(expected.duplicateStars());
            assertThat(got.commonNgrams()).isEqualTo(expected.commonNgrams());
        }
    }
}
