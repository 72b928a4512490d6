package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: every attributed direct quote, short ones included, in every common style of marks
 * (curly, straight, guillemets, single quotes, British and Canadian nesting), and quotes running
 * over paragraphs; a scare-quoted word without a source is no quotation. Sentences written for
 * the test.
 */
class QuoteStylesTest {

    private static List<Quote> extract(String text) {
        return QuoteExtractorTest.extract(text);
    }

    private static Quote only(String text) {
        return QuoteExtractorTest.only(text);
    }

    @Test
    void twoWordQuotesWithASourceAreQuotationsInEveryStyle() {
        String[] texts = {
                "The council voted on Monday.\n\n\u201CVery disappointing,\u201D Mary Smith said.",
                "The council voted on Monday.\n\n\"Very disappointing,\" Mary Smith said.",
                "The council voted on Monday.\n\n\u2018Very disappointing,\u2019 Mary Smith said.",
                "The council voted on Monday.\n\n'Very disappointing,' Mary Smith said.",
                "The council voted on Monday.\n\n\u00ABVery disappointing,\u00BB Mary Smith said.",
        };
        for (String t : texts) {
            Quote q = only(t);
            assertThat(q.text()).as(t).isEqualTo("Very disappointing,");
            assertThat(q.speaker()).as(t).isEqualTo("Mary Smith");
            assertThat(q.partial()).as(t).isFalse();
        }
    }

    @Test
    void shortPartialQuoteWithASourceIsKeptInSingleMarks() {
        Quote q = only("Health officials said the risk was \u2018very low\u2019 for Canadians.");
        assertThat(q.text()).isEqualTo("very low");
        assertThat(q.partial()).isTrue();
    }

    @Test
    void aScareQuotedWordWithoutASourceIsNoQuotation() {
        assertThat(extract("The so-called \u201Cexperts\u201D disagreed about the budget.")).isEmpty();
        assertThat(extract("The so-called \u2018experts\u2019 disagreed about the budget.")).isEmpty();
    }

    @Test
    void twoWordsWithoutASourceAreNoQuotation() {
        // No attribution, no verb of saying, no person in the sentence: a sign, a banner, a term in
        // marks. (The regression alone kept both: they open their sentence and end with a mark.)
        assertThat(extract("The town fair opened on Friday.\n\n\u201CTry everything!\u201D The banner hung over the gate "
                + "all weekend.")).isEmpty();
        assertThat(extract("The caf\u00E9 opened in March.\n\n\"Cash only.\" The note on the door was handwritten."))
                .isEmpty();
        // Two words with a source are a quotation.
        Quote q = only("Mary Smith said the new terminal was \u201Cvery noisy\u201D at night.");
        assertThat(q.text()).isEqualTo("very noisy");
        assertThat(q.speaker()).isEqualTo("Mary Smith");
    }

    @Test
    void britishStyleSingleQuotesHoldDoubleQuotesInside() {
        for (String t : new String[]{
                "\u2018We will not accept a \u201Cdeal\u201D that hurts farmers,\u2019 said Jane Smith, the minister.",
                "'We will not accept a \"deal\" that hurts farmers,' said Jane Smith, the minister."}) {
            Quote q = only(t);
            assertThat(q.text()).as(t).startsWith("We will not accept a ").endsWith("that hurts farmers,").contains("deal");
            assertThat(q.speaker()).as(t).isEqualTo("Jane Smith");
            assertThat(q.partial()).as(t).isFalse();
        }
    }

    @Test
    void aLongSingleQuotedParagraphIsOneQuotation() {
        String t = "Jane Smith said: 'It is the end of an era. Voters told us \"enough\" and we listened to what the "
                + "country's farmers' unions asked for over many months of talks, which is why the new deal, the one "
                + "the members' council signed in June, keeps the rules we all wanted from the start,' she added.";
        Quote q = only(t);
        assertThat(q.text()).startsWith("It is the end of an era.").endsWith("from the start,");
        assertThat(q.speaker()).isEqualTo("Jane Smith");
    }

    @Test
    void britishStyleQuoteInterruptedByItsAttributionIsOneQuotation() {
        Quote q = only("\u2018We are ready,\u2019 Jane Smith said, \u2018and we will win.\u2019");
        assertThat(q.text()).isEqualTo("We are ready, and we will win.");
        assertThat(q.speaker()).isEqualTo("Jane Smith");
    }

    @Test
    void singleQuotedQuoteRunsOverParagraphsWithTheMarkRepeated() {
        String t = "Jane Smith, the mayor, spoke first.\n\n\u2018The city is safe. We have hired more officers.\n\n"
                + "\u2018And we will hire more next year,\u2019 she said.\n\nThe council then adjourned.";
        Quote q = only(t);
        assertThat(q.text()).contains("The city is safe.").contains("And we will hire more next year,");
        assertThat(q.speaker()).isEqualTo("Jane Smith");
        assertThat(t.charAt(q.span().start() - 1)).isEqualTo('\u2018');
        assertThat(t.charAt(q.span().end())).isEqualTo('\u2019');
    }

