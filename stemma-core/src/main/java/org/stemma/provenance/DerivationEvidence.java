package org.stemma.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.text.QuoteGlyphs;

/**
 * Writes a chosen edge as a {@link Derivation}: its kind, credit, probability, whether it is
 * directed, and the reasons in words a fact-checker reads (articles named by outlet, headline or
 * first words and date; no ids, costs or weights in the sentences; each reason's log-odds kept
 * as a number beside it).
 */
final class DerivationEvidence {

    /**
     * Share of the pair's two directions the stated one must have for the derivation to be
     * directed (3 to 2). Chosen on undated constructed chains of generator seed 1001 (the
     * families the copy model is fitted beside, never those it is reported on): of 0.8, 0.7, 0.65
     * and 0.6, the one stating most parents with those stated right at least 95% of the time,
     * construction and aligner links pooled (docs/evaluation.md, "Round 4"). The calibrated
     * confidence of at least {@code directedMin} already keeps the reverse order unlikely.
     */
    static final double ORDER_MIN = 0.6;
    /** Reasons weighing less than this (log-odds) are left out. */
    static final double MIN_WEIGHT = 0.1;
    /** Share of reworded shared text above which a derivation is a rewrite. */
    static final double REWRITE_SHARE = 0.5;
    /** Edited passages less similar than this count as reworded. */
    static final double REWORDED_SIMILARITY = 0.6;
    /** Share of the source a copy must carry to be a (full) copy. */
    static final double COPY_COVERAGE = 0.8;

    private DerivationEvidence() {
    }

    /**
     * @param e         the chosen edge
     * @param p         its probability
     * @param reverse   the probability of the reverse edge (0 if none)
     * @param runner    the next most likely parent's edge, or null
     * @param runnerP   its probability
     */
    static Derivation of(CopyGraph graph, CopyGraph.Edge e, double p, double reverse, CopyGraph.Edge runner,
                         double runnerP, List<Link> links, CopyModel model) {
        List<String> nodes = graph.nodes();
        String source = nodes.get(e.from());
        String copy = nodes.get(e.to());
        Map<String, ArticleFacts> facts = graph.facts();
        ArticleFacts cf = facts.get(copy);
        List<Evidence> ev = new ArrayList<>();
        DerivationKind kind;
        boolean credited;
        if (e.external() != null) {
            String outlet = e.external().name();
            Link k = strongest(copy, links);
            kind = k == null ? DerivationKind.PARTIAL : kind(k, !k.a().equals(copy));
            credited = true;
            ev.add(Evidence.note("external", cf.label() + " names " + outlet + " as the source of its text ("
                    + QuoteGlyphs.quoted(e.external().phrase()) + "); no article of " + outlet + " is in the corpus"));
        } else {
            ArticleFacts sf = facts.get(source);
            Link k = e.pair().link();
            kind = kind(k, e.forward());
            ev.add(Evidence.note("kind", kindText(kind, k, e.forward(), sf.label(), cf.label())));
            ev.addAll(reasons(graph, e, sf, cf, model));
            String phrase = cf.creditOf(sf.article());
            credited = phrase != null;
            ev.add(Evidence.note("credit", creditText(phrase, cf, sf)));
        }
        // Directed when this parent is more likely right than not (calibrated) and the order of the
        // two is clear (the marginals of the two directions, 3 to 2).
        double confidence = model.calibration().apply(p);
        boolean directed = confidence >= model.directedMin()
                && (e.external() != null || p >= ORDER_MIN * (p + reverse));
        String runnerUp = runner == null ? null : nodes.get(runner.from());
        if (!directed) {
            ev.add(Evidence.note("direction", undetermined(graph, e, p, reverse, runner, runnerP)));
        }
        if (runner != null) {
            ev.add(Evidence.note("parent", "Next most likely parent: " + label(graph, runner.from()) + "."));
        }
        return new Derivation(source, copy, kind, credited, round(confidence), directed, ev, runnerUp,
                round(runner == null ? 0 : model.calibration().apply(runnerP)));
    }

    private static double round(double x) {
        return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000.0;
    }

    private static String label(CopyGraph graph, int v) {
        String id = graph.nodes().get(v);
        ArticleFacts f = graph.facts().get(id);
        return f != null ? f.label() : ArticleLabel.external(id);
    }

