package org.stemma.eval.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stemma.article.Article;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Builds document pairs with reuse known by construction from real article bodies, with a fixed
 * random seed. Types:
 * <ul>
 *   <li>{@code copy}: the whole body, verbatim;</li>
 *   <li>{@code truncation}: the first 30–70% of its sentences;</li>
 *   <li>{@code deletion}: a quarter of the sentences deleted (first and last kept);</li>
 *   <li>{@code insertion}: after a quarter of the sentences, a sentence of another article;</li>
 *   <li>{@code reorder}: about a third of adjacent sentence pairs swapped;</li>
 *   <li>{@code substitution}: each word replaced with probability 0.1 by a word of another
 *       article;</li>
 *   <li>{@code splice}: a run of sentences (30–150 words) inserted between two paragraphs of
 *       another article;</li>
 *   <li>{@code splice-edited}: the same with 10% of the spliced words substituted;</li>
 *   <li>{@code edited}: the whole body with one sentence dropped and word edits throughout
 *       (6% of words replaced by words of other articles, 3% deleted, a word of another article
 *       inserted after 3%);</li>
 *   <li>{@code paragraphs}: a run of two or more whole paragraphs (at most 70% of the body) with
 *       light word edits (4% replaced, 2% deleted), put between two paragraphs of another
 *       article ("paragraphs 3 to 9 copied, with some words changed");</li>
 *   <li>{@code own-paragraph}: the whole body with a paragraph of the copy's own (three or more
 *       sentences, at least 60 words, from another article) inserted at a paragraph break: two
 *       cases, the copied text before and after it, since the copy leaves the source there;</li>
 *   <li>{@code two-passages}: two runs of sentences (30–100 words each) from the first and the
 *       second half of the body, put into another article at two paragraph breaks at least 60
 *       words apart, in either order: two cases;</li>
 *   <li>{@code negative}: two different articles, no case.</li>
 * </ul>
 * A case spans the reused text from its first to its last word in each document (the
 * obfuscated passage as a whole, as in the PAN corpora).
 */
public final class PairConstructor {

    /** All pair types, in report order. */
    public static final List<String> TYPES = List.of("copy", "truncation", "deletion", "insertion",
            "reorder", "substitution", "splice", "splice-edited", "edited", "paragraphs",
            "own-paragraph", "two-passages", "negative");

    private final List<String> bodies;
    private final List<List<int[]>> sentences = new ArrayList<>();
    private final Random random;

    public PairConstructor(List<String> bodies, long seed) {
        if (bodies.size() < 3) {
            throw new IllegalArgumentException("need at least 3 bodies, got " + bodies.size());
        }
        this.bodies = List.copyOf(bodies);
        for (String b : this.bodies) {
            sentences.add(SentenceCuts.split(b));
        }
        this.random = new Random(seed);
    }

    /** {@code perType} pairs of every type, sources taken in turn from the bodies. */
    public List<ConstructedPair> build(int perType) {
        return build(perType, TYPES);
    }

    /** {@code perType} pairs of each of {@code types} (names from {@link #TYPES}). */
    public List<ConstructedPair> build(int perType, List<String> types) {
        for (String t : types) {
            if (!TYPES.contains(t)) {
                throw new IllegalArgumentException("unknown pair type '" + t + "' (types: "
                        + String.join(", ", TYPES) + ")");
            }
        }
        List<ConstructedPair> out = new ArrayList<>();
        int n = 0;
        for (String type : types) {
            for (int k = 0; k < perType; k++) {
                int src = (n++ * 7) % bodies.size();
                out.add(build(type, src, type + "-" + k));
            }
        }
        return out;
    }

