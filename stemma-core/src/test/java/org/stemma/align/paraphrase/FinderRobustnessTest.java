package org.stemma.align.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Passage;
import org.stemma.article.Article;

class FinderRobustnessTest {

    private static final String PARA = "General Diarra said Mali's army retook Kidal in 2023 "
            + "with help from Russia. ";

    @Test
    void aOneMegabyteArticleIsAlignedWithinTheSentenceBound() {
        HashingEmbedder model = new HashingEmbedder();
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(model);
        StringBuilder big = new StringBuilder();
        int i = 0;
        while (big.length() < 1_000_000) {
            big.append("Report ").append(i++).append(" says Mali's army moved north again. ");
        }
        Article a = Article.builder("big", big.toString()).build();
        Article b = Article.builder("small", PARA).build();
        List<Passage> ps = finder.find(a, b, List.of());
        assertThat(model.sentencesEmbedded).isLessThanOrEqualTo(
                EmbeddingParaphraseFinder.Params.DEFAULTS.maxSentences() + 1);
        for (Passage p : ps) {
            assertThat(p.a().end()).isLessThanOrEqualTo(a.text().length());
        }
    }

    @Test
    void tenThousandIdenticalCopiesGiveBoundedCandidates() {
        HashingEmbedder model = new HashingEmbedder();
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(model);
        List<Article> copies = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            copies.add(Article.builder("c" + i, PARA + PARA).build());
        }
        long[] pairs = finder.candidatePairs(copies);
        // every key is in more than maxKeyDf articles: too common to suggest pairs
        assertThat(pairs.length).isLessThanOrEqualTo(
                10_000 * EmbeddingParaphraseFinder.Params.DEFAULTS.neighbours());
        List<Article> few = copies.subList(0, 100);
        long[] fewPairs = finder.candidatePairs(few);
        assertThat(fewPairs.length).isLessThanOrEqualTo(
                100 * EmbeddingParaphraseFinder.Params.DEFAULTS.neighbours());
        assertThat(fewPairs).isNotEmpty().isSorted();
        for (long p : fewPairs) {
            assertThat((int) (p >>> 32)).isLessThan((int) p);
        }
    }

    @Test
    void arabicRussianAndFrenchTextsDoNotBreakAnything() {
        EmbeddingParaphraseFinder finder = new EmbeddingParaphraseFinder(new HashingEmbedder());
        Article ar = Article.builder("ar", "قال الجنرال ديارا إن الجيش المالي استعاد السيطرة على "
                + "معظم أراضي البلاد بفضل التعاون مع روسيا. وأضاف أن روسيا أرسلت مدربين.").build();
        Article ru = Article.builder("ru", "Генерал Диарра заявил, что армия Мали вернула "
                + "контроль почти над всей территорией страны. Россия прислала инструкторов.")
                .build();
        Article fr = Article.builder("fr", "Le général Diarra a déclaré que l'armée malienne "
                + "contrôle presque tout le territoire. « La Russie nous a aidés », a-t-il dit.")
                .build();
        Article ru2 = Article.builder("ru2", ru.text()).build();
        assertThat(finder.find(ar, ru, List.of())).isEmpty();
        assertThat(finder.find(ru, ru2, List.of())).hasSize(1);
        assertThat(finder.find(fr, fr.toBuilder().id("fr2").build(), List.of())).hasSize(1);
        assertThat(finder.candidatePairs(List.of(ar, ru, fr, ru2))).doesNotContain(1L);
    }
}