    private static String undetermined(CopyGraph graph, CopyGraph.Edge e, double p, double reverse,
                                       CopyGraph.Edge runner, double runnerP) {
        String s = label(graph, e.from());
        String c = label(graph, e.to());
        if (reverse > p * (1 - ORDER_MIN) / ORDER_MIN) {
            return "Direction undetermined: the texts do not tell whether " + c + " was taken from " + s
                    + " or the other way round.";
        }
        if (runner != null && runnerP >= p / 2) {
            return "Direction undetermined: " + c + " may as well have been taken from "
                    + label(graph, runner.from()) + " as from " + s + ".";
        }
        return "Direction undetermined: the texts give too little evidence that " + c + " was taken from " + s + ".";
    }

    /**
     * The copy model's reasons, strongest first, and the outside evidence. The relation's weight
     * is the log-odds of this parent against no parent from what the two share; each direction
     * reason's weight is its part of the log-odds of this edge against its reverse.
     */
    private static List<Evidence> reasons(CopyGraph graph, CopyGraph.Edge e, ArticleFacts sf, ArticleFacts cf,
                                          CopyModel model) {
        double[] w = model.weights();
        double[] x = e.x();
        double[] b = e.back();
        CopyFeatures f = e.shared();
        int s = e.forward() ? 0 : 1;
        int c = 1 - s;
        String src = sf.label();
        String cp = cf.label();
        List<Evidence> out = new ArrayList<>();
        double related = w[0] * x[0] + w[1] * x[1] + w[2] * x[2] - model.rootScore(graph.rootFeatures(e.to()));
        String shares = pct(f.contained()[c]) + "% of the words of " + cp + " are also in " + src + ", and "
                + pct(f.contained()[s]) + "% of the words of " + src + " are in " + cp;
        out.add(new Evidence("shared", related >= 0
                ? shares + "; " + Math.round((f.proseTokens(0) + f.proseTokens(1)) / 2) + " words of the writer's own "
                        + "prose are shared word for word (outside quotations and names), which reports of one event "
                        + "written independently seldom share."
                : "Only " + shares + ": on its own, too little to tell a copy from an independent report of the "
                        + "same event.", related));
        out.add(new Evidence("contained", "More of " + cp + " is found in " + src + " than the reverse: "
                + "a copy is made of its source's text.", w[3] * (x[3] - b[3])));
        out.add(new Evidence("length", f.size()[s] >= f.size()[c]
                ? src + " is the longer (" + f.size()[s] + " words against " + f.size()[c] + "): copies cut more than they add."
                : src + " is the shorter (" + f.size()[s] + " words against " + f.size()[c] + ").", w[4] * (x[4] - b[4])));
        out.add(new Evidence("position", x[5] >= 0
                ? "What " + cp + " shares with " + src + " sits near the top of " + src
                        + ": a copy keeps the top of its source and cuts the bottom."
                : "What " + cp + " shares with " + src + " sits lower in " + src + " than in " + cp + ".",
                w[5] * (x[5] - b[5])));
        if (x[6] != 0) {
            String sb = graph.texts().get(sf.id()).byline();
            String cb = graph.texts().get(cf.id()).byline();
            out.add(new Evidence("byline", x[6] > 0
                    ? src + " opens with an agency byline (" + QuoteGlyphs.quoted(sb) + ") that " + cp
                    + " lacks: a copy drops the agency's byline."
                    : cp + " opens with an agency byline (" + QuoteGlyphs.quoted(cb) + ") that " + src + " lacks.",
                    w[6] * (x[6] - b[6])));
        }
        ChangeEvents changes = e.pair().changes();
        out.add(new Evidence("changes", "Turning " + src + " into " + cp + " takes " + changes.describe(e.forward())
                + "; the reverse takes " + changes.describe(!e.forward())
                + " (a copy cuts text; text appearing from nowhere is rarer).", w[7] * (x[7] - b[7])));
        if (x[8] != 0) {
            out.add(new Evidence("quotes", quotesText(graph, sf, cf), w[8] * (x[8] - b[8])));
        }
        for (DirectionScorer.Signal sig : e.pair().signals()) {
            double toward = e.forward() ? sig.weight() : -sig.weight();
            out.add(new Evidence(sig.signal(), sig.text() + ".", toward));
        }
        out.removeIf(r -> r.weight() == null || Math.abs(r.weight()) < MIN_WEIGHT);
        out.sort(Comparator.comparingDouble((Evidence r) -> -r.weight()));
        List<Evidence> worded = new ArrayList<>();
        for (Evidence r : out) {
            double wt = Math.round(r.weight() * 100) / 100.0;
            boolean against = r.weight() < 0 && !r.signal().equals("shared");
            worded.add(new Evidence(r.signal(), against ? "Against: " + r.text() : r.text(), wt));
        }
        return worded;
    }

