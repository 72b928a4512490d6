package org.stemma.quote;

/**
 * The person the text turned to after its last subject or speaker: a reader who meets "Ada
 * Lind's group meets on Fridays. "We start early," she said." takes "she" for Ada Lind, the one
 * person named since, not the speaker of a paragraph before. Only a name the text gave outside
 * quotations, after the sentence holding the latest subject or speaker, in the paragraph of the
 * place asked about or the one before, and only when it is the one person so named.
 */
final class NamedSince {

    private NamedSince() {
    }

    /**
     * The one person named in [{@code floor}, {@code pos}) since the sentence of the latest subject
     * or speaker before {@code pos} whom a pronoun of {@code gender} (0: any) can mean; null when
     * nobody or several were.
     */
    static Person person(Lex lex, People people, int floor, int pos, char gender) {
        int last = -1;
        for (Person p : people.people) {
            for (int m : p.salient) {
                last = m < pos ? Math.max(last, m) : last;
            }
        }
        if (last < 0) {
            return null; // nobody was a subject yet: the salience rules decide
        }
        // "he" or "she" outside quotations goes on about whoever it meant ("…, he wrote to Gaiman"):
        // a name after it is no turn.
        for (int t = lex.tokenAt(last); t < lex.size && lex.start[t] < pos; t++) {
            char g = lex.isWord(t) && !people.quoted(t) ? Lexicon.pronounGender(lex.lower(t)) : 0;
            if ((g == 'm' || g == 'f') && (gender == 0 || g == gender)) {
                last = lex.start[t];
            }
        }
        int from = Math.max(floor, Math.max(afterSentence(lex, people, last), paragraphBefore(lex.text, pos)));
        for (int t = lex.tokenAt(from); t < lex.size && lex.start[t] < pos; t++) {
            if (lex.isWord(t) && lex.cue(t) && !people.quoted(t)) {
                return null; // someone speaks there ("X warned that …"): the speaker rules know better
            }
        }
        Person found = null;
        for (Person p : people.people) {
            if (!p.personEvidence || !People.referent(p, gender)) {
                continue;
            }
            for (int m : p.mentions) {
                if (m >= from && m < pos) {
                    if (found != null && found != p) {
                        return null; // two people named: no telling which
                    }
                    found = p;
                }
            }
        }
        return found;
    }

    /** Char offset after the sentence holding char {@code at}; a full stop inside a quotation ends none. */
    private static int afterSentence(Lex lex, People people, int at) {
        int t = lex.tokenAt(at);
        while (t < lex.size && !lex.lineBreakAfter(t) && !(lex.endsSentence(t) && !people.quoted(t))) {
            t++;
        }
        return t + 1 < lex.size ? lex.start[t + 1] : lex.text.length();
    }

    /** Char offset where the paragraph before the one holding {@code pos} starts (0 when none). */
    private static int paragraphBefore(String text, int pos) {
        int i = text.lastIndexOf('\n', Math.min(pos, text.length()) - 1) + 1; // the own paragraph's start
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--; // step back over the blank lines ending the paragraph before
        }
        return i == 0 ? 0 : text.lastIndexOf('\n', i - 1) + 1;
    }
}
