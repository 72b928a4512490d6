package org.stemma.quote;

import static org.stemma.quote.SpeakerPhrases.DOCUMENT_HEADS;
import static org.stemma.quote.SpeakerPhrases.forwardNP;
import static org.stemma.quote.SpeakerPhrases.subjectBefore;
import static org.stemma.quote.SpeakerPhrases.validSubject;

import org.stemma.quote.QuoteSegment.Attribution;
import org.stemma.text.QuoteGlyphs;

/**
 * Finds the attribution of a quotation: the verb of saying and the speaker phrase it introduces,
 * after the quote in its sentence ({@code ," the official warned.}, {@code ," said X.}), then
 * before it ({@code X said: "}, {@code According to X, "}, {@code X: "}, {@code X told RT that "}),
 * and the sentence's subject for a partial quote that no verb of saying vouches for. The speaker
 * phrases themselves are read by {@link SpeakerPhrases}, a sentence's subject by
 * {@link SentenceSubjects} (its methods here only forward, for the callers outside).
 */
final class QuoteAttribution {

    private QuoteAttribution() {
    }

    static void attribute(QuoteSegment s, Lex lex, boolean[] inQuote) {
        // Left context: the sentence before the opening mark.
        int leftEnd = s.firstTok;           // exclusive
        int leftStart = leftEnd;
        while (leftStart > 0) {
            int t = leftStart - 1;
            if (inQuote[t] || lex.lineBreakAfter(t) || lex.endsSentence(t)) {
                break;
            }
            leftStart--;
        }
        // Right context: the rest of the sentence after the closing mark.
        int rightStart = s.lastTok;
        int rightEnd = rightStart;
        boolean paragraphEnds = rightStart == 0 || lex.lineBreakAfter(rightStart - 1);
        while (!paragraphEnds && rightEnd < lex.size && rightEnd - rightStart < 40) {
            if (inQuote[rightEnd]) {
                int title = rightEnd > rightStart ? SpeakerPhrases.titleClosing(lex, rightEnd, lex.size) : -1;
                if (title < 0) {
                    break;
                }
                rightEnd = title; // a title quoted inside the attribution's subject goes on the sentence
            }
            boolean stop = lex.endsSentence(rightEnd) || lex.lineBreakAfter(rightEnd);
            rightEnd++;
            if (stop) {
                break;
            }
        }
        QuoteMarks.Piece lastPiece = s.pieces.get(s.pieces.size() - 1);
        char lastInner = lex.text.charAt(lastPiece.end() - 1);
        boolean innerEndsSentence = ".!?\u2026".indexOf(lastInner) >= 0;
        boolean innerEndsClause = innerEndsSentence || ",;:\u2014-".indexOf(lastInner) >= 0;

        Attribution right = rightAttribution(lex, rightStart, rightEnd, innerEndsSentence);
        if (s.interStart >= 0) {
            Attribution inter = rightAttribution(lex, s.interStart, s.interEnd, false);
            if (inter != null) {
                right = inter;
            }
        }
        Attribution left = leftAttribution(lex, leftStart, leftEnd);
        int[] agent = leftEnd > leftStart ? PassiveAgents.agentAfter(lex, leftEnd - 1, rightStart, rightEnd) : null;
        if (agent != null) {
            // "dubbed "…" by H.L. Mencken, the kidnapping … continues": the agent, not the verb after it
            left = new Attribution(lex.word(leftEnd - 1), agent[0], agent[1]);
            right = null;
        }
        if (left == null && leftStart == leftEnd && lex.text.charAt(s.markStart()) != '\'') {
            left = previousParagraphColon(lex, leftStart, inQuote);
        }

        boolean leftEmbeds = false;
        if (leftEnd > leftStart) {
            char lc = lex.text.charAt(lex.start[leftEnd - 1]);
            boolean introduces = (lc == ':' || lc == ',' || lc == '\u2014') && left != null;
            leftEmbeds = !introduces && !(lc == ':' && leftEnd - leftStart <= 6);
        }
        boolean rightContinues = !innerEndsClause && rightEnd > rightStart && lex.isWord(rightStart)
                && (right == null || right.npStart() != rightStart && !lex.cue(rightStart));
        s.partial = leftEmbeds || rightContinues;
        if (right != null && left != null && s.lastTok < lex.titleCaseEnd) {
            right = null; // a title-case headline's first verb is its main one: "X Calls Y 'A Disgrace' Over Comments"
        }
        if (right != null && documentReports(lex, left, right, leftStart, leftEnd)) {
            right = null; // "Leigh wrote, "…," the affidavit said.": the document reports what she wrote
        }
        s.attr = right != null ? right : left;
        s.attrAfter = right != null;
        if (s.attr == null && s.partial && !innerEndsSentence) {
            // A fragment inside a sentence with a verb of saying somewhere after it, past other
            // quotes; not when the fragment's own full stop ends the sentence ("had failed to
            // 'humanize their campaign.'' The slogan …, he said" is not his).
            int sentenceEnd = rightStart;
            while (!paragraphEnds && sentenceEnd < lex.size && sentenceEnd - rightStart < 60) {
                boolean stop = !inQuote[sentenceEnd] && (lex.endsSentence(sentenceEnd) || lex.lineBreakAfter(sentenceEnd));
                sentenceEnd++;
                if (stop) {
                    break;
                }
            }
            s.attr = anyCue(lex, inQuote, rightStart, sentenceEnd);
        }
        if (s.attr == null && !s.partial) {
            // A quote alone in its paragraph, credited on the next line: "- Jane Doe, Philadelphia."
            Attribution credit = DashAttribution.below(lex, s);
            if (credit != null) {
                s.attr = credit;
                s.attrAfter = true;
            }
        }
        // "PENCE: Well, ...": a transcript's speaker label names who speaks this turn.
        int[] label = QuoteMarks.label(lex.text, s.pieces.get(0));
        if (label != null) {
            s.attr = new Attribution(":", lex.tokenAt(label[0]), lex.tokenAt(label[1]));
            s.attrAfter = false;
            s.partial = false;
            return;
        }
        // "Pence: Trump Was 'Mocking' Clinton Camp": the headline's "X:" speaks all that follows.
        Attribution byColon = headlineSpeaker(lex, s.firstTok);
        if (byColon == null && leftStart == 0 && leftEnd > 1 && lex.isPunct(leftEnd - 1, ':')) {
            byColon = headlineTopic(lex, leftEnd - 1);
        }
        if (byColon != null) {
            s.attr = byColon;
            s.attrAfter = false;
        }
    }

