package org.stemma.eval.paraphrase;

import java.util.Objects;

/**
 * One judged sentence pair of the Microsoft Research Paraphrase Corpus.
 *
 * @param paraphrase the human label ({@code Quality} 1 = paraphrase)
 * @param id1        id of the first sentence
 * @param id2        id of the second sentence
 * @param s1         the first sentence, exactly as in the file (quotation marks kept)
 * @param s2         the second sentence
 */
public record MsrpPair(boolean paraphrase, String id1, String id2, String s1, String s2) {
    public MsrpPair {
        Objects.requireNonNull(id1, "id1");
        Objects.requireNonNull(id2, "id2");
        Objects.requireNonNull(s1, "s1");
        Objects.requireNonNull(s2, "s2");
    }
}
