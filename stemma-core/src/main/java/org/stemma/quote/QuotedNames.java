package org.stemma.quote;

import java.util.Set;
import java.util.regex.Pattern;
import org.stemma.text.CommonWords;
import org.stemma.text.FirstNames;

/**
 * A name in marks, nobody's words (the annotation rules count nicknames and names as no
 * quotation): a nickname inside a person's name ({@code Robert "Bobby" Smith}, {@code said Cheron
 * "C-Wiz" Shelton}) or what a name is said to be ({@code whose street name is "Ace,"}, {@code he
 * said his name was "John Doe"}). The stretch looks like a name: one to three words, the first
 * capitalised, no clause punctuation but a closing comma (an abbreviation's full stop, as in
 * "U.S.", is allowed when it is one word). Inside a person's name, the word before the marks is
 * a recorded first name ({@link FirstNames}) that is no common word ({@link CommonWords}: "Council"
 * is both) and a capitalised word follows them after one space;
 * not in a title-case headline, where every word is capitalised.
 */
final class QuotedNames {

    private QuotedNames() {
    }

    /** One to three name-like words, a closing comma allowed; a closing full stop only on one word ("U.S."). */
    private static final Pattern NAME_LIKE = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}'\u2019.-]*|\\p{Lu}[\\p{L}\\p{N}'\u2019-]*( [\\p{L}\\p{N}'\u2019-]+){1,2}),?");

    /** Nouns for a name, before "is" or "was" and the name in marks. */
    private static final Set<String> NAME_NOUNS = Lexicon.words("name", "names", "nickname", "nicknames");

    private static final Set<String> COPULAS = Lexicon.words("is", "was", "are", "were");

    /** Is stretch {@code s} a name in marks (a nickname inside a name, or what a name is said to be)? */
    static boolean isName(Lex lex, QuoteSegment s) {
        if (s.pieces.size() != 1 || s.lastTok <= lex.titleCaseEnd) {
            return false;
        }
        QuoteMarks.Piece p = s.pieces.get(0);
        if (!p.closed() || !NAME_LIKE.matcher(lex.text.substring(p.start(), p.end()).strip()).matches()) {
            return false;
        }
        int before = s.firstTok - 1;
        if (lex.isWord(before) && lex.isWord(before - 1) && !lex.lineBreakAfter(before - 1) && !lex.lineBreakAfter(before)
                && COPULAS.contains(lex.lower(before)) && NAME_NOUNS.contains(lex.lower(before - 1))) {
            return true; // "his name was "John Doe""
        }
        int after = s.lastTok;
        if (!lex.capitalised(before) || lex.lineBreakAfter(before) || !lex.capitalised(after)
                || lex.lineBreakAfter(after - 1) || p.markEnd() >= lex.text.length()
                || lex.start[after] != p.markEnd() + 1 || !Character.isWhitespace(lex.text.charAt(p.markEnd()))) {
            return false;
        }
        String first = lex.text.substring(lex.start[before], lex.end[before]);
        return FirstNames.known(first) && !CommonWords.common(lex.lower(before)); // not "the Council "…""
    }
}
