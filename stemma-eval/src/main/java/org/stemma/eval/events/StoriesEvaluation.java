package org.stemma.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stemma.article.Article;
import org.stemma.eval.paraphrase.LogisticRegression;
import org.stemma.story.EventCandidates;
import org.stemma.story.EventSignals;
import org.stemma.story.SameEventModel;
import org.stemma.story.StoryBuilder;
import org.stemma.story.StoryCorpus;
import org.stemma.text.Tokenizer;

/**
 * Fits and scores the same-event model on labelled real news by cross-validation, beside the
 * TF-IDF peer.
 *
 * <ol>
 * <li>Every article gets a fold by a hash of its group: its incident (gva-dev), its ECB+ topic
 *     (both events of a topic, so the hard negative pairs stay in one fold), or its connected
 *     component of rated pairs (semeval-train). No event is in two folds.</li>
 * <li>Rows: the candidate pairs of the index ({@link EventCandidates#candidates}) labelled by
 *     the gold events; for semeval-train, the rated pairs decided either way.</li>
 * <li>A pair's out-of-fold probability comes from a logistic regression fitted on the rows of
 *     all data sets whose two articles are in neither of its folds.</li>
 * <li>Stories are formed by average linkage over the out-of-fold probabilities at each
 *     threshold of a grid. For each fold, the threshold is the one that scores best on the
 *     other folds' articles (mean over the data sets of (B-cubed F1 + pairwise F1) / 2, and
 *     same-event F1 for semeval); the fold's articles are scored at that threshold.</li>
 * <li>The peer's threshold is chosen the same way.</li>
 * <li>The shipped model: weights fitted on all rows; threshold best over all articles with the
 *     out-of-fold probabilities.</li>
 * </ol>
 */
public final class StoriesEvaluation {

    /** L2 penalty on standardised weights. */
    public static final double LAMBDA = 1e-4;

    /** Thresholds tried. */
    static final double[] GRID = grid();

    private StoriesEvaluation() {
    }

    private static double[] grid() {
        double[] g = new double[25];
        for (int i = 0; i < g.length; i++) {
            g[i] = 0.10 + 0.025 * i;
        }
        return g;
    }

    /** One data set prepared: folds, gold, candidate pairs with features, training rows. */
    static final class Prepared {
        final EventCorpus corpus;
        final int n;
        final int[] gold;        // event per article (component for pair gold)
        final int[] fold;
        final int[] pa;          // candidate pairs
        final int[] pb;
        final double[][] px;
        final int[] ra;          // training rows
        final int[] rb;
        final double[][] rx;
        final boolean[] ry;
        final int[][] rated;     // semeval: decided rated pairs {a, b, same}
        final TfidfPeer.Pairs peer;
        final long goldPairs;
        final long goldPairsProposed;

        Prepared(EventCorpus corpus, EventSignals signals, int folds) {
            this.corpus = corpus;
            List<Article> articles = corpus.articles();
            n = articles.size();
            Map<String, Integer> index = corpus.index();
            gold = new int[n];
            fold = new int[n];
            Map<String, Integer> groups = new HashMap<>();
            String[] groupOf = new String[n];
            if (!corpus.events().isEmpty()) {
                for (int i = 0; i < n; i++) {
                    String event = corpus.events().get(articles.get(i).id());
                    if (event == null) {
                        event = "unlabelled:" + articles.get(i).id();
                    }
                    gold[i] = groups.computeIfAbsent(event, e -> groups.size());
                    groupOf[i] = corpus.name().equals("ecbplus") ? event.substring(0, event.indexOf('_') + 1) : event;
                }
            } else {
                int[] parent = new int[n];
                for (int i = 0; i < n; i++) {
                    parent[i] = i;
                }
                for (EventCorpus.GoldPair p : corpus.pairs()) {
                    Integer a = index.get(p.a());
                    Integer b = index.get(p.b());
                    if (a != null && b != null) {
                        union(parent, a, b);
                    }
                }
                for (int i = 0; i < n; i++) {
                    gold[i] = find(parent, i);
                    groupOf[i] = articles.get(gold[i]).id();
                }
            }
            for (int i = 0; i < n; i++) {
                fold[i] = (int) Long.remainderUnsigned(Tokenizer.fnv1a64(groupOf[i]), folds);
            }
            StoryCorpus sc = StoryCorpus.of(articles, signals);
            long[] candidates = EventCandidates.candidates(sc, signals.windowDays());
            pa = new int[candidates.length];
            pb = new int[candidates.length];
            px = new double[candidates.length][];
            long proposed = 0;
            for (int k = 0; k < candidates.length; k++) {
                pa[k] = (int) (candidates[k] >>> 32);
                pb[k] = (int) candidates[k];
                px[k] = sc.features(pa[k], pb[k]);
                if (!corpus.events().isEmpty() && gold[pa[k]] == gold[pb[k]]) {
                    proposed++;
                }
            }
            long gp = 0;
            if (!corpus.events().isEmpty()) {
                Map<Integer, Integer> sizes = new HashMap<>();
                for (int g : gold) {
                    sizes.merge(g, 1, Integer::sum);
                }
                for (int s : sizes.values()) {
                    gp += (long) s * (s - 1) / 2;
                }
                ra = pa;
                rb = pb;
                rx = px;
                ry = new boolean[pa.length];
                for (int k = 0; k < pa.length; k++) {
                    ry[k] = gold[pa[k]] == gold[pb[k]];
                }
                rated = new int[0][];
            } else {
                List<int[]> r = new ArrayList<>();
                for (EventCorpus.GoldPair p : corpus.pairs()) {
                    Integer a = index.get(p.a());
                    Integer b = index.get(p.b());
                    if (a != null && b != null && !a.equals(b) && p.decided()) {
                        r.add(new int[] {a, b, p.same() ? 1 : 0});
                    }
                }
                rated = r.toArray(new int[0][]);
                ra = new int[rated.length];
                rb = new int[rated.length];
                rx = new double[rated.length][];
                ry = new boolean[rated.length];
                for (int k = 0; k < rated.length; k++) {
                    ra[k] = rated[k][0];
                    rb[k] = rated[k][1];
                    rx[k] = sc.features(ra[k], rb[k]);
                    ry[k] = rated[k][2] == 1;
                }
            }
            goldPairs = gp;
            goldPairsProposed = proposed;
            peer = TfidfPeer.pairs(articles);
        }

