package org.stemma.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.Hashing;
import org.stemma.fingerprint.NgramKeys;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Told without cutting the text into sentences, the n-grams that may lie in a sentence they make
 * frequent are never fewer than those the sentences give.
 */
class LooseSentencesTest {

    private static final String[] JOINS = {" ", " ", " ", ". ", ". ", "? ", "! ", "\u2026 ", "? he said ", ".\" ",
        " Mr. ", " U.S. ", " No. 5 ", " J. ", "\n", "\n\n", "\r\n", "\r\n\r\n", " \n \n ", ", ", ":\n", ". the "};

    static String text(Random r, String[] words) {
        StringBuilder sb = new StringBuilder();
        int len = 5 + r.nextInt(r.nextInt(8) == 0 ? 600 : 150);
        boolean runOn = r.nextInt(6) == 0; // long sentences: the splitter cuts them at MAX_CHARS
        for (int i = 0; i < len; i++) {
            String w = words[r.nextInt(words.length)];
            sb.append(r.nextInt(5) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            sb.append(runOn && r.nextInt(10) > 0 ? " " : JOINS[r.nextInt(JOINS.length)]);
        }
        return sb.toString();
    }

    /** The keys of the n-grams of each unit they cover enough, from the units themselves. */
    static Set<Long> exact(Units u, boolean[] maybe) {
        Set<Long> out = new HashSet<>();
        for (int s = 0; s < u.size(); s++) {
            int first = u.gramFrom[s];
            int word = u.from[s];
            if (u.coverageAt(s, g -> maybe[word + g - first]) >= FurnitureParams.UNIT_COVERAGE) {
                for (int g = first; g < u.gramFrom[s + 1]; g++) {
                    if (maybe[word + g - first]) {
                        out.add(u.grams[g] & NgramKeys.KEY_MASK);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theLooseAnswerHoldsEveryNgramOfAFrequentSentence() {
        Random r = new Random(5);
        String[] words = new String[40];
        for (int w = 0; w < words.length; w++) {
            words[w] = "w" + Integer.toString(r.nextInt(1 << 20), 36);
        }
        int compared = 0;
        int exactCalls = 0;
        int nonEmpty = 0;
        int tight = 0;
        long looseKeys = 0;
        long maybeKeys = 0;
        for (int c = 0; c < 1000; c++) {
            String text = text(r, words);
            Tokens t = Tokenizer.tokenize(text);
            int n = 3 + r.nextInt(3);
            long[] grams = Hashing.windows(t.hashes(), n);
            if (grams.length == 0) {
                continue;
            }
            // Runs of n-grams that may be frequent, as repeated lines make them.
            boolean[] maybe = new boolean[grams.length];
            for (int k = 0; k < 1 + r.nextInt(4); k++) {
                int from = r.nextInt(grams.length);
                int to = Math.min(grams.length, from + 1 + r.nextInt(30));
                for (int g = from; g < to; g++) {
                    maybe[g] = r.nextInt(8) > 0;
                }
            }
            Set<Long> exact = exact(new Units(text, t, grams, n), maybe);
            long[] loose = LooseSentences.candidates(text, t, grams, n, maybe);
            if (loose == LooseSentences.EXACT) {
                exactCalls++;
                continue;
            }
            Set<Long> got = new HashSet<>();
            if (loose != null) {
                for (long k : loose) {
                    got.add(k);
                }
            }
            assertThat(got).as("case %d: %s", c, text).containsAll(exact);
            compared++;
            looseKeys += got.size();
            Set<Long> all = new HashSet<>();
            for (int g = 0; g < grams.length; g++) {
                if (maybe[g]) {
                    all.add(grams[g] & NgramKeys.KEY_MASK);
                }
            }
            maybeKeys += all.size();
            nonEmpty += exact.isEmpty() ? 0 : 1;
            tight += !exact.isEmpty() && got.equals(exact) ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(600);
        assertThat(exactCalls).isPositive();
        assertThat(nonEmpty).isGreaterThan(100);
        assertThat(tight).as("often exactly the sentences' answer").isGreaterThan(nonEmpty / 20);
        assertThat(looseKeys).as("narrower than every n-gram that may be frequent").isLessThan(maybeKeys * 3 / 4);
    }

    @Test
    void aParagraphLongerThanTheSplittersLongestSentenceMustBeCut() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 2000) {
            sb.append("alpha beta gamma delta ");
        }
        String text = sb.toString();
        Tokens t = Tokenizer.tokenize(text);
        long[] grams = Hashing.windows(t.hashes(), 5);
        boolean[] maybe = new boolean[grams.length];
        maybe[3] = true;
        assertThat(LooseSentences.candidates(text, t, grams, 5, maybe)).isSameAs(LooseSentences.EXACT);
        // The same words in paragraphs of a few lines: no need to cut, and the covered line is found.
        String lines = "Alpha beta gamma delta epsilon.\n\nZeta eta theta iota kappa lambda mu nu xi omicron pi rho.";
        Tokens lt = Tokenizer.tokenize(lines);
        long[] lg = Hashing.windows(lt.hashes(), 5);
        boolean[] lm = new boolean[lg.length];
        lm[0] = true;
        lm[5] = true; // "zeta ... iota": under 80% of its sentence
        long[] got = LooseSentences.candidates(lines, lt, lg, 5, lm);
        assertThat(got).containsExactly(lg[0] & NgramKeys.KEY_MASK);
    }
}
