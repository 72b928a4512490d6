package org.stemma.quote;

/**
 * A quoted stretch the mark scanner found, as {@link QuoteExtractor} reads it, before and after
 * the decision whether it is a quotation: for fitting {@link QuoteDecision} and for showing why a
 * stretch was left out.
 *
 * @param quote       the stretch as a quotation (speaker, cue and partial flag filled in)
 * @param features    its {@link QuoteDecision#FEATURES} values
 * @param probability the decision's probability that it is someone's quoted words
 * @param kept        whether the extractor reports it
 * @param singleMarks delimited by single quotation marks (‘…’ or '…')
 * @param speakers    the options for its speaker, the chosen one flagged
 */
public record QuoteCandidate(Quote quote, double[] features, double probability, boolean kept, boolean singleMarks,
                             java.util.List<SpeakerOption> speakers) {
    public QuoteCandidate {
        features = features.clone();
        speakers = java.util.List.copyOf(speakers);
    }

    @Override
    public double[] features() {
        return features.clone();
    }
}