    /**
     * Does a document after the quotation ({@code ," the affidavit said.}) report the words of
     * someone a verb of saying right before it names ({@code Leigh wrote, "}), the verb's clause
     * ending in a comma or colon at the opening mark? Then the one named wrote or said them, and the
     * document is where the reporter read so.
     */
    private static boolean documentReports(Lex lex, Attribution left, Attribution right, int leftStart, int leftEnd) {
        if (left == null || left.npEnd() <= left.npStart() || leftEnd <= leftStart
                || !SpeakerPhrases.writtenHead(lex, right.npEnd() - 1) || SpeakerPhrases.writtenHead(lex, left.npEnd() - 1)) {
            return false;
        }
        char c = lex.text.charAt(lex.start[leftEnd - 1]);
        return (c == ',' || c == ':') && lex.isWord(leftEnd - 2) && lex.cue(leftEnd - 2);
    }

    /** After the quote: {@code , he said.} / {@code , said X.} / {@code ? General Diarra asked.} */
    static Attribution rightAttribution(Lex lex, int from, int to, boolean innerEndsSentence) {
        int i = from;
        boolean dash = false;
        while (i < to && lex.kind[i] == Lex.PUNCT && (lex.isPunct(i, ',') || isDash(lex, i))) {
            dash |= isDash(lex, i);
            i++;
        }
        if (i >= to || !lex.isWord(i)) {
            return null;
        }
        if (dash && lex.capitalised(i) && !Lexicon.NOT_NAME.contains(lex.lower(i))) {
            // "...” ― Pamela Padilla": a byline-style attribution after a dash.
            int e = i;
            while (e < to && lex.isWord(e) && lex.capitalised(e) || e < to && lex.isWord(e)
                    && (lex.word(e).length() == 1 || e + 1 < to && lex.capitalised(e + 1) && lex.lower(e).length() <= 3)) {
                e++;
            }
            if (e == to || lex.isPunct(e, ',') || lex.kind[e] == Lex.PUNCT && lex.endsSentence(e) || lex.lineBreakAfter(e - 1)) {
                return new Attribution(lex.word(from), i, e);
            }
        }
        int words = 0;
        for (int t = i; t < to; t++) {
            if (lex.isWord(t)) {
                words++;
            }
        }
        if (innerEndsSentence && words > 10) {
            return null; // a new sentence, not an attribution
        }
        String w0 = lex.lower(i);
        if (aboutTheQuote(lex, from, to)) {
            return null;
        }
        if (w0.equals("according") && i + 1 < to && lex.lower(i + 1).equals("to")) {
            int[] np = forwardNP(lex, i + 2, to);
            return np == null ? null : new Attribution("according to", np[0], np[1]);
        }
        if (Lexicon.INVERTING_CUES.contains(lex.word(i))) {
            int[] np = forwardNP(lex, i + 1, to);
            if (np != null) {
                return new Attribution(cuePhrase(lex, i, to), np[0], np[1]);
            }
            return null;
        }
        // Subject then verb: find the first cue within a short window.
        for (int v = i + 1; v < to && v < i + 30; v++) {
            if (!lex.isWord(v)) {
                if (!lex.endsSentence(v) && (!isQuoteMark(lex, v) || apostropheS(lex, v))) {
                    continue; // commas, brackets, the full stop of "(D-Mo.)", the apostrophe of "B.C.'s"
                }
                int title = SpeakerPhrases.titleClosing(lex, v, to);
                if (title >= 0) {
                    v = title; // "the "Harbor Nights" actress said": a title inside the subject
                    continue;
                }
                return null;
            }
            if (lex.cue(v)) {
                int[] np = subjectBefore(lex, i, v);
                if (np == null && lex.isPunct(v - 1, ',') && Lexicon.INVERTING_CUES.contains(lex.lower(v))) {
                    np = forwardNP(lex, v + 1, to); // "... but to take the lead, says Evan Tracey"
                }
                if (np == null) {
                    np = SentenceSubjects.leadingName(lex, i, v); // "Kurinji Selvaraj, a research analyst at ... told CBS News"
                }
                if (np == null) {
                    return null;
                }
                return new Attribution(cuePhrase(lex, v, to), np[0], np[1]);
            }
        }
        return null;
    }

