package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * The aligner keeps its seed tables from one pair to the next on a thread: a pair's passages
 * must not depend on the pairs aligned before it, whatever their sizes.
 */
class SeedScratchTest {

    private final Aligner aligner = new Aligner();

    /** Pairs of texts of very different lengths, each sharing a copied stretch. */
    private static List<Tokens[]> pairs() {
        Random r = new Random(11);
        List<Tokens[]> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i % 3 == 0 ? 3_000 + r.nextInt(3_000) : 20 + r.nextInt(400);
            String shared = AlignerTest.words(r, 30 + r.nextInt(60));
            String a = AlignerTest.words(r, n) + " " + shared + " " + AlignerTest.words(r, r.nextInt(50));
            String b = AlignerTest.words(r, r.nextInt(80)) + " " + shared.replace(" ", "  ") + " "
                    + AlignerTest.words(r, n / 2);
            out.add(new Tokens[] {Tokenizer.tokenize(a), Tokenizer.tokenize(b)});
        }
        return out;
    }

    @Test
    void passagesDoNotDependOnThePairsAlignedBefore() {
        List<Tokens[]> pairs = pairs();
        List<List<Passage>> forward = new ArrayList<>();
        for (Tokens[] p : pairs) {
            forward.add(aligner.align(p[0], p[1]));
        }
        for (int i = pairs.size() - 1; i >= 0; i--) {
            assertThat(aligner.align(pairs.get(i)[0], pairs.get(i)[1])).isEqualTo(forward.get(i));
        }
        assertThat(forward).allSatisfy(ps -> assertThat(ps).isNotEmpty());
        List<List<Passage>> parallel = new ArrayList<>();
        IntStream.range(0, pairs.size()).parallel().mapToObj(i -> aligner.align(pairs.get(i)[1], pairs.get(i)[0]))
                .forEachOrdered(parallel::add);
        for (int i = 0; i < pairs.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(aligner.align(pairs.get(i)[1], pairs.get(i)[0]));
        }
    }

    @Test
    void tablesAreHandedOutClearedWhereTheyAreReadFirst() {
        SeedScratch big = SeedScratch.of(5_000, 12_000);
        java.util.Arrays.fill(big.count, 7);
        java.util.Arrays.fill(big.diagEnd, 9);
        big.slots(5_000).put(42L, 1);
        SeedScratch small = SeedScratch.of(100, 300);
        assertThat(small).isSameAs(big);
        assertThat(java.util.Arrays.copyOf(small.count, 100)).containsOnly(0);
        assertThat(java.util.Arrays.copyOf(small.diagEnd, 300)).containsOnly(0);
        assertThat(small.slots(5_000).get(42L, -1)).isEqualTo(-1);
        assertThat(small.slots(5_000).size()).isZero();
    }
}
