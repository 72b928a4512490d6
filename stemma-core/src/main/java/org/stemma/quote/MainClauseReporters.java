package org.stemma.quote;

/**
 * A "he" or "she" in a parenthetical verb of saying (", she said,") inside a sentence whose main
 * clause already reports its subject's words means that subject, not the name mentioned last: in
 * "When Ms. Reed, at a hearing, proposed a vote, Mrs. Lowe replied that she was glad Ms. Reed had
 * asked because, she said, …" the one who says is Mrs. Lowe, the main clause's subject; Ms. Reed
 * stands in the leading subordinate clause and in the reported clause.
 */
final class MainClauseReporters {

    private MainClauseReporters() {
    }

    /** Tokens a sentence may take before the pronoun. */
    private static final int SENTENCE_REACH = 80;

    /**
     * The person the pronoun at {@code t} means when it stands between a comma and a verb of
     * saying (", she said") and its sentence's main clause opens with a name and a verb of saying
     * before it, after a leading subordinate clause if the sentence opens with one; when that name
     * resolves to a person the pronoun can mean; else null.
     */
    static Person reporter(Lex lex, int t, char gender, People people) {
        if (t < 2 || !lex.isPunct(t - 1, ',') || !lex.isWord(t + 1) || !lex.cue(t + 1) || people.quoted(t + 1)) {
            return null;
        }
        int ss = t - 1;
        while (ss > 0 && t - ss < SENTENCE_REACH && !lex.endsSentence(ss - 1) && !lex.lineBreakAfter(ss - 1)) {
            if (people.quoted(ss - 1)) {
                return null; // a quotation in the sentence: its own speaker rules hold
            }
            ss--;
        }
        if (!lex.opensSentence(ss) || !lex.isWord(ss)) {
            return null;
        }
        int main = PronounReferents.SUBORDINATORS.contains(lex.lower(ss)) ? mainClause(lex, ss, t) : ss;
        if (main < 0) {
            return null;
        }
        int n = nameEnd(lex, main, t);
        if (n == main || n >= t - 1 || !saying(lex, n)) {
            return null;
        }
        return PronounReferents.personMeant(lex, main, n, gender, people);
    }

    /**
     * Where the main clause after a leading subordinate clause opened at {@code ss} starts: the
     * first comma before {@code t} followed by a name and a verb of saying ("When Reed proposed it,
     * Lowe replied"); -1 when none.
     */
    private static int mainClause(Lex lex, int ss, int t) {
        for (int c = ss + 1; c < t - 1; c++) {
            if (lex.isPunct(c, ',')) {
                int n = nameEnd(lex, c + 1, t);
                if (n > c + 1 && saying(lex, n)) {
                    return c + 1;
                }
            }
        }
        return -1;
    }

    /** End of the run of capitalised words from {@code s}, before {@code t}. */
    private static int nameEnd(Lex lex, int s, int t) {
        int n = s;
        while (n < t && lex.isWord(n) && lex.capitalised(n)) {
            n++;
        }
        return n;
    }

    /** Is the token at {@code v} a finite verb of saying ("replied", "says"), not a participle? */
    private static boolean saying(Lex lex, int v) {
        return lex.isWord(v) && lex.cue(v) && !lex.capitalised(v) && !lex.lower(v).endsWith("ing");
    }
}