    /**
     * Does the text after a quotation, [from, to), open with "which"? Then its verb of saying is in
     * a clause about the quoted words ("“Light the Way,” which the festival says “…”"), and its
     * subject is no speaker of them.
     */
    private static boolean aboutTheQuote(Lex lex, int from, int to) {
        int i = from;
        while (i < to && lex.kind[i] == Lex.PUNCT && lex.isPunct(i, ',')) {
            i++;
        }
        return i < to && lex.isWord(i) && lex.lower(i).equals("which");
    }

    static boolean isDash(Lex lex, int i) {
        return lex.kind[i] == Lex.PUNCT && isDash(lex.text.charAt(lex.start[i]));
    }

    /** A hyphen or a dash of any length. */
    static boolean isDash(char c) {
        return "-\u2010\u2012\u2013\u2014\u2015".indexOf(c) >= 0;
    }

    /** The apostrophe of a possessive written after an abbreviation's full stop ("B.C.'s"): no quote mark. */
    static boolean apostropheS(Lex lex, int i) {
        return lex.isWord(i - 1) && lex.end[i - 1] == lex.start[i] && lex.isWord(i + 1) && lex.start[i + 1] == lex.end[i]
                && lex.lower(i + 1).equals("s");
    }

    static boolean isQuoteMark(Lex lex, int i) {
        char c = lex.text.charAt(lex.start[i]);
        return lex.kind[i] == Lex.PUNCT && (QuoteGlyphs.isDouble(c) || QuoteGlyphs.isSingle(c));
    }

