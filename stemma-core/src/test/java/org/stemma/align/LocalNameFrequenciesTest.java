package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.LocalNameFrequencies.Context;
import org.stemma.article.Article;
import org.stemma.story.NamedEntities;

class LocalNameFrequenciesTest {

    private static Article page(String id, String host, String text) {
        return Article.builder(id, text).url(host == null ? null : "https://" + host + "/news/" + id).build();
    }

    /** Six pages of one station, all naming its city's police; two of them also a victim. */
    private static List<Article> station() {
        List<Article> out = new ArrayList<>();
        out.add(page("s0", "kxtv.example", "Tom Baxter was shot. Anyone with information can call the Stockton Police Department."));
        out.add(page("s1", "kxtv.example", "Baxter died later. Anyone with information can call the Stockton Police Department."));
        for (int i = 2; i < 6; i++) {
            out.add(page("s" + i, "kxtv.example", "A car was stolen. Anyone with information can call the Stockton Police "
                    + "Department."));
        }
        return out;
    }

    private static int count(LocalNameFrequencies f, String name, Article a, Article b) {
        return f.of(name, a, NamedEntities.of(a.text()), b, NamedEntities.of(b.text()));
    }

    @Test
    void aNameEveryPageOfTheSiteCarriesIsCommonThereAVictimsNameIsNot() {
        List<Article> corpus = station();
        LocalNameFrequencies f = LocalNameFrequencies.count(corpus, null, Context.SITE);
        // the four other pages of the site all name the department, none the victim
        assertThat(count(f, "stockton police department", corpus.get(0), corpus.get(1))).isEqualTo(1000);
        assertThat(count(f, "baxter", corpus.get(0), corpus.get(1))).isZero();
    }

    @Test
    void aContextWithTooFewOtherArticlesSaysNothing() {
        List<Article> corpus = new ArrayList<>(station().subList(0, 5)); // three others: under the minimum
        LocalNameFrequencies f = LocalNameFrequencies.count(corpus, null, Context.SITE);
        assertThat(count(f, "stockton police department", corpus.get(0), corpus.get(1))).isZero();
    }

    @Test
    void aNameTheArticlesOfASharedPlaceCarryIsCommonThere() {
        List<Article> corpus = new ArrayList<>();
        corpus.add(page("a", null, "A man was shot in Lodi. He was taken to Mercy Hospital. Ann Cole saw it."));
        corpus.add(page("b", null, "Shots were fired in Lodi. A woman was taken to Mercy Hospital. Cole called."));
        for (int i = 0; i < 5; i++) {
            corpus.add(page("o" + i, null, "A crash happened in Lodi." + (i < 4 ? " Two went to Mercy Hospital." : "")));
        }
        LocalNameFrequencies place = LocalNameFrequencies.count(corpus, null, Context.PLACE);
        assertThat(count(place, "mercy hospital", corpus.get(0), corpus.get(1))).isEqualTo(800); // 4 of 5 others
        assertThat(count(place, "cole", corpus.get(0), corpus.get(1))).isZero();
        // no site is known, so by site nothing is common; either way takes the larger share
        assertThat(count(LocalNameFrequencies.count(corpus, null, Context.SITE), "mercy hospital",
                corpus.get(0), corpus.get(1))).isZero();
        assertThat(count(LocalNameFrequencies.count(corpus, null, Context.ANY), "mercy hospital",
                corpus.get(0), corpus.get(1))).isEqualTo(800);
    }
}
