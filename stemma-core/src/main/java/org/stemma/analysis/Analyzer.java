package org.stemma.analysis;

import java.util.List;
import java.util.function.BiConsumer;
import org.stemma.align.Link;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.article.Article;
import org.stemma.fingerprint.NgramKeys;
import org.stemma.furniture.FurnitureFinder;
import org.stemma.furniture.FurnitureParams;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.ProvenanceBuilder;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteExtractor;
import org.stemma.quote.QuoteFamilies;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Tokens;

/**
 * Runs the analysis stages over a set of extracted articles: reuse links (lexical, plus
 * paraphrase when an embedder is given), stories, quotations and their families, provenance.
 * Pure apart from the embedder's cache: the same articles in the same order give the same
 * analysis.
 */
public final class Analyzer {

    /** Stage names reported to the timing listener, in run order. */
    public static final List<String> STAGES = List.of("furniture", "links", "stories", "quotes", "provenance");

    private final AnalysisConfig config;
    private final SentenceEmbedder embedder;

    /** Lexical analysis with the default parameters and no embedding model. */
    public Analyzer() {
        this(AnalysisConfig.lexical(), null);
    }

    /**
     * @param config         what the analysis uses ({@link AnalysisConfig#defaults()} is every
     *                       runner's default)
     * @param embedderOrNull the sentence embedder, given exactly when {@code config.embed()}
     */
    public Analyzer(AnalysisConfig config, SentenceEmbedder embedderOrNull) {
        config.check(embedderOrNull);
        this.config = config;
        this.embedder = embedderOrNull;
    }

    /**
     * @param reuse            parameters of lexical reuse detection
     * @param embedderOrNull   sentence embedder for paraphrase passages, event similarity and
     *                         reworded quotes; null runs the lexical signals only
     */
    public Analyzer(ReuseOptions reuse, SentenceEmbedder embedderOrNull) {
        this(AnalysisConfig.defaults().withReuse(reuse).withEmbed(embedderOrNull != null), embedderOrNull);
    }

    public AnalysisConfig config() {
        return config;
    }

    public Analysis analyze(List<Article> articles) {
        return analyze(articles, (stage, nanos) -> { });
    }

    /**
     * @param timing told each stage's name (see {@link #STAGES}) and wall time in nanoseconds
     */
    public Analysis analyze(List<Article> input, BiConsumer<String, Long> timing) {
        long t = System.nanoTime();
        // Corpus furniture goes before every stage: they all read the text without it.
        FurnitureFinder.Cleaned cleaned = FurnitureFinder.clean(input, FurnitureParams.of(config.reuse()));
        List<Article> articles = cleaned.articles();
        // Each cleaned text is tokenised once, by the furniture stage (or here when furniture is
        // off), and every later stage reads these tokens. They are the largest thing held between
        // stages (16 bytes a word: 1.2 GB at 100k articles), so after quotes only the texts
        // provenance reads (linked articles) keep theirs, and none are kept after provenance.
        Tokens[] tokens = cleaned.tokens() != null ? cleaned.tokens() : FurnitureFinder.tokens(articles);
        NgramKeys keys = cleaned.keys(); // the sorted n-grams, which candidate generation takes
        cleaned = null;
        t = lap(timing, "furniture", t);

        ReuseFinder finder = config.reuseFinder(embedder);
        List<Link> links = finder.find(articles, tokens, keys);
        keys = null;
        t = lap(timing, "links", t);

        List<Story> stories = StoryBuilder.build(articles, links, config.eventSignals(embedder), tokens);
        t = lap(timing, "stories", t);

        List<Quote> quotes = QuoteExtractor.extractAll(articles, tokens);
        boolean[] read = ProvenanceBuilder.reads(articles, links);
        for (int i = 0; i < tokens.length; i++) {
            if (!read[i]) {
                tokens[i] = null;
            }
        }
        List<QuoteFamily> families = new QuoteFamilies().group(quotes, embedder);
        t = lap(timing, "quotes", t);

        List<Derivation> provenance = ProvenanceBuilder.build(articles, links, families, stories, tokens);
        lap(timing, "provenance", t);
        return new Analysis(articles, links, stories, provenance, families);
    }

    private static long lap(BiConsumer<String, Long> timing, String stage, long since) {
        long now = System.nanoTime();
        timing.accept(stage, now - since);
        return now;
    }
}