    /** Before the quote: {@code X said: "}, {@code According to X, "}, {@code X: "}, {@code X said that "}. */
    static Attribution leftAttribution(Lex lex, int from, int to) {
        if (to <= from) {
            return null;
        }
        for (int t = to - 1; t > from; t--) {
            if (lex.lower(t - 1).equals("according") && lex.lower(t).equals("to")) {
                int[] np = forwardNP(lex, t + 1, to);
                if (np != null) {
                    return new Attribution("according to", np[0], np[1]);
                }
            }
        }
        // The last verb of saying before the quote; in a title-case headline the first, its main
        // verb ("Obama Says Museum Will Tell '…'"; "Christie Calls Clinton's Comments '…'").
        boolean headline = to <= lex.titleCaseEnd;
        for (int i = 0; i < to - from; i++) {
            int v = headline ? from + i : to - 1 - i;
            if (!lex.isWord(v) || !lex.cue(v)) {
                continue;
            }
            int[] agent = PassiveAgents.passiveAgent(lex, v, to);
            if (agent != null) {
                return new Attribution(lex.word(v), agent[0], agent[1]); // "described by prosecutors as the "…""
            }
            int[] np = subjectBefore(lex, from, v);
            if (np == null && Lexicon.INVERTING_CUES.contains(lex.lower(v))) {
                np = forwardNP(lex, v + 1, to); // "said Diarra: "
                if (np != null && (!validSubject(lex, np[0], np[1]) || !SpeakerPhrases.invertedSubject(lex, from, v, np))) {
                    np = null; // "and said the violence "has saddened …"": the reported clause's subject, no speaker
                }
            }
            if (np == null) {
                // "Romney went after Trump, calling it "..."", "Trump told reporters": the sentence's subject speaks.
                np = SentenceSubjects.sentenceSubject(lex, null, v);
            }
            if (np != null) {
                return new Attribution(cuePhrase(lex, v, to), np[0], np[1]);
            }
        }
        // A colon straight after a name: "Diarra: "..."".
        if (lex.isPunct(to - 1, ':') && to - 1 > from) {
            int[] np = subjectBefore(lex, from, to - 1);
            if (np != null && (lex.capitalised(np[1] - 1) || Lexicon.pronounGender(lex.lower(np[1] - 1)) != 0)) {
                return new Attribution(":", np[0], np[1]);
            }
        }
        // A noun naming an utterance, owned by its speaker: "his claim that people would "...""
        for (int v = to - 1; v > from; v--) {
            if (!lex.isWord(v) || !Lexicon.CUE_NOUNS.contains(lex.lower(v))) {
                continue;
            }
            int o = v - 1;
            while (o > from && lex.isWord(o) && !lex.capitalised(o) && !QuoteGlyphs.endsInApostropheS(lex.lower(o))
                    && Lexicon.pronounGender(lex.lower(o)) == 0 && v - o < 3) {
                o--; // "his latest claim"
            }
            String w = lex.lower(o);
            if (w.equals("his") || w.equals("her") || w.equals("their")) {
                return new Attribution(lex.word(v), o, o + 1);
            }
            if (QuoteGlyphs.endsInApostropheS(w)) {
                int s = o;
                while (s > from && lex.capitalised(s - 1)) {
                    s--;
                }
                return new Attribution(lex.word(v), s, o + 1);
            }
        }
        // A verb of saying whose subject we could not find still makes the fragment a quotation.
        for (int v = to - 1; v >= from; v--) {
            if (lex.isWord(v) && lex.cue(v)) {
                return new Attribution(lex.word(v), v, v);
            }
        }
        return null;
    }

    /**
     * A headline that opens with a name and a colon ("Pence: Trump Was 'Mocking' Clinton Camp")
     * gives that name's words: the headline convention for "X says". Only for a quote after the
     * colon in the headline, and only a name of at most four words that is no document ("Report:").
     */
    static Attribution headlineSpeaker(Lex lex, int quoteTok) {
        if (quoteTok >= lex.headlineEnd) {
            return null;
        }
        int colon = 0;
        while (colon < quoteTok && colon <= 4 && lex.isWord(colon) && lex.capitalised(colon)
                && !SpeakerRanker.PREPOSITIONS.contains(lex.lower(colon))) { // "CNN President On Trump:" names no one person
            colon++;
        }
        if (colon == 0 || colon > 4 || !lex.isPunct(colon, ':') || colon >= quoteTok
                || DOCUMENT_HEADS.contains(Lexicon.key(lex.word(colon - 1))) || !validSubject(lex, 0, colon)) {
            return null;
        }
        return new Attribution(":", 0, colon);
    }

