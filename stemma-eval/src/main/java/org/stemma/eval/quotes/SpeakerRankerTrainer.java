package org.stemma.eval.quotes;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.stemma.article.Article;
import org.stemma.eval.paraphrase.LogisticRegression;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteCandidate;
import org.stemma.quote.QuoteExtractor;
import org.stemma.quote.SpeakerOption;
import org.stemma.text.Span;

/**
 * Fits the speaker ranker ({@code stemma eval quotes --fit-speakers GOLD...}) on gold sets that
 * say where each attribution's source is written (PolNeAR's Source spans).
 *
 * <p>For every reported quotation that matches a gold quotation with a source, each option the
 * extractor weighed is labelled: a mention is right when it overlaps the gold source; "the voice
 * goes on" is right when no mention does and the source lies outside the mentions weighed (an
 * earlier paragraph). A quotation whose source is among the mentions' words but is no option is
 * left out. A logistic regression scores options; the highest-scoring option is chosen.
 *
 * <p>Articles are dealt into {@link #FOLDS} folds (fixed seed): each fold is chosen by a model
 * fitted on the others, and the share of quotations whose chosen option is right is reported out
 * of fold, beside the rules' choice (their phrase, or the voice going on when they found none) on
 * the same quotations. The shipped weights are fitted on everything.
 */
public final class SpeakerRankerTrainer {

    public static final double LAMBDA = 1e-3;
    public static final int FOLDS = 5;
    public static final long SEED = 18;

    /**
     * Features left out of a fit, for ablation: {@code -Dstemma.ranker.drop=name,name} (none by
     * default). Read when a fit starts, so a wrong name is one clear error, not a class that fails to load.
     */
    private static int[] dropped() {
        return java.util.Arrays.stream(System.getProperty("stemma.ranker.drop", "").split(","))
                .filter(n -> !n.isBlank()).mapToInt(n -> {
                    int k = SpeakerOption.FEATURES.indexOf(n.strip());
                    if (k < 0) {
                        throw new IllegalArgumentException("stemma.ranker.drop names no ranker feature: " + n.strip());
                    }
                    return k;
                }).toArray();
    }

    private static final int SHOW = Integer.getInteger("stemma.ranker.show", 0);

    private static void show(PrintStream out, Group g, int c, int r) {
        int from = Math.max(0, g.quote().start() - 300);
        int to = Math.min(g.text().length(), g.quote().end() + 150);
        out.printf("--- chosen %s | right %s%n    %s%n", what(g, c), what(g, r),
                g.text().substring(from, to).replace('\n', '|'));
    }

    private static String what(Group g, int i) {
        SpeakerOption o = g.options().get(i);
        return o.mention() == null ? "<voice goes on>" : g.text().substring(o.mention().start(), o.mention().end());
    }

    private SpeakerRankerTrainer() {
    }

    /** The options of one quotation, their labels and its fold. */
    private record Group(List<double[]> x, boolean[] y, int fold, int rule, List<SpeakerOption> options, String text, Span quote) {
    }

