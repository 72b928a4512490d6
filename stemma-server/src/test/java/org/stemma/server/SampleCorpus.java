package org.stemma.server;

import java.util.List;
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

/**
 * A hand-made analysis of three short articles (an original, an edited copy that alters a
 * quote, an unrelated one), for API and UI tests that do not depend on the pipeline's output.
 */
final class SampleCorpus {
    static final String ORIGINAL_QUOTE = "Today we control almost the entire territory of the country";
    static final String ALTERED_QUOTE = "Today we proudly control almost the entire territory";

    private SampleCorpus() {
    }

    static Analysis analysis() {
        String t1 = "Mali's air force chief spoke to RTVI. \"" + ORIGINAL_QUOTE + ",\" Diarra said.\n\n"
                + "He thanked Russian instructors for their training.";
        String t2 = "In an interview with a Russian outlet, the general spoke. \"" + ALTERED_QUOTE + ",\" he stated.\n\n"
                + "He thanked Russian instructors for the training.";
        String t3 = "Lavrov met Diop in Moscow to discuss grain deliveries.";
        Article a1 = Article.builder("orig", t1).outlet("rt.example").title("Mali general on Russian help")
                .published("2024-08-25").url("https://rt.example/news/1").source("test").build();
        Article a2 = Article.builder("copy", t2).outlet("menafn.example").title("Mali reclaims territory")
                .published("2024-08-26").removedChars(40).removed(List.of("Subscribe to our newsletter", "MORE: Other news"))
                .source("test").build();
        Article a3 = Article.builder("other", t3).outlet("tass.example").title("Lavrov meets Diop")
                .published("2024-08-20").source("test").build();
        int q1 = t1.indexOf(ORIGINAL_QUOTE);
        int q2 = t2.indexOf(ALTERED_QUOTE);
        int s1 = t1.indexOf("He thanked");
        int s2 = t2.indexOf("He thanked");
        List<Passage> passages = List.of(
                new Passage(new Span(q1, q1 + ORIGINAL_QUOTE.length()), new Span(q2, q2 + ALTERED_QUOTE.length()),
                        PassageKind.EDITED, 0.8),
                new Passage(new Span(s1, t1.length()), new Span(s2, t2.length()), PassageKind.EDITED, 0.9));
        Link link = new Link("orig", "copy", LinkKind.PARTIAL, 0.7, 0.6, passages);
        Story story = new Story("story-mali", "Mali general on Russian help", List.of("orig", "copy"),
                List.of(List.of("orig", "copy")), "2024-08-25", "2024-08-26", List.of("rt.example", "menafn.example"),
                List.of("Diarra", "Mali", "Russia"));
        Story story2 = new Story("story-lavrov", "Lavrov meets Diop", List.of("other"), List.of(),
                "2024-08-20", "2024-08-20", List.of("tass.example"));
        Derivation d = new Derivation("orig", "copy", DerivationKind.PARTIAL, false, 0.8,
                List.of("published a day later"), null, 0);
        Quote qa = new Quote("orig", new Span(q1, q1 + ORIGINAL_QUOTE.length()), ORIGINAL_QUOTE, false, "Diarra",
                "Alou Boi Diarra", "said");
        Quote qb = new Quote("copy", new Span(q2, q2 + ALTERED_QUOTE.length()), ALTERED_QUOTE, false, "he",
                "Alou Boi Diarra", "stated");
        QuoteFamily f = new QuoteFamily("quote-1", "Alou Boi Diarra", ORIGINAL_QUOTE, List.of(
                new QuoteVariant(qa, VariantRelation.VERBATIM, WordDiff.diff(ORIGINAL_QUOTE, ORIGINAL_QUOTE)),
                new QuoteVariant(qb, VariantRelation.ALTERED, WordDiff.diff(ORIGINAL_QUOTE, ALTERED_QUOTE))));
        return new Analysis(List.of(a1, a2, a3), List.of(link), List.of(story, story2), List.of(d), List.of(f));
    }
}
