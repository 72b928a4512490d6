package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.text.Span;

class QuoteFamiliesTest {

    private static Quote q(String article, String text, String speaker) {
        return new Quote(article, new Span(0, text.length()), text, false, speaker, speaker, "said");
    }

    @Test
    void labelsVariantsAgainstTheWordingMostArticlesShare() {
        String full = "We will rebuild every school in the province before the rains come back next year";
        List<Quote> quotes = List.of(
                q("a", full, "Ana Ruiz"),
                q("b", full, "Ana Ruiz"),
                q("c", "We will rebuild every school in the province", "Ana Ruiz"),
                q("d", "We will repair every school in the region before the rains come back next year", "Ana Ruiz"),
                q("e", full, "Luis Ortega"));
        List<QuoteFamily> fams = new QuoteFamilies().group(quotes, null);
        assertThat(fams).hasSize(1);
        QuoteFamily f = fams.get(0);
        assertThat(f.wording()).isEqualTo(full);
        assertThat(f.speaker()).isEqualTo("Ana Ruiz");
        assertThat(f.variants()).extracting(v -> v.quote().article() + ":" + v.relation().jsonName())
                .containsExactly("a:verbatim", "b:verbatim", "c:trimmed", "d:altered", "e:misattributed");
        assertThat(f.variants().get(3).diff()).anySatisfy(d -> assertThat(d.text()).isEqualTo("repair"));
    }

    @Test
    void aFamilyWithinSomeArticlesIsJudgedAmongThemAlone() {
        String full = "We will rebuild every school in the province before the rains come back next year";
        List<Quote> quotes = List.of(
                q("a", full, "Ana Ruiz"),
                q("b", "We will repair every school in the region before the rains come back next year", "Ana Ruiz"),
                q("x", full, "Luis Ortega"),
                q("y", full, "Luis Ortega"),
                q("w", full, "Luis Ortega"));
        List<QuoteFamily> fams = new QuoteFamilies().group(quotes, null);
        assertThat(fams).hasSize(1);
        assertThat(fams.get(0).speaker()).isEqualTo("Luis Ortega"); // w, x and y outvote a and b
        List<QuoteFamily> within = QuoteFamilies.within(fams, java.util.Set.of("a", "b"));
        assertThat(within).hasSize(1);
        assertThat(within.get(0).speaker()).isEqualTo("Ana Ruiz");
        assertThat(within.get(0).variants()).extracting(v -> v.quote().article() + ":" + v.relation().jsonName())
                .containsExactly("a:verbatim", "b:altered");
        assertThat(QuoteFamilies.within(fams, java.util.Set.of("z"))).isEmpty();
    }

    @Test
    void differentUtterancesStayApart() {
        List<Quote> quotes = List.of(
                q("a", "The economy grew faster than anyone expected this quarter", "Ana Ruiz"),
                q("b", "Our schools need more teachers and smaller classes", "Ana Ruiz"),
                q("c", "The economy grew faster than expected", "Ana Ruiz"));
        List<QuoteFamily> fams = new QuoteFamilies().group(quotes, null);
        assertThat(fams).hasSize(2);
        assertThat(QuoteFamilies.crossArticle(fams)).hasSize(1);
        assertThat(QuoteFamilies.crossArticle(fams).get(0).variants()).hasSize(2);
    }

    @Test
    void wordsScatteredThroughALongQuoteAreNotThatQuote() {
        List<Quote> quotes = List.of(
                q("a", "You have to give the workers a raise and let him explain why it took so much time", "Ana Ruiz"),
                q("b", "give him time", null));
        List<QuoteFamily> fams = new QuoteFamilies().group(quotes, null);
        assertThat(QuoteFamilies.crossArticle(fams)).isEmpty();
    }

    @Test
    void familiesThatStayApartWithOneWordingHaveTheirOwnIds() {
        Quote a = new Quote("a", new Span(10, 16), "stable", true, null, "police", "said");
        Quote b = new Quote("b", new Span(40, 46), "stable", true, null, "police", "said");
        Quote c = new Quote("c", new Span(5, 11), "stable", true, null, "police", "said");
        List<QuoteFamily> all = new QuoteFamilies().group(List.of(c, a, b), null);
        assertThat(all).hasSize(3);
        assertThat(all).extracting(QuoteFamily::id).doesNotHaveDuplicates();
        // The earliest instance's family keeps the wording's id; each other id is its own, whatever
        // else is grouped with it.
        String alone = new QuoteFamilies().group(List.of(a), null).get(0).id();
        assertThat(all.stream().filter(f -> f.variants().get(0).quote() == a).findFirst().orElseThrow().id())
                .isEqualTo(alone);
        String cInPair = new QuoteFamilies().group(List.of(a, c), null).stream()
                .filter(f -> f.variants().get(0).quote() == c).findFirst().orElseThrow().id();
        assertThat(all.stream().filter(f -> f.variants().get(0).quote() == c).findFirst().orElseThrow().id())
                .isEqualTo(cInPair);
    }

    @Test
    void quotesOfOneArticleNeverShareAFamily() {
        List<Quote> quotes = List.of(q("a", "We will win this war", "X Y"), q("a", "We will win this war", "X Y"));
        List<QuoteFamily> fams = new QuoteFamilies().group(quotes, null);
        assertThat(fams).hasSize(2);
        assertThat(fams).extracting(QuoteFamily::id).doesNotHaveDuplicates();
    }

    @Test
    void oneWordFragmentsDoNotJoinOnTheirOwn() {
        List<Quote> quotes = List.of(q("a", "perfect", "X Y"), q("b", "perfect", "X Y"),
                q("c", "the weapons are perfect for our needs", "X Y"));
        List<QuoteFamily> fams = new QuoteFamilies().group(quotes, null);
        assertThat(QuoteFamilies.crossArticle(fams)).allSatisfy(f -> assertThat(f.variants()).hasSizeLessThan(3));
    }

    @Test
    void aPartialQuoteJoinsOnlyOnDistinctiveWords() {
        String longQuote = "Raising the minimum wage alone would not have been enough to keep the shelters open through the winter";
        List<Quote> quotes = List.of(
                q("a", longQuote, "Ana Ruiz"),
                q("b", "would not have been enough", "Ana Ruiz"),
                q("c", "keep the shelters open through the winter", "Ana Ruiz"));
        List<QuoteFamily> cross = QuoteFamilies.crossArticle(new QuoteFamilies().group(quotes, null));
        assertThat(cross).hasSize(1);
        assertThat(cross.get(0).variants()).extracting(v -> v.quote().article()).containsExactly("a", "c");
        assertThat(cross.get(0).variants().get(1).relation()).isEqualTo(VariantRelation.TRIMMED);
    }
}