    public static LogisticRegression.Model fit(List<List<QuoteEvaluation.GoldDoc>> sets, List<String> names, PrintStream out) {
        QuoteExtractor extractor = new QuoteExtractor();
        List<Group> groups = new ArrayList<>();
        int notAnOption = 0;
        int noSource = 0;
        int ruleIndex = SpeakerOption.FEATURES.indexOf("rulesChoice");
        int[] drop = dropped();
        for (int s = 0; s < sets.size(); s++) {
            List<QuoteEvaluation.GoldDoc> docs = sets.get(s);
            Random rnd = new Random(SEED + s);
            for (QuoteEvaluation.GoldDoc doc : docs) {
                int fold = rnd.nextInt(FOLDS);
                List<QuoteCandidate> cands = extractor.candidates(Article.builder(doc.id(), doc.text()).build());
                List<Quote> quotes = cands.stream().map(QuoteCandidate::quote).toList();
                UtteranceScorer.Labels labels = UtteranceScorer.label(doc.text(), doc.gold(), quotes);
                for (int i = 0; i < cands.size(); i++) {
                    GoldQuote g = labels.gold()[i];
                    if (!cands.get(i).kept() || g == null) {
                        continue;
                    }
                    if (g.source() == null) {
                        noSource++;
                        continue;
                    }
                    Group group = group(cands.get(i).speakers(), g.source(), fold, ruleIndex, doc.text(), quotes.get(i), drop);
                    if (group == null) {
                        notAnOption++;
                    } else {
                        groups.add(group);
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "speaker ranker: %d reported quotations with a gold source in %s, %d folds by article, seed %d "
                + "(left out: %d whose source is no option, %d without a source)%n",
                groups.size(), String.join(" + ", names), FOLDS, SEED, notAnOption, noSource);
        if (groups.size() < FOLDS) {
            // our own gold names the speaker but marks no source span in the text: nothing to label options by
            throw new IllegalArgumentException("--fit-speakers needs gold with source spans (PolNeAR-style); "
                    + "these sets give " + groups.size() + " quotations with one");
        }
        int oofRight = 0;
        int ruleRight = 0;
        int nf = SpeakerOption.FEATURES.size();
        double[] wrongChosen = new double[nf];
        double[] wrongRight = new double[nf];
        int wrong = 0;
        for (int f = 0; f < FOLDS; f++) {
            List<Group> train = new ArrayList<>();
            for (Group g : groups) {
                if (g.fold() != f) {
                    train.add(g);
                }
            }
            LogisticRegression.Model m = fitOn(train);
            for (Group g : groups) {
                if (g.fold() == f) {
                    int c = choose(m, g);
                    oofRight += g.y()[c] ? 1 : 0;
                    if (!g.y()[c]) { // the census of wrong choices: the chosen option beside the right one
                        wrong++;
                        int r = 0;
                        for (int i = 0; i < g.y().length; i++) {
                            if (g.y()[i]) {
                                r = i;
                                break;
                            }
                        }
                        if (wrong <= SHOW) {
                            show(out, g, c, r);
                        }
                        for (int k = 0; k < nf; k++) {
                            wrongChosen[k] += g.x().get(c)[k];
                            wrongRight[k] += g.x().get(r)[k];
                        }
                    }
                    ruleRight += g.y()[g.rule()] ? 1 : 0;
                }
            }
        }
        LogisticRegression.Model model = fitOn(groups);
        int fitted = 0;
        for (Group g : groups) {
            fitted += g.y()[choose(model, g)] ? 1 : 0;
        }
        out.printf(Locale.ROOT, "  right option, out of fold: %.3f (%d/%d); rules' choice on the same quotations: %.3f (%d/%d)%n",
                (double) oofRight / groups.size(), oofRight, groups.size(), (double) ruleRight / groups.size(), ruleRight, groups.size());
        out.printf(Locale.ROOT, "  fitted on everything (resubstitution): %.3f%n", (double) fitted / groups.size());
        out.printf(Locale.ROOT, "  out-of-fold wrong choices: %d; mean feature, chosen (wrong) vs a right option:%n", wrong);
        for (int k = 0; k < nf && wrong > 0; k++) {
            out.printf(Locale.ROOT, "    %-28s %.2f  %.2f%n", SpeakerOption.FEATURES.get(k), wrongChosen[k] / wrong, wrongRight[k] / wrong);
        }
        QuoteDecisionTrainer.printConstants(out, "org.stemma.quote.SpeakerRanker", model, SpeakerOption.FEATURES);
        return model;
    }

    /** The labelled options of one quotation, or null when its source is among the words but no option. */
    private static Group group(List<SpeakerOption> options, Span source, int fold, int ruleIndex, String text, Quote q,
            int[] drop) {
        boolean[] y = new boolean[options.size()];
        List<double[]> x = new ArrayList<>();
        int continuation = -1;
        int rule = -1;
        boolean any = false;
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = 0; i < options.size(); i++) {
            SpeakerOption o = options.get(i);
            double[] f = o.features();
            for (int k : drop) {
                f[k] = 0;
            }
            x.add(f);
            if (o.mention() == null) {
                continuation = i;
                continue;
            }
            lo = Math.min(lo, o.mention().start());
            hi = Math.max(hi, o.mention().end());
            if (o.features()[ruleIndex] > 0 && rule < 0) {
                rule = i;
            }
            if (o.mention().start() < source.end() && source.start() < o.mention().end()) {
                y[i] = true;
                any = true;
            }
        }
        if (!any) {
            if (source.end() > lo && source.start() < hi) {
                return null;
            }
            y[continuation] = true;
        }
        return new Group(x, y, fold, rule >= 0 ? rule : continuation, options, text, q.span());
    }

    private static int choose(LogisticRegression.Model m, Group g) {
        int best = 0;
        double bestP = -1;
        for (int i = 0; i < g.x().size(); i++) {
            double p = m.probability(g.x().get(i));
            if (p > bestP) {
                bestP = p;
                best = i;
            }
        }
        return best;
    }

    private static LogisticRegression.Model fitOn(List<Group> groups) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Group g : groups) {
            for (int i = 0; i < g.x().size(); i++) {
                x.add(g.x().get(i));
                y.add(g.y()[i]);
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        return LogisticRegression.fit(x.toArray(new double[0][]), labels, LAMBDA);
    }
}