    @Test
    void doubleQuotedQuoteRunsOverThreeParagraphsAndClosesOnlyAtTheEnd() {
        for (String m : new String[]{"\u201C", "\""}) {
            String close = m.equals("\"") ? "\"" : "\u201D";
            String t = "Jane Smith spoke first.\n\n" + m + "The city is safe.\n\n" + m + "We hired more officers.\n\n"
                    + m + "And we will hire more next year." + close + "\n\nThe council adjourned.";
            Quote q = only(t);
            assertThat(q.text()).as(t).isEqualTo("The city is safe. We hired more officers. And we will hire more next year.");
            assertThat(q.speaker()).as(t).isEqualTo("Jane Smith");
        }
    }

    @Test
    void aQuoteWhoseParagraphBreaksWereLostStillRunsOnAtTheRepeatedMark() {
        // A scraped page lost its paragraph breaks: the newspaper's repeated mark stays mid-line.
        for (String m : new String[]{"\u201C", "\""}) {
            String close = m.equals("\"") ? "\"" : "\u201D";
            String t = "The council met on Monday. Jane Smith said, " + m + "The city is safe. " + m
                    + "We hired more officers this year." + close + " The council adjourned.";
            assertThat(only(t)).as(t).extracting(Quote::text, Quote::speaker)
                    .containsExactly("The city is safe. We hired more officers this year.", "Jane Smith");
        }
    }

    @Test
    void aLineBrokenInsideASentenceDoesNotEndTheQuote() {
        // A hard-wrapped body: the break falls between two lower-case words of one sentence.
        String t = "The council met on Monday.\n\nJane Smith said, \u201CWe will hire more officers and we\n"
                + "will open two new stations.\u201D\n\nThe council adjourned.";
        assertThat(only(t)).extracting(q -> q.text().replaceAll("\\s+", " "), Quote::speaker)
                .containsExactly("We will hire more officers and we will open two new stations.", "Jane Smith");
        // A line that ends a sentence still ends the paragraph: the open mark is dropped.
        assertThat(extract("Jane Smith spoke.\n\n\u201CWe won the vote.\nthe council adjourned after a long debate."))
                .isEmpty();
    }

    @Test
    void aBlockQuoteWhoseNextParagraphDoesNotRepeatTheMarkRunsOnToItsClose() {
        String t = "Jane Smith issued a statement: \"We are saddened by the loss of two of our own.\n\n"
                + "They served our readers for thirty years and we will miss them.\"\n\nThe police have made no arrest.";
        assertThat(only(t)).extracting(Quote::text, Quote::speaker).containsExactly(
                "We are saddened by the loss of two of our own. They served our readers for thirty years and we will miss them.",
                "Jane Smith");
        // A pull quote's credit on the next line is no paragraph of the quote: the open quote is dropped as before.
        assertThat(extract("The vote is close.\n\n\"If she loses both states, that could create real problems for her "
                + "here.\nRep. Jim Clyburn of South Carolina.\"")).isEmpty();
    }

    @Test
    void aClosingMarkWithNoQuoteOpenStartsNoQuotation() {
        // A span always follows its opening mark: a paragraph whose opening mark the page lost is not guessed at.
        assertThat(extract("The homeowner was not hurt.\n\nThe police said the suspect fled.\"")).isEmpty();
        assertThat(extract("The homeowner was not hurt.\n\nThis is very unusual for our county,\" Sheriff Tom Reed said."))
                .isEmpty();
    }

    @Test
    void aMarkWithItsSpaceOnTheWrongSideAfterAClosedQuoteOpensTheNext() {
        String t = "Tanisha Moore lives nearby.\n\n\"All I heard was a loud noise,\" she said.\" It was a lot of them. "
                + "It was crazy.\"";
        // Before, the misplaced mark closed nothing and the last one opened nothing: the second quote was lost.
        assertThat(extract(t)).extracting(Quote::text).anyMatch(q -> q.endsWith("It was a lot of them. It was crazy."));
    }

    @Test
    void aQuoteThatLostItsCloseBeforeItsAttributionDoesNotRunOnThroughIt() {
        // The page dropped the close before the attribution; the next mark opens a new quote, which is no
        // paragraph of the first: the attribution is nobody's quoted words.
        String[] texts = {
                "The fire started at noon.\n\n\"We are still looking into the cause, fire marshal Tom Reed said. "
                        + "\"Two engines stayed on the scene overnight.\"\n\nThe road reopened on Tuesday.",
                "The drive ends on Sunday.\n\n\"We have run this drive for ten years, said Ann Lee, director of St. Paul "
                        + "Food Bank. \"Families need it more every winter.\"\n\nDonations can be left at the door.",
        };
        for (String t : texts) {
            assertThat(extract(t)).as(t).extracting(Quote::text)
                    .noneMatch(q -> q.contains(" said") || q.contains("said "))
                    .anyMatch(q -> q.startsWith("Two engines") || q.startsWith("Families need"));
        }
        // Without an attribution the repeated mark still runs the quotation on.
        String t = "The council met on Monday. Jane Smith said, \"The city is safe, and we told the council so. "
                + "\"We hired more officers this year.\" The council adjourned.";
        assertThat(only(t)).extracting(Quote::text, Quote::speaker).containsExactly(
                "The city is safe, and we told the council so. We hired more officers this year.", "Jane Smith");
    }

