package org.stemma.eval.reuse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.stemma.align.Link;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.article.Article;
import org.stemma.eval.Measures;
import org.stemma.furniture.FurnitureFinder;
import org.stemma.furniture.FurnitureParams;
import org.stemma.fingerprint.CandidatePairs;
import org.stemma.fingerprint.Fingerprinter;
import org.stemma.fingerprint.Hashing;
import org.stemma.fingerprint.LongList;
import org.stemma.text.Tokenizer;

/**
 * Speed benchmark of lexical reuse detection on a {@link CorpusGenerator} corpus: fingerprinting
 * MB/s on one thread, candidate generation and alignment docs/s on all cores, peak heap, recall
 * of the injected reuse, and (up to {@code peerLimit} articles) a brute-force all-pairs peer that
 * compares every pair's word-5-gram sets exhaustively.
 */
public final class ReuseBenchmark {

    /** Shared 5-grams for the peer to call a pair linked (about a 12-word common passage). */
    public static final int PEER_MIN_SHARED = 8;
    private static final int PEER_NGRAM = 5;

    private ReuseBenchmark() {
    }

    /** Runs the benchmark and prints its report lines to {@code out}. */
    public static void run(List<String> bodies, int size, double reuseRate, long seed,
                           int peerLimit, ReuseOptions options, java.io.PrintStream out) {
        out.printf("cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        CorpusGenerator.Corpus corpus = new CorpusGenerator(bodies).generate(size, reuseRate, seed);
        List<Article> articles = corpus.articles();
        long bytes = 0;
        long chars = 0;
        for (Article a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
            chars += a.text().length();
        }
        out.printf("corpus: %d articles, %.1f MB UTF-8 (%d chars), %d injected derivations, "
                        + "generated in %.1f s%n", articles.size(), bytes / 1e6, chars,
                corpus.injected().size(), secs(t0));

        fingerprintThroughput(articles, options, out);

        HeapSampler heap = new HeapSampler();
        heap.start();
        ReuseFinder finder = new ReuseFinder(options, null);
        long cpu0 = processCpuNanos();
        // The path analyze runs: corpus furniture, candidates with the common phrases, alignment.
        long t0f = System.nanoTime();
        FurnitureFinder.Cleaned cleaned = FurnitureFinder.clean(articles, FurnitureParams.of(options));
        articles = cleaned.articles();
        double furnSecs = secs(t0f);
        long t1 = System.nanoTime();
        ReuseFinder.Candidates cands = finder.candidateSet(articles, cleaned.tokens(), cleaned.keys());
        long[] pairs = cands.pairs();
        double candSecs = secs(t1);
        out.printf("furniture: %d sentences removed in %.1f s%n", articles.stream().mapToInt(a -> a.furniture().size()).sum(),
                furnSecs);
        out.printf("candidates: %d pairs in %.1f s (%.1f per article)%n", pairs.length, candSecs,
                pairs.length / (double) size);
        long t2 = System.nanoTime();
        List<Link> links = finder.withCommonPhrases(cands.common()).link(articles, pairs, cleaned.tokens());
        double alignSecs = secs(t2);
        double cpuSecs = (processCpuNanos() - cpu0) / 1e9;
        heap.stopSampling();
        double total = furnSecs + candSecs + alignSecs;
        out.printf("stemma: furniture %.1f s; candidates %d pairs in %.1f s; alignment %d links in %.1f s; "
                        + "end to end %.1f s = %.0f docs/s (%.0f docs/s per core); peak heap %d MB%n",
                furnSecs, pairs.length, candSecs, links.size(), alignSecs, total, size / total,
                size / total / Runtime.getRuntime().availableProcessors(), heap.peak() >> 20);
        out.printf("stemma CPU time (all threads of the process, load-independent): %.1f s = %.0f docs "
                + "per CPU-second; load average now %.1f%n", cpuSecs, size / cpuSecs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i).id(), i);
        }
        Set<Long> linked = new HashSet<>();
        for (Link l : links) {
            linked.add(CandidatePairs.pair(index.get(l.a()), index.get(l.b())));
        }
        Set<Long> injectedPairs = new HashSet<>();
        for (CorpusGenerator.Injected inj : corpus.injected()) {
            injectedPairs.add(CandidatePairs.pair(inj.source(), inj.copy()));
        }
        out.println("recall of injected reuse (a link between source and copy):");
        Map<String, int[]> byKind = new java.util.TreeMap<>();
        for (CorpusGenerator.Injected inj : corpus.injected()) {
            int[] c = byKind.computeIfAbsent(inj.kind(), k -> new int[2]);
            c[1]++;
            if (linked.contains(CandidatePairs.pair(inj.source(), inj.copy()))) {
                c[0]++;
            }
        }
        int found = 0;
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            found += e.getValue()[0];
            out.printf("  %-10s %d/%d = %.3f%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    Measures.share(e.getValue()[0], e.getValue()[1]));
        }
        out.printf("  %-10s %d/%d = %.3f%n", "all", found, corpus.injected().size(),
                Measures.share(found, corpus.injected().size()));
        // Articles joined by injected derivations form lineages; a link inside one is explained
        // (a copy of a copy, two copies of one source), a link across lineages is not.
        int[] lineage = new int[size];
        for (int i = 0; i < size; i++) {
            lineage[i] = i;
        }
        for (CorpusGenerator.Injected inj : corpus.injected()) {
            lineage[find(lineage, inj.copy())] = find(lineage, inj.source());
        }
        int direct = 0;
        int sameLineage = 0;
        int unexplained = 0;
        for (long p : linked) {
            if (injectedPairs.contains(p)) {
                direct++;
            } else if (find(lineage, (int) (p >>> 32)) == find(lineage, (int) p)) {
                sameLineage++;
            } else {
                unexplained++;
            }
        }
        out.printf("links: %d between an injected source and copy, %d within one injected lineage "
                + "(copies of copies, copies of one source), %d unexplained (precision against "
                + "the lineages %.4f)%n", direct, sameLineage, unexplained,
                Measures.share(direct + sameLineage, linked.size()));

