package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** A title quoted inside the speaker's phrase ("the "Late Show" host said"), issue 18, fourteenth round. */
class QuotedTitleSpeakerTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void aTitleQuotedInsideTheSubjectIsPartOfThePhrase() {
        List<Quote> qs = extract("Tom Reed hosts the show.\n\n"
                + "\u201CWe start again in May,\u201D the \u201CLate Show\u201D host told viewers.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("the \u201CLate Show\u201D host");
        assertThat(qs.get(0).cue()).isEqualTo("told viewers");
        assertThat(qs.get(0).speaker()).isEqualTo("Tom Reed");
    }

    @Test
    void theSentenceAfterATitleEndingInAFullStopIsNotTheAttribution() {
        List<Quote> qs = extract("Actress Jane Oduya starred in the series for six years.\n\n"
                + "\u201CI loved every day of it,\u201D the \u201CHarbor Nights\u201D actress said on \u201CMorning Live.\u201D"
                + " Her husband has left the city since.");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("the \u201CHarbor Nights\u201D actress");
        assertThat(qs.get(0).cue()).isEqualTo("said");
    }

    @Test
    void onlyCapitalisedWordsBetweenADeterminerAndAHeadMakeATitle() {
        Lex lex = Lex.of("He said the \u201CBig Three\u201D carmakers agreed, and the \u201Cbig three\u201D carmakers"
                + " and \u201CBig Three\u201D Ford.");
        int[] marks = lex.size > 0 ? new int[6] : null;
        int k = 0;
        for (int t = 0; t < lex.size && k < 6; t++) {
            if (QuoteAttribution.isQuoteMark(lex, t)) {
                marks[k++] = t;
            }
        }
        assertThat(SpeakerPhrases.titleClosing(lex, marks[0], lex.size)).isEqualTo(marks[1]);
        assertThat(SpeakerPhrases.titleOpening(lex, marks[1], 0)).isEqualTo(marks[0] - 1);
        assertThat(SpeakerPhrases.titleClosing(lex, marks[2], lex.size)).isEqualTo(-1); // lower case: a word, no title
        assertThat(SpeakerPhrases.titleClosing(lex, marks[4], lex.size)).isEqualTo(-1); // no determiner before it
        assertThat(SpeakerPhrases.titleOpening(lex, marks[5], 0)).isEqualTo(-1);
    }
}
