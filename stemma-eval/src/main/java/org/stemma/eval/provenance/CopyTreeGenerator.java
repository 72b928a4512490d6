package org.stemma.eval.provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Builds families of derived articles from real article bodies: a random recursive tree of 3–6
 * articles whose root is a real body and whose every other node applies one operation (copy,
 * trim, word edits, paraphrase by deletion) to its parent's text, sometimes followed by a
 * paragraph of its own (taken from another real body). Every sentence remembers which original
 * sentence it descends from, so the links between any two articles can be built from the
 * construction: the passages are the sentences of common descent.
 */
public final class CopyTreeGenerator {

    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?][”\"’)]?)\\s+(?=[“\"(]?[A-Z0-9])");

    /** Settings of the construction. */
    public record Settings(int minSize, int maxSize, Shape shape, DateMode dates, double leakRate,
                           double ownTextRate) {
    }

    /** How copies hang together: a chain of re-copies, a star around one original, or any tree. */
    public enum Shape { CHAIN, STAR, TREE }

    /** Which articles get publication dates. */
    public enum DateMode { NONE, ALL, HALF }

    private final List<String> bodies;
    private final Random rnd;
    private final Settings settings;
    private int nextOrigin;

    public CopyTreeGenerator(List<String> bodies, long seed, Settings settings) {
        if (bodies.size() < 2) {
            throw new IllegalArgumentException("need at least two article bodies, got " + bodies.size());
        }
        this.bodies = bodies;
        this.rnd = new Random(seed);
        this.settings = settings;
    }

    /** A sentence and the original sentence it descends from. */
    private record Unit(int origin, String text) {
    }

    /** A constructed article before it becomes an {@link Article}. */
    private static final class Doc {
        List<List<Unit>> paragraphs = new ArrayList<>();
        List<String> related = new ArrayList<>();
        String leaked;
        int parent = -1;
        CopyOp op = CopyOp.ORIGINAL;
        long day;
    }

    /** The next family, built from body {@code rootBody}. */
    public CopyTree next(int rootBody, String idPrefix) {
        int size = settings.minSize() + rnd.nextInt(settings.maxSize() - settings.minSize() + 1);
        List<Doc> docs = new ArrayList<>();
        Doc root = new Doc();
        root.paragraphs = units(bodies.get(rootBody));
        root.related.add(headline(rootBody));
        root.day = 19_000 + rnd.nextInt(1000);
        docs.add(root);
        CopyOp[] ops = {CopyOp.COPY, CopyOp.TRIM, CopyOp.EDIT, CopyOp.DELETION};
        for (int i = 1; i < size; i++) {
            int p = switch (settings.shape()) {
                case CHAIN -> i - 1;
                case STAR -> 0;
                case TREE -> rnd.nextInt(i);
            };
            Doc d = derive(docs.get(p), ops[rnd.nextInt(ops.length)], rootBody);
            d.parent = p;
            d.day = docs.get(p).day + rnd.nextInt(3);
            docs.add(d);
        }
        // Ids carry no order: a random tag per article.
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add(idPrefix + "-" + Integer.toHexString(0x10000 + rnd.nextInt(0xEFFFF)) + i);
        }
        Collections.shuffle(ids, rnd);
        List<Article> articles = new ArrayList<>();
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, CopyOp> op = new LinkedHashMap<>();
        List<int[][]> spans = new ArrayList<>();
        List<int[]> origins = new ArrayList<>();
        Map<String, Map<Integer, String>> sentences = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Doc d = docs.get(i);
            Map<Integer, String> versions = new HashMap<>();
            for (List<Unit> para : d.paragraphs) {
                for (Unit u : para) {
                    versions.put(u.origin(), u.text());
                }
            }
            if (d.leaked != null) {
                versions.put(CopyTree.LEAKED, d.leaked);
            }
            sentences.put(ids.get(i), Map.copyOf(versions));
            StringBuilder text = new StringBuilder();
            List<int[]> sp = new ArrayList<>();
            List<Integer> or = new ArrayList<>();
            for (List<Unit> para : d.paragraphs) {
                if (para.isEmpty()) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                for (int u = 0; u < para.size(); u++) {
                    if (u > 0) {
                        text.append(' ');
                    }
                    sp.add(new int[] {text.length(), text.length() + para.get(u).text().length()});
                    or.add(para.get(u).origin());
                    text.append(para.get(u).text());
                }
            }
            if (d.leaked != null) {
                text.append(" MORE: ").append(d.leaked);
            }
            String published = switch (settings.dates()) {
                case NONE -> null;
                case ALL -> java.time.LocalDate.ofEpochDay(d.day).toString();
                case HALF -> rnd.nextBoolean() ? java.time.LocalDate.ofEpochDay(d.day).toString() : null;
            };
            articles.add(Article.builder(ids.get(i), text.toString()).published(published)
                    .related(d.related).outlet("outlet-" + ids.get(i)).build());
            spans.add(sp.toArray(new int[0][]));
            origins.add(or.stream().mapToInt(Integer::intValue).toArray());
            op.put(ids.get(i), d.op);
            if (d.parent >= 0) {
                parent.put(ids.get(i), ids.get(d.parent));
            }
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                Link l = link(articles.get(i), spans.get(i), origins.get(i), articles.get(j), spans.get(j),
                        origins.get(j));
                if (l != null) {
                    links.add(rnd.nextBoolean() ? l : swap(l));
                }
            }
        }
        Collections.shuffle(links, rnd);
        List<Article> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, rnd);
        return new CopyTree(shuffled, parent, op, links, sentences);
    }

    private Doc derive(Doc parent, CopyOp op, int rootBody) {
        Doc d = new Doc();
        d.op = op;
        List<List<Unit>> paras = new ArrayList<>();
        for (List<Unit> p : parent.paragraphs) {
            paras.add(new ArrayList<>(p));
        }
        switch (op) {
            case COPY -> { }
            case TRIM -> trim(paras);
            case EDIT -> edit(paras);
            case DELETION -> deletion(paras);
            default -> throw new IllegalArgumentException(op.name());
        }
        if (rnd.nextDouble() < settings.ownTextRate()) {
            List<List<Unit>> own = units(bodies.get(otherBody(rootBody)));
            List<Unit> para = new ArrayList<>();
            for (List<Unit> p : own) {
                for (Unit u : p) {
                    if (para.size() < 2 + rnd.nextInt(2)) {
                        para.add(new Unit(nextOrigin++, u.text()));
                    }
                }
            }
            paras.add(para);
        }
        d.paragraphs = paras;
        d.related.add(headline(otherBody(rootBody)));
        // A leaked line travels on with the text unless the end of the text was cut.
        d.leaked = op == CopyOp.TRIM ? null : parent.leaked;
        if (rnd.nextDouble() < settings.leakRate()) {
            d.leaked = parent.related.get(0);
        }
        return d;
    }

    private void trim(List<List<Unit>> paras) {
        int total = count(paras);
        int drop = Math.max(1, (int) Math.round(total * (0.15 + 0.3 * rnd.nextDouble())));
        int fromStart = rnd.nextInt(3) == 0 ? Math.min(drop / 2, count(paras) - 1) : 0;
        for (int k = 0; k < fromStart; k++) {
            removeFirst(paras);
        }
        for (int k = fromStart; k < drop && count(paras) > 2; k++) {
            removeLast(paras);
        }
    }

    private void edit(List<List<Unit>> paras) {
        List<String> vocab = vocabulary(paras);
        for (List<Unit> p : paras) {
            for (int u = 0; u < p.size(); u++) {
                if (rnd.nextDouble() >= 0.3) {
                    continue;
                }
                List<String> words = new ArrayList<>(List.of(p.get(u).text().split(" ")));
                int edits = 1 + rnd.nextInt(2);
                for (int e = 0; e < edits && words.size() > 3; e++) {
                    int at = rnd.nextInt(words.size());
                    switch (rnd.nextInt(3)) {
                        case 0 -> words.set(at, vocab.get(rnd.nextInt(vocab.size())));
                        case 1 -> words.add(at, vocab.get(rnd.nextInt(vocab.size())));
                        default -> words.remove(at);
                    }
                }
                p.set(u, new Unit(p.get(u).origin(), String.join(" ", words)));
            }
        }
    }

    private void deletion(List<List<Unit>> paras) {
        for (List<Unit> p : paras) {
            for (int u = p.size() - 1; u >= 0; u--) {
                double r = rnd.nextDouble();
                if (r < 0.1 && count(paras) > 3) {
                    p.remove(u);
                } else if (r < 0.6) {
                    String[] words = p.get(u).text().split(" ");
                    if (words.length < 8) {
                        continue;
                    }
                    int len = Math.max(2, (int) (words.length * (0.2 + 0.2 * rnd.nextDouble())));
                    int at = 1 + rnd.nextInt(words.length - len - 1);
                    List<String> kept = new ArrayList<>();
                    for (int w = 0; w < words.length; w++) {
                        if (w < at || w >= at + len) {
                            kept.add(words[w]);
                        }
                    }
                    p.set(u, new Unit(p.get(u).origin(), String.join(" ", kept)));
                }
            }
        }
    }

    private List<List<Unit>> units(String body) {
        List<List<Unit>> paras = new ArrayList<>();
        for (String para : body.split("\n+")) {
            String t = para.strip().replaceAll("\\s+", " ");
            if (t.isEmpty()) {
                continue;
            }
            List<Unit> us = new ArrayList<>();
            for (String s : SENTENCE_END.split(t)) {
                if (!s.isBlank()) {
                    us.add(new Unit(nextOrigin++, s.strip()));
                }
            }
            paras.add(us);
        }
        return paras;
    }

    private String headline(int body) {
        String first = bodies.get(body).strip().split("\n")[0];
        String[] s = SENTENCE_END.split(first);
        String h = s[0].length() > 90 ? s[0].substring(0, 90) : s[0];
        return h + " [" + body + "]";
    }

    private int otherBody(int not) {
        int b;
        do {
            b = rnd.nextInt(bodies.size());
        } while (b == not);
        return b;
    }

    private static List<String> vocabulary(List<List<Unit>> paras) {
        List<String> v = new ArrayList<>();
        for (List<Unit> p : paras) {
            for (Unit u : p) {
                v.addAll(List.of(u.text().split(" ")));
            }
        }
        return v;
    }

    private static int count(List<List<Unit>> paras) {
        int c = 0;
        for (List<Unit> p : paras) {
            c += p.size();
        }
        return c;
    }

    private static void removeFirst(List<List<Unit>> paras) {
        for (List<Unit> p : paras) {
            if (!p.isEmpty()) {
                p.remove(0);
                return;
            }
        }
    }

    private static void removeLast(List<List<Unit>> paras) {
        for (int i = paras.size() - 1; i >= 0; i--) {
            if (!paras.get(i).isEmpty()) {
                paras.get(i).remove(paras.get(i).size() - 1);
                return;
            }
        }
    }

    /** The link of common-descent sentences between two constructed articles, or null. */
    private static Link link(Article a, int[][] sa, int[] oa, Article b, int[][] sb, int[] ob) {
        Map<Integer, Integer> posB = new HashMap<>();
        for (int j = 0; j < ob.length; j++) {
            posB.put(ob[j], j);
        }
        List<Passage> passages = new ArrayList<>();
        long ca = 0;
        long cb = 0;
        for (int i = 0; i < oa.length; i++) {
            Integer j = posB.get(oa[i]);
            if (j == null) {
                continue;
            }
            Span x = new Span(sa[i][0], sa[i][1]);
            Span y = new Span(sb[j][0], sb[j][1]);
            String tx = x.of(a.text());
            String ty = y.of(b.text());
            boolean same = tx.equals(ty);
            passages.add(new Passage(x, y, same ? PassageKind.VERBATIM : PassageKind.EDITED,
                    same ? 1.0 : similarity(tx, ty)));
            ca += x.length();
            cb += y.length();
        }
        if (passages.isEmpty()) {
            return null;
        }
        double covA = Math.min(1, ca / (double) a.text().length());
        double covB = Math.min(1, cb / (double) b.text().length());
        LinkKind kind = covA >= 0.9 && covB >= 0.9 ? LinkKind.DUPLICATE
                : Math.max(covA, covB) >= 0.8 ? LinkKind.CONTAINMENT : LinkKind.PARTIAL;
        return new Link(a.id(), b.id(), kind, covA, covB, passages);
    }

    static Link swap(Link l) {
        List<Passage> ps = new ArrayList<>();
        for (Passage p : l.passages()) {
            ps.add(new Passage(p.b(), p.a(), p.kind(), p.similarity()));
        }
        ps.sort((x, y) -> x.a().compareTo(y.a()));
        return new Link(l.b(), l.a(), l.kind(), l.coverageB(), l.coverageA(), ps);
    }

    /** Dice coefficient of the longest common token subsequence. */
    static double similarity(String x, String y) {
        Tokens a = Tokenizer.tokenize(x);
        Tokens b = Tokenizer.tokenize(y);
        int n = a.size();
        int m = b.size();
        if (n + m == 0) {
            return 1;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                cur[j] = a.hash(i - 1) == b.hash(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[m] / (n + m);
    }
}
