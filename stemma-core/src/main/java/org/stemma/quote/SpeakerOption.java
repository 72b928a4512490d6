package org.stemma.quote;

import org.stemma.text.Span;

/**
 * One option for a quotation's speaker as {@link QuoteExtractor} weighs it: a mention around the
 * quote, or the voice of the text going on (the quote before, or the person the text is about).
 *
 * @param mention  the mention's characters, or null for the voice going on
 * @param features its {@link #FEATURES} values
 * @param score    the ranker's score (higher is likelier)
 * @param chosen   whether it was chosen
 * @param speaker  the speaker the quotation would have were this option chosen: the person or
 *                 body it resolves to (for the voice going on, the speaker it goes on with), or
 *                 null when it names nobody; for the chosen option, the speaker reported (the
 *                 others are named by {@link QuoteExtractor#candidates}, not inside {@link QuoteExtractor#extract})
 */
public record SpeakerOption(Span mention, double[] features, double score, boolean chosen, String speaker) {

    /** Feature names, in vector order. */
    public static final java.util.List<String> FEATURES = SpeakerRanker.FEATURES;

    public SpeakerOption {
        features = features.clone();
    }

    @Override
    public double[] features() {
        return features.clone();
    }
}
