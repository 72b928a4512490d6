package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.text.Span;

class ProvenanceBuilderTest {

    private static final String BASE = "The council approved the budget on Monday after a long debate. "
            + "Members argued over school funding and road repairs for several hours. "
            + "The mayor said the compromise protects core services. "
            + "Opponents warned that taxes would rise next year. "
            + "A final vote is expected in March. "
            + "The budget includes new money for libraries and for the parks department. "
            + "Local businesses welcomed the plan but asked for lower permit fees. "
            + "The police union said staffing remains a concern for the coming summer. "
            + "Residents can read the full document on the city website from Tuesday.";

    /** A link whose passages are the shared sentences, located by search. */
    private static Link link(Article a, Article b) {
        List<Passage> ps = new ArrayList<>();
        long ca = 0;
        long cb = 0;
        for (String s : BASE.split("(?<=\\.) ")) {
            int i = a.text().indexOf(s);
            int j = b.text().indexOf(s);
            if (i >= 0 && j >= 0) {
                ps.add(new Passage(new Span(i, i + s.length()), new Span(j, j + s.length()), PassageKind.VERBATIM, 1));
                ca += s.length();
                cb += s.length();
            }
        }
        return new Link(a.id(), b.id(), LinkKind.PARTIAL, ca / (double) a.text().length(),
                cb / (double) b.text().length(), ps);
    }

    /** {@code n} distinct words of filler. */
    private static String words(String stem, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(stem).append(Integer.toString(i, 26)).append(i % 12 == 11 ? ". " : " ");
        }
        return b.toString();
    }

    @Test
    void datesDecideBetweenIdenticalTexts() {
        Article early = Article.builder("x1", BASE).outlet("Daily A").published("2024-01-01").build();
        Article late = Article.builder("x2", BASE).outlet("Daily B").published("2024-01-03").build();
        List<Derivation> ds = ProvenanceBuilder.build(List.of(late, early), List.of(link(late, early)), List.of(), List.of());
        assertThat(ds).hasSize(1);
        assertThat(ds.get(0).source()).isEqualTo("x1");
        assertThat(ds.get(0).kind()).isEqualTo(DerivationKind.COPY);
        assertThat(ds.get(0).directed()).isTrue();
        assertThat(ds.get(0).evidence()).anySatisfy(e -> {
            assertThat(e.signal()).isEqualTo("date");
            assertThat(e.text()).contains("Daily A", "published 2024-01-01, before Daily B").doesNotContain("x1", "x2");
            assertThat(e.weight()).isPositive();
        });
    }

    @Test
    void aTrimmedCopyThatNamesTheSourceOutletIsCredited() {
        Article source = Article.builder("s", BASE).outlet("Springfield Times").build();
        String cut = BASE.substring(0, BASE.indexOf(" Local businesses")) + "\n\nSource: Springfield Times";
        Article copy = Article.builder("c", cut).outlet("Shelbyville Post").build();
        List<Derivation> ds = ProvenanceBuilder.build(List.of(source, copy), List.of(link(source, copy)), List.of(), List.of());
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("s");
            assertThat(d.copy()).isEqualTo("c");
            assertThat(d.credited()).isTrue();
            assertThat(d.kind()).isEqualTo(DerivationKind.PARTIAL);
        });
    }

    @Test
    void anOutletNamedAsSourceButAbsentBecomesAnExternalRoot() {
        Article a = Article.builder("a", "SPRINGFIELD (Reuters) — " + BASE).outlet("Daily A").build();
        Article b = Article.builder("b", "SPRINGFIELD (Reuters) — " + BASE.substring(0, BASE.indexOf(" The budget")))
                .outlet("Daily B").build();
        List<Derivation> ds = ProvenanceBuilder.build(List.of(a, b), List.of(link(a, b)), List.of(), List.of());
        assertThat(ds).anySatisfy(d -> {
            assertThat(d.source()).isEqualTo("external:Reuters");
            assertThat(d.copy()).isEqualTo("a");
            assertThat(d.credited()).isTrue();
        });
        assertThat(ds).anySatisfy(d -> assertThat(d.copy()).isEqualTo("b"));
        assertThat(ds).hasSize(2);
    }

    @Test
    void articlesWithoutSubstantialLinksGetNoDerivation() {
        Article a = Article.builder("a", BASE + " " + words("alpha", 600)).build();
        Article b = Article.builder("b", BASE.substring(0, 60) + " " + words("beta", 600)).build();
        List<Link> links = List.of(link(a, b));
        assertThat(ProvenanceBuilder.build(List.of(a, b), links, List.of(), List.of())).isEmpty();
    }

    @Test
    void everyArticleHasAtMostOneParentAndNoCycles() {
        List<Article> arts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String[] sentences = BASE.split("(?<=\\.) ");
            arts.add(Article.builder("n" + i, String.join(" ",
                    java.util.Arrays.copyOf(sentences, sentences.length - i))).build());
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < arts.size(); i++) {
            for (int j = i + 1; j < arts.size(); j++) {
                links.add(link(arts.get(i), arts.get(j)));
            }
        }
        List<Derivation> ds = ProvenanceBuilder.build(arts, links, List.of(), List.of());
        assertThat(ds).extracting(Derivation::copy).doesNotHaveDuplicates();
        assertThat(ds).hasSize(arts.size() - 1);
        java.util.Map<String, String> parent = new java.util.HashMap<>();
        ds.forEach(d -> parent.put(d.copy(), d.source()));
        for (Article a : arts) {
            String x = a.id();
            for (int step = 0; step < arts.size() && x != null; step++) {
                x = parent.get(x);
            }
            assertThat(x).as("no cycle through %s", a.id()).isNull();
        }
        // The longest text is the origin: every cut is contained in it.
        assertThat(parent).doesNotContainKey("n0");
    }
}
