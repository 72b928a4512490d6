package org.stemma.store;

import java.util.List;
import java.util.function.Function;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.story.ArticleTerms;
import org.stemma.story.DocFrequencies;
import org.stemma.story.EventSignals;
import org.stemma.story.NamedEntities;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;
import org.stemma.text.Tokens;

/**
 * The story algorithm incremental ingest runs over a batch's neighbourhood: the new articles, the
 * stored articles they may pair with, and the members of the small stories those belong to. The
 * store keeps what the algorithm cannot see ({@link StoryLedger}: a big story's other members,
 * its lineages, its id), so any algorithm that groups a list of articles can be plugged in here.
 */
@FunctionalInterface
public interface StoryAlgorithm {

    /**
     * The stories among {@code articles} (stored ones in store order, then the new ones), largest
     * first, with lineages from {@code links}.
     *
     * @param corpusSize  articles in the whole store once the batch is in
     * @param frequencies the whole store's document frequencies (batch included) of the terms of
     *                    the articles given
     * @param names       each article's names (cached by the caller; equal to {@link StoryBuilder#entities})
     * @param bodyTokens  the caller's tokens of each article's text, in the order of {@code articles},
     *                    null where it has none (read instead of tokenising the text again)
     */
    List<Story> stories(List<Article> articles, List<Link> links, long corpusSize,
                        Function<ArticleTerms[], DocFrequencies> frequencies, Function<Article, NamedEntities> names,
                        Tokens[] bodyTokens);

    /**
     * The core's {@link StoryBuilder} with these signals over the articles given, weighed with
     * the whole store's document frequencies: the vectors and candidate pairs among these
     * articles are the ones a whole-corpus run gives them; pairs with articles outside the
     * neighbourhood are not seen (docs/server.md).
     */
    static StoryAlgorithm storyBuilder(EventSignals signals) {
        return (articles, links, corpusSize, frequencies, names, bodyTokens) ->
                StoryBuilder.build(articles, links, signals, names, frequencies, bodyTokens);
    }
}
