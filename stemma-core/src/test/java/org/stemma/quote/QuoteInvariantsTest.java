package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** Randomised texts built from news-like fragments and stray marks: the extractor's invariants hold. */
class QuoteInvariantsTest {

    private static final String[] FRAGMENTS = {
        "The minister", "Maria Lopez", "he", "she", "said", "told RT", "added", "according to",
        "the general", "Mr. Smith", "warned", ",", ".", ":", " ", " ", " ", "\n", "\n\n",
        "\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "''",
        "we will win", "don't", "students' union", "the '90s", "5'10\"", "appropriate measures",
        "It is over", "Brigadier General Alou Boi Diarra", "the letter read", "\u2014", "(GUR)",
        "Mali\u2019s", "yes", "No", "They have asked", "Reid", "never", "42", "U.S.", "Jan."};

    private static final String MARKS = "\u201C\u201D\"'\u2018\u2019\u00AB\u00BB\u201E";

    @Test
    void extractingAllAtOnceGivesTheQuotesOneArticleAfterTheOther() {
        Random rnd = new Random(7);
        List<Article> articles = new java.util.ArrayList<>();
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 1 + rnd.nextInt(60); i < n; i++) {
                sb.append(FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]).append(' ');
            }
            articles.add(Article.builder("a" + round, sb.toString()).build());
        }
        QuoteExtractor extractor = new QuoteExtractor();
        List<Quote> oneByOne = new java.util.ArrayList<>();
        for (Article a : articles) {
            oneByOne.addAll(extractor.extract(a));
        }
        assertThat(oneByOne).hasSizeGreaterThan(500);
        assertThat(QuoteExtractor.extractAll(articles)).containsExactlyElementsOf(oneByOne);
    }

    @Test
    void spansStayInsideTheMarks() {
        Random rnd = new Random(20240826L);
        QuoteExtractor extractor = new QuoteExtractor();
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(60);
            for (int i = 0; i < n; i++) {
                String f = FRAGMENTS[rnd.nextInt(FRAGMENTS.length)];
                if (sb.length() > 0 && Character.isLetterOrDigit(f.charAt(0))
                        && Character.isLetterOrDigit(sb.charAt(sb.length() - 1))) {
                    sb.append(' ');
                }
                sb.append(f);
            }
            String text = sb.toString();
            List<Quote> quotes = extractor.extract(Article.builder("r" + round, text).build());
            int lastEnd = -1;
            for (Quote q : quotes) {
                assertThat(q.span().start()).as(text).isGreaterThanOrEqualTo(1);
                assertThat(q.span().end()).as(text).isLessThan(text.length());
                assertThat(q.span().start()).as("overlap in " + text).isGreaterThanOrEqualTo(lastEnd);
                lastEnd = q.span().end();
                String inside = q.span().of(text);
                assertThat(Character.isWhitespace(inside.charAt(0))).as(text).isFalse();
                assertThat(Character.isWhitespace(inside.charAt(inside.length() - 1))).as(text).isFalse();
                int b = q.span().start() - 1;
                while (b > 0 && Character.isWhitespace(text.charAt(b))) {
                    b--;
                }
                int b2 = b > 0 && text.charAt(b) == '\'' && text.charAt(b - 1) == '\'' ? b - 1 : b;
                assertThat(MARKS).as("mark before %s in %s", q, text).contains(String.valueOf(text.charAt(b2)));
                int a = q.span().end();
                while (a < text.length() - 1 && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                assertThat(MARKS).as("mark after %s in %s", q, text).contains(String.valueOf(text.charAt(a)));
                assertThat(inside).as(text).startsWith(q.text().split("\\s+")[0]);
                assertThat(inside).as(text).endsWith(q.text().substring(q.text().lastIndexOf(' ') + 1));
            }
        }
    }
}
