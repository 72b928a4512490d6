package org.stemma.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.quote.QuoteExtractor;
import org.stemma.story.StoryBuilder;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * The stories and quotes stages give the same answers when handed the analysis's tokens of each
 * text as when they tokenise it themselves; tokens of another text are not used.
 */
class OneTokenisedFormTest {

    private static final String[] SENTENCES = {
        "\"We will rebuild every school in the province before the rains,\" said Ana Ruiz, the governor.",
        "Luis Ortega, the mayor of Gao, told reporters that the bridge would reopen on Monday.",
        "The army said it had secured the road between Gao and Mopti after two days of fighting.",
        "\"Nobody expected the floods to come so early this year,\" Mariam Diallo said.",
        "Officials in Bamako said the convoy carried food, medicine and tents for 4,000 families.",
        "Ruiz added: \"The money is there, and the work starts now.\"",
        "The United Nations mission in Mali said on Tuesday that aid deliveries had resumed.",
        "According to Ortega, \"the council will vote on the budget next week.\"",
        "Prices of rice and millet rose by a third in the markets of Timbuktu this month.",
    };

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void storiesAndQuotesReadTheGivenTokensAlike(long seed) {
        List<Article> articles = corpus(new Random(seed), 40);
        Tokens[] tokens = new Tokens[articles.size()];
        Tokens[] wrong = new Tokens[articles.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = Tokenizer.tokenize(articles.get(i).text());
            wrong[i] = Tokenizer.tokenize(articles.get((i + 1) % articles.size()).text());
        }
        AnalysisConfig config = AnalysisConfig.lexical();
        List<Link> links = config.reuseFinder(null).find(articles, tokens);

        var stories = StoryBuilder.build(articles, links, config.eventSignals(null));
        assertThat(StoryBuilder.build(articles, links, config.eventSignals(null), tokens)).isEqualTo(stories);
        assertThat(StoryBuilder.build(articles, links, config.eventSignals(null), wrong)).isEqualTo(stories);
        assertThat(stories).isNotEmpty();

        var quotes = QuoteExtractor.extractAll(articles);
        assertThat(QuoteExtractor.extractAll(articles, tokens)).isEqualTo(quotes);
        assertThat(QuoteExtractor.extractAll(articles, wrong)).isEqualTo(quotes);
        assertThat(quotes).isNotEmpty();
    }

    private static List<Article> corpus(Random r, int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int sentences = 3 + r.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                text.append(s > 0 ? (r.nextInt(3) == 0 ? "\n\n" : " ") : "").append(SENTENCES[r.nextInt(SENTENCES.length)]);
            }
            out.add(Article.builder("a" + i, text.toString())
                    .title("Floods in Mali, day " + r.nextInt(5))
                    .outlet("outlet" + r.nextInt(4))
                    .published("2024-08-0" + (1 + r.nextInt(5)))
                    .build());
        }
        return out;
    }
}
