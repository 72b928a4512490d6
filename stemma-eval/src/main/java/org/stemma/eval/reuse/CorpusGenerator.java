package org.stemma.eval.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.stemma.article.Article;
import org.stemma.text.Tokenizer;

/**
 * Generates large synthetic news corpora from real article bodies, with reuse injected at a known
 * rate, for benchmarks (deterministic for a given seed; reusable by the Spark job).
 *
 * <p>Original articles are word sequences drawn from a first-order Markov chain trained on the
 * real bodies (whitespace-separated words with their punctuation), which at each step follows
 * the chain with probability 0.6 (at most 3 steps in a row) and otherwise jumps to a word drawn
 * by corpus frequency: a small chain alone would repeat long runs of its training text in every
 * article, so that unrelated originals would share whole sentences; paragraph
 * breaks come after a sentence end with probability 0.3; lengths are drawn from the real bodies' lengths. So the
 * vocabulary, word frequencies, common phrases and punctuation are those of real news, while
 * two originals share no more than such phrases. With probability {@code reuseRate} an article
 * is instead derived from a uniformly chosen earlier article, in one of four ways:
 * {@code copy} (verbatim), {@code edited} (5% of words substituted and one sentence dropped),
 * {@code truncated} (the first 40–80% of the words) or {@code spliced} (a passage of 40–150
 * words of the source inserted into a fresh original). Every derivation is recorded.
 */
public final class CorpusGenerator {

    /** A derivation injected into the corpus: article {@code copy} made from {@code source}. */
    public record Injected(int source, int copy, String kind) {
    }

    /** The corpus and its injected reuse. */
    public record Corpus(List<Article> articles, List<Injected> injected) {
    }

    private static final String PARAGRAPH = "\n\n";
    /** Probability of following the word chain rather than jumping to a random corpus word. */
    private static final double CHAIN = 0.6;
    /** Longest run of chain steps before a forced jump: originals share no run of more than 4 words. */
    private static final int MAX_RUN = 3;

    private final String[] words;
    private final int[] successorStart;
    private final int[] successors;
    private final int[] sentenceStarts;
    private final int[] lengths;
    private final int[] allWords;

