package org.stemma.quote;

import java.util.List;
import java.util.Set;
import org.stemma.text.QuoteGlyphs;

/**
 * The structural features on which {@link QuoteDecision} keeps or drops a quoted stretch: its
 * length and shape (capitalisation, a title's look, closing punctuation, first and second person
 * words), where it stands (opening or closing its sentence or paragraph, after a determiner, a
 * preposition or a verb of naming), and what vouches for it as someone's words (an attribution
 * found by {@link QuoteExtractor}, a verb of saying in its sentence or the next one, a person
 * named nearby, a quote just before with a speaker). No feature names a word of any article.
 */
final class QuoteFeatures {

    private QuoteFeatures() {
    }

    /** Feature names, in vector order (the order of {@link QuoteDecision}'s weights). */
    static final List<String> NAMES = List.of(
            "logWords", "oneWord", "upToThreeWords", "capitalisedShare", "titleLike",
            "endsSentenceInside", "endsClauseInside", "questionOrExclamation", "startsUpperCase",
            "firstOrSecondPerson", "attributionNamed", "attributionCueOnly", "speakerBySubject",
            "attributionShared", "attributionAfter", "partial", "cueInSentence", "cueInNextSentence",
            "cueInPreviousSentence", "cueNounBefore", "personInSentence", "previousQuoteAttributed",
            "opensParagraph", "closesParagraph", "opensSentence", "afterDeterminer",
            "afterPreposition", "afterNamingVerb", "afterTermWord", "afterPossessive", "byAfter", "afterColonOrComma",
            "severalPieces", "headline", "inOpeningPhrase", "modifiesNoun", "inTitleCaseHeadline", "afterCueInSentence",
            "quotedName");

    /** Verbs that give something a name or a label, someone's words or not: "called him a", "dubbed it". */
    static final Set<String> NAMING_VERBS = Lexicon.words("called", "calls", "calling", "dubbed",
            "nicknamed", "termed", "labeled", "labelled", "branded", "describes", "described", "describing");

    /** Words that mention a term rather than quote a speaker: "the so-called", "the word", "titled". */
    private static final Set<String> TERM_WORDS = Lexicon.words("so-called", "titled", "entitled", "named",
            "known", "word", "words", "term", "terms", "phrase", "slogan", "motto", "hashtag", "label",
            "headline", "headlined", "title", "nickname", "marked", "rated", "rating", "ranked", "grade");

    private static final Set<String> PREPOSITIONS = Lexicon.words("of", "in", "on", "at", "for", "from",
            "with", "by", "about", "as", "like", "into", "than", "between", "against", "over", "under");

    private static final Set<String> PERSONAL = Lexicon.wordsEitherApostrophe("i", "me", "my", "mine", "we", "us",
            "our", "ours", "you", "your", "yours", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll",
            "you're", "you've");