    private static String quotesText(CopyGraph graph, ArticleFacts sf, ArticleFacts cf) {
        List<String> parts = new ArrayList<>();
        for (QuoteFidelity.Difference d : graph.fidelity().differences(sf.id(), cf.id())) {
            String better = d.better().equals(sf.id()) ? sf.label() : cf.label();
            String worse = d.better().equals(sf.id()) ? cf.label() : sf.label();
            parts.add(d.describe(better, worse));
            if (parts.size() == 2) {
                break;
            }
        }
        return (parts.isEmpty() ? "Quotations differ in fidelity" : String.join("; ", parts))
                + ": a copier alters or cuts a quotation but rarely restores the original words.";
    }

    /** The strongest link of {@code id} among {@code links} (by the share of its text they cover), or null. */
    private static Link strongest(String id, List<Link> links) {
        Link best = null;
        for (Link k : links) {
            if (!k.touches(id)) {
                continue;
            }
            double cov = k.a().equals(id) ? k.coverageA() : k.coverageB();
            if (best == null || cov > (best.a().equals(id) ? best.coverageA() : best.coverageB())) {
                best = k;
            }
        }
        return best;
    }

    /** Kind of the derivation source → copy over link {@code k} ({@code aSource}: k.a is the source). */
    static DerivationKind kind(Link k, boolean aSource) {
        if (rewordedShare(k, aSource) >= REWRITE_SHARE) {
            return DerivationKind.REWRITE;
        }
        return copiedShare(k, aSource) >= COPY_COVERAGE ? DerivationKind.COPY : DerivationKind.PARTIAL;
    }

    /**
     * The source's coverage by the link, an edited passage counting for its matched share
     * (similarity times length): a passage is a whole copied region with its edits and bridged
     * gaps, so its span alone would overstate what was copied.
     */
    static double copiedShare(Link k, boolean aSource) {
        double spans = 0;
        double matched = 0;
        for (Passage p : k.passages()) {
            int len = aSource ? p.a().length() : p.b().length();
            spans += len;
            matched += p.kind() == PassageKind.EDITED ? len * p.similarity() : len;
        }
        return (aSource ? k.coverageA() : k.coverageB()) * (spans > 0 ? matched / spans : 1);
    }

    private static double rewordedShare(Link k, boolean aSource) {
        double reworded = 0;
        double shared = 0;
        for (Passage p : k.passages()) {
            int len = aSource ? p.b().length() : p.a().length();
            shared += len;
            if (p.kind() == PassageKind.PARAPHRASE
                    || p.kind() == PassageKind.EDITED && p.similarity() < REWORDED_SIMILARITY) {
                reworded += len;
            }
        }
        return shared == 0 ? 0 : reworded / shared;
    }

    private static String kindText(DerivationKind kind, Link k, boolean aSource, String source, String copy) {
        double covSource = aSource ? k.coverageA() : k.coverageB();
        int n = k.passages().size();
        return switch (kind) {
            case REWRITE -> "Rewrite: " + copy + " rewords most of what it shares with " + source + " ("
                    + pct(rewordedShare(k, aSource)) + "% of the shared text).";
            case COPY -> "Copy: " + copy + " carries nearly all of the text of " + source + " (" + pct(covSource) + "%).";
            case PARTIAL -> "Partial copy: " + copy + " carries " + pct(covSource) + "% of the text of " + source
                    + ", in " + n + " passage" + (n == 1 ? "" : "s") + ".";
        };
    }

    private static String creditText(String phrase, ArticleFacts copy, ArticleFacts source) {
        if (phrase != null) {
            return "Credited: " + copy.label() + " names its source (" + QuoteGlyphs.quoted(phrase) + ").";
        }
        String outlet = source.article().outlet();
        StringBuilder b = new StringBuilder("Not credited: ").append(copy.label());
        if (outlet == null || outlet.isBlank()) {
            b.append(" carries no link to ").append(source.label()).append(", whose outlet is unknown");
        } else {
            b.append(" neither names ").append(outlet.strip()).append(" nor links its page");
        }
        List<String> others = new ArrayList<>();
        for (Attribution at : copy.attributions()) {
            if (at.kind() != AttributionKind.LINK) {
                others.add(QuoteGlyphs.quoted(at.phrase()) + " (" + switch (at.kind()) {
                    case INTERVIEW -> "names who interviewed the speaker, not whose text was copied";
                    case UNNAMED_SOURCE -> "names no outlet";
                    default -> "names another source";
                } + ")");
            }
        }
        if (!others.isEmpty()) {
            b.append("; its attributions ").append(String.join(", ", others)).append(" do not credit it");
        }
        return b.append('.').toString();
    }

    static int pct(double x) {
        return (int) Math.round(100 * x);
    }
}
