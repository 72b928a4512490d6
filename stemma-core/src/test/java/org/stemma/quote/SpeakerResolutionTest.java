package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

class SpeakerResolutionTest {

    private static List<Quote> extract(String text) {
        return new QuoteExtractor().extract(Article.builder("a", text).build());
    }

    @Test
    void pronounResolvesToThePersonNamedBefore() {
        List<Quote> qs = extract("Brigadier General Alou Boi Diarra spoke to reporters.\n\n"
                + "\u201CWe hold the territory,\u201D he stated.");
        assertThat(qs.get(0).speaker()).isEqualTo("Alou Boi Diarra");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("he");
    }

    @Test
    void pronounRespectsGender() {
        List<Quote> qs = extract("Mr. Tom Baker met Ms. Ann Cole. Ann Cole spoke after him.\n\n"
                + "\u201CThe vote is close,\u201D she said.");
        assertThat(qs.get(0).speaker()).isEqualTo("Ann Cole");
    }

    @Test
    void roleNounResolvesToThePersonWithThatRole() {
        String t = "Foreign Minister Sergey Lavrov spoke by phone with his Malian counterpart, Abdoulaye Diop.\n\n"
                + "\u201CWe focused on security issues,\u201D the Malian diplomat wrote on X.\n\n"
                + "\u201CMoscow stands with Mali,\u201D the general said, citing Brigadier General Alou Diarra.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("Abdoulaye Diop");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("the Malian diplomat");
        assertThat(qs.get(0).cue()).isEqualTo("wrote on X");
    }

    @Test
    void surnameAloneMapsToTheFullNameAndTitlesAreStripped() {
        String t = "President Emmanuel Macron visited Dakar.\n\n\u201CFrance will help,\u201D Macron said.\n\n"
                + "\u201CWe will stay,\u201D said President Macron.";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Emmanuel Macron", "Emmanuel Macron");
    }

    @Test
    void anAcronymResolvesToTheNameTheArticleSpelledOut() {
        String t = "Customs and Border Protection turned the doctors down.\n\n"
                + "\u201CA vaccine program is not feasible,\u201D CBP said.\n\n"
                + "\u201CWe will not comment,\u201D the FBI said.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("Customs and Border Protection");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("CBP");
        assertThat(qs.get(1).speaker()).as("never spelled out: kept as written").isEqualTo("FBI");
    }

    @Test
    void anAcronymSpellingAFunctionWordIsStillAName() {
        String t = "The World Health Organization counts the cases.\n\n"
                + "Untreated plague is \"always fatal\", says WHO.";
        Quote q = extract(t).get(0);
        assertThat(q.speakerAsWritten()).isEqualTo("WHO");
        assertThat(q.speaker()).isEqualTo("World Health Organization");
        Lex caps = Lex.of("THE MAN WHO KNEW");
        assertThat(caps.acronym(2)).as("a headline in capitals spells 'who' in capitals").isFalse();
    }

    @Test
    void numberWordsAndContractedPronounsAreNoNames() {
        Lex lex = Lex.of("Forty-three said yes. I\u2019m sure They're right. Twelve agreed. O'Brien and Seventy-Six Trombones");
        java.util.Map<String, Boolean> notName = new java.util.HashMap<>();
        for (int i = 0; i < lex.size; i++) {
            if (lex.isWord(i)) {
                notName.put(lex.word(i), lex.notName(i));
            }
        }
        assertThat(notName).containsEntry("Forty-three", true).containsEntry("I\u2019m", true)
                .containsEntry("They're", true).containsEntry("Twelve", true)
                .containsEntry("O'Brien", false).containsEntry("Trombones", false);
    }

    @Test
    void aLoneWordThatOnlyOpensSentencesIsNoName() {
        String t = "Jane Holt runs the fact-checking site.\n\n"
                + "Conversely, the site rated 22% of the claims as \"entirely true\" last year.";
        List<Quote> qs = extract(t);
        assertThat(qs).isNotEmpty();
        assertThat(qs.get(0).speaker()).isNotEqualTo("Conversely");
        People people = People.index(Lex.of(t), new boolean[Lex.of(t).size]);
        assertThat(people.mentions).extracting(m -> m.name().get(0)).doesNotContain("Conversely").contains("Jane");
    }

