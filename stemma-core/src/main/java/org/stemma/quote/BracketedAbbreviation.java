package org.stemma.quote;

import org.stemma.text.Titles;

/**
 * A bracketed acronym or abbreviation between a role phrase and the name it introduces
 * ("the agency's (XYZ) spokesperson Jane Doe", "intelligence service spokesperson (XYZ) Jane
 * Doe"): the brackets gloss the body the role belongs to, so a reader reads the role, the
 * brackets and the name as one phrase naming the person.
 */
final class BracketedAbbreviation {

    private BracketedAbbreviation() {
    }

    /**
     * The token after the closing bracket when tokens from {@code t} are "(", one acronym or
     * listed abbreviation (its full stop a token of its own: "U.N" "."), ")" in one paragraph,
     * else -1.
     */
    static int end(Lex lex, int t) {
        if (!lex.isPunct(t, '(') || !lex.isWord(t + 1)) {
            return -1;
        }
        int close = lex.isPunct(t + 2, '.') ? t + 3 : t + 2;
        if (!lex.isPunct(close, ')') || lex.lineBreakAfterAny(t - 1, close + 1)) {
            return -1;
        }
        String w = lex.word(t + 1);
        return acronym(w) || Titles.isAbbreviation(w) ? close + 1 : -1;
    }

    /** Letters all capitals, two or more of them ("GUR", "U.N.", "G7"): no lower-case word. */
    private static boolean acronym(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }
}