    /**
     * The feature vector of {@code s}; {@code before} is the candidate just before it in the
     * article (null for the first), {@code people} the article's named people.
     */
    static double[] of(Lex lex, boolean[] inQuote, People people, QuoteSegment s, QuoteSegment before) {
        double[] f = new double[NAMES.size()];
        int words = 0;
        int capitalised = 0;
        boolean personal = false;
        for (QuoteMarks.Piece p : s.pieces) {
            for (int t = lex.tokenAt(p.start()); t < lex.size && lex.start[t] < p.end(); t++) {
                if (!lex.isWord(t)) {
                    continue;
                }
                words++;
                if (lex.capitalised(t) || Character.isDigit(lex.text.charAt(lex.start[t]))) {
                    capitalised++;
                }
                personal |= PERSONAL.contains(lex.lower(t));
            }
        }
        QuoteMarks.Piece first = s.pieces.get(0);
        QuoteMarks.Piece last = s.pieces.get(s.pieces.size() - 1);
        char lastInner = lex.text.charAt(last.end() - 1);
        // In a title-case headline every word is capitalised: the case says nothing of the stretch
        // ("Trump Was 'Mocking' Clinton Camp"), so its case features are left at zero there.
        boolean titleCaseHeadline = s.lastTok <= lex.titleCaseEnd;
        int k = 0;
        f[k++] = Math.log1p(words);
        f[k++] = words <= 1 ? 1 : 0;
        f[k++] = words <= 3 ? 1 : 0;
        f[k++] = words == 0 || titleCaseHeadline ? 0 : (double) capitalised / words;
        f[k++] = !titleCaseHeadline && titleLike(lex, s) ? 1 : 0;
        f[k++] = ".!?\u2026".indexOf(lastInner) >= 0 ? 1 : 0;
        f[k++] = ",;:\u2014-".indexOf(lastInner) >= 0 ? 1 : 0;
        f[k++] = lastInner == '?' || lastInner == '!' ? 1 : 0;
        f[k++] = !titleCaseHeadline && Character.isUpperCase(lex.text.charAt(first.start())) ? 1 : 0;
        f[k++] = personal ? 1 : 0;
        QuoteSegment.Attribution a = s.attr;
        boolean named = a != null && a.npEnd() > a.npStart();
        f[k++] = named && !s.bySubject ? 1 : 0;
        f[k++] = a != null && !named ? 1 : 0;
        f[k++] = s.bySubject ? 1 : 0;
        f[k++] = s.sharedAttribution ? 1 : 0;
        f[k++] = a != null && s.attrAfter ? 1 : 0;
        f[k++] = s.partial ? 1 : 0;
        int ss = sentenceStart(lex, inQuote, s.firstTok);
        int se = sentenceEnd(lex, inQuote, s.lastTok);
        f[k++] = cues(lex, inQuote, ss, se) > 0 ? 1 : 0;
        int nextEnd = se < lex.size ? sentenceEnd(lex, inQuote, se + 1) : se;
        f[k++] = cues(lex, inQuote, se, nextEnd) > 0 ? 1 : 0;
        int prevStart = ss > 0 ? sentenceStart(lex, inQuote, ss - 1) : ss;
        f[k++] = cues(lex, inQuote, prevStart, ss) > 0 ? 1 : 0;
        f[k++] = cueNounBefore(lex, inQuote, ss, s.firstTok) ? 1 : 0;
        f[k++] = personIn(people, lex, ss, se) ? 1 : 0;
        f[k++] = before != null && (before.attr != null && !before.bySubject)
                && paragraphsBetween(lex, before.lastTok, s.firstTok) <= 1 ? 1 : 0;
        boolean opensParagraph = s.firstTok == 0 || lex.lineBreakAfter(s.firstTok - 1);
        f[k++] = opensParagraph ? 1 : 0;
        f[k++] = closesParagraph(lex, s.lastTok) ? 1 : 0;
        f[k++] = ss == s.firstTok ? 1 : 0;
        int b = s.firstTok - 1;
        String prev = lex.isWord(b) && !lex.lineBreakAfter(b) ? lex.lower(b) : "";
        f[k++] = Lexicon.DETERMINERS.contains(prev) ? 1 : 0;
        f[k++] = PREPOSITIONS.contains(prev) ? 1 : 0;
        String prev2 = lex.isWord(b - 1) && !lex.lineBreakAfter(b - 1) && (prev.isEmpty()
                || Lexicon.DETERMINERS.contains(prev) || prev.equals("as") || prev.equals("it") || prev.equals("them"))
                ? lex.lower(b - 1) : "";
        f[k++] = NAMING_VERBS.contains(prev) || NAMING_VERBS.contains(prev2) ? 1 : 0;
        f[k++] = TERM_WORDS.contains(prev) || TERM_WORDS.contains(prev2) ? 1 : 0;
        f[k++] = QuoteGlyphs.endsInApostropheS(prev) ? 1 : 0;
        int after = s.lastTok;
        while (after < lex.size && lex.isPunct(after, ',') && !lex.lineBreakAfter(after - 1)) {
            after++;
        }
        f[k++] = lex.isWord(after) && !lex.lineBreakAfter(after - 1) && lex.lower(after).equals("by") ? 1 : 0;
        f[k++] = b >= 0 && !lex.lineBreakAfter(b) && (lex.isPunct(b, ':') || lex.isPunct(b, ',')) ? 1 : 0;
        f[k++] = s.pieces.size() > 1 ? 1 : 0;
        f[k++] = headline(lex, s.firstTok) ? 1 : 0;
        f[k++] = inOpeningPhrase(lex, inQuote, ss, se, s) ? 1 : 0;
        int n = s.lastTok;
        f[k++] = Character.isLetter(lastInner) && lex.isWord(n) && !lex.lineBreakAfter(n - 1) && !lex.capitalised(n)
                && !Lexicon.FUNCTION_WORDS.contains(lex.lower(n)) && !Lexicon.DETERMINERS.contains(lex.lower(n))
                && !PREPOSITIONS.contains(lex.lower(n)) && !lex.cue(n) ? 1 : 0;
        f[k++] = titleCaseHeadline ? 1 : 0;
        f[k++] = cues(lex, inQuote, ss, s.firstTok) > 0 ? 1 : 0;
        f[k++] = QuotedNames.isName(lex, s) ? 1 : 0;
        return f;
    }