    /** Trains the word chain on {@code bodies}. */
    public CorpusGenerator(List<String> bodies) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocab = new ArrayList<>();
        List<int[]> docs = new ArrayList<>();
        int[] lens = new int[bodies.size()];
        for (int d = 0; d < bodies.size(); d++) {
            // Whitespace-free runs that are several words (URLs, hashtags chains) would plant the
            // same long token sequence in unrelated articles: leave them out.
            String[] ws = java.util.Arrays.stream(bodies.get(d).trim().split("\\s+"))
                    .filter(x -> !x.isEmpty() && x.length() <= 24 && x.indexOf('/') < 0
                            && Tokenizer.tokenize(x).size() <= 2)
                    .toArray(String[]::new);
            int[] seq = new int[ws.length];
            for (int i = 0; i < ws.length; i++) {
                Integer id = ids.get(ws[i]);
                if (id == null) {
                    id = vocab.size();
                    ids.put(ws[i], id);
                    vocab.add(ws[i]);
                }
                seq[i] = id;
            }
            docs.add(seq);
            lens[d] = ws.length;
        }
        words = vocab.toArray(new String[0]);
        int v = words.length;
        int[] outDegree = new int[v + 1];
        for (int[] seq : docs) {
            for (int i = 0; i + 1 < seq.length; i++) {
                outDegree[seq[i]]++;
            }
        }
        successorStart = new int[v + 1];
        for (int w = 0; w < v; w++) {
            successorStart[w + 1] = successorStart[w] + outDegree[w];
        }
        successors = new int[successorStart[v]];
        int[] fill = Arrays.copyOf(successorStart, v);
        List<Integer> starts = new ArrayList<>();
        for (int[] seq : docs) {
            for (int i = 0; i + 1 < seq.length; i++) {
                successors[fill[seq[i]]++] = seq[i + 1];
                if (endsSentence(words[seq[i]])) {
                    starts.add(seq[i + 1]);
                }
            }
            if (seq.length > 0) {
                starts.add(seq[0]);
            }
        }
        sentenceStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        lengths = lens;
        allWords = docs.stream().flatMapToInt(java.util.Arrays::stream).toArray();
    }

    private static boolean endsSentence(String w) {
        char c = w.charAt(w.length() - 1);
        if (c == '"' || c == '”' || c == '’' || c == ')') {
            c = w.length() > 1 ? w.charAt(w.length() - 2) : c;
        }
        return c == '.' || c == '!' || c == '?';
    }

    /**
     * A corpus of {@code size} articles.
     *
     * @param reuseRate share of articles derived from an earlier one, in [0, 1]
     * @param seed      random seed
     */
    public Corpus generate(int size, double reuseRate, long seed) {
        List<Article> articles = new ArrayList<>(size);
        List<Injected> injected = new ArrayList<>();
        generate(size, reuseRate, seed, new Sink() {
            @Override
            public void article(Article a) {
                articles.add(a);
            }

            @Override
            public void injected(Injected i) {
                injected.add(i);
            }
        });
        return new Corpus(articles, injected);
    }

    /** Receives a generated corpus in order: each article, and each derivation once its copy is made. */
    public interface Sink {
        /** The next article (ordinal = number of earlier articles). */
        void article(Article a) throws java.io.IOException;

        /** A derivation; {@link #article} has already received both of its articles. */
        void injected(Injected i) throws java.io.IOException;
    }

    /**
     * Streams the corpus that {@link #generate(int, double, long)} returns, article by article,
     * holding only the earlier texts as UTF-8 bytes (any earlier article can be a source): about
     * 5 GB for a million articles where whole {@link Article}s would need twice that or more.
     */
    public void generate(int size, double reuseRate, long seed, Sink sink) {
        Random random = new Random(seed);
        byte[][] texts = new byte[size][];
        for (int k = 0; k < size; k++) {
            String text;
            Injected inj = null;
            if (k > 0 && random.nextDouble() < reuseRate) {
                int src = random.nextInt(k);
                String s = new String(texts[src], java.nio.charset.StandardCharsets.UTF_8);
                String kind;
                switch (random.nextInt(4)) {
                    case 0 -> {
                        kind = "copy";
                        text = s;
                    }
                    case 1 -> {
                        kind = "edited";
                        text = edit(s, random);
                    }
                    case 2 -> {
                        kind = "truncated";
                        text = truncate(s, 0.4 + 0.4 * random.nextDouble());
                    }
                    default -> {
                        kind = "spliced";
                        text = splice(original(random), s, random);
                    }
                }
                inj = new Injected(src, k, kind);
            } else {
                text = original(random);
            }
            texts[k] = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try {
                sink.article(Article.builder(String.format("a%07d", k), text).build());
                if (inj != null) {
                    sink.injected(inj);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A fresh article from the word chain. */
    String original(Random random) {
        int target = Math.max(30, lengths[random.nextInt(lengths.length)]);
        StringBuilder sb = new StringBuilder(target * 7);
        int w = sentenceStarts[random.nextInt(sentenceStarts.length)];
        int run = 0;
        for (int i = 0; i < target; i++) {
            sb.append(words[w]);
            int from = successorStart[w];
            int to = successorStart[w + 1];
            boolean end = endsSentence(words[w]);
            if (from == to) {
                w = sentenceStarts[random.nextInt(sentenceStarts.length)];
                end = true;
                run = 0;
            } else if (run >= MAX_RUN || random.nextDouble() >= CHAIN) {
                run = 0;
                // Jump to a word drawn by corpus frequency (keeps the word distribution, breaks
                // the long runs of training text a small chain would otherwise repeat).
                w = allWords[random.nextInt(allWords.length)];
            } else {
                w = successors[from + random.nextInt(to - from)];
                run++;
            }
            if (i + 1 < target) {
                sb.append(end && random.nextDouble() < 0.3 ? PARAGRAPH : " ");
            }
        }
        return sb.toString();
    }

    private String edit(String s, Random random) {
        String[] ws = s.split(" ");
        StringBuilder sb = new StringBuilder(s.length());
        boolean dropped = false;
        boolean dropping = false;
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i];
            if (!dropped && !dropping && i > ws.length / 3 && endsSentence(w)) {
                dropping = true;
                continue;
            }
            if (dropping) {
                if (endsSentence(w)) {
                    dropping = false;
                    dropped = true;
                }
                continue;
            }
            if (random.nextDouble() < 0.05 && !w.contains("\n")) {
                w = words[random.nextInt(words.length)];
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    private static String truncate(String s, double share) {
        int cut = (int) (s.length() * share);
        int space = s.indexOf(' ', cut);
        return space < 0 ? s : s.substring(0, space);
    }

    private static String splice(String host, String source, Random random) {
        String[] ws = source.split(" ");
        int len = Math.min(ws.length, 40 + random.nextInt(111));
        int from = ws.length == len ? 0 : random.nextInt(ws.length - len);
        String passage = String.join(" ", Arrays.asList(ws).subList(from, from + len));
        int at = host.indexOf(PARAGRAPH, random.nextInt(Math.max(1, host.length())));
        if (at < 0) {
            return host + PARAGRAPH + passage;
        }
        return host.substring(0, at) + PARAGRAPH + passage + host.substring(at);
    }
}
