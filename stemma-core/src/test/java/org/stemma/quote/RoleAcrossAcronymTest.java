package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * A role phrase, a bracketed acronym and the name it introduces read as one phrase naming the
 * person ("transit authority spokesperson (RTA) Nora Vance"), not the role alone (issue 18).
 */
class RoleAcrossAcronymTest {

    private static Quote only(String text) {
        List<Quote> qs = new QuoteExtractor().extract(Article.builder("a", text).build());
        assertThat(qs).hasSize(1);
        return qs.get(0);
    }

    private static int token(Lex lex, String word) {
        for (int t = 0; t < lex.size; t++) {
            if (lex.word(t).equals(word)) {
                return t;
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void theRoleTheAcronymAndTheNameAreOnePhrase() {
        Quote q = only("Regional transit authority spokesperson (RTA) Nora Vance told reporters the line would reopen, "
                + "promising that \u201cservice will resume by Friday.\u201d\n");
        assertThat(q.speaker()).isEqualTo("Nora Vance");
        assertThat(q.speakerAsWritten()).endsWith("spokesperson (RTA) Nora Vance");
    }

    @Test
    void mergedJoinsAcrossTheBracketsAndTakesInTheAcronym() {
        Lex lex = Lex.of("The water board spokesperson (CWB) Nora Vance spoke.");
        int role = token(lex, "The");
        int head = token(lex, "spokesperson");
        int acronym = token(lex, "CWB");
        int name = token(lex, "Nora");
        List<int[]> spans = new ArrayList<>(List.of(new int[]{role, head + 1, 5, 0}, new int[]{acronym, acronym + 1, 2, 0},
                new int[]{name, name + 2, 1, 0}));
        List<int[]> out = SpeakerRanker.merged(lex, spans);
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).containsExactly(role, name + 2, 1, 0);
    }

    @Test
    void noJoinWithoutARoleNounOrWithoutAnAcronym() {
        Lex org = Lex.of("The Water Board (CWB) Nora Vance spoke.");
        int acronym = token(org, "CWB");
        int name = token(org, "Nora");
        List<int[]> orgSpans = List.of(new int[]{0, acronym - 1, 2, 0}, new int[]{acronym, acronym + 1, 2, 0},
                new int[]{name, name + 2, 1, 0});
        assertThat(SpeakerRanker.merged(org, orgSpans)).as("no role noun before the brackets").hasSize(3);
        Lex word = Lex.of("The board spokesperson (retired) Nora Vance spoke.");
        int head = token(word, "spokesperson");
        int name2 = token(word, "Nora");
        List<int[]> wordSpans = List.of(new int[]{0, head + 1, 5, 0}, new int[]{name2, name2 + 2, 1, 0});
        assertThat(SpeakerRanker.merged(word, wordSpans)).as("a lower-case word in the brackets").hasSize(2);
    }

    @Test
    void anAcronymOrAListedAbbreviationInOneParagraph() {
        Lex lex = Lex.of("a spokesperson (U.N.) Ada Lund and a guard (night) Bo Berg");
        assertThat(BracketedAbbreviation.end(lex, token(lex, "(")))
                .isEqualTo(token(lex, "Ada"));
        int night = token(lex, "night");
        assertThat(BracketedAbbreviation.end(lex, night - 1)).isEqualTo(-1);
        Lex split = Lex.of("the board spokesperson (CWB)\n\nNora Vance spoke.");
        assertThat(BracketedAbbreviation.end(split, token(split, "("))).as("the name opens another paragraph").isEqualTo(-1);
    }
}
