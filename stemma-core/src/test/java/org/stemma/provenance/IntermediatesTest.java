package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.text.Span;

class IntermediatesTest {

    private static final List<String> BASE = List.of(
            "The council approved the budget on Monday after a long debate.",
            "Members argued over school funding and road repairs for several hours.",
            "The mayor said the compromise protects core services.",
            "Opponents warned that taxes would rise next year.",
            "A final vote is expected in March.",
            "The budget includes new money for libraries and for the parks department.",
            "Local businesses welcomed the plan but asked for lower permit fees.",
            "The police union said staffing remains a concern for the coming summer.",
            "Residents can read the full document on the city website from Tuesday.");

    /** {@code base} with word {@code from} replaced by {@code to} in sentence {@code i}. */
    private static List<String> edit(List<String> base, int i, String from, String to) {
        List<String> out = new ArrayList<>(base);
        out.set(i, out.get(i).replace(from, to));
        return out;
    }

    /** The article of {@code sentences} (sentence i descends from BASE's sentence i; null: cut). */
    private static Article article(String id, List<String> sentences) {
        StringBuilder b = new StringBuilder();
        for (String s : sentences) {
            if (s != null) {
                b.append(b.length() == 0 ? "" : " ").append(s);
            }
        }
        return Article.builder(id, b.toString()).build();
    }

    /** The link of common descent: sentence i of one with sentence i of the other. */
    private static Link link(Article a, List<String> sa, Article b, List<String> sb) {
        List<Passage> ps = new ArrayList<>();
        long ca = 0;
        long cb = 0;
        for (int i = 0; i < BASE.size(); i++) {
            if (i >= sa.size() || i >= sb.size() || sa.get(i) == null || sb.get(i) == null) {
                continue;
            }
            int x = a.text().indexOf(sa.get(i));
            int y = b.text().indexOf(sb.get(i));
            boolean same = sa.get(i).equals(sb.get(i));
            ps.add(new Passage(new Span(x, x + sa.get(i).length()), new Span(y, y + sb.get(i).length()),
                    same ? PassageKind.VERBATIM : PassageKind.EDITED, same ? 1.0 : 0.9));
            ca += sa.get(i).length();
            cb += sb.get(i).length();
        }
        return new Link(a.id(), b.id(), LinkKind.PARTIAL, ca / (double) a.text().length(),
                cb / (double) b.text().length(), ps);
    }

    private record Family(List<Article> articles, List<Link> links) {
        static Family of(Map<String, List<String>> texts) {
            List<Article> arts = new ArrayList<>();
            Map<String, List<String>> byId = new HashMap<>();
            texts.forEach((id, s) -> {
                arts.add(article(id, s));
                byId.put(id, s);
            });
            List<Link> links = new ArrayList<>();
            for (int i = 0; i < arts.size(); i++) {
                for (int j = i + 1; j < arts.size(); j++) {
                    Article a = arts.get(i);
                    Article b = arts.get(j);
                    links.add(link(a, byId.get(a.id()), b, byId.get(b.id())));
                }
            }
            return new Family(arts, links);
        }

        Map<String, String> parents() {
            Map<String, String> out = new HashMap<>();
            for (Derivation d : ProvenanceBuilder.build(articles, links, List.of(), List.of())) {
                out.put(d.copy(), d.source());
            }
            return out;
        }

        /** Per bypassed candidate edge, "from>to". */
        Set<String> bypassed() {
            Map<String, Article> byId = new HashMap<>();
            List<String> ids = new ArrayList<>();
            for (Article a : articles) {
                byId.put(a.id(), a);
                ids.add(a.id());
            }
            CopyGraph g = CopyGraph.of(ids, links, byId, Set.of(), new QuoteFidelity(List.of()), Map.of());
            boolean[] out = Intermediates.bypassed(g, g.edges());
            Set<String> s = new java.util.TreeSet<>();
            for (int e = 0; e < out.length; e++) {
                if (out[e]) {
                    s.add(g.nodes().get(g.edges().get(e).from()) + ">" + g.nodes().get(g.edges().get(e).to()));
                }
            }
            return s;
        }
    }

    private static Map<String, List<String>> texts(Object... idAndSentences) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idAndSentences.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> s = (List<String>) idAndSentences[i + 1];
            m.put((String) idAndSentences[i], s);
        }
        return m;
    }

    /** A → B (three word edits) → C (B's last two sentences cut): C carries B's edits. */
    private static Family chain() {
        List<String> a = BASE;
        List<String> b = edit(edit(edit(a, 1, "several", "many"), 4, "in March", "in late March"), 6, "but", "yet");
        List<String> c = new ArrayList<>(b);
        c.set(7, null);
        c.set(8, null);
        return Family.of(texts("c", c, "a", a, "b", b));
    }

    @Test
    void theEndOfAChainIsGivenTheMiddleNotTheOriginal() {
        Family f = chain();
        assertThat(f.bypassed()).containsExactlyInAnyOrder("a>c", "c>a");
        assertThat(f.parents().get("c")).isEqualTo("b");
    }

    @Test
    void aStarIsNotMadeAChain() {
        // B and C each change their own part of A: A is between them, neither is the other's parent.
        List<String> a = BASE;
        List<String> b = edit(edit(a, 1, "several", "many"), 4, "in March", "in late March");
        List<String> c = edit(edit(a, 6, "but", "yet"), 7, "coming", "next");
        Family f = Family.of(texts("b", b, "c", c, "a", a));
        assertThat(f.bypassed()).containsExactlyInAnyOrder("b>c", "c>b");
        Map<String, String> p = f.parents();
        assertThat(p.get("b")).isNotEqualTo("c");
        assertThat(p.get("c")).isNotEqualTo("b");
    }

    @Test
    void twoNestedCutsOfOneTextLeaveTheMiddleOpen() {
        // A star of two trims and a chain of a trim of a trim read the same: nothing is left out.
        List<String> a = BASE;
        List<String> b = new ArrayList<>(a);
        b.set(8, null);
        List<String> c = new ArrayList<>(b);
        c.set(6, null);
        c.set(7, null);
        assertThat(Family.of(texts("a", a, "b", b, "c", c)).bypassed()).isEmpty();
    }

    @Test
    void anExactCopyIsNoIntermediate() {
        List<String> a = BASE;
        List<String> c = edit(edit(a, 1, "several", "many"), 4, "in March", "in late March");
        assertThat(Family.of(texts("a", a, "b", new ArrayList<>(a), "c", c)).bypassed()).isEmpty();
    }

    @Test
    void aCutCopyIsNotBetweenItsSourceAndAnotherCopy() {
        // B edits A's last three sentences, C cuts them: C is one event from each, but it lacks
        // the tail A and B share, so B is not a copy of A through C.
        List<String> a = BASE;
        List<String> b = edit(edit(edit(a, 6, "but", "yet"), 7, "coming", "next"), 8, "full", "whole");
        List<String> c = new ArrayList<>(a);
        c.set(6, null);
        c.set(7, null);
        c.set(8, null);
        Family f = Family.of(texts("a", a, "b", b, "c", c));
        assertThat(f.bypassed()).doesNotContain("a>b", "b>a");
    }
}