    /**
     * The stretch sits in the phrase that opens its sentence ("On Sunday's broadcast of "…," the
     * governor said"): the sentence starts with a preposition, no verb of saying comes before the
     * stretch and one comes after it. The speaker's words follow the cue, not this phrase.
     */
    private static boolean inOpeningPhrase(Lex lex, boolean[] inQuote, int ss, int se, QuoteSegment s) {
        if (ss >= s.firstTok || !lex.isWord(ss) || !PREPOSITIONS.contains(lex.lower(ss))) {
            return false;
        }
        return cues(lex, inQuote, ss, s.firstTok) == 0 && cues(lex, inQuote, s.lastTok, se) > 0;
    }

    /**
     * A fragment whose every word but the small ones is capitalised and that is no sentence
     * ("Fox News Sunday", "Contract with America"): the look of a title, a show or a slogan.
     */
    static boolean titleLike(Lex lex, QuoteSegment s) {
        int words = 0;
        for (QuoteMarks.Piece p : s.pieces) {
            char last = lex.text.charAt(p.end() - 1);
            if (last == '!' || last == '?') {
                return false;
            }
            for (int t = lex.tokenAt(p.start()); t < lex.size && lex.start[t] < p.end(); t++) {
                if (!lex.isWord(t)) {
                    continue;
                }
                words++;
                String w = lex.lower(t);
                if (!lex.capitalised(t) && !Lexicon.FUNCTION_WORDS.contains(w) && !Lexicon.DETERMINERS.contains(w)
                        && !w.equals("of") && !Character.isDigit(w.charAt(0))) {
                    return false;
                }
            }
        }
        return words > 0 && words <= 8;
    }

    /** First token of the sentence holding token {@code t} (other quotes are part of the sentence). */
    static int sentenceStart(Lex lex, boolean[] inQuote, int t) {
        int s = Math.min(t, lex.size);
        while (s > 0 && t - s < 80) {
            int p = s - 1;
            if (lex.lineBreakAfter(p) || !inQuote[p] && lex.endsSentence(p)) {
                break;
            }
            s--;
        }
        return s;
    }

    /** End (exclusive) of the sentence that goes on at token {@code t}. */
    static int sentenceEnd(Lex lex, boolean[] inQuote, int t) {
        int e = Math.max(t, 0);
        if (e > 0 && lex.lineBreakAfter(e - 1)) {
            return e; // the quote closed its paragraph
        }
        while (e < lex.size && e - t < 80) {
            boolean stop = lex.lineBreakAfter(e) || !inQuote[e] && lex.endsSentence(e);
            e++;
            if (stop) {
                break;
            }
        }
        return e;
    }

    private static int cues(Lex lex, boolean[] inQuote, int from, int to) {
        int n = 0;
        for (int t = Math.max(0, from); t < to && t < lex.size; t++) {
            if (!inQuote[t] && lex.isWord(t) && lex.cue(t)) {
                n++;
            }
        }
        return n;
    }

    private static boolean cueNounBefore(Lex lex, boolean[] inQuote, int from, int to) {
        for (int t = Math.max(from, to - 6); t < to; t++) {
            if (!inQuote[t] && lex.isWord(t) && Lexicon.CUE_NOUNS.contains(lex.lower(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean personIn(People people, Lex lex, int from, int to) {
        if (from >= lex.size) {
            return false;
        }
        int a = lex.start[Math.max(0, from)];
        int b = to >= lex.size ? lex.text.length() : lex.start[to];
        for (Mention m : people.mentions) {
            if (!m.inQuote() && !m.org() && m.start() >= a && m.start() < b) {
                return true;
            }
        }
        return false;
    }

    private static boolean closesParagraph(Lex lex, int lastTok) {
        if (lastTok <= 0 || lex.lineBreakAfter(lastTok - 1)) {
            return true;
        }
        for (int t = lastTok; t < lex.size; t++) {
            if (lex.isWord(t)) {
                return false;
            }
            if (lex.lineBreakAfter(t)) {
                return true;
            }
        }
        return true;
    }

    private static int paragraphsBetween(Lex lex, int from, int to) {
        int n = 0;
        for (int t = Math.max(0, from - 1); t < to - 1 && t < lex.size; t++) {
            if (lex.lineBreakAfter(t)) {
                n++;
            }
        }
        return n;
    }

    /** Is token {@code t} on a short first line that the text goes on after (a headline)? */
    private static boolean headline(Lex lex, int t) {
        return t < lex.headlineEnd;
    }
}
