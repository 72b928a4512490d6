package org.stemma.align;

import org.stemma.fingerprint.Fingerprinter;

/**
 * Parameters of lexical reuse detection, with documented defaults ({@link #defaults()}).
 * Lengths are in word tokens.
 *
 * <p><b>Fingerprints and candidates</b>
 * @param shingleSize         words per shingle for MinHash (default 4)
 * @param minHashSize         MinHash signature length (default 64)
 * @param bands               LSH bands (default 16; with 4 rows a pair of Jaccard 0.5 becomes a
 *                            candidate with probability 0.64, Jaccard 0.7 with 0.98)
 * @param rows                signature positions per band (default 4)
 * @param ngramSize           words per n-gram in the rare-n-gram index (default 5, as passim)
 * @param maxDf               n-grams found in more documents than this seed nothing (default 100,
 *                            as passim)
 * @param minSharedNgrams     rare n-grams two documents must share to be aligned (default 3)
 * @param clusterLimit        exact-duplicate groups and LSH buckets up to this size yield all
 *                            their pairs; larger ones a star from their first document (default 32)
 * @param seed                MinHash seed (default fixed, so fingerprints are stable)
 * <p><b>Alignment</b>
 * @param seedSize            words in an alignment seed, the shortest exact match used (default 3)
 * @param maxSeedOccurrences  seeds occurring more often than this in the second text are skipped
 *                            (default 16), which bounds work on repetitive text
 * @param maxGap              largest gap in words, in either text, bridged between two matches
 *                            of one passage (default 100, two long sentences)
 * @param maxGapSentences     and most sentences begun inside such a gap, in either text
 *                            (default 3: a copy that adds or drops more has left its source)
 * @param gapCost             score lost per gap word when chaining matches (default 0.25)
 * @param minMatchedTokens    a passage region needs at least this many matched words (default 8)
 * @param minDensity          and matched words at least this share of its length, as
 *                            {@code 2*matched/(lenA+lenB)} (default 0.3)
 * <p><b>Link kinds</b>
 * @param duplicateCoverage   both coverages at least this: {@link LinkKind#DUPLICATE} (default 0.8)
 * @param containmentCoverage one coverage at least this: {@link LinkKind#CONTAINMENT} (default 0.6)
 * <p><b>Corpus furniture</b> ({@link org.stemma.furniture.FurnitureFinder}), removed before
 * everything else
 * @param furnitureMinDocs    an n-gram in at least this many articles is frequent (default 10;
 *                            0 turns furniture off)
 * @param furnitureMinSiteDocs an n-gram in at least this many articles of one site is frequent
 *                            (default 2)
 * @param furnitureMaxBlock   a run of frequent sentences longer than this many words is text
 *                            (wire copy), not furniture (default 120)
 * <p><b>Evidence</b>: short stock phrases never make a link on their own
 * @param evidenceMaxDf       an n-gram in more articles than this is a common phrase, not
 *                            evidence (default 2)
 * @param minEvidence         a lexical passage needs at least this many rare words (words of
 *                            n-grams its two spans share that are in no common phrase), or about
 *                            30 shared words of any kind, to count at all; passages with fewer are
 *                            dropped, and the {@link LinkDecision} judges whether the rest make a
 *                            link (default 3; 0 turns the rule and the decision off)
 * @param strongEvidence      a passage with this many rare words makes a link on its own, without
 *                            the link decision's model (default 12, chosen with the model by
 *                            cross-validation); in the rule of thresholds the decision replaced
 *                            ({@link ReuseFinder#withDecision} null, kept to compare against) a
 *                            weaker one counts beside it, or when the two articles share a name
 *                            outside it
 */
