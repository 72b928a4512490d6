package org.stemma.cli;

import org.stemma.align.ReuseOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Command-line flags for the reuse finder's main parameters (defaults: {@link ReuseOptions#defaults()}).
 * Each must be a whole number of at least 1: anything else is a usage error (exit 2) found while
 * the command line is read, never an internal error later.
 */
public final class ReuseOptionsMixin {

    private static final ReuseOptions D = ReuseOptions.defaults();

    /** Reads a whole number of at least 1. */
    public static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int v;
            try {
                v = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (v < 1) {
                throw new TypeConversionException("must be at least 1, found " + v);
            }
            return v;
        }
    }

    @Option(names = "--shingle-size", converter = AtLeastOne.class, description = "Words per MinHash shingle (default ${DEFAULT-VALUE}).")
    int shingleSize = D.shingleSize();

    @Option(names = "--bands", converter = AtLeastOne.class, description = "LSH bands (default ${DEFAULT-VALUE}).")
    int bands = D.bands();

    @Option(names = "--rows", converter = AtLeastOne.class, description = "MinHash positions per LSH band (default ${DEFAULT-VALUE}).")
    int rows = D.rows();

    @Option(names = "--ngram-size", converter = AtLeastOne.class, description = "Words per rare n-gram (default ${DEFAULT-VALUE}).")
    int ngramSize = D.ngramSize();

    @Option(names = "--max-df", converter = AtLeastOne.class, description = "Ignore n-grams in more documents than this (default ${DEFAULT-VALUE}).")
    int maxDf = D.maxDf();

    @Option(names = "--min-shared", converter = AtLeastOne.class, description = "Rare n-grams two articles must share to be aligned (default ${DEFAULT-VALUE}).")
    int minShared = D.minSharedNgrams();

    @Option(names = "--max-gap", converter = AtLeastOne.class, description = "Largest gap in words bridged inside a passage (default ${DEFAULT-VALUE}).")
    int maxGap = D.maxGap();

    @Option(names = "--max-gap-sentences", description = "Most sentences begun inside a gap bridged "
            + "inside a passage, in either text (default ${DEFAULT-VALUE}).")
    int maxGapSentences = D.maxGapSentences();

    @Option(names = "--min-matched", converter = AtLeastOne.class, description = "Matched words a passage region needs (default ${DEFAULT-VALUE}).")
    int minMatched = D.minMatchedTokens();

    @Option(names = "--furniture-min-docs", description = "Corpus furniture: an n-gram in at least this "
            + "many articles is frequent; 0 turns furniture off (default ${DEFAULT-VALUE}).")
    int furnitureMinDocs = D.furnitureMinDocs();

    @Option(names = "--furniture-min-site-docs", description = "Corpus furniture: an n-gram in at least "
            + "this many articles of one site is frequent (default ${DEFAULT-VALUE}).")
    int furnitureMinSiteDocs = D.furnitureMinSiteDocs();

    @Option(names = "--furniture-max-block", description = "Corpus furniture: a run of frequent sentences "
            + "longer than this many words is text, not furniture (default ${DEFAULT-VALUE}).")
    int furnitureMaxBlock = D.furnitureMaxBlock();

    @Option(names = "--evidence-max-df", description = "An n-gram in more articles than this is a "
            + "common phrase, not evidence of reuse (default ${DEFAULT-VALUE}).")
    int evidenceMaxDf = D.evidenceMaxDf();

    @Option(names = "--min-evidence", description = "Rare words (outside common phrases) a shared "
            + "passage needs to count as reuse; the link decision judges whether the passages that count "
            + "make a link; 0 turns the rule and the decision off (default ${DEFAULT-VALUE}).")
    int minEvidence = D.minEvidence();

    @Option(names = "--strong-evidence", description = "Rare words that make a shared passage a link "
            + "on its own, without the link decision's model (default ${DEFAULT-VALUE}).")
    int strongEvidence = D.strongEvidence();

    /** The options with these flags applied. */
    public ReuseOptions options() {
        return D.withShingleSize(shingleSize).withBands(bands, rows).withNgramSize(ngramSize)
                .withMaxDf(maxDf).withMinSharedNgrams(minShared).withMaxGap(maxGap)
                .withMaxGapSentences(maxGapSentences).withMinMatchedTokens(minMatched)
                .withFurnitureMinDocs(furnitureMinDocs).withFurnitureMinSiteDocs(furnitureMinSiteDocs)
                .withFurnitureMaxBlock(furnitureMaxBlock).withEvidenceMaxDf(evidenceMaxDf)
                .withMinEvidence(minEvidence).withStrongEvidence(strongEvidence);
    }
}
