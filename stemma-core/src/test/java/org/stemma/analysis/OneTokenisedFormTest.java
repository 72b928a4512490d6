package org.stemma.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stemma.align.Link;
import org.stemma.align.ReuseOptions;
import org.stemma.article.Article;
import org.stemma.provenance.ProvenanceBuilder;
import org.stemma.quote.QuoteExtractor;
import org.stemma.quote.QuoteFamilies;
import org.stemma.story.StoryBuilder;
import org.stemma.story.StoryCorpus;
import org.stemma.text.Tokenizer;
import org.stemma.text.TokenizerWatch;
import org.stemma.text.Tokens;

/**
 * The stories, quotes and provenance stages give the same answers when handed the analysis's
 * tokens of each text as when they tokenise it themselves; tokens of another text are not used.
 * An analysis tokenises each article's text once, with furniture learnt or turned off.
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
        // The store's form: names from its cache, tokens where the neighbourhood has them.
        Tokens[] some = tokens.clone();
        for (int i = 0; i < some.length; i += 2) {
            some[i] = null;
        }
        for (Tokens[] given : List.of(tokens, wrong, some)) {
            assertThat(StoryBuilder.build(articles, links, config.eventSignals(null), StoryBuilder::entities,
                    StoryCorpus::frequencies, given)).isEqualTo(stories);
        }
        assertThat(stories).isNotEmpty();

        var quotes = QuoteExtractor.extractAll(articles);
        assertThat(QuoteExtractor.extractAll(articles, tokens)).isEqualTo(quotes);
        assertThat(QuoteExtractor.extractAll(articles, wrong)).isEqualTo(quotes);
        assertThat(quotes).isNotEmpty();

        var families = new QuoteFamilies().group(quotes, null);
        var derivations = ProvenanceBuilder.build(articles, links, families, stories);
        assertThat(ProvenanceBuilder.build(articles, links, families, stories, tokens)).isEqualTo(derivations);
        assertThat(ProvenanceBuilder.build(articles, links, families, stories, wrong)).isEqualTo(derivations);
        assertThat(derivations).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1, true", "2, true", "1, false", "2, false"})
    void anAnalysisTokenisesEachTextOnce(long seed, boolean furniture) {
        List<Article> input = withFooters(corpus(new Random(seed), 40), new Random(seed));
        ReuseOptions reuse = furniture ? ReuseOptions.defaults() : ReuseOptions.defaults().withFurnitureMinDocs(0);
        Analyzer analyzer = new Analyzer(AnalysisConfig.lexical().withReuse(reuse), null);
        Analysis[] out = new Analysis[1];
        List<String> tokenised = TokenizerWatch.during(() -> out[0] = analyzer.analyze(input));

        Map<String, Integer> times = new IdentityHashMap<>();
        tokenised.forEach(s -> times.merge(s, 1, Integer::sum));
        List<Article> cleaned = out[0].articles();
        for (int i = 0; i < input.size(); i++) {
            // The input text for learning furniture (when on), and the cleaned text if it differs: once each.
            String before = input.get(i).text();
            String after = cleaned.get(i).text();
            assertThat(times.getOrDefault(after, 0)).as("tokenisations of article %d's text", i).isEqualTo(1);
            if (after != before) {
                assertThat(times.getOrDefault(before, 0)).as("of article %d's input text", i).isEqualTo(1);
            }
        }
        assertThat(out[0].links()).isNotEmpty();
        assertThat(out[0].provenance()).isNotEmpty();
        if (furniture) {
            assertThat(IntStream.range(0, input.size()).filter(i -> cleaned.get(i) != input.get(i))).isNotEmpty();
        }
    }

    /** Each article with a paragraph of its own words and a footer line that every page carries: furniture. */
    private static List<Article> withFooters(List<Article> articles, Random r) {
        return articles.stream().map(a -> {
            StringBuilder own = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                own.append(w == 0 ? "Qa" : " w" + Integer.toString(r.nextInt(1 << 30), 36)).append(w % 10 == 9 ? ". Qa" : "");
            }
            String text = a.text() + "\n\n" + own + ".\n\nYou'll get an email delivered to your inbox with a link"
                    + " whenever new content is posted.";
            return Article.builder(a.id(), text).title(a.title()).outlet(a.outlet()).published(a.published())
                    .url("https://www." + a.outlet() + ".example/story/" + a.id()).build();
        }).toList();
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
