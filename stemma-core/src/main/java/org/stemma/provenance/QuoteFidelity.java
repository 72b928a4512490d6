package org.stemma.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.quote.VariantRelation;
import org.stemma.text.QuoteGlyphs;
import org.stemma.text.Span;

/**
 * Quote fidelity between two articles: for each quotation family both carry, the article whose
 * instance is closer to the family's best-supported wording (exact, then trimmed, then altered
 * or misattributed) is taken to be nearer the origin — a copier can alter or cut a quotation
 * but rarely restores the original words. Short fragments quoted inside a sentence are left
 * out (see {@link #telling}).
 */
final class QuoteFidelity {

    /** Per article id: family index → the best variant of that family in the article. */
    private final Map<String, Map<Integer, QuoteVariant>> byArticle = new HashMap<>();
    private final List<QuoteFamily> families;
    /** Per article id, the spans of all its quotations. */
    private final Map<String, List<Span>> quotations = new HashMap<>();

    QuoteFidelity(List<QuoteFamily> families) {
        this.families = families;
        for (int f = 0; f < families.size(); f++) {
            for (QuoteVariant v : families.get(f).variants()) {
                quotations.computeIfAbsent(v.quote().article(), k -> new ArrayList<>()).add(v.quote().span());
                if (!telling(v)) {
                    continue;
                }
                Map<Integer, QuoteVariant> m = byArticle.computeIfAbsent(v.quote().article(), k -> new HashMap<>());
                QuoteVariant old = m.get(f);
                if (old == null || rank(v.relation()) < rank(old.relation())) {
                    m.put(f, v);
                }
            }
        }
    }

    /** The spans of the article's quotations (every family, short fragments included). */
    List<Span> quotationsOf(String article) {
        return quotations.getOrDefault(article, List.of());
    }

    /** One family where the two articles' instances differ in fidelity. */
    record Difference(String better, String worse, QuoteVariant betterVariant,
                      QuoteVariant worseVariant, QuoteFamily family) {
        String describe(String betterLabel, String worseLabel) {
            return "the quotation " + QuoteGlyphs.quoted(snippet(betterVariant.quote().text())) + " is "
                    + (betterVariant.relation() == VariantRelation.VERBATIM ? "exact" : betterVariant.relation().jsonName())
                    + " in " + betterLabel + " but " + worseVariant.relation().jsonName() + " in " + worseLabel
                    + " (" + QuoteGlyphs.quoted(snippet(worseVariant.quote().text())) + ")";
        }
    }

    /** The families where {@code a} and {@code b} carry instances of different fidelity. */
    List<Difference> differences(String a, String b) {
        Map<Integer, QuoteVariant> qa = byArticle.get(a);
        Map<Integer, QuoteVariant> qb = byArticle.get(b);
        List<Difference> out = new ArrayList<>();
        if (qa == null || qb == null) {
            return out;
        }
        for (Map.Entry<Integer, QuoteVariant> e : qa.entrySet()) {
            QuoteVariant vb = qb.get(e.getKey());
            if (vb == null) {
                continue;
            }
            QuoteVariant va = e.getValue();
            int ra = rank(va.relation());
            int rb = rank(vb.relation());
            if (ra < rb) {
                out.add(new Difference(a, b, va, vb, families.get(e.getKey())));
            } else if (rb < ra) {
                out.add(new Difference(b, a, vb, va, families.get(e.getKey())));
            }
        }
        // In text order of a, not family numbering: a distributed run numbers families otherwise.
        out.sort(java.util.Comparator.comparingInt((Difference d) -> (d.better().equals(a) ? d.betterVariant() : d.worseVariant())
                .quote().span().start()).thenComparing(d -> d.betterVariant().quote().text()));
        return out;
    }

    /**
     * Whether a variant says anything about copying: a short fragment quoted inside the
     * author's own sentence ("take “appropriate measures”") is the author's choice of words
     * to quote, not a cut copy of the full quotation, so it is left out.
     */
    static boolean telling(QuoteVariant v) {
        if (v.quote().partial() && v.relation() != VariantRelation.VERBATIM) {
            return false;
        }
        return v.relation() != VariantRelation.TRIMMED || v.quote().text().strip().split("\\s+").length >= 6;
    }

    static int rank(VariantRelation r) {
        return switch (r) {
            case VERBATIM -> 0;
            case TRIMMED -> 1;
            case ALTERED, MISATTRIBUTED -> 2;
        };
    }

    static String snippet(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length <= 8) {
            return s.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 8)) + "…";
    }
}
