package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

class NameFrequenciesTest {

    private static final List<Article> CORPUS = List.of(
            Article.builder("a", "Police in Stockton said a man was hurt. Officer Maria Lopez said the man was taken away.")
                    .title("Man hurt in Stockton").build(),
            Article.builder("b", "The mayor of Stockton opened a park on Monday.").build(),
            Article.builder("c", "A storm hit the coast of Oregon overnight.").title("Storm in Stockton").build());

    @Test
    void countsTheArticlesCarryingEachNameInTitleOrText() {
        NameFrequencies df = NameFrequencies.count(CORPUS, null);
        assertThat(df.of("stockton")).isEqualTo(3); // c names it only in its title
        assertThat(df.of("oregon")).isEqualTo(1);
        assertThat(df.of("officer maria lopez")).isEqualTo(1);
        assertThat(df.of("nowhere")).isZero();
        assertThat(NameFrequencies.NONE.of("stockton")).isZero();
    }

    @Test
    void givenTokensGiveTheSameCounts() {
        Tokens[] tokens = CORPUS.stream().map(a -> Tokenizer.tokenize(a.text())).toArray(Tokens[]::new);
        NameFrequencies given = NameFrequencies.count(CORPUS, tokens);
        NameFrequencies own = NameFrequencies.count(CORPUS, null);
        assertThat(given.keys()).containsExactly(own.keys());
        assertThat(given.counts()).containsExactly(own.counts());
    }

    @Test
    void aPairsEvidenceCarriesEachSharedNameOutsideItsPassagesByItsFrequency() {
        Random r = new Random(11);
        String shared = ReuseFinderTest.words(r, 12);
        Article a = Article.builder("a", "Tom Baxter spoke in Kern County. " + shared + ". Baxter left.").build();
        Article b = Article.builder("b", ReuseFinderTest.words(r, 30) + ". " + shared + ". Tom Baxter spoke in Kern County. "
                + "Baxter agreed.").build();
        Article c = Article.builder("c", "Rain fell in Kern County.").build();
        NameFrequencies df = NameFrequencies.count(List.of(a, b, c), null);
        ReuseFinder finder = new ReuseFinder(ReuseOptions.defaults(), null).withNameFrequencies(df);
        PairEvidence e = finder.pairEvidence(a, Tokenizer.tokenize(a.text()), b, Tokenizer.tokenize(b.text()));
        assertThat(e).isNotNull();
        assertThat(e.namesOutside()).isEqualTo(2); // baxter (a person) and kern county
        assertThat(e.namesOutside(2)).isEqualTo(1); // kern county is in all three articles
        assertThat(e.personsOutside(2)).isEqualTo(1);
        PairEvidence unknown = new ReuseFinder(ReuseOptions.defaults(), null)
                .pairEvidence(a, Tokenizer.tokenize(a.text()), b, Tokenizer.tokenize(b.text()));
        assertThat(unknown.namesOutside(2)).isEqualTo(2); // frequencies not known: every name counts
    }
}
