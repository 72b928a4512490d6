package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pronoun rules of issue 18 (spk19): leading clauses, a quotation's reporter, a role that spoke; sentences written for the test. */
class PronounChainTest {

    private record Parsed(Lex lex, People people) {
        /** Token of the {@code nth} (from 0) occurrence of {@code word}. */
        int token(String word, int nth) {
            int seen = 0;
            for (int t = 0; t < lex.size; t++) {
                if (lex.isWord(t) && lex.word(t).equals(word) && seen++ == nth) {
                    return t;
                }
            }
            throw new AssertionError("no " + word);
        }

        String speaker(String word, int nth) {
            int t = token(word, nth);
            return SpeakerResolver.resolve(lex, t, t + 1, people, false);
        }
    }

    /** One pronoun rule of {@link PronounReferents}: what the pronoun at a token means, or null. */
    private interface Rule<T> {
        T apply(Lex lex, int t, char gender, People people);
    }

    /** What {@code rule} says the {@code nth} {@code word} of {@code text} means. */
    private static <T> T rule(Rule<T> rule, String text, String word, int nth, char gender) {
        Parsed p = parse(text);
        return rule.apply(p.lex, p.token(word, nth), gender, p.people);
    }

    /** The text indexed as the extractor does, with its quoted words marked. */
    private static Parsed parse(String text) {
        Lex lex = Lex.of(text);
        boolean[] inQuote = new boolean[lex.size];
        for (QuoteMarks.Piece p : QuoteMarks.scan(text)) {
            for (int t = lex.tokenAt(p.markStart()); t < lex.tokenAt(Math.max(p.markEnd(), p.end())); t++) {
                inQuote[t] = true;
            }
        }
        return new Parsed(lex, People.index(lex, inQuote));
    }

    @Test
    void aPronounAfterALeadingClauseMeansThatClausesSubjectNotANameLaterInIt() {
        Parsed p = parse("Seven people were hurt in the city on Sunday.\n\n"
                + "When President Tom Baker met with union leaders, including union President Dan Ross, he asked "
                + "for calm.");
        assertThat(p.speaker("he", 0)).isEqualTo("Tom Baker");
    }

    @Test
    void aLeadingClauseThatReportsSpeechOrHoldsAPronounIsNoGuide() {
        assertThat(rule(PronounReferents::leadingClauseSubject,
                "Tom Baker spoke first.\n\nWhen Dan Ross said the plan would fail, he left.", "he", 0, 'm')).isNull();
        assertThat(rule(PronounReferents::leadingClauseSubject,
                "Tom Baker spoke first.\n\nAfter Dan Ross met him on Monday, he left.", "he", 0, 'm')).isNull();
    }

    @Test
    void aPronounAfterAQuotationMeansTheSpeakerAVerbOfSayingBeforeItNamed() {
        // Cole is named by a surname alone, and the quotation is long enough that no pronoun near
        // the name tells her sex: nothing says she is a woman, nothing says otherwise.
        Parsed p = parse("Mayor Beth Lane opened the meeting on Monday.\n\n"
                + "Asked about the plan, Cole said “I know nothing about it. I have never heard of it, I have not seen "
                + "a page of it, nobody on the committee has written to me about it, and I do not expect that anyone "
                + "will before the vote next month,” she said.");
        assertThat(p.speaker("she", 0)).isEqualTo("Cole");
    }

    @Test
    void theQuotationsReporterMustNotBeOfTheOtherSex() {
        assertThat(rule(PronounReferents::quotationsReporter, "Mayor Beth Lane opened the meeting on Monday.\n\n"
                + "Asked about the plan, Tom Baker said “I know nothing about it,” she said.", "she", 0, 'f')).isNull();
    }

    @Test
    void aPronounSpeakingAfterARoleThatSpokeMeansThatRolesHolderThroughTheSamePronounAgain() {
        Parsed p = parse("Dan Ross, 16, died at his home on Sunday. According to his uncle, Tom Baker, the family was away.\n\n"
                + "Police are looking for the owner of the gun. Ross’s uncle says it was left behind by a lodger. "
                + "He says the family did not know it was there.\n\nHe says Dan was a good kid.");
        assertThat(p.speaker("He", 0)).isEqualTo("Tom Baker");
        assertThat(p.speaker("He", 1)).isEqualTo("Tom Baker");
    }

    @Test
    void aRoleOfTheOtherSexOrANamedSpeakerIsNoRoleSpeaker() {
        assertThat(rule(PronounReferents::roleSpeakerBefore,
                "Dan Ross was hurt on Sunday. He was at home, the boy’s mother said. He said it was an accident.",
                "He", 1, 'm')).isNull();
        assertThat(rule(PronounReferents::roleSpeakerBefore,
                "Ann Cole was hurt on Sunday. She was at home, Beth Lane said. She said it was an accident.",
                "She", 1, 'f')).isNull();
        // The same sentence with the pronoun of the role's sex: the mother is the role that spoke.
        assertThat(rule(PronounReferents::roleSpeakerBefore,
                "Dan Ross was hurt on Sunday. He was at home, the boy’s mother said. She said it was an accident.",
                "She", 0, 'f')).isNotNull();
    }
}
