package org.stemma.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.quote.VariantRelation;
import org.stemma.story.Story;
import org.stemma.text.Span;
import org.stemma.text.WordDiff;

/** Deterministic articles and hand-made analyses for store tests. */
final class Fixtures {
    private static final String[] WORDS = ("army general territory control weapons instructors "
            + "partnership russia mali air force interview outlet ministry drone operation border "
            + "coalition jihadist insurgency decade intervention french niger burkina faso").split(" ");

    private Fixtures() {
    }

    /** Article {@code n}: its text is a pure function of n. */
    static Article article(int n) {
        Random r = new Random(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60 + r.nextInt(60); i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(i % 12 == 11 ? ".\n\n" : " ");
        }
        sb.append("Marker").append(n).append('.');
        return Article.builder(id(n), sb.toString()).outlet("outlet" + (n % 7) + ".example")
                .title("Story number " + n).published("2024-08-" + (10 + n % 20)).source("gen:" + n)
                .removedChars(12).removed(List.of("Subscribe now")).build();
    }

    static String id(int n) {
        return String.format("a%06d", n);
    }

    /** A small analysis over articles a, b, c: b copies a, c rewrites a; one quote family. */
    static Analysis analysis(Article a, Article b, Article c) {
        Passage p = new Passage(new Span(0, 20), new Span(0, 20), PassageKind.VERBATIM, 1.0);
        Link ab = new Link(a.id(), b.id(), LinkKind.DUPLICATE, 0.9, 0.95, List.of(p));
        Link ac = new Link(a.id(), c.id(), LinkKind.PARAPHRASE, 0.4, 0.5,
                List.of(new Passage(new Span(5, 30), new Span(7, 40), PassageKind.PARAPHRASE, 0.7)));
        Story s = new Story("s-" + a.id(), "Diarra tells RTVI about Mali", List.of(a.id(), b.id(), c.id()),
                List.of(List.of(a.id(), b.id(), c.id())), "2024-08-10", "2024-08-12",
                List.of(a.outlet(), b.outlet(), c.outlet()));
        Derivation d1 = new Derivation(a.id(), b.id(), DerivationKind.COPY, false, 0.9, List.of("earlier"), null, 0);
        Derivation d2 = new Derivation(a.id(), c.id(), DerivationKind.REWRITE, true, 0.7, List.of("told RT"), null, 0);
        String w = "we control almost the entire territory";
        String alt = "we now control almost the entire territory";
        Quote q1 = new Quote(a.id(), new Span(1, 1 + w.length()), w, false, "he", "Alou Boi Diarra", "said");
        Quote q2 = new Quote(c.id(), new Span(2, 2 + alt.length()), alt, false, "the general", "Alou Boi Diarra", "stated");
        QuoteFamily f = new QuoteFamily("q-" + a.id(), "Alou Boi Diarra", w, List.of(
                new QuoteVariant(q1, VariantRelation.VERBATIM, WordDiff.diff(w, w)),
                new QuoteVariant(q2, VariantRelation.ALTERED, WordDiff.diff(w, alt))));
        return new Analysis(List.of(a, b, c), List.of(ab, ac), List.of(s), List.of(d1, d2), List.of(f));
    }

    static List<Article> articles(int from, int to) {
        List<Article> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(article(i));
        }
        return out;
    }
}