        if (size <= peerLimit) {
            peer(articles, corpus, linked, total, cpuSecs, out);
        } else {
            out.printf("peer skipped (more than %d articles: all pairs would be %.1e comparisons)%n",
                    peerLimit, size * (double) (size - 1) / 2);
        }
    }

    private static void fingerprintThroughput(List<Article> articles, ReuseOptions options,
                                              java.io.PrintStream out) {
        Fingerprinter fp = options.fingerprinter();
        int n = Math.min(articles.size(), 20_000);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes += articles.get(i).text().getBytes(StandardCharsets.UTF_8).length;
        }
        for (int w = 0; w < 3; w++) { // JIT warm-up on a slice
            for (int i = 0; i < Math.min(n, 2000); i++) {
                fp.of(Tokenizer.tokenize(articles.get(i).text()));
            }
        }
        double bestWall = 0;
        double bestCpu = 0;
        long sink = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            long c = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += fp.of(Tokenizer.tokenize(articles.get(i).text())).ngrams().length;
            }
            bestWall = Math.max(bestWall, bytes / 1e6 / secs(t));
            bestCpu = Math.max(bestCpu, bytes / 1e6 / ((mx.getCurrentThreadCpuTime() - c) / 1e9));
        }
        out.printf("fingerprinting (tokenise + MinHash/LSH band keys + n-grams), one thread over "
                + "%.1f MB, best of 3: %.1f MB/s per CPU-second of the thread (per core), "
                + "%.1f MB/s wall clock (%d n-grams)%n", bytes / 1e6, bestCpu, bestWall, sink / 3);
        out.printf("load average while measuring: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Brute force: every pair's distinct word-5-gram sets intersected exhaustively. */
    private static void peer(List<Article> articles, CorpusGenerator.Corpus corpus, Set<Long> linked,
                             double ourSeconds, double ourCpu, java.io.PrintStream out) {
        int n = articles.size();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        long[][] sets = new long[n][];
        IntStream.range(0, n).parallel().forEach(i -> sets[i] = CandidatePairs.distinctSorted(
                Hashing.windows(Tokenizer.tokenize(articles.get(i).text()).hashes(), PEER_NGRAM)));
        AtomicLong comparisons = new AtomicLong();
        List<LongList> perRow = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perRow.add(new LongList(4));
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            LongList row = perRow.get(i);
            for (int j = i + 1; j < n; j++) {
                if (shared(sets[i], sets[j]) >= PEER_MIN_SHARED) {
                    row.add(CandidatePairs.pair(i, j));
                }
            }
            comparisons.addAndGet(n - i - 1);
        });
        double peerSecs = secs(t0);
        double peerCpu = (processCpuNanos() - cpu0) / 1e9;
        Set<Long> peerPairs = new HashSet<>();
        for (LongList row : perRow) {
            for (int x = 0; x < row.size(); x++) {
                peerPairs.add(row.get(x));
            }
        }
        int injFound = 0;
        for (CorpusGenerator.Injected inj : corpus.injected()) {
            if (peerPairs.contains(CandidatePairs.pair(inj.source(), inj.copy()))) {
                injFound++;
            }
        }
        int agree = 0;
        for (long p : peerPairs) {
            if (linked.contains(p)) {
                agree++;
            }
        }
        out.printf("peer (brute-force all-pairs word-5-gram overlap >= %d, %d comparisons): %.1f s, "
                        + "%d pairs; recall of injected reuse %d/%d = %.3f%n", PEER_MIN_SHARED,
                comparisons.get(), peerSecs, peerPairs.size(), injFound, corpus.injected().size(),
                Measures.share(injFound, corpus.injected().size()));
        out.printf("stemma vs peer: %.1fx faster (end to end %.1f s vs %.1f s, the peer without "
                        + "passage alignment); stemma links %d/%d of the peer's pairs = %.3f%n",
                peerSecs / ourSeconds, ourSeconds, peerSecs, agree, peerPairs.size(),
                Measures.share(agree, peerPairs.size()));
        out.printf("CPU time: stemma %.1f s, peer %.1f s: stemma %.1fx less CPU%n", ourCpu, peerCpu,
                peerCpu / ourCpu);
    }

    private static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int c = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            if (x == y) {
                c++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return c;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Polls used heap every 20 ms and keeps the maximum. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            setDaemon(true);
            setName("heap-sampler");
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        long peak() {
            Runtime rt = Runtime.getRuntime();
            return Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
    }
}