        boolean pairGold() {
            return corpus.events().isEmpty();
        }
    }

    /** The figures of one data set. */
    public record DatasetResult(String name, int articles, int candidates, double candidateRecall,
                                ClusterScores ours, ClusterScores peer, PairScores oursPairs, PairScores peerPairs,
                                ClusterScores oursFit, PairScores oursFitPairs) {
    }

    /** Everything a run found: per data set figures, the shipped model, thresholds per fold. */
    public record Result(List<DatasetResult> datasets, SameEventModel model, double[] foldThresholds,
                         double[] peerFoldThresholds, double peerThreshold) {
    }

    /** Runs the cross-validation over {@code corpora} with {@code signals}' embedder and window. */
    public static Result run(List<EventCorpus> corpora, EventSignals signals, int folds) {
        List<Prepared> data = new ArrayList<>();
        for (EventCorpus c : corpora) {
            data.add(new Prepared(c, signals, folds));
        }
        // One model per excluded fold set {f, g} (f == g for one fold).
        LogisticRegression.Model[][] models = new LogisticRegression.Model[folds][folds];
        for (int f = 0; f < folds; f++) {
            for (int g = f; g < folds; g++) {
                models[f][g] = fit(data, f, g);
                models[g][f] = models[f][g];
            }
        }
        // Out-of-fold probabilities of every candidate pair and rated pair.
        List<double[]> oof = new ArrayList<>();
        List<double[]> oofRated = new ArrayList<>();
        for (Prepared d : data) {
            double[] p = new double[d.pa.length];
            for (int k = 0; k < p.length; k++) {
                p[k] = models[d.fold[d.pa[k]]][d.fold[d.pb[k]]].probability(d.px[k]);
            }
            oof.add(p);
        }
        // Stories at each threshold, ours and the peer's.
        List<int[][]> ours = new ArrayList<>();
        List<int[][]> peers = new ArrayList<>();
        for (int x = 0; x < data.size(); x++) {
            Prepared d = data.get(x);
            ours.add(clusterings(d.n, d.pa, d.pb, oof.get(x)));
            peers.add(clusterings(d.n, d.peer.a(), d.peer.b(), d.peer.p()));
        }
        double[] foldThresholds = new double[folds];
        double[] peerFoldThresholds = new double[folds];
        int[] bestOurs = new int[folds];
        int[] bestPeer = new int[folds];
        for (int f = 0; f < folds; f++) {
            bestOurs[f] = best(data, ours, f, false);
            bestPeer[f] = best(data, peers, f, false);
            foldThresholds[f] = GRID[bestOurs[f]];
            peerFoldThresholds[f] = GRID[bestPeer[f]];
        }
        // Shipped model: all rows; threshold best over everything out of fold.
        LogisticRegression.Model all = fit(data, -1, -1);
        int shipped = best(data, ours, -1, true);
        int peerAll = best(data, peers, -1, true);
        SameEventModel model = new SameEventModel(all.weights(), all.bias(), GRID[shipped]);
        List<DatasetResult> results = new ArrayList<>();
        for (int x = 0; x < data.size(); x++) {
            Prepared d = data.get(x);
            ClusterScores o = ClusterScores.ZERO;
            ClusterScores pe = ClusterScores.ZERO;
            PairScores op = PairScores.ZERO;
            PairScores pp = PairScores.ZERO;
            for (int f = 0; f < folds; f++) {
                boolean[] in = inFold(d, f);
                o = o.plus(ClusterScores.of(ours.get(x)[bestOurs[f]], d.gold, in));
                pe = pe.plus(ClusterScores.of(peers.get(x)[bestPeer[f]], d.gold, in));
                op = op.plus(pairScores(d, ours.get(x)[bestOurs[f]], in));
                pp = pp.plus(pairScores(d, peers.get(x)[bestPeer[f]], in));
            }
            // Resubstitution: the shipped weights on every pair at the shipped threshold.
            double[] fit = new double[d.pa.length];
            for (int k = 0; k < fit.length; k++) {
                fit[k] = all.probability(d.px[k]);
            }
            int[] fitGroups = cluster(d.n, d.pa, d.pb, fit, model.threshold());
            boolean[] every = inFold(d, -1);
            results.add(new DatasetResult(d.corpus.name(), d.n, d.pa.length,
                    d.goldPairs == 0 ? Double.NaN : d.goldPairsProposed / (double) d.goldPairs,
                    o, pe, op, pp, ClusterScores.of(fitGroups, d.gold, every), pairScores(d, fitGroups, every)));
        }
        return new Result(results, model, foldThresholds, peerFoldThresholds, GRID[peerAll]);
    }

