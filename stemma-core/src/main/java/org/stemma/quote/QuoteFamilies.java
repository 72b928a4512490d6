package org.stemma.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;
import org.stemma.text.WordDiff;

/**
 * Groups quotations from different articles into families (the instances of one utterance)
 * and labels each instance against the family's best-supported wording.
 *
 * <p><b>Same utterance.</b> Two quotes of different articles are one utterance when their
 * words align: the longest common subsequence of their word stems (first five letters, so
 * "acquire"/"acquired" and "weapons"/"weaponry" align) covers {@value #CONTAINED} of the
 * shorter quote (a trimmed or lightly edited copy) or {@value #ALIGNED} of the longer one (an
 * altered copy). A quote attributed to another speaker joins only on the first, stricter test
 * (it is then a misattribution, not a different utterance). Reworded quotes ("Today, we can
 * proudly affirm…" for "But today we can happily state…") share too few words for that; when
 * an embedder is given, two quotes of the same resolved speaker that share some content words
 * join when their sentence embeddings' cosine is at least {@value #COSINE}. Only those
 * candidate quotes are embedded. (Measured with the quantised all-MiniLM-L6-v2 on the seeds:
 * the two reworded Diarra quotes score 0.90 and 0.91 against their originals; the closest pair
 * of different Diarra utterances, both about Russian instructors, 0.77.)
 *
 * <p><b>Families.</b> Quotes are taken longest first; each joins the family whose longest
 * quote it matches best (never a family that already holds a quote of the same article), else
 * starts a family. Matching against the family's longest quote, not any member, keeps chains of
 * partial overlaps from joining different utterances.
 *
 * <p><b>Variants.</b> The family's wording is the one most articles agree on (ties: longer,
 * then first article id). Each instance is {@code verbatim} (same words), {@code trimmed} (a
 * contiguous part of the wording), {@code altered} (other words), or {@code misattributed}
 * (its resolved speaker differs from the family's, the speaker most instances name), with a
 * word diff from the wording to the instance.
 *
 * <p>Families of a single quote are returned too (every quote has a family); cross-article
 * families come first, by number of articles. Stateless and thread-safe.
 */
public final class QuoteFamilies {

    /** Share of the shorter quote's stems the alignment must cover (trimmed or lightly edited). */
    public static final double CONTAINED = 0.8;
    /** Share of the longer quote's stems the alignment must cover (altered). */
    public static final double ALIGNED = 0.5;
    /** Embedding cosine for reworded quotes of the same speaker. */
    public static final double COSINE = 0.85;
    /** Quotes shorter than this many words only join by containment in a longer one. */
    static final int MIN_WORDS = 2;

    /** A quote prepared for comparison. */
    private static final class Item {
        final Quote quote;
        final long[] stems;
        final Set<Long> content;
        final String norm;
        float[] vector;

        Item(Quote q) {
            this.quote = q;
            Tokens t = Tokenizer.tokenize(q.text());
            stems = new long[t.size()];
            content = new HashSet<>();
            StringBuilder n = new StringBuilder();
            for (int i = 0; i < t.size(); i++) {
                String term = t.term(i);
                String stem = term.length() > 5 ? term.substring(0, 5) : term;
                stems[i] = Tokenizer.fnv1a64(stem);
                if (term.length() > 3 && !STOP.contains(term)) {
                    content.add(stems[i]);
                }
                if (i > 0) {
                    n.append(' ');
                }
                n.append(term);
            }
            norm = n.toString();
        }
    }

    private static final Set<String> STOP = Set.of("that", "this", "with", "have", "from", "they",
            "were", "been", "which", "their", "there", "what", "about", "would", "will", "also",
            "than", "them", "these", "those", "when", "into", "only", "other", "some", "such",
            "very", "more", "most", "just", "over", "then", "your", "ours", "because", "while");

