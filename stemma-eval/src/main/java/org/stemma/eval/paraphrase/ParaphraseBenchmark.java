package org.stemma.eval.paraphrase;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.align.paraphrase.EmbeddingParaphraseFinder;
import org.stemma.article.Article;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.eval.model.CountingEmbedder;
import org.stemma.eval.reuse.CorpusGenerator;
import org.stemma.fingerprint.CandidatePairs;

/**
 * Cost and recall of the paraphrase path at scale: on one {@link CorpusGenerator} corpus, runs
 * reuse detection lexical-only and then with {@link EmbeddingParaphraseFinder} over the real
 * model, and prints for each the time of candidate generation and of alignment, the links,
 * the recall of the injected derivations by kind, and for the paraphrase run the time of
 * {@link EmbeddingParaphraseFinder#candidatePairs} alone, the paraphrase candidate pairs, the
 * sentences asked for, the texts run through the model and the cache hits, and the ratio of the
 * two runs' end-to-end times. The injected derivations are lexical (copies, edits, splices),
 * so the recall shows what the paraphrase path keeps or adds, not paraphrase recall.
 */
public final class ParaphraseBenchmark {

    private ParaphraseBenchmark() {
    }

    /** Runs both passes on the corpus {@code generate(size, reuseRate, seed)}. */
    public static void run(List<String> bodies, int size, double reuseRate, long seed,
                           ReuseOptions options, PrintStream out) {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(bodies).generate(size, reuseRate, seed);
        List<Article> articles = corpus.articles();
        out.printf("paraphrase benchmark: %d articles, %d injected derivations, %d cores%n",
                articles.size(), corpus.injected().size(),
                Runtime.getRuntime().availableProcessors());

        ReuseFinder lexical = new ReuseFinder(options, null);
        long t0 = System.nanoTime();
        long[] lexPairs = lexical.candidates(articles);
        double lexCand = secs(t0);
        t0 = System.nanoTime();
        List<Link> lexLinks = lexical.link(articles, lexPairs);
        double lexAlign = secs(t0);
        double lexTotal = lexCand + lexAlign;
        out.printf("lexical only:    candidates %d pairs in %.1f s; alignment %d links in %.1f s; "
                + "end to end %.1f s%n", lexPairs.length, lexCand, lexLinks.size(), lexAlign,
                lexTotal);

        MiniLmEmbedder model = new MiniLmEmbedder();
        CountingEmbedder counting = new CountingEmbedder(model);
        EmbeddingParaphraseFinder para = new EmbeddingParaphraseFinder(counting);
        t0 = System.nanoTime();
        long[] paraOnly = para.candidatePairs(articles);
        double paraCand = secs(t0);
        long leadTexts = counting.texts();
        long leadCalls = model.modelCalls();
        out.printf("paraphrase candidatePairs: %d pairs in %.1f s (%d sentences asked, %d run "
                + "through the model)%n", paraOnly.length, paraCand, leadTexts, leadCalls);

        ReuseFinder both = new ReuseFinder(options, para);
        t0 = System.nanoTime();
        long[] allPairs = both.candidates(articles); // the finder's lead vectors are cached now
        double bothCand = secs(t0);
        t0 = System.nanoTime();
        List<Link> bothLinks = both.link(articles, allPairs);
        double bothAlign = secs(t0);
        double bothTotal = paraCand + bothCand + bothAlign;
        int paraPassages = 0;
        int paraLinks = 0;
        for (Link l : bothLinks) {
            int k = 0;
            for (Passage p : l.passages()) {
                if (p.kind() == PassageKind.PARAPHRASE) {
                    k++;
                }
            }
            paraPassages += k;
            paraLinks += k > 0 ? 1 : 0;
        }
        out.printf("with paraphrase: candidates %d pairs in %.1f s (+ %.1f s candidatePairs "
                        + "above); alignment + find %d links in %.1f s; end to end %.1f s%n",
                allPairs.length, bothCand, paraCand, bothLinks.size(), bothAlign, bothTotal);
        out.printf("  %d links hold %d paraphrase passages; sentences asked %d, run through the "
                        + "model %d, model cache hits %d%n", paraLinks, paraPassages,
                counting.texts(), model.modelCalls(), model.cacheHits());
        out.printf("  find: %.1f sentences embedded per aligned pair; end to end %.1fx the "
                        + "lexical-only time (%.0f vs %.0f docs/s)%n",
                (model.modelCalls() - leadCalls) / (double) Math.max(1, allPairs.length),
                bothTotal / lexTotal, size / bothTotal, size / lexTotal);
        out.println("recall of injected derivations (a link between source and copy): "
                + "lexical only / with paraphrase");
        Map<String, int[]> byKind = new TreeMap<>();
        Set<Long> lex = linked(articles, lexLinks);
        Set<Long> all = linked(articles, bothLinks);
        for (CorpusGenerator.Injected inj : corpus.injected()) {
            int[] c = byKind.computeIfAbsent(inj.kind(), k -> new int[3]);
            long p = CandidatePairs.pair(inj.source(), inj.copy());
            c[0] += lex.contains(p) ? 1 : 0;
            c[1] += all.contains(p) ? 1 : 0;
            c[2]++;
        }
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            int[] c = e.getValue();
            out.printf("  %-10s %.3f / %.3f  (of %d)%n", e.getKey(), c[0] / (double) c[2],
                    c[1] / (double) c[2], c[2]);
        }
    }

    private static Set<Long> linked(List<Article> articles, List<Link> links) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i).id(), i);
        }
        Set<Long> out = new HashSet<>();
        for (Link l : links) {
            out.add(CandidatePairs.pair(index.get(l.a()), index.get(l.b())));
        }
        return out;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
