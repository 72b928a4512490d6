package org.stemma.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stemma.align.Link;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Story;

/**
 * An incremental change to the stored analysis results, applied by
 * {@link StemmaStore#updateResults}: what to drop, then what to add. Everything not dropped stays.
 *
 * @param linksDroppedOf   article ids whose stored links (either end) are deleted
 * @param links            links to add (replacing a stored link between the same two articles)
 * @param storiesDroppedOf article ids whose stored stories are deleted
 * @param stories          stories to add
 * @param derivationsDroppedOf article ids whose stored derivations (source or copy) are deleted
 * @param derivations      derivations to add
 * @param familiesDropped  ids of the stored quote families to delete
 * @param families         quote families to add
 * @param storyAliases     for each story id no story keeps any more (merged), the id it now resolves to
 */
public record ResultUpdate(Set<String> linksDroppedOf, List<Link> links, Set<String> storiesDroppedOf,
                           List<Story> stories, Set<String> derivationsDroppedOf, List<Derivation> derivations,
                           Set<String> familiesDropped,
                           List<QuoteFamily> families, Map<String, String> storyAliases) {
    public ResultUpdate {
        linksDroppedOf = Set.copyOf(Objects.requireNonNull(linksDroppedOf, "linksDroppedOf"));
        links = List.copyOf(links);
        storiesDroppedOf = Set.copyOf(Objects.requireNonNull(storiesDroppedOf, "storiesDroppedOf"));
        stories = List.copyOf(stories);
        derivationsDroppedOf = Set.copyOf(Objects.requireNonNull(derivationsDroppedOf, "derivationsDroppedOf"));
        derivations = List.copyOf(derivations);
        familiesDropped = Set.copyOf(Objects.requireNonNull(familiesDropped, "familiesDropped"));
        families = List.copyOf(families);
        storyAliases = Map.copyOf(storyAliases);
    }

    /** An update that merges no story. */
    public ResultUpdate(Set<String> linksDroppedOf, List<Link> links, Set<String> storiesDroppedOf, List<Story> stories,
                        Set<String> derivationsDroppedOf, List<Derivation> derivations, Set<String> familiesDropped,
                        List<QuoteFamily> families) {
        this(linksDroppedOf, links, storiesDroppedOf, stories, derivationsDroppedOf, derivations, familiesDropped, families,
                Map.of());
    }
}