public record ReuseOptions(
        int shingleSize,
        int minHashSize,
        int bands,
        int rows,
        int ngramSize,
        int maxDf,
        int minSharedNgrams,
        int clusterLimit,
        long seed,
        int seedSize,
        int maxSeedOccurrences,
        int maxGap,
        int maxGapSentences,
        double gapCost,
        int minMatchedTokens,
        double minDensity,
        double duplicateCoverage,
        double containmentCoverage,
        int furnitureMinDocs,
        int furnitureMinSiteDocs,
        int furnitureMaxBlock,
        int evidenceMaxDf,
        int minEvidence,
        int strongEvidence) implements java.io.Serializable {

    public ReuseOptions {
        positive("shingleSize", shingleSize);
        positive("minHashSize", minHashSize);
        positive("bands", bands);
        positive("rows", rows);
        positive("ngramSize", ngramSize);
        positive("minSharedNgrams", minSharedNgrams);
        positive("seedSize", seedSize);
        positive("maxSeedOccurrences", maxSeedOccurrences);
        positive("minMatchedTokens", minMatchedTokens);
        if (maxGapSentences < 0) {
            throw new IllegalArgumentException("maxGapSentences must be >= 0: " + maxGapSentences);
        }
        if (bands * rows > minHashSize) {
            throw new IllegalArgumentException("bands*rows (" + bands * rows
                    + ") exceeds minHashSize (" + minHashSize + ")");
        }
        if (maxDf < 2) {
            throw new IllegalArgumentException("maxDf must be >= 2: " + maxDf);
        }
        if (clusterLimit < 2) {
            throw new IllegalArgumentException("clusterLimit must be >= 2: " + clusterLimit);
        }
        if (maxGap < 0 || gapCost < 0) {
            throw new IllegalArgumentException("maxGap and gapCost must be >= 0");
        }
        if (furnitureMinDocs < 0 || furnitureMinSiteDocs < 0 || furnitureMaxBlock < 0
                || evidenceMaxDf < 0 || minEvidence < 0 || strongEvidence < 0) {
            throw new IllegalArgumentException("furniture and evidence parameters must be >= 0");
        }
        unit("minDensity", minDensity);
        unit("duplicateCoverage", duplicateCoverage);
        unit("containmentCoverage", containmentCoverage);
    }

    /** The defaults documented on each component. */
    public static ReuseOptions defaults() {
        return new ReuseOptions(4, 64, 16, 4, 5, 100, 3, 32, 0x5eed5eed5eedL,
                3, 16, 100, 3, 0.25, 8, 0.3, 0.8, 0.6,
                10, 2, 120, 2, 3, 12);
    }

    /** The fingerprinter these options describe. */
    public Fingerprinter fingerprinter() {
        return new Fingerprinter(shingleSize, minHashSize, bands, rows, ngramSize, seed);
    }

    public ReuseOptions withMaxDf(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, v,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap,
                maxGapSentences, gapCost, minMatchedTokens, minDensity, duplicateCoverage,
                containmentCoverage, furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock,
                evidenceMaxDf, minEvidence, strongEvidence);
    }

    public ReuseOptions withMinSharedNgrams(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf, v,
                clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap, maxGapSentences,
                gapCost, minMatchedTokens, minDensity, duplicateCoverage, containmentCoverage,
                furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock, evidenceMaxDf,
                minEvidence, strongEvidence);
    }

    public ReuseOptions withMinMatchedTokens(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap,
                maxGapSentences, gapCost, v, minDensity, duplicateCoverage, containmentCoverage,
                furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock, evidenceMaxDf,
                minEvidence, strongEvidence);
    }

    public ReuseOptions withMaxGap(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, v,
                maxGapSentences, gapCost, minMatchedTokens, minDensity, duplicateCoverage,
                containmentCoverage, furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock,
                evidenceMaxDf, minEvidence, strongEvidence);
    }

    public ReuseOptions withMaxGapSentences(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap, v,
                gapCost, minMatchedTokens, minDensity, duplicateCoverage, containmentCoverage,
                furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock, evidenceMaxDf,
                minEvidence, strongEvidence);
    }

    public ReuseOptions withNgramSize(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, v, maxDf, minSharedNgrams,
                clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap, maxGapSentences,
                gapCost, minMatchedTokens, minDensity, duplicateCoverage, containmentCoverage,
                furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock, evidenceMaxDf,
                minEvidence, strongEvidence);
    }

    public ReuseOptions withShingleSize(int v) {
        return new ReuseOptions(v, minHashSize, bands, rows, ngramSize, maxDf, minSharedNgrams,
                clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap, maxGapSentences,
                gapCost, minMatchedTokens, minDensity, duplicateCoverage, containmentCoverage,
                furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock, evidenceMaxDf,
                minEvidence, strongEvidence);
    }

    public ReuseOptions withFurnitureMinDocs(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap,
                maxGapSentences, gapCost, minMatchedTokens, minDensity, duplicateCoverage,
                containmentCoverage, v, furnitureMinSiteDocs, furnitureMaxBlock, evidenceMaxDf,
                minEvidence, strongEvidence);
    }

    public ReuseOptions withFurnitureMinSiteDocs(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap,
                maxGapSentences, gapCost, minMatchedTokens, minDensity, duplicateCoverage,
                containmentCoverage, furnitureMinDocs, v, furnitureMaxBlock, evidenceMaxDf,
                minEvidence, strongEvidence);
    }

    public ReuseOptions withFurnitureMaxBlock(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap,
                maxGapSentences, gapCost, minMatchedTokens, minDensity, duplicateCoverage,
                containmentCoverage, furnitureMinDocs, furnitureMinSiteDocs, v, evidenceMaxDf,
                minEvidence, strongEvidence);
    }

    public ReuseOptions withEvidenceMaxDf(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap,
                maxGapSentences, gapCost, minMatchedTokens, minDensity, duplicateCoverage,
                containmentCoverage, furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock, v,
                minEvidence, strongEvidence);
    }

    public ReuseOptions withMinEvidence(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap,
                maxGapSentences, gapCost, minMatchedTokens, minDensity, duplicateCoverage,
                containmentCoverage, furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock,
                evidenceMaxDf, v, strongEvidence);
    }

    public ReuseOptions withStrongEvidence(int v) {
        return new ReuseOptions(shingleSize, minHashSize, bands, rows, ngramSize, maxDf,
                minSharedNgrams, clusterLimit, seed, seedSize, maxSeedOccurrences, maxGap,
                maxGapSentences, gapCost, minMatchedTokens, minDensity, duplicateCoverage,
                containmentCoverage, furnitureMinDocs, furnitureMinSiteDocs, furnitureMaxBlock,
                evidenceMaxDf, minEvidence, v);
    }

    public ReuseOptions withBands(int bands, int rows) {
        return new ReuseOptions(shingleSize, Math.max(minHashSize, bands * rows), bands, rows,
                ngramSize, maxDf, minSharedNgrams, clusterLimit, seed, seedSize,
                maxSeedOccurrences, maxGap, maxGapSentences, gapCost, minMatchedTokens,
                minDensity, duplicateCoverage, containmentCoverage, furnitureMinDocs,
                furnitureMinSiteDocs, furnitureMaxBlock, evidenceMaxDf, minEvidence,
                strongEvidence);
    }

    private static void positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be >= 1: " + v);
        }
    }

    private static void unit(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0,1]: " + v);
        }
    }
}