    /**
     * Groups {@code quotes} (from any number of articles) into families.
     *
     * @param embedderOrNull sentence embedder for reworded quotes, or null to group lexically
     */
    public List<QuoteFamily> group(List<Quote> quotes, SentenceEmbedder embedderOrNull) {
        List<Item> items = new ArrayList<>();
        for (Quote q : quotes) {
            items.add(new Item(q));
        }
        if (embedderOrNull != null) {
            embedCandidates(items, embedderOrNull);
        }
        List<Item> order = new ArrayList<>(items);
        order.sort(Comparator.comparingInt((Item it) -> -it.stems.length)
                .thenComparing(it -> it.quote.article())
                .thenComparingInt(it -> it.quote.span().start()));
        List<List<Item>> families = new ArrayList<>();
        for (Item it : order) {
            List<Item> best = null;
            double bestScore = 0;
            for (List<Item> fam : families) {
                if (holdsArticle(fam, it.quote.article())) {
                    continue;
                }
                double s = sameUtterance(fam.get(0), it);
                if (s > bestScore) {
                    bestScore = s;
                    best = fam;
                }
            }
            if (best != null) {
                best.add(it);
            } else {
                List<Item> fam = new ArrayList<>();
                fam.add(it);
                families.add(fam);
            }
        }
        List<QuoteFamily> out = new ArrayList<>();
        for (List<Item> fam : families) {
            out.add(toFamily(fam));
        }
        out.sort(Comparator.comparingInt((QuoteFamily f) -> -articles(f))
                .thenComparing(f -> f.variants().get(0).quote().article())
                .thenComparingInt(f -> f.variants().get(0).quote().span().start()));
        return List.copyOf(out);
    }

    /** Only the families whose instances come from at least two articles. */
    public static List<QuoteFamily> crossArticle(List<QuoteFamily> families) {
        List<QuoteFamily> out = new ArrayList<>();
        for (QuoteFamily f : families) {
            if (articles(f) >= 2) {
                out.add(f);
            }
        }
        return out;
    }

    private static int articles(QuoteFamily f) {
        Set<String> a = new HashSet<>();
        for (QuoteVariant v : f.variants()) {
            a.add(v.quote().article());
        }
        return a.size();
    }

    private static boolean holdsArticle(List<Item> fam, String article) {
        for (Item i : fam) {
            if (i.quote.article().equals(article)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How surely {@code b} is an instance of the utterance whose longest quote is {@code a}:
     * 0 when not at all, else a score where larger is surer (lexical matches beat embedding ones).
     */
    private static double sameUtterance(Item a, Item b) {
        int shorter = Math.min(a.stems.length, b.stems.length);
        int longer = Math.max(a.stems.length, b.stems.length);
        if (shorter == 0) {
            return 0;
        }
        int lcs = lcs(a.stems, b.stems);
        double contained = (double) lcs / shorter;
        double aligned = (double) lcs / longer;
        boolean sameSpeaker = Objects.equals(a.quote.speaker(), b.quote.speaker());
        boolean speakersDiffer = a.quote.speaker() != null && b.quote.speaker() != null && !sameSpeaker;
        // A quote of one or two words only joins as a part of a longer one it sits in verbatim.
        boolean bigEnough = shorter >= MIN_WORDS + 1 || contained == 1.0 && shorter >= MIN_WORDS;
        if (bigEnough && contained >= CONTAINED && (!speakersDiffer || shorter >= 6)) {
            return 2 + contained;
        }
        if (!speakersDiffer && shorter >= 4 && aligned >= ALIGNED) {
            return 1 + aligned;
        }
        if (a.vector != null && b.vector != null && sameSpeaker && a.quote.speaker() != null) {
            double cos = SentenceEmbedder.cosine(a.vector, b.vector);
            if (cos >= COSINE && sharedContent(a, b) >= 2) {
                return cos;
            }
        }
        return 0;
    }

    private static int sharedContent(Item a, Item b) {
        int n = 0;
        for (long h : a.content) {
            if (b.content.contains(h)) {
                n++;
            }
        }
        return n;
    }

    /** Embeds only the quotes that some other article's quote could be a rewording of. */
    private static void embedCandidates(List<Item> items, SentenceEmbedder embedder) {
        Set<Item> need = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item a = items.get(i);
            if (a.quote.speaker() == null || a.stems.length < 6) {
                continue;
            }
            for (int j = i + 1; j < items.size(); j++) {
                Item b = items.get(j);
                if (b.quote.article().equals(a.quote.article()) || b.stems.length < 6
                        || !a.quote.speaker().equals(b.quote.speaker())) {
                    continue;
                }
                int shorter = Math.min(a.stems.length, b.stems.length);
                int longer = Math.max(a.stems.length, b.stems.length);
                int lcs = lcs(a.stems, b.stems);
                boolean lexical = (double) lcs / shorter >= CONTAINED || (double) lcs / longer >= ALIGNED;
                if (!lexical && sharedContent(a, b) >= 2) {
                    need.add(a);
                    need.add(b);
                }
            }
        }
        if (need.isEmpty()) {
            return;
        }
        List<Item> list = new ArrayList<>(need);
        List<String> texts = new ArrayList<>();
        for (Item it : list) {
            texts.add(it.quote.text());
        }
        float[][] v = embedder.embed(texts);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).vector = v[i];
        }
    }

