package org.stemma.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stemma.text.SentenceEmbedder;
import org.stemma.text.StemRuns;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;
import org.stemma.text.WordDiff;

/**
 * Groups quotations from different articles into families (the instances of one utterance)
 * and labels each instance against the family's best-supported wording.
 *
 * <p><b>Same utterance.</b> Two quotes of different articles are one utterance when their
 * word stems (first five letters, so "acquire"/"acquired" and "weapons"/"weaponry" align)
 * match: one unbroken run of shared stems covers {@value #CONTAINED} of the shorter quote (a
 * trimmed copy), or their longest common subsequence covers {@value #ALIGNED} of the longer
 * one (an altered copy). A quote attributed to another speaker joins only on the first, stricter test
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
 * starts a family. Only families sharing a word stem with the quote are compared (an inverted
 * index; words shared by more than {@value #MAX_POSTING} families are ignored as candidates'
 * only link), so grouping stays near-linear on large corpora. Matching against the family's longest quote, not any member, keeps chains of
 * partial overlaps from joining different utterances.
 *
 * <p><b>Variants.</b> The family's wording is the one most articles agree on, an article
 * quoting a part of it counting as agreeing (ties: longer, then first article id). Each instance is {@code verbatim} (same words), {@code trimmed} (a
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
    /** A quote of fewer words joins a longer one only on distinctive words. */
    static final int DISTINCTIVE_WORDS = 8;
    /** Quotes shorter than this many words only join by containment in a longer one. */
    static final int MIN_WORDS = 2;

    /** A quote prepared for comparison. */
    static final class Item {
        final Quote quote;
        final long[] stems;
        /** The distinct stems of its content words, ascending. */
        final long[] content;
        final String norm;
        float[] vector;

        Item(Quote q) {
            this.quote = q;
            Tokens t = Tokenizer.tokenize(q.text());
            stems = new long[t.size()];
            long[] c = new long[t.size()];
            int n = 0;
            for (int i = 0; i < t.size(); i++) {
                String term = t.term(i);
                String stem = term.length() > 5 ? term.substring(0, 5) : term;
                stems[i] = Tokenizer.fnv1a64(stem);
                if (term.length() > 3 && !STOP.contains(term)) {
                    c[n++] = stems[i];
                }
            }
            content = distinct(c, n);
            norm = norm(t);
        }

        /** The content stems as a hash set filled in text order (the embedder's candidate search reads it). */
        Set<Long> contentSet() {
            Tokens t = Tokenizer.tokenize(quote.text());
            Set<Long> set = new HashSet<>();
            for (int i = 0; i < t.size(); i++) {
                String term = t.term(i);
                if (term.length() > 3 && !STOP.contains(term)) {
                    set.add(stems[i]);
                }
            }
            return set;
        }
    }

    private static long[] distinct(long[] values, int n) {
        long[] v = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(v);
        int m = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[m - 1]) {
                v[m++] = v[i];
            }
        }
        return m == v.length ? v : java.util.Arrays.copyOf(v, m);
    }

    /** A family being built: its quotes (the longest first) and the articles they come from. */
    private static final class Family {
        final List<Item> items = new ArrayList<>();
        private Set<String> articles;

        Family(Item first) {
            items.add(first);
        }

        void add(Item it) {
            if (articles == null) {
                articles = new HashSet<>();
                articles.add(items.get(0).quote.article());
            }
            articles.add(it.quote.article());
            items.add(it);
        }

        boolean holds(String article) {
            return articles == null ? items.get(0).quote.article().equals(article) : articles.contains(article);
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
        List<List<Item>> families = families(prepared(quotes, embedderOrNull), MAX_POSTING);
        List<QuoteFamily> out = new ArrayList<>();
        for (List<Item> fam : families) {
            out.add(toFamily(fam));
        }
        out.sort(Comparator.comparingInt((QuoteFamily f) -> -articles(f))
                .thenComparing(f -> f.variants().get(0).quote().article())
                .thenComparingInt(f -> f.variants().get(0).quote().span().start()));
        return uniqueIds(out);
    }

    /** The quotes prepared for comparison (embedded where a rewording could join them), longest first. */
    static List<Item> prepared(List<Quote> quotes, SentenceEmbedder embedderOrNull) {
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
        return order;
    }

    /**
     * The families of {@code order} (see {@link #prepared}), each led by its longest quote, in
     * the order they were started. Each quote's candidate families are counted over the
     * postings of its content stems in primitive arrays: this loop reads every posting of every
     * quote's content words, the bulk of the quotes stage on large corpora. Stems held by more
     * than {@code maxPosting} families propose none of them.
     */
    static List<List<Item>> families(List<Item> order, int maxPosting) {
        List<Family> families = new ArrayList<>();
        // Word stem -> families whose longest quote has it: only families sharing a word are compared.
        StemPostings index = new StemPostings(maxPosting);
        int[] counts = new int[16]; // shared content words per family, for the current quote
        int[] touched = new int[16];
        // Per family, what the first filter reads of its longest quote, kept beside the counts
        // so that the many families it turns away cost no object reads.
        int[] founderContent = new int[16];
        boolean[] founderEmbedded = new boolean[16];
        for (Item it : order) {
            Family best = null;
            double bestScore = 0;
            if (counts.length < families.size() + 1) {
                counts = java.util.Arrays.copyOf(counts, 2 * families.size() + 1);
                founderContent = java.util.Arrays.copyOf(founderContent, counts.length);
                founderEmbedded = java.util.Arrays.copyOf(founderEmbedded, counts.length);
            }
            int nTouched = 0;
            // A fragment of a few words is distinctive only if its content words are rare here.
            boolean rare = it.content.length > 0;
            for (long h : it.content) {
                int slot = index.slot(h);
                if (slot < 0) {
                    continue;
                }
                int size = index.count(slot);
                if (size > RARE_POSTING) {
                    rare = false;
                }
                if (size <= maxPosting) {
                    int[] posting = index.families(slot);
                    for (int p = 0; p < size; p++) {
                        int f = posting[p];
                        if (counts[f]++ == 0) {
                            if (nTouched == touched.length) {
                                touched = java.util.Arrays.copyOf(touched, 2 * nTouched);
                            }
                            touched[nTouched++] = f;
                        }
                    }
                }
            }
            java.util.Arrays.sort(touched, 0, nTouched);
            int needShared = Math.min(2, it.content.length);
            for (int k = 0; k < nTouched; k++) {
                int f = touched[k];
                int sharedWords = counts[f];
                counts[f] = 0;
                if (sharedWords < needShared) {
                    continue;
                }
                // Copies share most of their content words; only an embedding can join the rest.
                boolean fewShared = sharedWords < 0.6 * Math.min(founderContent[f], it.content.length);
                if (fewShared && (!founderEmbedded[f] || it.vector == null)) {
                    continue;
                }
                Family fam = families.get(f);
                if (fam.holds(it.quote.article())) {
                    continue;
                }
                Item rep = fam.items.get(0);
                double s = sameUtterance(rep, it, rare);
                if (s > bestScore) {
                    bestScore = s;
                    best = fam;
                }
            }
            if (best != null) {
                best.add(it);
            } else {
                int id = families.size();
                families.add(new Family(it));
                founderContent[id] = it.content.length;
                founderEmbedded[id] = it.vector != null;
                for (long h : it.content) {
                    index.add(h, id);
                }
            }
        }
        List<List<Item>> out = new ArrayList<>(families.size());
        for (Family f : families) {
            out.add(f.items);
        }
        return out;
    }

    /**
     * Families with one wording and speaker that stay apart (a one-word fragment in unrelated
     * stories, a quote repeated within one article) would share an id ({@link #wordingId}): the
     * one whose first instance comes first keeps it, each other one is named by its own first
     * instance too. A family's id then depends only on itself and the earliest of its namesakes,
     * so a store that regroups a new family with the stored one holding its id, and a Spark job
     * that names the families of all its components together, give the ids of one whole run.
     * The order of {@code families} is kept.
     */
    public static List<QuoteFamily> uniqueIds(List<QuoteFamily> families) {
        Map<String, Quote> first = new HashMap<>();
        boolean clash = false;
        for (QuoteFamily f : families) {
            Quote q = f.variants().get(0).quote();
            Quote had = first.putIfAbsent(wordingId(f.wording(), f.speaker()), q);
            if (had != null) {
                clash = true;
                if (before(q, had)) {
                    first.put(wordingId(f.wording(), f.speaker()), q);
                }
            }
        }
        if (!clash) {
            return List.copyOf(families);
        }
        List<QuoteFamily> renamed = new ArrayList<>(families.size());
        for (QuoteFamily f : families) {
            String base = wordingId(f.wording(), f.speaker());
            Quote q = f.variants().get(0).quote();
            String id = first.get(base) == q ? base
                    : "q" + Long.toHexString(Tokenizer.fnv1a64(base + "\u0000" + q.article() + "\u0000" + q.span().start()));
            renamed.add(id.equals(f.id()) ? f : new QuoteFamily(id, f.speaker(), f.wording(), f.variants()));
        }
        return List.copyOf(renamed);
    }

    /** The id of a family of this wording and speaker: its words (as tokenised) and the speaker. */
    public static String wordingId(String wording, String speaker) {
        String words = wording == null ? "" : norm(Tokenizer.tokenize(wording));
        return "q" + Long.toHexString(Tokenizer.fnv1a64(words + "\u0000" + speaker));
    }

    /** The terms, space-separated: a quote's words without case or punctuation. */
    private static String norm(Tokens t) {
        StringBuilder n = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                n.append(' ');
            }
            n.append(t.term(i));
        }
        return n.toString();
    }

    private static boolean before(Quote a, Quote b) {
        int c = a.article().compareTo(b.article());
        return c < 0 || c == 0 && a.span().start() < b.span().start();
    }

    /**
     * A word shared by more families than this (a very common word in a large corpus) does not
     * make them candidates on its own; keeps grouping near-linear on millions of quotes.
     */
    static final int MAX_POSTING = 500;

    /** A content word found in at most this many families counts as rare. */
    static final int RARE_POSTING = 3;

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

    /**
     * How surely {@code b} is an instance of the utterance whose longest quote is {@code a}:
     * 0 when not at all, else a score where larger is surer (lexical matches beat embedding ones).
     */
    static double sameUtterance(Item a, Item b, boolean rareFragment) {
        int shorter = Math.min(a.stems.length, b.stems.length);
        int longer = Math.max(a.stems.length, b.stems.length);
        if (shorter == 0) {
            return 0;
        }
        int lcs = StemRuns.lcs(a.stems, b.stems);
        // Containment counts one unbroken run of shared words: a short quote's words scattered
        // through a long one ("give ... him ... time") are not that quote.
        double contained = (double) StemRuns.longestRun(a.stems, b.stems) / shorter;
        double aligned = (double) lcs / longer;
        boolean sameSpeaker = Objects.equals(a.quote.speaker(), b.quote.speaker());
        boolean speakersDiffer = a.quote.speaker() != null && b.quote.speaker() != null && !sameSpeaker;
        // A fragment of two or three words joins a longer quote only verbatim and only when the same
        // named speaker says both or its content words are rare ("appropriate measures"); common
        // phrases ("thank you", "no matter what") would otherwise collect unrelated quotes.
        // A fragment shorter than a sentence joins only on words distinctive in the utterance: at
        // least two content words ("would not have been enough" has one, "enough", and is a
        // common phrase whoever says it). Judged on the two quotes alone, so that a corpus and
        // any component of it (Spark) decide alike.
        boolean distinctive = shorter >= DISTINCTIVE_WORDS || Math.min(a.content.length, b.content.length) >= 2;
        boolean bigEnough = distinctive && (shorter >= 4 || contained == 1.0 && shorter >= MIN_WORDS
                && (sameSpeaker && a.quote.speaker() != null || rareFragment));
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
        for (int i = 0, j = 0; i < a.content.length && j < b.content.length; ) {
            if (a.content[i] == b.content[j]) {
                n++;
                i++;
                j++;
            } else if (a.content[i] < b.content[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Embeds only the quotes that some other article's quote could be a rewording of. */
    private static void embedCandidates(List<Item> items, SentenceEmbedder embedder) {
        // Rewordings are looked for only between quotes of the same speaker sharing two content words.
        Map<String, List<Item>> bySpeaker = new LinkedHashMap<>();
        for (Item it : items) {
            if (it.quote.speaker() != null && it.stems.length >= 6) {
                bySpeaker.computeIfAbsent(it.quote.speaker(), k -> new ArrayList<>()).add(it);
            }
        }
        Set<Item> need = new java.util.LinkedHashSet<>();
        for (List<Item> group : bySpeaker.values()) {
            Map<Long, List<Integer>> index = new HashMap<>();
            for (int j = 0; j < group.size(); j++) {
                Item b = group.get(j);
                Map<Integer, Integer> shared = new HashMap<>();
                for (long h : b.contentSet()) {
                    List<Integer> posting = index.get(h);
                    if (posting != null && posting.size() <= MAX_POSTING) {
                        for (int i : posting) {
                            shared.merge(i, 1, Integer::sum);
                        }
                    }
                    index.computeIfAbsent(h, k -> new ArrayList<>()).add(j);
                }
                for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                    Item a = group.get(e.getKey());
                    if (e.getValue() < 2 || a.quote.article().equals(b.quote.article())) {
                        continue;
                    }
                    int shorter = Math.min(a.stems.length, b.stems.length);
                    int longer = Math.max(a.stems.length, b.stems.length);
                    boolean lexical = (double) StemRuns.longestRun(a.stems, b.stems) / shorter >= CONTAINED
                            || (double) StemRuns.lcs(a.stems, b.stems) / longer >= ALIGNED;
                    if (!lexical) {
                        need.add(a);
                        need.add(b);
                    }
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

    /**
     * {@code families} as the articles {@code ids} alone carry them: each family's instances in
     * those articles, its wording, speaker and relations judged among them only; families with
     * no instance there are left out. Ordered by their first instance (article id, position).
     * A lineage judged this way gets the same answer from a whole corpus's families as from the
     * families of the Spark component that holds it.
     */
    public static List<QuoteFamily> within(List<QuoteFamily> families, Set<String> ids) {
        List<QuoteFamily> out = new ArrayList<>();
        for (QuoteFamily f : families) {
            List<Item> items = new ArrayList<>();
            for (QuoteVariant v : f.variants()) {
                if (ids.contains(v.quote().article())) {
                    items.add(new Item(v.quote()));
                }
            }
            if (!items.isEmpty()) {
                out.add(toFamily(items));
            }
        }
        out.sort(Comparator.comparing((QuoteFamily f) -> f.variants().get(0).quote().article())
                .thenComparingInt(f -> f.variants().get(0).quote().span().start()));
        return out;
    }

    private static QuoteFamily toFamily(List<Item> fam) {
        // The wording most articles agree on — an article quoting a part of a wording supports it
        // too — ties: longer, then first article id.
        Map<String, Set<String>> support = new LinkedHashMap<>();
        Map<String, Item> example = new HashMap<>();
        for (Item it : fam) {
            support.computeIfAbsent(it.norm, k -> new HashSet<>());
            example.merge(it.norm, it, (x, y) -> x.quote.article().compareTo(y.quote.article()) <= 0 ? x : y);
        }
        for (Map.Entry<String, Set<String>> e : support.entrySet()) {
            String padded = " " + e.getKey() + " ";
            for (Item it : fam) {
                if (padded.contains(" " + it.norm + " ")) {
                    e.getValue().add(it.quote.article());
                }
            }
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
            // Same text as the wording: one kept run (the quadratic diff is for texts that differ).
            List<org.stemma.text.DiffSegment> diff = it.quote.text().equals(wording)
                    ? List.of(new org.stemma.text.DiffSegment(org.stemma.text.DiffSegment.Op.EQUAL, wording))
                    : WordDiff.diff(wording, it.quote.text());
            variants.add(new QuoteVariant(it.quote, rel, diff));
        }
        return new QuoteFamily(wordingId(wording, speaker), speaker, wording, variants);
    }
}
