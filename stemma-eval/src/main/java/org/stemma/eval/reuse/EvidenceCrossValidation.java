package org.stemma.eval.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.align.Link;
import org.stemma.align.ReuseOptions;
import org.stemma.article.Article;

/**
 * The rule the {@link org.stemma.align.LinkDecision} replaced, kept to compare against
 * ({@link LinkDecisionFit} fits and cross-validates the decision itself). Chooses the evidence thresholds ({@link ReuseOptions#minEvidence()},
 * {@link ReuseOptions#strongEvidence()}) by K-fold cross-validation over the dev corpora and
 * reports the out-of-fold figures. Every setting of a small grid links each corpus once (the
 * furniture and the common phrases are the whole corpus's, as in {@code analyze}); the folds
 * split what is judged: GVA links by incident, SemEval rated pairs, METER derived stories. For
 * each fold the setting is chosen on the other folds (the one meeting most of the issue's
 * floors, then the one linking most within incidents, same-event pairs and derived stories) and
 * judged on the held-out fold.
 */
public final class EvidenceCrossValidation {

    /** The grid: rare words a passage needs, and rare words that make a link alone. */
    static final int[] MIN = {6, 8, 10};
    static final int[] STRONG = {12, 16, 20};
    private static final double MAX_ACROSS = 0.10;
    private static final int MIN_WITHIN = 150;
    /** The floor's "at most 1 of 112 different-event pairs", as a rate. */
    private static final double MAX_DIFFERENT = 1.0 / 112;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A judged item: its corpus role, its fold, and whether each setting links it (the peer last). */
    record Unit(Role role, int fold, boolean[] linked) {
    }

    enum Role { GVA_WITHIN, GVA_ACROSS, SEMEVAL_SAME, SEMEVAL_DIFFERENT, METER_DERIVED }

    private EvidenceCrossValidation() {
    }

    /** Counts of one setting over a set of folds. */
    record Counts(int within, int across, int same, int sameTotal, int different, int differentTotal,
                  int meter, int meterPeer, int meterTotal) {
        double acrossShare() {
            return within + across == 0 ? 0 : (double) across / (within + across);
        }

        /** Floors met: GVA across share and within count (scaled to the folds' share), SemEval, METER. */
        int floorsMet(double share) {
            int met = 0;
            met += acrossShare() <= MAX_ACROSS && within >= MIN_WITHIN * share ? 1 : 0;
            met += different <= MAX_DIFFERENT * differentTotal ? 1 : 0;
            met += meter >= meterPeer ? 1 : 0;
            return met;
        }

        int recall() {
            return within + same + meter;
        }
    }