    static int lcs(long[] a, long[] b) {
        int n = a.length;
        int m = b.length;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    private static QuoteFamily toFamily(List<Item> fam) {
        // The wording most articles agree on; ties: longer, then first article id.
        Map<String, Set<String>> support = new LinkedHashMap<>();
        Map<String, Item> example = new HashMap<>();
        for (Item it : fam) {
            support.computeIfAbsent(it.norm, k -> new HashSet<>()).add(it.quote.article());
            example.merge(it.norm, it, (x, y) -> x.quote.article().compareTo(y.quote.article()) <= 0 ? x : y);
        }
        String wordingKey = null;
        for (String k : support.keySet()) {
            if (wordingKey == null) {
                wordingKey = k;
                continue;
            }
            int c = Integer.compare(support.get(k).size(), support.get(wordingKey).size());
            if (c == 0) {
                c = Integer.compare(example.get(k).stems.length, example.get(wordingKey).stems.length);
            }
            if (c == 0) {
                c = example.get(wordingKey).quote.article().compareTo(example.get(k).quote.article());
            }
            if (c > 0) {
                wordingKey = k;
            }
        }
        Item reference = example.get(wordingKey);
        String wording = reference.quote.text();
        // The family's speaker: the one most instances name.
        Map<String, Integer> speakers = new HashMap<>();
        for (Item it : fam) {
            if (it.quote.speaker() != null) {
                speakers.merge(it.quote.speaker(), 1, Integer::sum);
            }
        }
        String speaker = reference.quote.speaker();
        int top = speaker == null ? 0 : speakers.getOrDefault(speaker, 0);
        for (Map.Entry<String, Integer> e : speakers.entrySet()) {
            if (e.getValue() > top) {
                speaker = e.getKey();
                top = e.getValue();
            }
        }
        List<Item> sorted = new ArrayList<>(fam);
        sorted.sort(Comparator.comparing((Item it) -> it.quote.article()).thenComparingInt(it -> it.quote.span().start()));
        List<QuoteVariant> variants = new ArrayList<>();
        for (Item it : sorted) {
            VariantRelation rel;
            if (speaker != null && it.quote.speaker() != null && !speaker.equals(it.quote.speaker())) {
                rel = VariantRelation.MISATTRIBUTED;
            } else if (it.norm.equals(reference.norm)) {
                rel = VariantRelation.VERBATIM;
            } else if ((" " + reference.norm + " ").contains(" " + it.norm + " ")) {
                rel = VariantRelation.TRIMMED;
            } else {
                rel = VariantRelation.ALTERED;
            }
            variants.add(new QuoteVariant(it.quote, rel, WordDiff.diff(wording, it.quote.text())));
        }
        String id = "q" + Long.toHexString(Tokenizer.fnv1a64(reference.norm + "\u0000" + speaker)).toLowerCase(Locale.ROOT);
        return new QuoteFamily(id, speaker, wording, variants);
    }
}