    private ConstructedPair build(String type, int src, String name) {
        String s = bodies.get(src);
        List<int[]> ss = sentences.get(src);
        Builder b = new Builder();
        List<ReuseCase> cases = new ArrayList<>();
        switch (type) {
            case "copy" -> {
                b.append(s);
                cases.add(whole(s, 0, s.length(), b.text(), 0, b.length()));
            }
            case "truncation" -> {
                int keep = Math.max(1, (int) Math.round(ss.size() * (0.3 + 0.4 * random.nextDouble())));
                int end = ss.get(Math.min(keep, ss.size()) - 1)[1];
                b.append(s.substring(0, end));
                cases.add(whole(s, 0, end, b.text(), 0, b.length()));
            }
            case "deletion", "insertion", "reorder" -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < ss.size(); i++) {
                    String sent = s.substring(ss.get(i)[0], ss.get(i)[1]);
                    boolean edge = i == 0 || i == ss.size() - 1;
                    if (type.equals("deletion") && !edge && random.nextDouble() < 0.25) {
                        continue;
                    }
                    parts.add(sent);
                    if (type.equals("insertion") && i < ss.size() - 1 && random.nextDouble() < 0.25) {
                        parts.add(randomSentence(src));
                    }
                }
                if (type.equals("reorder")) {
                    for (int i = 0; i + 1 < parts.size(); i++) {
                        if (random.nextDouble() < 0.33) {
                            String t = parts.get(i);
                            parts.set(i, parts.get(i + 1));
                            parts.set(i + 1, t);
                            i++;
                        }
                    }
                }
                b.append(String.join(" ", parts));
                cases.add(whole(s, 0, s.length(), b.text(), 0, b.length()));
            }
            case "substitution" -> {
                b.append(substitute(s, src, 0.1));
                cases.add(whole(s, 0, s.length(), b.text(), 0, b.length()));
            }
            case "splice", "splice-edited" -> {
                int host = otherBody(src);
                int[] run = sentenceRun(ss, s, 30, 150);
                String passage = s.substring(run[0], run[1]);
                if (type.equals("splice-edited")) {
                    passage = substitute(passage, src, 0.1);
                }
                String h = bodies.get(host);
                int at = paragraphBoundary(h);
                b.append(h.substring(0, at));
                if (at > 0) {
                    b.append("\n\n");
                }
                int from = b.length();
                b.append(passage);
                int to = b.length();
                if (at < h.length()) {
                    b.append("\n\n");
                    b.append(h.substring(at).stripLeading());
                }
                cases.add(whole(s, run[0], run[1], b.text(), from, to));
            }
            case "edited" -> {
                String dropped = ss.size() > 2 ? cut(s, ss, 1 + random.nextInt(ss.size() - 2)) : s;
                b.append(editWords(dropped, src, 0.06, 0.03, 0.03));
                cases.add(whole(s, 0, s.length(), b.text(), 0, b.length()));
            }
            case "paragraphs" -> {
                List<int[]> paras = paragraphs(s);
                int count = Math.max(2, (int) Math.round(paras.size() * (0.3 + 0.4 * random.nextDouble())));
                count = Math.min(count, paras.size());
                int first = random.nextInt(paras.size() - count + 1);
                int from = paras.get(first)[0];
                int to = paras.get(first + count - 1)[1];
                String host = bodies.get(otherBody(src));
                int at = paragraphBoundary(host);
                int[] placed = insertAt(b, host, at, editWords(s.substring(from, to), src, 0.04, 0.02, 0));
                cases.add(whole(s, from, to, b.text(), placed[0], placed[1]));
            }
            case "own-paragraph" -> {
                List<int[]> paras = paragraphs(s);
                int k = paras.size() < 2 ? -1 : 1 + random.nextInt(paras.size() - 1);
                int cutAt = k < 0 ? ss.get(ss.size() / 2)[0] : paras.get(k)[0];
                String own = ownParagraph(src, 3, 60);
                b.append(s.substring(0, cutAt).stripTrailing());
                int endFirst = b.length();
                b.append("\n\n");
                b.append(own);
                b.append("\n\n");
                int startSecond = b.length();
                b.append(s.substring(cutAt));
                cases.add(whole(s, 0, cutAt, b.text(), 0, endFirst));
                cases.add(whole(s, cutAt, s.length(), b.text(), startSecond, b.length()));
            }
            case "two-passages" -> {
                int half = ss.get(ss.size() / 2)[0];
                int[] r1 = sentenceRun(ss.subList(0, Math.max(1, ss.size() / 2)), s, 30, 100);
                int[] r2 = sentenceRun(ss.subList(ss.size() / 2, ss.size()), s, 30, 100);
                if (r2[0] < Math.max(r1[1], half)) {
                    r2 = new int[] {ss.get(ss.size() - 1)[0], ss.get(ss.size() - 1)[1]};
                }
                boolean swap = random.nextBoolean();
                int[] x = swap ? r2 : r1;
                int[] y = swap ? r1 : r2;
                String host = bodies.get(otherBody(src));
                int at1 = paragraphBoundary(host);
                b.append(host.substring(0, at1));
                int[] px = place(b, s.substring(x[0], x[1]));
                String rest = host.substring(at1);
                int at2 = gapAfter(rest, 60);
                b.append(rest.substring(0, at2));
                int[] py = place(b, s.substring(y[0], y[1]));
                b.append(rest.substring(at2).stripLeading());
                cases.add(whole(s, x[0], x[1], b.text(), px[0], px[1]));
                cases.add(whole(s, y[0], y[1], b.text(), py[0], py[1]));
            }
            case "negative" -> b.append(bodies.get(otherBody(src)));
            default -> throw new IllegalArgumentException("unknown type " + type);
        }
        Article source = Article.builder("src-" + name, s).build();
        Article susp = Article.builder("susp-" + name, b.text()).build();
        return new ConstructedPair(type, source, susp, cases);
    }

    /** The case for chars [s0,s1) of the source and [t0,t1) of the copy, trimmed to words. */
    private static ReuseCase whole(String src, int s0, int s1, String susp, int t0, int t1) {
        return new ReuseCase(trimToWords(src, s0, s1), trimToWords(susp, t0, t1));
    }

    static Span trimToWords(String text, int from, int to) {
        Tokens t = Tokenizer.tokenize(text);
        int first = t.tokenAtOrAfter(from);
        int last = first;
        while (last + 1 < t.size() && t.end(last + 1) <= to) {
            last++;
        }
        if (first >= t.size() || t.end(first) > to) {
            return new Span(from, from);
        }
        return new Span(t.start(first), t.end(last));
    }

    private int otherBody(int src) {
        int o = random.nextInt(bodies.size() - 1);
        return o >= src ? o + 1 : o;
    }

    private String randomSentence(int notFrom) {
        int o = otherBody(notFrom);
        List<int[]> ss = sentences.get(o);
        int[] r = ss.get(random.nextInt(ss.size()));
        return bodies.get(o).substring(r[0], r[1]);
    }

    /** Replaces each word with probability {@code p} by a random word of another body. */
    private String substitute(String text, int src, double p) {
        Tokens t = Tokenizer.tokenize(text);
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (int i = 0; i < t.size(); i++) {
            out.append(text, pos, t.start(i));
            if (random.nextDouble() < p) {
                out.append(randomWord(src));
            } else {
                out.append(text, t.start(i), t.end(i));
            }
            pos = t.end(i);
        }
        out.append(text, pos, text.length());
        return out.toString();
    }

    /** Chars of a run of whole sentences with between min and max words (as near as possible). */
    private int[] sentenceRun(List<int[]> ss, String s, int minWords, int maxWords) {
        int first = random.nextInt(ss.size());
        int words = 0;
        int last = first;
        for (int i = first; i < ss.size(); i++) {
            int w = Tokenizer.tokenize(s.substring(ss.get(i)[0], ss.get(i)[1])).size();
            if (words >= minWords && words + w > maxWords) {
                break;
            }
            words += w;
            last = i;
        }
        while (words < minWords && first > 0) {
            first--;
            words += Tokenizer.tokenize(s.substring(ss.get(first)[0], ss.get(first)[1])).size();
        }
        return new int[] {ss.get(first)[0], ss.get(last)[1]};
    }

    /** A random paragraph start in {@code h} (0 if it has one paragraph). */
    private int paragraphBoundary(String h) {
        List<Integer> starts = new ArrayList<>();
        int i = h.indexOf("\n\n");
        while (i >= 0) {
            int s = i;
            while (s < h.length() && Character.isWhitespace(h.charAt(s))) {
                s++;
            }
            if (s < h.length()) {
                starts.add(s);
            }
            i = h.indexOf("\n\n", s);
        }
        if (starts.isEmpty()) {
            return random.nextBoolean() ? 0 : h.length();
        }
        return starts.get(random.nextInt(starts.size()));
    }

    /** The text without sentence {@code k} (and the space after it). */
    private static String cut(String s, List<int[]> ss, int k) {
        int end = k + 1 < ss.size() ? ss.get(k + 1)[0] : ss.get(k)[1];
        return s.substring(0, ss.get(k)[0]) + s.substring(end);
    }

    /** Paragraphs (blank-line separated) as {@code [start, end)}, trimmed. */
    private static List<int[]> paragraphs(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int e = s.indexOf("\n\n", i);
            if (e < 0) {
                e = s.length();
            }
            int a = i;
            int z = e;
            while (a < z && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (z > a && Character.isWhitespace(s.charAt(z - 1))) {
                z--;
            }
            if (z > a) {
                out.add(new int[] {a, z});
            }
            i = e + 2;
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, s.length()});
        }
        return out;
    }

    /** Host text up to {@code at}, then {@code passage} as its own paragraph, then the rest; its chars. */
    private static int[] insertAt(Builder b, String host, int at, String passage) {
        b.append(host.substring(0, at));
        int[] placed = place(b, passage);
        if (at < host.length()) {
            b.append(host.substring(at).stripLeading());
        }
        return placed;
    }

    /** Appends {@code passage} as a paragraph of its own; returns its chars in the builder. */
    private static int[] place(Builder b, String passage) {
        if (b.length() > 0) {
            b.append("\n\n");
        }
        int from = b.length();
        b.append(passage);
        int to = b.length();
        b.append("\n\n");
        return new int[] {from, to};
    }

    /** The first paragraph break of {@code text} after at least {@code words} words (or its end). */
    private static int gapAfter(String text, int words) {
        Tokens t = Tokenizer.tokenize(text);
        if (t.size() <= words) {
            return text.length();
        }
        int i = text.indexOf("\n\n", t.end(words - 1));
        return i < 0 ? text.length() : i;
    }

    /** Consecutive sentences of another article, at least {@code sentences} and {@code words}. */
    private String ownParagraph(int notFrom, int minSentences, int words) {
        for (int tries = 0; ; tries++) {
            int o = otherBody(notFrom);
            List<int[]> ss = sentences.get(o);
            if (ss.size() < minSentences && tries < 50) {
                continue;
            }
            int first = random.nextInt(Math.max(1, ss.size() - minSentences + 1));
            int last = Math.min(ss.size(), first + minSentences) - 1;
            String t = bodies.get(o);
            while (last + 1 < ss.size()
                    && Tokenizer.tokenize(t.substring(ss.get(first)[0], ss.get(last)[1])).size() < words) {
                last++;
            }
            String run = t.substring(ss.get(first)[0], ss.get(last)[1]).replaceAll("\\s*\n\\s*", " ");
            if (Tokenizer.tokenize(run).size() >= words || tries >= 50) {
                return run;
            }
        }
    }

    /**
     * Word edits: each word is replaced by a word of another article with probability
     * {@code pSub}, else deleted with probability {@code pDel}; after each kept word a word of
     * another article is inserted with probability {@code pIns}.
     */
    private String editWords(String text, int src, double pSub, double pDel, double pIns) {
        Tokens t = Tokenizer.tokenize(text);
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (int i = 0; i < t.size(); i++) {
            out.append(text, pos, t.start(i));
            double r = random.nextDouble();
            if (r < pSub) {
                out.append(randomWord(src));
            } else if (r >= pSub + pDel) {
                out.append(text, t.start(i), t.end(i));
            }
            if (pIns > 0 && random.nextDouble() < pIns) {
                out.append(' ').append(randomWord(src));
            }
            pos = t.end(i);
        }
        out.append(text, pos, text.length());
        return out.toString();
    }

    private String randomWord(int notFrom) {
        String other = bodies.get(otherBody(notFrom));
        Tokens ot = Tokenizer.tokenize(other);
        int w = random.nextInt(ot.size());
        return other.substring(ot.start(w), ot.end(w));
    }

    private static final class Builder {
        private final StringBuilder sb = new StringBuilder();

        void append(String s) {
            sb.append(s);
        }

        int length() {
            return sb.length();
        }

        String text() {
            return sb.toString();
        }
    }
}
