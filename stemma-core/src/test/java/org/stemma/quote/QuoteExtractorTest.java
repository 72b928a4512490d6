package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

class QuoteExtractorTest {

    /** The quotations of {@code text} (also for the other extraction tests of this package). */
    static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    /** The one quotation of {@code text}. */
    static Quote only(String text) {
        List<Quote> qs = extract(text);
        assertThat(qs).hasSize(1);
        return qs.get(0);
    }

    @Test
    void curlyDoubleQuoteWithSpeakerAfter() {
        String t = "Officials met on Monday.\n\n\u201CWe will not back down,\u201D Maria Lopez said.";
        Quote q = only(t);
        assertThat(q.text()).isEqualTo("We will not back down,");
        assertThat(q.span().of(t)).isEqualTo("We will not back down,");
        assertThat(q.partial()).isFalse();
        assertThat(q.speaker()).isEqualTo("Maria Lopez");
        assertThat(q.speakerAsWritten()).isEqualTo("Maria Lopez");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void straightQuotesAndInvertedCue() {
        Quote q = only("\"The budget is balanced,\" said Governor John Smith, speaking in Albany.");
        assertThat(q.text()).isEqualTo("The budget is balanced,");
        assertThat(q.speaker()).isEqualTo("John Smith");
        assertThat(q.speakerAsWritten()).isEqualTo("Governor John Smith");
    }

    @Test
    void guillemetsAndLowNineQuotes() {
        assertThat(only("Pierre Dubois a dit : \u00ABNous resterons ici.\u00BB").text()).isEqualTo("Nous resterons ici.");
        assertThat(only("Anna Weber said: \u201EWir bleiben hier.\u201C").text()).isEqualTo("Wir bleiben hier.");
    }

    @Test
    void singleQuotesQuoteSpeechButApostrophesDoNot() {
        List<Quote> qs = extract("Sahel states 'irrevocably turned backs' on the bloc, Niger's leader said. "
                + "The students' union didn't meet in the '90s.");
        assertThat(qs).extracting(Quote::text).containsExactly("irrevocably turned backs");
        assertThat(qs.get(0).partial()).isTrue();
    }

    @Test
    void quoteRunningAcrossParagraphs() {
        String t = "Jane Doe, the mayor, spoke first.\n\n\u201CThe city is safe. We have hired more officers.\n\n"
                + "\u201CAnd we will hire more next year,\u201D she said.\n\nThe council then adjourned.";
        Quote q = only(t);
        assertThat(q.text()).contains("The city is safe.").contains("And we will hire more next year,");
        assertThat(q.speaker()).isEqualTo("Jane Doe");
        assertThat(q.speakerAsWritten()).isEqualTo("she");
        assertThat(t.substring(q.span().start() - 1, q.span().start())).isEqualTo("\u201C");
        assertThat(t.charAt(q.span().end())).isEqualTo('\u201D');
    }

    @Test
    void quoteInterruptedByItsAttributionIsOneQuote() {
        String t = "\u201CWe are ready,\u201D Ahmed Khan said, \u201Cand we will win.\u201D";
        Quote q = only(t);
        assertThat(q.text()).isEqualTo("We are ready, and we will win.");
        assertThat(q.span().start()).isEqualTo(1);
        assertThat(q.span().end()).isEqualTo(t.length() - 1);
        assertThat(q.speaker()).isEqualTo("Ahmed Khan");
    }

    @Test
    void aSecondClauseOfSayingBetweenTwoQuotesOpensAnotherQuotation() {
        // another voice's words after "as the protester shouted:"
        List<Quote> qs = extract("\u201CWe have a visitor tonight,\u201D Amina Diallo said as the protester shouted: "
                + "\u201CGo home now!\u201D");
        assertThat(qs).extracting(Quote::text).containsExactly("We have a visitor tonight,", "Go home now!");
        // "said he replied": his own later answer, not the words before it
        List<Quote> two = extract("His aide had urged him to stay \u201Ccalm,\u201D but Paul Mensah said he replied: "
                + "\u201CWhen the roads close, nobody stays calm.\u201D");
        assertThat(two).extracting(Quote::text).contains("When the roads close, nobody stays calm.");
        assertThat(two).extracting(Quote::text).noneMatch(x -> x.startsWith("calm") && x.contains("roads"));
    }

    @Test
    void theSameSpeakerGoingOnIsStillOneQuotation() {
        for (String between : List.of("Ahmed Khan said, adding,", "Ahmed Khan said before adding:",
                "Ahmed Khan said, and added,", "Ahmed Khan said but added:", "said Ahmed Khan, who added,")) {
            Quote q = only("\u201CWe are ready,\u201D " + between + " \u201Cand we will win.\u201D");
            assertThat(q.text()).as(between).isEqualTo("We are ready, and we will win.");
        }
    }

    @Test
    void shortPartialQuoteIsKeptAndFlagged() {
        String t = "Three states have asked the council to take \u201Cappropriate measures\u201D against Kiev.";
        Quote q = only(t);
        assertThat(q.text()).isEqualTo("appropriate measures");
        assertThat(q.partial()).isTrue();
        assertThat(q.cue()).isEqualTo("asked");
    }

    @Test
    void scareQuotesAndTitlesWithoutAttributionAreNotQuotations() {
        assertThat(extract("The so-called \u201Cexperts\u201D met in the \u201CGreen Room\u201D on Friday.")).isEmpty();
    }

    @Test
    void colonAfterANameAndAccordingTo() {
        Quote colon = only("Sheikh Naim Qassem: \u201CYou are the greatest resistance.\u201D");
        assertThat(colon.speaker()).isEqualTo("Naim Qassem");
        assertThat(colon.cue()).isEqualTo(":");
        Quote according = only("According to Paul Martin, \u201Cthe deal is dead.\u201D");
        assertThat(according.speaker()).isEqualTo("Paul Martin");
        assertThat(according.cue()).isEqualTo("according to");
    }

    @Test
    void toldOutletIsPartOfTheCue() {
        Quote q = only("\u201CWe have no choice,\u201D Colonel Ivan Petrov told RTVI on Wednesday.");
        assertThat(q.cue()).isEqualTo("told RTVI");
        assertThat(q.speaker()).isEqualTo("Ivan Petrov");
    }

    @Test
    void dashAttribution() {
        Quote q = only("\u201CHe never answers a question.\u201D \u2015 Pamela Padilla\n");
        assertThat(q.speaker()).isEqualTo("Pamela Padilla");
    }

    @Test
    void paragraphWithoutAttributionContinuesThePreviousSpeaker() {
        String t = "\u201CThe plan works,\u201D said Laura Chen.\n\n\u201CIt will keep working for years.\u201D\n";
        List<Quote> qs = extract(t);
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker()).isEqualTo("Laura Chen");
        assertThat(qs.get(1).speakerAsWritten()).isNull();
    }

    @Test
    void nytDoubleApostrophes() {
        Quote q = only("''Good economic news is bad political news,'' said Geoff Garin, a pollster.");
        assertThat(q.text()).isEqualTo("Good economic news is bad political news,");
        assertThat(q.speaker()).isEqualTo("Geoff Garin");
    }

    @Test
    void noQuotesNoWork() {
        assertThat(extract("")).isEmpty();
        assertThat(extract("He said nothing at all.")).isEmpty();
    }
}