    /**
     * A headline that opens with a name and goes on to the topic before the colon that introduces
     * its quotation ("Gillibrand on Hillary's Speech Transcripts: 'I Think She Will'", "City Council
     * President On Budget: 'We Cannot Wait'"): the name before the preposition speaks, as "X on Y:"
     * is the headline convention for "X says of Y". Only for a name of at most four words that is
     * no document and no possessive ("Republicans' reaction on …" is the reaction's).
     */
    static Attribution headlineTopic(Lex lex, int colon) {
        if (colon >= lex.headlineEnd) {
            return null;
        }
        int n = 0;
        while (n < colon && n <= 4 && lex.isWord(n) && lex.capitalised(n) && !Lexicon.FUNCTION_WORDS.contains(lex.lower(n))) {
            n++;
        }
        if (n == 0 || n > 4 || n + 1 >= colon || !lex.isWord(n) || !SpeakerRanker.PREPOSITIONS.contains(lex.lower(n))
                || lex.lower(n).equals("of") || !lex.word(n - 1).equals(MentionFinder.stripPossessive(lex.word(n - 1)))
                || DOCUMENT_HEADS.contains(Lexicon.key(lex.word(n - 1)))
                || !validSubject(lex, 0, n) && !(n > 1 && lex.title(n - 1))) { // "CNN President On …": a role speaks too
            return null;
        }
        return new Attribution(":", 0, n);
    }

    /**
     * A paragraph that is only a quote, after a paragraph ending "X said:" or introducing a
     * statement ("X's family released this statement on Monday:", {@link StatementIntros}).
     */
    static Attribution previousParagraphColon(Lex lex, int quoteTok, boolean[] inQuote) {
        int t = quoteTok - 1;
        if (t < 0 || !lex.isPunct(t, ':') || !lex.lineBreakAfter(t)) {
            return null;
        }
        int from = t;
        while (from > 0 && !inQuote[from - 1] && !lex.endsSentence(from - 1) && !lex.lineBreakAfter(from - 1)) {
            from--;
        }
        Attribution issued = StatementIntros.issuer(lex, from, t);
        return issued != null ? issued : leftAttribution(lex, from, t + 1);
    }

    /** The nearest cue in the quote's sentence, with its subject, for partial quotes. */
    static Attribution anyCue(Lex lex, boolean[] inQuote, int rs, int re) {
        for (int v = rs; v < re; v++) {
            if (!inQuote[v] && lex.isWord(v) && lex.cue(v)) {
                int from = v;
                while (from > rs && !inQuote[from - 1]) {
                    from--;
                }
                if (from == rs && aboutTheQuote(lex, rs, v)) {
                    return null;
                }
                int[] np = subjectBefore(lex, from, v);
                if (np == null && Lexicon.INVERTING_CUES.contains(lex.lower(v))) {
                    np = forwardNP(lex, v + 1, re);
                    if (np != null && !SpeakerPhrases.invertedSubject(lex, from, v, np)) {
                        np = null; // "… and recalled the freeze on pay rates": the object, no speaker
                    }
                }
                if (np == null) {
                    np = SentenceSubjects.sentenceSubject(lex, inQuote, v);
                }
                return new Attribution(lex.word(v), np == null ? v : np[0], np == null ? v : np[1]);
            }
        }
        return null;
    }

    /** The cue as written: the verb, with the addressee for "told" ("told RTVI", "told the Russian outlet"). */
    static String cuePhrase(Lex lex, int v, int to) {
        String w = lex.lower(v);
        int end = v + 1;
        if (w.equals("told") || w.equals("tells") || w.equals("tell") || w.equals("telling")) {
            while (end < to && end < v + 5 && lex.isWord(end)) {
                String k = lex.lower(end);
                if (k.equals("that") || k.equals("on") || k.equals("in") || k.equals("at") || k.equals("during")
                        || k.equals("after") || k.equals("when") || k.equals("last") || k.equals("this")
                        || end > v + 1 && (Lexicon.DETERMINERS.contains(k) || Lexicon.AUXILIARIES.contains(k))) {
                    break; // "told reporters the deal was": the addressee ends where the reported clause begins
                }
                end++;
            }
        } else if ((w.equals("cited") || w.equals("quoted")) && end + 1 < to
                && lex.lower(end).equals("as") && lex.isWord(end + 1)) {
            end += 2; // "cited as saying"
        } else if (w.equals("wrote") || w.equals("posted") || w.equals("tweeted")) {
            if (end + 1 < to && lex.lower(end).equals("on") && lex.capitalised(end + 1)) {
                end += 2; // "wrote on X"
            }
        }
        String cue = lex.text.substring(lex.start[v], lex.end[end - 1]);
        return cue.endsWith(".") ? cue.substring(0, cue.length() - 1) : cue;
    }
}
