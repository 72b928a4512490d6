package org.stemma.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Candidate pairs from fingerprints without n-grams, the n-grams made from the tokens when read
 * ({@link CandidatePairs#generate(Fingerprint[], java.util.function.IntFunction, int, int, int, int)}),
 * are those of the whole fingerprints: pairs, duplicate stars and common n-grams.
 */
class CandidatePairsNgramsOfTest {

    @Test
    void ngramsMadeWhenReadGiveTheSameCandidates() {
        Fingerprinter f = new Fingerprinter(4, 64, 16, 4, 5, 42);
        for (int seed = 0; seed < 5; seed++) {
            Random r = new Random(seed);
            int n = 40 + r.nextInt(60);
            Tokens[] tokens = new Tokens[n];
            for (int i = 0; i < n; i++) {
                String text = switch (r.nextInt(4)) {
                    case 0 -> FingerprintTest.filler(r, 20 + r.nextInt(200)) + FingerprintTest.BASE;
                    case 1 -> i > 0 ? tokens[r.nextInt(i)].text() : FingerprintTest.BASE; // exact copies
                    case 2 -> "";
                    default -> FingerprintTest.filler(r, r.nextInt(300));
                };
                tokens[i] = Tokenizer.tokenize(text);
            }
            Fingerprint[] whole = new Fingerprint[n];
            Fingerprint[] bare = new Fingerprint[n];
            for (int i = 0; i < n; i++) {
                whole[i] = f.of(tokens[i]);
                bare[i] = f.withoutNgrams(tokens[i].hashes());
                assertThat(bare[i].ngrams()).isEmpty();
                assertThat(f.ngrams(tokens[i].hashes())).isEqualTo(whole[i].ngrams());
            }
            CandidatePairs.Result expected = CandidatePairs.generate(whole, 30, 2, 4, 3);
            CandidatePairs.Result got = CandidatePairs.generate(bare, i -> f.ngrams(tokens[i].hashes()), 30, 2, 4, 3);
            assertThat(expected.pairs()).isNotEmpty();
            assertThat(got.pairs()).isEqualTo(expected.pairs());
            assertThat(got.duplicateStars()).isEqualTo(expected.duplicateStars());
            assertThat(got.commonNgrams()).isEqualTo(expected.commonNgrams());
        }
    }
}
