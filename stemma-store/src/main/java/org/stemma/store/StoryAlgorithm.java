package org.stemma.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.story.EventSignals;
import org.stemma.story.NamedEntities;
import org.stemma.story.Story;
import org.stemma.story.StoryBuilder;

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
     * @param corpusSize articles in the whole store once the batch is in (for corpus-wide thresholds)
     * @param nameCount  the number of articles of the whole store (batch included) carrying a name
     * @param names      each article's names (cached by the caller; equal to {@link StoryBuilder#entities})
     */
    List<Story> stories(List<Article> articles, List<Link> links, long corpusSize, ToIntFunction<String> nameCount,
                        Function<Article, NamedEntities> names);

    /**
     * The core's {@link StoryBuilder} with these signals over the articles given: the
     * same-event model's term frequencies are counted over this part, not the whole store, so
     * the result can differ from a whole-corpus run (docs/provenance.md); {@code corpusSize}
     * and {@code nameCount} are not read.
     */
    static StoryAlgorithm storyBuilder(EventSignals signals) {
        return (articles, links, corpusSize, nameCount, names) -> StoryBuilder.build(articles, links, signals, names);
    }
}
