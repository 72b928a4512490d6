package org.stemma.quote;

import java.util.List;
import org.stemma.text.DiffSegment;

/**
 * One instance of a quote family: a quote in one article and how it relates to the family's
 * best-supported wording.
 *
 * @param quote    the quotation as found in its article
 * @param relation verbatim, trimmed, altered or misattributed
 * @param diff     word-level diff from the family's wording to this variant's
 */
public record QuoteVariant(Quote quote, VariantRelation relation, List<DiffSegment> diff) {
    public QuoteVariant {
        diff = List.copyOf(diff);
    }
}
