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
 *   <li>{@code negative}: two different articles, no case.</li>
 * </ul>
 * A case spans the reused text from its first to its last word in each document (the
 * obfuscated passage as a whole, as in the PAN corpora).
 */
public final class PairConstructor {

    /** All pair types, in report order. */
    public static final List<String> TYPES = List.of("copy", "truncation", "deletion", "insertion",
            "reorder", "substitution", "splice", "splice-edited", "negative");

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
        List<ConstructedPair> out = new ArrayList<>();
        int n = 0;
        for (String type : TYPES) {
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
                String other = bodies.get(otherBody(src));
                Tokens ot = Tokenizer.tokenize(other);
                int w = random.nextInt(ot.size());
                out.append(other, ot.start(w), ot.end(w));
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
