package org.stemma.quote;

import java.util.List;

/**
 * The instances of one utterance across articles.
 *
 * @param id       stable id
 * @param speaker  the resolved speaker, or null if unknown
 * @param wording  the best-supported wording (the reference for variant relations and diffs)
 * @param variants one per quote instance
 */
public record QuoteFamily(String id, String speaker, String wording, List<QuoteVariant> variants) {
    public QuoteFamily {
        variants = List.copyOf(variants);
    }
}