    private static boolean[] inFold(Prepared d, int f) {
        boolean[] in = new boolean[d.n];
        for (int i = 0; i < d.n; i++) {
            in[i] = f < 0 || d.fold[i] == f;
        }
        return in;
    }

    /** The grid index scoring best on the articles outside fold {@code f} (all if {@code all}). */
    private static int best(List<Prepared> data, List<int[][]> clusterings, int f, boolean all) {
        int best = 0;
        double bestScore = -1;
        for (int t = 0; t < GRID.length; t++) {
            double score = 0;
            for (int x = 0; x < data.size(); x++) {
                Prepared d = data.get(x);
                boolean[] in = new boolean[d.n];
                for (int i = 0; i < d.n; i++) {
                    in[i] = all || d.fold[i] != f;
                }
                int[] groups = clusterings.get(x)[t];
                if (d.pairGold()) {
                    score += pairScores(d, groups, in).f1();
                } else {
                    ClusterScores s = ClusterScores.of(groups, d.gold, in);
                    score += (s.bcubedF1() + s.pairF1()) / 2;
                }
            }
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    private static PairScores pairScores(Prepared d, int[] groups, boolean[] in) {
        PairScores s = PairScores.ZERO;
        for (int[] r : d.rated) {
            if (in[r[0]]) {
                s = s.add(groups[r[0]] == groups[r[1]], r[2] == 1);
            }
        }
        return s;
    }

    private static int[][] clusterings(int n, int[] a, int[] b, double[] p) {
        int[][] out = new int[GRID.length][];
        java.util.stream.IntStream.range(0, GRID.length).parallel()
                .forEach(t -> out[t] = cluster(n, a, b, p, GRID[t]));
        return out;
    }

    /** Stories as the builder forms them: pairs under the minimum probability dropped. */
    static int[] cluster(int n, int[] a, int[] b, double[] p, double threshold) {
        int m = 0;
        for (double x : p) {
            if (x >= EventCandidates.MIN_PROBABILITY) {
                m++;
            }
        }
        int[] ka = new int[m];
        int[] kb = new int[m];
        double[] kp = new double[m];
        for (int k = 0, j = 0; k < p.length; k++) {
            if (p[k] >= EventCandidates.MIN_PROBABILITY) {
                ka[j] = a[k];
                kb[j] = b[k];
                kp[j++] = p[k];
            }
        }
        return StoryBuilder.groups(n, ka, kb, kp, threshold);
    }

    /** Fits on the rows of every data set whose articles are in neither fold f nor g (-1: all rows). */
    private static LogisticRegression.Model fit(List<Prepared> data, int f, int g) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Prepared d : data) {
            for (int k = 0; k < d.ra.length; k++) {
                int fa = d.fold[d.ra[k]];
                int fb = d.fold[d.rb[k]];
                if (f >= 0 && (fa == f || fa == g || fb == f || fb == g)) {
                    continue;
                }
                x.add(d.rx[k]);
                y.add(d.ry[k]);
            }
        }
        boolean[] yy = new boolean[y.size()];
        for (int i = 0; i < yy.length; i++) {
            yy[i] = y.get(i);
        }
        return LogisticRegression.fit(x.toArray(new double[0][]), yy, LAMBDA);
    }

    /** The model as Java constants for {@link SameEventModel}. */
    public static String constants(SameEventModel m) {
        StringBuilder b = new StringBuilder("new SameEventModel(new double[] {");
        double[] w = m.weights();
        for (int i = 0; i < w.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", w[i]));
        }
        return b.append(String.format(Locale.ROOT, "}, %.6f, %.4f)", m.bias(), m.threshold())).toString();
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