    @Test
    void anAttributionEndsASentenceAfterACommaWithAVerbOfSaying() {
        assertThat(TrailingAttribution.endsWith("It was late. We are still looking, the marshal said.")).isTrue();
        assertThat(TrailingAttribution.endsWith("We are proud of them, said Ann Lee, head of the club.")).isTrue();
        assertThat(TrailingAttribution.endsWith("We are proud of them, said the coach.")).isTrue();
        assertThat(TrailingAttribution.endsWith("We waited, the officer told The Courier.")).isTrue();
        assertThat(TrailingAttribution.endsWith("We went home, and she said the vote was close.")).isFalse();
        assertThat(TrailingAttribution.endsWith("The marshal said we would be fine.")).isFalse();
        assertThat(TrailingAttribution.endsWith("We are safe, and we will stay.")).isFalse();
    }

    @Test
    void aQuoteInsideAQuotationInAnotherGlyphIsNotItsNextParagraph() {
        String t = "The reporter wrote:\n\n\"The agency did little with the files. \u201CThey have not read them,\u201D "
                + "he quoted one analyst as saying.\"";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::text).contains("They have not read them,");
    }

    @Test
    void paragraphsIndentedWithNoBreakSpacesStillContinueTheQuote() {
        String t = "Jane Smith spoke first.\n\n\u00A0\u201CThe city is safe.\n\n\u00A0\u201CAnd we will hire more,\u201D she said.";
        Quote q = only(t);
        assertThat(q.text()).isEqualTo("The city is safe. And we will hire more,");
        assertThat(q.speaker()).isEqualTo("Jane Smith");
    }

    @Test
    void aSingleQuoteLeftOpenAndNotContinuedIsDropped() {
        String t = "Jane Smith spoke.\n\n\u2018We won the vote.\n\nThe council adjourned after a long debate.";
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void singleQuoteLeftOpenBeforeADoubleQuoteDoesNotSwallowIt() {
        // A headline in single marks whose closing mark is followed by a no-break space, then a quote.
        String t = "\u2018VOTERS ASK IF THE ERA IS OVER\u2019\u00A0\u201CIn less than two weeks, the mood has changed,\u201D "
                + "Jane Smith said.";
        assertThat(extract(t)).extracting(Quote::text).contains("In less than two weeks, the mood has changed,");
    }

    @Test
    void frenchGuillemetsWithNoBreakSpacesAndGermanReversedGuillemets() {
        Quote fr = only("\u00AB\u00A0Nous resterons ici\u00A0\u00BB, a d\u00E9clar\u00E9 le ministre Paul Martin.");
        assertThat(fr.text()).isEqualTo("Nous resterons ici");
        Quote de = only("\u00BBWir bleiben hier\u00AB, sagte Anna Weber.");
        assertThat(de.text()).isEqualTo("Wir bleiben hier");
    }

    @Test
    void apostrophesAndPluralPossessivesAroundDoubleQuotesAreNoSingleQuotes() {
        List<Quote> qs = extract("Players' \"hard work\" paid off, the coach, Tom Jones, said of the teams' \"great season.\"");
        assertThat(qs).extracting(Quote::text).containsExactly("hard work", "great season.");
        assertThat(extract("They danced to rock 'n' roll and Jane Smith said \"it was fun.\""))
                .extracting(Quote::text).containsExactly("it was fun.");
    }

    private static List<String> scanned(String text) {
        return QuoteMarks.scan(text).stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void aSingleQuotedStretchOpeningWithANumberIsAQuoteButAYearsElisionIsNot() {
        String t = "The mayor was criticised for spending '1 in every 5 days' at the lake, Jane Smith said.";
        assertThat(scanned(t)).containsExactly("1 in every 5 days");
        assertThat(only(t).text()).isEqualTo("1 in every 5 days");
        assertThat(scanned("The band of the '90s played the '16 season, Jane Smith said.")).isEmpty();
        assertThat(scanned("Fans of the '80s bands came, and Jane Smith said it was 'a great night.'"))
                .containsExactly("a great night.");
    }

    @Test
    void aCloseAfterAPluralIsTheCloseWhenAnotherQuoteOpensBeforeAnyOtherClose() {
        // "demonstrations’ at" looks like a plural possessive; the next mark opens another quote.
        String t = "Smith threatens to \u2018do demonstrations\u2019 at the trial, and says Jones is "
                + "\u2018a man of his word\u2019 after all.";
        assertThat(scanned(t)).containsExactly("do demonstrations", "a man of his word");
        // With no other quote after it, a later close is still preferred to the plural possessive.
        assertThat(scanned("Smith called it \u2018the students\u2019 union rules\u2019, Jane Smith said."))
                .containsExactly("the students\u2019 union rules");
    }
}
