package org.stemma.align.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.text.Span;

class EmbeddingParaphraseFinderTest {

    private static final String A = """
            Op-ed

            General Alou Diarra said Mali's cooperation with Russia helped the army retake the north from militants in 2024.

            "Today we can happily state that our forces control almost the entire territory," Diarra told RTVI.

            "Thanks to cooperation with Russia, we acquire powerful weapons essential for our army," he added.

            Separately, Kenya's parliament approved a new budget for roads and schools on Friday.
            """;
    private static final String B = """
            Mali's partnership with Russia helped the army of General Alou Diarra retake the north from militants in 2024, he said.

            "Today we can proudly affirm that our forces control almost the entire territory," Diarra said in an RTVI interview.

            "Through partnership with Russia, we acquired powerful weaponry needed for our army," he said.
            """;
    private static final String C = """
            The Bundesbank raised its growth forecast for Germany to 0.7 percent on Monday.

            Economists at Commerzbank expect exports to recover slowly next year.
            """;

    private static Article article(String id, String text) {
        return Article.builder(id, text).build();
    }

    @Test
    void rewordedArticlesGetOrderedParaphrasePassagesInsideTheirTexts() {
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(new HashingEmbedder());
        Article a = article("a", A);
        Article b = article("b", B);
        List<Passage> ps = finder.find(a, b, List.of());
        assertThat(ps).isNotEmpty();
        int covered = 0;
        int prevEnd = 0;
        for (Passage p : ps) {
            assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE);
            assertThat(p.a().end()).isLessThanOrEqualTo(A.length());
            assertThat(p.b().end()).isLessThanOrEqualTo(B.length());
            assertThat(p.a().start()).isGreaterThanOrEqualTo(prevEnd);
            prevEnd = p.a().end();
            covered += p.a().length();
        }
        // both quotes are inside passages; the unrelated Kenya sentence and heading are not
        int quote = A.indexOf("\"Today");
        int kenya = A.indexOf("Separately");
        assertThat(ps).anySatisfy(p -> assertThat(p.a().start()).isLessThanOrEqualTo(quote)
                .satisfies(s -> assertThat(p.a().end()).isGreaterThan(quote)));
        assertThat(ps).noneSatisfy(p -> assertThat(p.a().end()).isGreaterThan(kenya));
        assertThat(ps).noneSatisfy(p -> assertThat(p.a().start()).isLessThan(A.indexOf("General")));
        assertThat(covered).isGreaterThan(A.length() / 2);
    }

    @Test
    void sentencesCoveredByLexicalPassagesAreLeftAlone() {
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(new HashingEmbedder());
        Article a = article("a", A);
        Article b = article("b", B);
        int qa = A.indexOf("\"Today");
        int qb = B.indexOf("\"Today");
        Passage lexical = new Passage(new Span(qa, A.indexOf('\n', qa)),
                new Span(qb, B.indexOf('\n', qb)), PassageKind.EDITED, 0.8);
        List<Passage> ps = finder.find(a, b, List.of(lexical));
        assertThat(ps).isNotEmpty();
        assertThat(ps).noneSatisfy(p -> assertThat(p.a().overlaps(lexical.a())).isTrue());
        assertThat(ps).noneSatisfy(p -> assertThat(p.b().overlaps(lexical.b())).isTrue());
    }

    @Test
    void paraphrasePassagesNeverOverlapLexicalOnesWhereverTheyFall() {
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(new HashingEmbedder());
        Article a = article("a", A);
        Article b = article("b", B);
        java.util.Random rnd = new java.util.Random(9);
        int found = 0;
        for (int round = 0; round < 200; round++) {
            List<Passage> lexical = new java.util.ArrayList<>();
            for (int k = rnd.nextInt(3); k > 0; k--) {
                int sa = rnd.nextInt(A.length() - 30);
                int sb = rnd.nextInt(B.length() - 30);
                lexical.add(new Passage(new Span(sa, sa + 5 + rnd.nextInt(25)),
                        new Span(sb, sb + 5 + rnd.nextInt(25)), PassageKind.EDITED, 0.7));
            }
            for (Passage p : finder.find(a, b, lexical)) {
                found++;
                assertThat(p.a().length()).isPositive();
                for (Passage l : lexical) {
                    assertThat(p.a().overlaps(l.a())).as("a %s vs %s", p.a(), l.a()).isFalse();
                    assertThat(p.b().overlaps(l.b())).as("b %s vs %s", p.b(), l.b()).isFalse();
                }
            }
        }
        assertThat(found).isGreaterThan(200);
    }

    @Test
    void unrelatedArticlesShareNoPassagesAndAreNotCandidates() {
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(new HashingEmbedder());
        Article a = article("a", A);
        Article b = article("b", B);
        Article c = article("c", C);
        assertThat(finder.find(a, c, List.of())).isEmpty();
        long[] pairs = finder.candidatePairs(List.of(a, b, c));
        assertThat(pairs).containsExactly(1L); // (0 << 32) | 1: a and b only
    }

    @Test
    void candidatePairsAreThePairsSharingEnoughRareKeys() {
        String[] words = {"Mali", "Niger", "Russia", "Kidal", "Diarra", "Lavrov", "2012", "47",
                "Bamako", "France"};
        org.stemma.text.SentenceEmbedder same = new org.stemma.text.SentenceEmbedder() {
            @Override
            public float[][] embed(List<String> s) {
                float[][] v = new float[s.size()][2];
                for (float[] x : v) {
                    x[0] = 1;
                }
                return v;
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public String modelName() {
                return "same";
            }
        };
        java.util.Random rnd = new java.util.Random(21);
        EmbeddingParaphraseFinder.Params p = new EmbeddingParaphraseFinder.Params(4, 0.5, 0.0,
                6, 3, 20, 400, 4096, 0.5, 1, 0.3, 1.0);
        for (int round = 0; round < 30; round++) {
            int n = 2 + rnd.nextInt(15);
            List<Article> arts = new java.util.ArrayList<>();
            List<java.util.Set<String>> keys = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                java.util.Set<String> k = new java.util.TreeSet<>();
                StringBuilder sb = new StringBuilder("The report said that");
                for (int w = rnd.nextInt(6); w > 0; w--) {
                    String word = words[rnd.nextInt(words.length)];
                    k.add(word.toLowerCase(java.util.Locale.ROOT));
                    sb.append(" and ").append(word);
                }
                arts.add(article("x" + i, sb.append('.').toString()));
                keys.add(k);
            }
            java.util.Map<String, Integer> df = new java.util.HashMap<>();
            keys.forEach(k -> k.forEach(w -> df.merge(w, 1, Integer::sum)));
            java.util.List<Long> expected = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int sharedRare = 0;
                    for (String w : keys.get(i)) {
                        if (keys.get(j).contains(w) && df.get(w) <= p.maxKeyDf()) {
                            sharedRare++;
                        }
                    }
                    if (sharedRare >= p.minSharedKeys()) {
                        expected.add(((long) i << 32) | j);
                    }
                }
            }
            long[] got = new EmbeddingParaphraseFinder(same, ParaphraseJudge.DEFAULT, p)
                    .candidatePairs(arts);
            assertThat(got).as("round %d", round)
                    .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
        }
    }

    @Test
    void vectorsAreComputedOncePerArticle() {
        HashingEmbedder model = new HashingEmbedder();
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(model);
        Article a = article("a", A);
        Article b = article("b", B);
        finder.candidatePairs(List.of(a, b));
        finder.find(a, b, List.of());
        int first = model.sentencesEmbedded;
        finder.find(a, b, List.of());
        finder.find(b, a, List.of());
        assertThat(model.sentencesEmbedded).isEqualTo(first);
    }

    @Test
    void emptyAndTinyArticlesAreHandled() {
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(new HashingEmbedder());
        Article empty = article("e", "");
        Article word = article("w", "Mali");
        assertThat(finder.find(empty, word, List.of())).isEmpty();
        assertThat(finder.find(article("a", A), empty, List.of())).isEmpty();
        assertThat(finder.candidatePairs(List.of(empty, word))).isEmpty();
        assertThat(finder.candidatePairs(List.of())).isEmpty();
    }
}