    @Test
    void noSpeakerPhraseOpensWithAnExpletiveAfterTheCue() {
        String t = "The actor James Holt spoke about loss.\n\n"
                + "Holt even touched upon the idea and noted there should be \"zero shame\" involved.";
        Quote q = extract(t).get(0);
        assertThat(q.speakerAsWritten()).isEqualTo("Holt");
        assertThat(q.speaker()).isEqualTo("James Holt");
    }

    @Test
    void aQuoteClosingItsParagraphIsNotJoinedToTheNextParagraphsQuote() {
        String t = "He told the story his father wired, \"Don't buy a single vote more than is necessary.\"\n\n"
                + "Scott added: \"I'll be able to raise what's necessary.\"";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::text).containsExactly(
                "Don't buy a single vote more than is necessary.", "I'll be able to raise what's necessary.");
        assertThat(qs.get(1).speakerAsWritten()).isEqualTo("Scott");
    }

    @Test
    void aNameAfterACueThatHasItsSubjectIsNotASpeaker() {
        String t = "When President Ashraf Ghani announced the exchange, he said Kabul had ensured the men would not "
                + "return to the front.\n\nHe also said he hoped the swap would \u201Cpave the way\u201D for talks.";
        Quote q = extract(t).get(0);
        assertThat(q.speakerAsWritten()).isEqualTo("He");
        assertThat(q.speaker()).isEqualTo("Ashraf Ghani");
    }

    @Test
    void aSlashInsideAWordDoesNotCutTheSpeakerPhrase() {
        Quote q = extract("\u201CThey are wrong,\u201D said 9/11 widow Terry Strada.").get(0);
        assertThat(q.speakerAsWritten()).isEqualTo("9/11 widow Terry Strada");
        assertThat(q.speaker()).isEqualTo("Terry Strada");
    }

    @Test
    void aQuoteEndingItsSentenceIsNotInterruptedByTheNextSentencesCue() {
        String t = "My mother asked me again. I answered: \"Of course I believe. I was just kidding.\" "
                + "To which she said, \"Thank God at least you still believe.\"";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::text).containsExactly(
                "Of course I believe. I was just kidding.", "Thank God at least you still believe.");
    }

    @Test
    void appositiveRoleIsLearnt() {
        String t = "Brigadier General Alou Boi Diarra, the chief of staff of Mali's Air Force, visited Moscow. "
                + "Sergey Shoigu met him there.\n\n\u201CWe need weapons,\u201D the air force commander told RT.";
        assertThat(extract(t).get(0).speaker()).isEqualTo("Alou Boi Diarra");
    }

    @Test
    void documentsAndOrganisationsCanSpeak() {
        String t = "In a joint letter, the foreign ministers of the three states protested.\n\n"
                + "\u201CThis is official support for terrorism,\u201D the letter read.";
        Quote q = extract(t).get(0);
        assertThat(q.speakerAsWritten()).isEqualTo("the letter");
        assertThat(q.speaker()).isEqualTo("the letter");
    }

    @Test
    void unnamedSourcesStayUnresolved() {
        String t = "John Reed runs the agency.\n\n\u201CThe files are gone,\u201D a source said.";
        Quote q = extract(t).get(0);
        assertThat(q.speakerAsWritten()).isEqualTo("a source");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void spellingVariantsOfAFirstNameAreOnePerson() {
        String t = "Andriy Yusov, a spokesperson for military intelligence, spoke on television.\n\n"
                + "Spokesperson Andrey Yusov stated that there would be \u201Cmore to come.\u201D";
        assertThat(extract(t).get(0).speaker()).isEqualTo("Andriy Yusov");
    }

    @Test
    void aNameWrittenAsAPossessiveWithABareApostropheOwnsTheRoleAndDoesNotSpeak() {
        String t = "On Sunday, Bernie Sanders announced that he had raised $20 million in January.\n\n"
                + "\u201CThe numbers we\u2019ve seen put our campaign on pace,\u201D Jeff Weaver, Sanders\u2019 campaign manager,"
                + " said in a statement.";
        List<Quote> qs = extract(t);
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).speaker()).isEqualTo("Jeff Weaver");
        Lex lex = Lex.of("Sanders\u2019 campaign and Diarra's men, not the 'Sanders' brand.");
        assertThat(lex.possessive(0)).isTrue();
        assertThat(lex.possessive(4)).as("Diarra's").isTrue();
        assertThat(lex.possessive(0 + 3)).as("and").isFalse();
    }

    @Test
    void theAuthorOfAStatementIssuedSpeaksForIt() {
        String t = "Progressive groups reacted within the hour.\n\n"
                + "American Bridge President Jessica Mackler issued a statement saying his comment \u201Chas absolutely no"
                + " place in American democracy.\u201D\n\n"
                + "\u201CWe will not comment,\u201D the statement said.";
        List<Quote> qs = extract(t);
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).speaker()).isEqualTo("Jessica Mackler");
        assertThat(qs.get(1).speakerAsWritten()).as("a document as subject still speaks").isEqualTo("the statement");
    }

    @Test
    void aRolePhraseInAppositionNamesThePersonBesideIt() {
        String t = "Jim VandeHei ran the newsroom.\n\n"
                + "The editor I was talking to, Tim Grieve, interrupted me to announce, \u201CThere goes the franchise.\u201D\n\n"
                + "\u201CIt may have been his first attempt,\u201D said his best friend at Lehigh, Bruce Turry, who knew him.\n\n"
                + "Google's director of games Jack Buser spoke first.\n\n"
                + "Lewis Ward, research director at the firm IDC, sees the lineup as its \u201CAchilles heel.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Tim Grieve", "Bruce Turry", "Lewis Ward");
    }

    @Test
    void aSubheadingThatRepeatsAnAttributedQuoteTakesItsSpeaker() {
        String t = "Tim Morrison and Alexander Vindman testified on Tuesday.\n\n"
                + "Republicans questioned Alexander Vindman about his testimony.\n\n"
                + "Here are some of the highlights:\n\n"
                + "\u201CMy fears have been realized\u201D\n\n"
                + "Tim Morrison told the committee, \u201CI feared at the time how its disclosure would play."
                + " My fears have been realized.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).speaker()).isEqualTo("Tim Morrison");
        assertThat(qs.get(0).speakerAsWritten()).as("from context").isNull();
    }

    @Test
    void aFragmentThatEndsItsSentenceTakesNoCueFromTheNextSentence() {
        String t = "Britain voted to leave on Thursday.\n\n"
                + "Frank Luntz, a Republican expert on political messaging, said Mr. Cameron and the \u201CRemain\u201D camp"
                + " had failed to \u201Chumanize their campaign.\u201D The slogan the campaign shared with Mrs. Clinton feels"
                + " bloodless, he said.";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).contains("Frank Luntz").doesNotContain("David Cameron");
        assertThat(qs.get(qs.size() - 1).speaker()).isEqualTo("Frank Luntz");
    }

    @Test
    void aPersonsHometownIsNoSpeaker() {
        String t = "Delegates filled the hall on Thursday night.\n\n"
                + "\u201CThis is fantastic!\u201D beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.\n\n"
                + "\u201COur ideas of success are different,\u201D agrees Michelle Stevens, 30, of Gainesville, Fla.";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Donald Hartley", "Michelle Stevens");
    }

    @Test
    void aNounPhraseAfterSaidThatOpensTheReportedClauseDoesNotSpeak() {
        String t = "Tom Wilson voted on Saturday.\n\n"
                + "Wilson praised the plan and said the Florida senator can \u201Cbring positive change\u201D to the state.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("Tom Wilson");
    }

    @Test
    void aVerbAfterANameEndsTheRolePhraseThatFollowsIt() {
        String t = "The debate went on for hours.\n\n"
                + "Donald Trump attacked former Republican presidential nominee Mitt Romney as a \u201Cfailed candidate\u201D on Thursday.";
        assertThat(extract(t).get(0).speaker()).isEqualTo("Donald Trump");
    }

    @Test
    void aWestminsterMemberTitleIsATitleNotAnOrganisation() {
        String t = "Liberal MP Adam van Koeverden also weighed in. \u201CIt is great news for Milton,\u201D van Koeverden wrote on Twitter.";
        assertThat(extract(t).get(0).speaker()).isEqualTo("Adam van Koeverden");
    }

    @Test
    void anOrganisationsNameKeepsItsTitleLikeWordsAndARoleInsideOneNamesThePerson() {
        String t = "The dispute went to court in May.\n\n"
                + "The Justice Department said it \u201Cwill search them for records responsive to the request.\u201D\n\n"
                + "\u201CWe are watching closely,\u201D Bank of Canada governor Tiff Macklem told reporters.";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Justice Department", "Tiff Macklem");
    }

    @Test
    void speakerPhrasesNeverJoinAcrossAParagraph() {
        String t = "The store closed early.\n\n\u201CNo comment,\u201D said a spokesperson for Loblaw Companies Ltd.\n\n"
                + "RCMP Cpl. Jane Doe said officers \u201Cresponded within minutes.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs.get(1).speakerAsWritten()).isEqualTo("RCMP Cpl. Jane Doe");
        assertThat(qs.get(1).speaker()).isEqualTo("Jane Doe");
    }

    @Test
    void aSpokespersonNobodyWasNamedAsSpeaksForTheOrganisation() {
        String t = "Sarah Jones, a spokesperson for the ministry, announced the plan.\n\n"
                + "\u201CNo comment,\u201D said a spokesperson for Loblaw Companies.\n\n"
                + "\u201CWe are monitoring it closely,\u201D a Health Canada spokesperson wrote in an email.\n\n"
                + "\u201CNobody will be turned away,\u201D the spokesperson said.";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Loblaw Companies", "Health Canada", "Sarah Jones");
    }

    @Test
    void theSurnameHeBeforeAGivenNameIsANameNotAPronoun() {
        String t = "Trade talks resumed.\n\n"
                + "\u201CWithout rolling back some tariffs, it will not work,\u201D said He Jianxiong, a former executive director.\n\n"
                + "He also said the deal was \u201Cgood.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("He Jianxiong");
        assertThat(qs.get(1).speakerAsWritten()).as("a pronoun before a verb").isEqualTo("He");
    }

    @Test
    void namesJoinedByAndSpeakTogether() {
        String t = "Polls shifted.\n\nMark Blumenthal and Jon Cohen wrote that the results were \u201Cstriking.\u201D\n\n"
                + "\u201CWe disagree,\u201D Sen. Ted Cruz and Gov. John Kasich said in a joint statement.";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Mark Blumenthal and Jon Cohen", "Ted Cruz and John Kasich");
    }

    @Test
    void aPossessiveAfterAnAbbreviationIsNoQuoteMarkAndLocalTitlesAreTitles() {
        String t = "Cases rose again.\n\n"
                + "\u201CThe numbers are trending the wrong way,\u201D Dr. Bonnie Henry, B.C.'s provincial health officer, said Monday.\n\n"
                + "Councillor Josh Matlow disagreed. \u201CThe city has the money,\u201D Matlow said.";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Bonnie Henry", "Josh Matlow");
    }

    @Test
    void aStatesAbbreviationAloneIsNoSpeaker() {
        String t = "The race tightened.\n\n"
                + "At a rally in Portsmouth, Calif., on Tuesday, Senator Bernie Sanders endorsed Mrs. Clinton, saying she would \u201Cmake an outstanding president.\u201D";
        assertThat(extract(t).get(0).speaker()).isEqualTo("Bernie Sanders");
    }

    @Test
    void theAddresseeOfToldEndsWhereTheReportedClauseBegins() {
        List<Quote> qs = extract("Talks resumed.\n\nHe Lifeng told reporters the deal was \u201Cclose.\u201D\n\n"
                + "\u201CWe hold the line,\u201D Diarra told the Russian outlet on Monday.");
        assertThat(qs).extracting(Quote::cue).containsExactly("told reporters", "told the Russian outlet");
    }

    @Test
    void theCompanyIsTheOrganisationThatActsNotOneAddressedOrAContext() {
        String t = "Twitter said it had suspended 125,000 accounts linked to the Islamic State since the middle of 2015.\n\n"
                + "\u201CWe condemn the use of Twitter to promote terrorism,\u201D the company said.";
        assertThat(extract(t).get(0).speaker()).isEqualTo("Twitter");
        String u = "Shopify reported its results on Tuesday. Analysts at RBC Dominion Securities were cautious.\n\n"
                + "\u201CGrowth will continue,\u201D the company said.";
        assertThat(extract(u).get(0).speaker()).as("a context after 'at' is not the company").isEqualTo("Shopify");
        String v = "Mary Smith runs the bakery. Smith said she was hiring.\n\n"
                + "\u201CWe are growing,\u201D the company said.";
        assertThat(extract(v).get(0).speaker()).as("a person is no company").isNotEqualTo("Mary Smith");
    }

    @Test
    void anOrganisationsNameWithAndIsOneNameNotTwoPeople() {
        String t = "Budgets were tabled.\n\n\u201CThe plan is sound,\u201D The Globe and Mail said in an editorial.\n\n"
                + "\u201CWe are listening,\u201D Procter and Gamble said in a statement.";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speakerAsWritten).containsExactly("The Globe and Mail", "Procter and Gamble");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Globe and Mail", "Procter and Gamble");
    }

    @Test
    void aPlaceIsNoSpeakerUnlessTheTextMakesItSpeak() {
        String t = "Turnout was high.\n\n\u201CI was going to stay home this year,\u201D said Dana Wells, a 41-year-old nurse "
                + "from Halifax, Nova Scotia, who voted early. \u201CThe lines were long but it was worth it.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Dana Wells", "Dana Wells");
        String u = "Talks stalled.\n\n\u201CWe will not accept this,\u201D Iraq said in a statement.";
        assertThat(extract(u).get(0).speaker()).as("a country that speaks").isEqualTo("Iraq");
    }

    @Test
    void aCompanyNameEndingInALegalFormIsNoPersonAndTheCompanysSpokespersonSpeaksForIt() {
        String t = "Rogers Communications Inc. restored service on Saturday. CEO Tony Staffieri apologised.\n\n"
                + "\u201CWe let our customers down,\u201D the company said.";
        assertThat(extract(t).get(0).speaker()).as("'Rogers' is also a given name").startsWith("Rogers Communications");
        String u = "Loblaw Companies raised prices again this month.\n\n"
                + "\u201CCosts have gone up across the board,\u201D the company's spokesperson said.";
        Quote q = extract(u).get(0);
        assertThat(q.speakerAsWritten()).isEqualTo("the company's spokesperson");
        assertThat(q.speaker()).isEqualTo("Loblaw Companies");
    }

    @Test
    void aNewspaperNamedWithAndIsNoPersonWhoSpeaks() {
        String t = "Premier Danielle Smith spoke after the budget was tabled on Thursday.\n\n"
                + "\u201CWe will balance the books,\u201D the premier told The Globe and Mail.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("Danielle Smith");
        String u = "The premier told The Globe and Mail on Thursday that she would not resign. "
                + "The Globe and Mail's reporter asked again. Both the Obama and Bush administrations tried.";
        Lex lex = Lex.of(u);
        People people = People.index(lex, new boolean[lex.size]);
        assertThat(people.mentions).extracting(m -> String.join(" ", m.name()))
                .contains("Globe and Mail", "Obama", "Bush").doesNotContain("Mail", "Globe");
    }

    @Test
    void aTitledSentenceSubjectOutweighsAWeakFirstNameGender() {
        String t = "Sen. Lindsey Graham criticized the plan on Sunday after meeting Robert Hale.\n\n"
                + "\u201CThis will not pass the Senate,\u201D he said.";
        assertThat(extract(t).get(0).speaker()).isEqualTo("Lindsey Graham");
    }

    @Test
    void aPronounSpeakerIsNotThePlatformAfterOn() {
        String t = "Mayor John Tory spoke to reporters on Monday.\n\n"
                + "\u201CWe will fix the roads,\u201D he wrote on Twitter.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("John Tory");
    }

    @Test
    void aPlatformAfterOnIsWhereItWasSaidNotWho() {
        String t = "Mayor John Tory spoke on Monday.\n\n"
                + "Tory posted a message on Twitter reading \u201CWe will win\u201D after the vote.\n\n"
                + "Ann Cole appeared on CNN saying \u201CThe count is not over\u201D on Tuesday.";
        assertThat(extract(t)).extracting(Quote::speaker).containsExactly("John Tory", "Ann Cole");
        String u = "Delegates met.\n\nThe Council on Housing Affairs Director Ann Cole said \u201CThe count is not over\u201D on Tuesday.";
        assertThat(extract(u).get(0).speaker()).as("'on' inside a name").isEqualTo("Ann Cole");
    }

    @Test
    void theWordOpeningAnAdverbialIsNoSpeakerTheSubjectAfterItsCommaIs() {
        String t = "Premier Doug Ford met the mayors of the region on Friday.\n\n"
                + "Moments later, Ford thanked the mayors, telling reporters, \u201CWe will build the line together.\u201D\n\n"
                + "Delighted by the vote, Councillor Ana Bailão called the plan \u201Ca real step forward.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("Doug Ford");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("Ford");
        assertThat(qs.get(1).speaker()).isEqualTo("Ana Bail\u00e3o");
    }

    @Test
    void aSurnameThatIsAlsoATitleBeforeOfAPlaceIsThePersonsName() {
        String t = "The ferry vote split the council.\n\n"
                + "\u201CWe need the ferry back,\u201D said Councillor Janet Bishop of Nova Scotia.\n\n"
                + "\u201CWe will fund it,\u201D said Secretary of State Ann Cole.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("Janet Bishop");
        assertThat(qs.get(1).speaker()).as("a title before 'of', the name after it").isEqualTo("Ann Cole");
    }

    @Test
    void aWordThatIsNoNameAloneClosesANameInsideASentence() {
        String t = "The ethics commissioner published new rules on Tuesday.\n\n"
                + "The group Democracy Watch stated in a release that the rules are \u201Cfull of loopholes.\u201D\n\n"
                + "\u201CWe will look again,\u201D the commissioner told Ann Cole Monday.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("Democracy Watch");
        assertThat(qs.get(1).speakerAsWritten()).as("a day after a name is no part of it").isNotEqualTo("Ann Cole Monday");
    }

    @Test
    void aNeverNameWordGivenAsASurnameIsThatPersonLater() {
        // "Will" and "May" are never a name where they open a run; a full name makes them one.
        String t = "The columnist Anna Will criticised the budget in a long essay this week.\n\n"
                + "\u201CThe plan will fail,\u201D Will wrote.\n\n"
                + "Instead, Will called for a new vote and praised \u201Cthe courage of the mayor.\u201D\n\n"
                + "\u201CWe will look again,\u201D the mayor said.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("Anna Will");
        assertThat(qs.get(0).speakerAsWritten()).isEqualTo("Will");
        assertThat(qs.get(1).speaker()).as("inside a sentence").isEqualTo("Anna Will");
    }

    @Test
    void aNeverNameWordIsNoSurnameWithoutAFullNameBefore() {
        String t = "The council met on Monday to vote on the budget.\n\n"
                + "\u201CThe plan will fail,\u201D Will wrote in his column.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speakerAsWritten()).isNotEqualTo("Will");
    }

    @Test
    void aCapitalisedWordInAppositionBeforeOfDescribesTheNameBeforeIt() {
        String t = "Mr. Baker left the finance committee in the spring.\n\n"
                + "\u201CThe budget will pass next week,\u201D said Representative Ann Cole, Democrat of Springfield, "
                + "who took over from Mr. Baker on the committee. \u201CWe have counted the votes twice.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speakerAsWritten).doesNotContain("Democrat");
        assertThat(qs).extracting(Quote::speaker).containsOnly("Ann Cole");
    }

    @Test
    void aLowerCaseForOrAndInsideAnOrganisationsNameDoesNotCutTheSpeakerPhrase() {
        String t = "The city council voted to keep the old reactor open.\n\n"
                + "\u201CThe reactor is older than the city admits and should close,\u201D Maria Lopez of the "
                + "Hudson Center for Energy Studies wrote in March.";
        List<Quote> qs = extract(t);
        assertThat(qs.get(0).speaker()).isEqualTo("Maria Lopez");
        assertThat(SpeakerPhrases.insideOrganisationName(Lex.of("the Institute for Science and Global Security"), 4, 0))
                .as("'and' after 'Institute for Science'").isTrue();
        assertThat(SpeakerPhrases.insideOrganisationName(Lex.of("Ann Cole and Tom Baker"), 2, 0)).isFalse();
    }

    @Test
    void aParagraphThatTurnsToAnotherPersonGivesTheUnattributedQuoteToThem() {
        String t = "Senator Ann Cole spoke first.\n\n"
                + "\u201CThe vote is close and we will need every hand,\u201D Cole said.\n\n"
                + "Mayor Tom Baker stressed his own record on the plan. "
                + "\u201CWe built the bridge on time and under budget.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsExactly("Ann Cole", "Tom Baker");
    }

    @Test
    void theVoiceGoesOnAcrossItsOwnAttributionSentence() {
        // The name inside the previous quote's attribution ("wrote to Mr. Baker") is no turn.
        String t = "Senator Ann Cole spoke first.\n\n"
                + "\u201CThe vote is close,\u201D said Cole, who wrote to Mayor Tom Baker criticising the plan. "
                + "\u201CWe will need every hand.\u201D";
        List<Quote> qs = extract(t);
        assertThat(qs).extracting(Quote::speaker).containsOnly("Ann Cole");
    }

    @Test
    void theMinistryIsTheWholeNameTheArticleGave() {
        String t = "The Ministry of Health issued new rules on Monday. Tom Baker, a doctor, read them.\n\n"
                + "\u201CWe had no choice,\u201D the ministry said.";
        assertThat(extract(t).get(0).speaker()).isEqualTo("Ministry of Health");
    }
}