    public static void run(Path events, Path meterDir, ReuseOptions o, int folds, PrintStream out) throws IOException {
        List<ReuseOptions> settings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int min : MIN) {
            for (int strong : STRONG) {
                settings.add(o.withMinEvidence(min).withStrongEvidence(strong));
                names.add(min + "/" + strong);
            }
        }
        List<Unit> units = new ArrayList<>();
        gva(events.resolve("gva-dev"), settings, folds, units);
        semeval(events.resolve("semeval-train"), settings, folds, units);
        meter(meterDir, settings, RealNewsLinks.peer(o), folds, units);
        int s = settings.size();
        out.printf("evidence thresholds by %d-fold cross-validation over gva-dev (links by incident), semeval-train "
                + "(rated pairs), meter-showbiz (derived stories); grid min/strong evidence %s%n", folds, names);
        out.println("  every setting on all the dev data (resubstitution, for reference):");
        for (int x = 0; x < s; x++) {
            out.println("    " + names.get(x) + ": " + format(counts(units, x, s, f -> true)));
        }
        int[] oof = new int[9];
        for (int k = 0; k < folds; k++) {
            int held = k;
            int best = -1;
            Counts bestTrain = null;
            for (int x = 0; x < s; x++) {
                Counts c = counts(units, x, s, f -> f != held);
                if (best < 0 || better(c, bestTrain, (folds - 1.0) / folds)) {
                    best = x;
                    bestTrain = c;
                }
            }
            Counts test = counts(units, best, s, f -> f == held);
            out.printf("  fold %d: chosen on the other folds %s; held-out fold: %s%n", k, names.get(best), format(test));
            int[] v = {test.within(), test.across(), test.same(), test.sameTotal(), test.different(),
                    test.differentTotal(), test.meter(), test.meterPeer(), test.meterTotal()};
            for (int i = 0; i < v.length; i++) {
                oof[i] += v[i];
            }
        }
        Counts total = new Counts(oof[0], oof[1], oof[2], oof[3], oof[4], oof[5], oof[6], oof[7], oof[8]);
        out.println("  out-of-fold (cross-validated): " + format(total));
    }

    private static boolean better(Counts c, Counts best, double share) {
        int a = c.floorsMet(share);
        int b = best.floorsMet(share);
        return a != b ? a > b : c.recall() > best.recall();
    }

    static String format(Counts c) {
        return String.format("gva within %d, across %d (%.1f%% across); semeval different-event linked %d of %d, "
                        + "same-event %d of %d; meter derived linked %d of %d (peer %d)",
                c.within(), c.across(), 100 * c.acrossShare(), c.different(), c.differentTotal(), c.same(),
                c.sameTotal(), c.meter(), c.meterTotal(), c.meterPeer());
    }

    static Counts counts(List<Unit> units, int setting, int peer, java.util.function.IntPredicate fold) {
        int[] c = new int[9];
        for (Unit u : units) {
            if (!fold.test(u.fold())) {
                continue;
            }
            boolean l = setting < u.linked().length && u.linked()[setting];
            switch (u.role()) {
                case GVA_WITHIN -> c[0] += l ? 1 : 0;
                case GVA_ACROSS -> c[1] += l ? 1 : 0;
                case SEMEVAL_SAME -> {
                    c[2] += l ? 1 : 0;
                    c[3]++;
                }
                case SEMEVAL_DIFFERENT -> {
                    c[4] += l ? 1 : 0;
                    c[5]++;
                }
                case METER_DERIVED -> {
                    c[6] += l ? 1 : 0;
                    c[7] += u.linked()[peer] ? 1 : 0;
                    c[8]++;
                }
            }
        }
        return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
    }

    static int fold(String key, int folds) {
        return Math.floorMod(key.hashCode() * 0x9E3779B1, folds);
    }

    private static Set<String> linkedPairs(List<Link> links) {
        Set<String> s = new HashSet<>();
        for (Link l : links) {
            s.add(l.a() + "\t" + l.b());
            s.add(l.b() + "\t" + l.a());
        }
        return s;
    }

    /** GVA: every pair some setting links, judged within or across incidents, folded by incident. */
    private static void gva(Path dir, List<ReuseOptions> settings, int folds, List<Unit> units) throws IOException {
        List<Article> articles = RealNewsLinks.read(dir.resolve("corpus.jsonl"));
        Map<String, String> event = RealNewsLinks.stringMap(dir.resolve("gold.json"), "events");
        Map<String, boolean[]> pairs = new LinkedHashMap<>();
        for (int x = 0; x < settings.size(); x++) {
            for (Link l : RealNewsLinks.run(articles, settings.get(x), true).links()) {
                String key = l.a().compareTo(l.b()) < 0 ? l.a() + "\t" + l.b() : l.b() + "\t" + l.a();
                pairs.computeIfAbsent(key, k -> new boolean[settings.size() + 1])[x] = true;
            }
        }
        pairs.forEach((key, linked) -> {
            String[] ab = key.split("\t");
            String ea = event.get(ab[0]);
            String eb = event.get(ab[1]);
            boolean within = ea != null && ea.equals(eb);
            String first = ea == null ? ab[0] : eb == null || ea.compareTo(eb) <= 0 ? ea : eb;
            units.add(new Unit(within ? Role.GVA_WITHIN : Role.GVA_ACROSS, fold(first, folds), linked));
        });
    }

    /** SemEval: rated pairs (same event: overall <= 1.5; different: >= 3), folded by pair. */
    private static void semeval(Path dir, List<ReuseOptions> settings, int folds, List<Unit> units) throws IOException {
        List<Article> articles = RealNewsLinks.read(dir.resolve("corpus.jsonl"));
        List<Set<String>> linked = new ArrayList<>();
        for (ReuseOptions o : settings) {
            linked.add(linkedPairs(RealNewsLinks.run(articles, o, true).links()));
        }
        for (JsonNode p : JSON.readTree(dir.resolve("gold.json").toFile()).get("pairs")) {
            double overall = p.get("overall").asDouble();
            if (overall > 1.5 && overall < 3) {
                continue;
            }
            String key = p.get("a").asText() + "\t" + p.get("b").asText();
            boolean[] l = new boolean[settings.size() + 1];
            for (int x = 0; x < settings.size(); x++) {
                l[x] = linked.get(x).contains(key);
            }
            units.add(new Unit(overall <= 1.5 ? Role.SEMEVAL_SAME : Role.SEMEVAL_DIFFERENT, fold(key, folds), l));
        }
    }

    /** METER: derived stories (wholly or partially) linked to one of their wire sources, folded by story. */
    private static void meter(Path dir, List<ReuseOptions> settings, ReuseOptions peer, int folds, List<Unit> units)
            throws IOException {
        List<Article> articles = RealNewsLinks.read(dir.resolve("corpus.jsonl"));
        List<Set<String>> linked = new ArrayList<>();
        for (ReuseOptions o : settings) {
            linked.add(linkedPairs(RealNewsLinks.run(articles, o, true).links()));
        }
        linked.add(linkedPairs(RealNewsLinks.run(articles, peer).links()));
        JsonNode papers = JSON.readTree(dir.resolve("gold.json").toFile()).get("newspapers");
        for (Iterator<Map.Entry<String, JsonNode>> it = papers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String label = e.getValue().get("label").asText();
            if (!label.equals("wholly") && !label.equals("partially")) {
                continue;
            }
            boolean[] l = new boolean[linked.size()];
            for (int x = 0; x < linked.size(); x++) {
                for (JsonNode src : e.getValue().get("sources")) {
                    l[x] |= linked.get(x).contains(e.getKey() + "\t" + src.asText());
                }
            }
            units.add(new Unit(Role.METER_DERIVED, fold(e.getKey(), folds), l));
        }
    }
}
