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
 * extractor weighed is labelled in one of three ways ({@code -Dstemma.ranker.label}):
 * <ul>
 * <li>{@code span} (the default, which the shipped weights were fitted by): a mention is right
 * when it overlaps the gold source; "the voice goes on" is right when no mention does and the
 * source lies outside the mentions weighed (an earlier paragraph). A quotation whose source is
 * among the mentions' words but is no option is left out.</li>
 * <li>{@code person}: an option is right when the speaker it would name ({@link SpeakerOption#speaker},
 * else its words as written) holds the gold source's key word, as the scorer judges a reported
 * speaker: a "he" that resolves to the source is right, and so is the source's name written
 * outside the source span. Quotations whose source is no name (no key word: "he", "officials"),
 * as the scorer does not judge them, and those no option names are left out.</li>
 * <li>{@code personspan}: as {@code person}, but when options naming the person overlap the
 * source span, only those are right.</li>
 * <li>{@code keyed}: as {@code personspan} for a source that is a name; a source that is no name
 * (a pronoun, "officials") is labelled by its span, as {@code span}, instead of being left out, so
 * the fit sees quotations whose source is a pronoun (rank19 found the pronoun weight pushed far
 * down when they are left out).</li>
 * </ul>
 * Pointwise ({@code -Dstemma.ranker.fit=pointwise}, the default), a logistic regression scores
 * options, and a quotation may have several right options; listwise ({@code listwise}), a
 * {@link ConditionalLogit} makes one quotation's options compete, its right options sharing the
 * target. The highest-scoring option is chosen.
 *
 * <p>Articles are dealt into {@link #FOLDS} folds (fixed seed): each fold is chosen by a model
 * fitted on the others, and the share of quotations whose chosen option is right is reported out
 * of fold, beside the rules' choice (their phrase, or the voice going on when they found none) on
 * the same quotations. Every labelling is then fitted fold by fold and judged by each, with
 * standard errors, so they compare on the same folds. The printed weights are fitted on everything under the chosen labelling.
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
        return SpeakerRankerComparison.features("stemma.ranker.drop");
    }

    /**
     * The rules' choice's weight held fixed in a listwise fit ({@code -Dstemma.ranker.rulesOffset=2.426084}, the
     * shipped pointwise weight; unset: fitted like the others), so the fit cannot trust the rules less than that.
     */
    private static final Double RULES_OFFSET = System.getProperty("stemma.ranker.rulesOffset") == null ? null
            : Double.valueOf(System.getProperty("stemma.ranker.rulesOffset"));

    private static final int SHOW = Integer.getInteger("stemma.ranker.show", 0);

    /** Is the fit listwise ({@code -Dstemma.ranker.fit=listwise}) rather than pointwise (the default)? */
    static boolean listwise() {
        String v = System.getProperty("stemma.ranker.fit", "pointwise").strip();
        return switch (v) {
            case "listwise" -> true;
            case "pointwise" -> false;
            default -> throw new IllegalArgumentException("stemma.ranker.fit must be listwise or pointwise, not: " + v);
        };
    }

    /** How options are labelled: by the person they name, or by overlapping the gold source span. */
    enum Labelling {
        /** Right when the option names the gold source's person. */
        PERSON,
        /** Right when the option names the person and overlaps the source span; when none does, as {@link #PERSON}. */
        PERSONSPAN,
        /** Right when the option overlaps the source span. */
        SPAN,
        /** As {@link #PERSONSPAN} when the source is a name; when it is none, as {@link #SPAN}. */
        KEYED,
        /**
         * As {@link #KEYED}, but when every right option lies in another paragraph than the quotation
         * and the voice going on names the same speaker, the voice going on alone is right.
         */
        KEYEDVOICE
    }

    /**
     * The labelling a fit uses: {@code -Dstemma.ranker.label=span|person|personspan|keyed} ({@code span}
     * by default, the shipped weights' labelling: docs/evaluation.md, rank19, says why).
     */
    static Labelling labelling() {
        String v = System.getProperty("stemma.ranker.label", "span").strip();
        return switch (v) {
            case "person" -> Labelling.PERSON;
            case "personspan" -> Labelling.PERSONSPAN;
            case "span" -> Labelling.SPAN;
            case "keyed" -> Labelling.KEYED;
            case "keyedvoice" -> Labelling.KEYEDVOICE;
            default -> throw new IllegalArgumentException("stemma.ranker.label must be keyed, keyedvoice, person, personspan or span, not: "
                    + v);
        };
    }

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

    /**
     * The options of one quotation, their labels by the span ({@code ySpan}) and by the person
     * ({@code yPerson}; either null when that labelling leaves the quotation out) and its fold.
     */
    record Group(List<double[]> x, boolean[] ySpan, boolean[] yPerson, boolean keyed, int fold, int rule, List<SpeakerOption> options,
                         String text, Span quote) {
        /**
         * The labels under {@code l}, for fitting and for judging alike: the person labellings take
         * only quotations whose gold source is a name ({@code keyed}); {@code keyed} takes the others by their span.
         */
        boolean[] y(Labelling l) {
            return switch (l) {
                case PERSON -> yPerson;
                case SPAN -> ySpan;
                case PERSONSPAN -> narrowed(yPerson, ySpan);
                case KEYED -> keyed ? narrowed(yPerson, ySpan) : ySpan;
                case KEYEDVOICE -> voiced(y(Labelling.KEYED));
            };
        }

        /**
         * A paragraph with no attribution goes on in the voice before it ("“…,” said Laura Chen. ¶
         * “…”"): when the right options all lie in other paragraphs and the voice going on names the
         * same speaker as one of them (or the gold source's person), it alone is right, as a reader
         * writes it; otherwise {@code y} as it is.
         */
        private boolean[] voiced(boolean[] y) {
            int voice = -1;
            for (int i = 0; i < options.size(); i++) {
                voice = options.get(i).mention() == null ? i : voice;
            }
            if (y == null || voice < 0 || y[voice]) {
                return y;
            }
            int other = SpeakerOption.FEATURES.indexOf("otherParagraph");
            String goesOn = options.get(voice).speaker();
            boolean same = yPerson != null && yPerson[voice];
            for (int i = 0; i < y.length; i++) {
                if (y[i]) {
                    if (options.get(i).features()[other] == 0) {
                        return y; // a right option in the quotation's own paragraph
                    }
                    same |= goesOn != null && goesOn.equals(options.get(i).speaker());
                }
            }
            if (!same) {
                return y;
            }
            boolean[] only = new boolean[y.length];
            only[voice] = true;
            return only;
        }

        private static boolean[] narrowed(boolean[] person, boolean[] span) {
            if (person == null || span == null) {
                return person;
            }
            boolean[] both = new boolean[person.length];
            boolean any = false;
            for (int i = 0; i < both.length; i++) {
                both[i] = person[i] && span[i];
                any |= both[i];
            }
            return any ? both : person;
        }
    }

    public static LogisticRegression.Model fit(List<List<QuoteEvaluation.GoldDoc>> sets, List<String> names, PrintStream out) {
        QuoteExtractor extractor = new QuoteExtractor();
        List<Group> groups = new ArrayList<>();
        int notAnOption = 0;
        int noSource = 0;
        int ruleIndex = SpeakerOption.FEATURES.indexOf("rulesChoice");
        int[] drop = dropped();
        int[] without = SpeakerRankerComparison.baseline(); // a wrong name: one clear error before any fit
        Labelling labelling = labelling();
        boolean listwise = listwise();
        int noneNames = 0;
        int keyless = 0;
        int keylessOut = 0;
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
                    Group group = group(cands.get(i).speakers(), g, fold, ruleIndex, doc.text(), quotes.get(i), drop);
                    notAnOption += group.ySpan() == null ? 1 : 0;
                    keyless += g.speakerKey() == null ? 1 : 0;
                    noneNames += g.speakerKey() != null && group.yPerson() == null ? 1 : 0;
                    keylessOut += g.speakerKey() == null && group.ySpan() == null ? 1 : 0;
                    if (group.ySpan() != null || group.yPerson() != null) {
                        groups.add(group);
                    }
                }
            }
        }
        List<Group> all = groups;
        groups = all.stream().filter(g -> g.y(labelling) != null).toList();
        out.printf(Locale.ROOT, "speaker ranker: %d reported quotations with a gold source in %s, labelled by %s, %s%d folds by article, "
                + "seed %d (%s%d without a source)%n",
                groups.size(), String.join(" + ", names), labelling.name().toLowerCase(Locale.ROOT), listwise ? "fitted listwise, " : "",
                FOLDS, SEED,
                switch (labelling) {
                    case SPAN -> "left out: " + notAnOption + " whose source is no option, ";
                    case KEYED, KEYEDVOICE -> (keyless - keylessOut) + " whose source is no name labelled by the span; left out: "
                            + noneNames + " that no option names, " + keylessOut + " whose source is no name and no option, ";
                    default -> "left out: " + keyless + " whose source is no name, " + noneNames + " that no option names, ";
                },
                noSource);
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
            LogisticRegression.Model m = fitOn(train, labelling, listwise);
            for (Group g : groups) {
                if (g.fold() == f) {
                    int c = choose(m, g);
                    boolean[] y = g.y(labelling);
                    oofRight += y[c] ? 1 : 0;
                    if (!y[c]) { // the census of wrong choices: the chosen option beside the right one
                        wrong++;
                        int r = 0;
                        for (int i = 0; i < y.length; i++) {
                            if (y[i]) {
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
                    ruleRight += y[g.rule()] ? 1 : 0;
                }
            }
        }
        LogisticRegression.Model model = fitOn(groups, labelling, listwise);
        int fitted = 0;
        for (Group g : groups) {
            fitted += g.y(labelling)[choose(model, g)] ? 1 : 0;
        }
        out.printf(Locale.ROOT, "  right option, out of fold: %.3f (%d/%d); rules' choice on the same quotations: %.3f (%d/%d)%n",
                (double) oofRight / groups.size(), oofRight, groups.size(), (double) ruleRight / groups.size(), ruleRight, groups.size());
        out.printf(Locale.ROOT, "  fitted on everything (resubstitution): %.3f%n", (double) fitted / groups.size());
        out.printf(Locale.ROOT, "  out-of-fold wrong choices: %d; mean feature, chosen (wrong) vs a right option:%n", wrong);
        for (int k = 0; k < nf && wrong > 0; k++) {
            out.printf(Locale.ROOT, "    %-28s %.2f  %.2f%n", SpeakerOption.FEATURES.get(k), wrongChosen[k] / wrong, wrongRight[k] / wrong);
        }
        SpeakerRankerComparison.compare(out, all, listwise, labelling, without);
        QuoteDecisionTrainer.printConstants(out, "org.stemma.quote.SpeakerRanker", model, SpeakerOption.FEATURES);
        return model;
    }

    /** The options of one quotation labelled both ways. */
    static Group group(List<SpeakerOption> options, GoldQuote gold, int fold, int ruleIndex, String text, Quote q,
            int[] drop) {
        Span source = gold.source();
        boolean[] y = new boolean[options.size()];
        boolean[] byPerson = gold.speakerKey() == null ? null : new boolean[options.size()];
        boolean named = false;
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
            if (byPerson != null) {
                // as the scorer reads a reported speaker: the person named, else the words as written
                String said = o.speaker() != null ? o.speaker() : o.mention() == null ? null : o.mention().of(text);
                byPerson[i] = QuoteScorer.containsWord(said, gold.speakerKey());
                named |= byPerson[i];
            }
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
                y = null; // the source is among the mentions' words but is no option
            } else {
                y[continuation] = true;
            }
        }
        return new Group(x, y, named ? byPerson : null, gold.speakerKey() != null, fold, rule >= 0 ? rule : continuation, options, text, q.span());
    }

    static int choose(LogisticRegression.Model m, Group g) {
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

    static LogisticRegression.Model fitOn(List<Group> groups, Labelling labelling, boolean listwise) {
        if (listwise) {
            return ConditionalLogit.fit(groups.stream().map(g -> new ConditionalLogit.Choice(g.x(), g.y(labelling))).toList(), LAMBDA,
                    RULES_OFFSET == null ? -1 : SpeakerOption.FEATURES.indexOf("rulesChoice"), RULES_OFFSET == null ? 0 : RULES_OFFSET);
        }
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Group g : groups) {
            for (int i = 0; i < g.x().size(); i++) {
                x.add(g.x().get(i));
                y.add(g.y(labelling)[i]);
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        return LogisticRegression.fit(x.toArray(new double[0][]), labels, LAMBDA);
    }
}
