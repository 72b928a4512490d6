package org.stemma.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stemma.text.Places;
import org.stemma.text.Span;

/**
 * Chooses who is quoted: ranks the mentions around a quotation (names, pronouns, noun phrases
 * headed by a person or organisation word, and the phrase {@link QuoteExtractor}'s attribution
 * rules found) and one more option, "the voice goes on" (the speaker of the quote before, or
 * the person the text is about), by a logistic regression over where each mention stands: its
 * kind, its side and distance, its sentence, a verb of saying after it ("X said") or before it
 * ("said X", "told X"), subject or object position, the rules' choice, and what a reader would
 * take it to mean (a document such as "the letter", a person the article names, or nobody the
 * text identifies). The highest score wins.
 *
 * <p>The weights are fitted on PolNeAR's train split, whose annotators marked every
 * attribution's source, by
 * {@code ./stemma eval quotes --fit-speakers ../shared/eval/quote-attribution-polnear/train}
 * (cross-validated, folds by article), which prints them in this form; docs/evaluation.md has
 * the figures.
 */
final class SpeakerRanker {

    private SpeakerRanker() {
    }

    /** Feature names, in the order of {@link #WEIGHTS}. */
    static final List<String> FEATURES = List.of("rulesChoice", "personName", "organisationName",
            "genderedPronoun", "otherPronoun", "commonNoun", "before", "after", "interrupting",
            "sameSentence", "previousSentence", "nextSentence", "logDistance", "nearestOnItsSide",
            "cueAfter", "sayingVerbBefore", "otherCueBefore", "accordingTo", "subjectPosition",
            "afterPreposition", "possessive", "colonAfter", "otherParagraph", "titledOrSpeaks",
            "continuation", "continuationAfterQuote", "continuationOpensParagraph",
            "continuationNoCue", "continuationNoRule", "documentHead", "resolvesToPerson", "resolvesToNobody");

    static final double[] WEIGHTS = {
            1.125383 /* rulesChoice */, -0.298885 /* personName */, -0.157904 /* organisationName */, 0.061081 /* genderedPronoun */, 
            -0.088171 /* otherPronoun */, 0.318935 /* commonNoun */, 0.554311 /* before */, -0.992039 /* after */, 
            -0.272558 /* interrupting */, 1.825039 /* sameSentence */, -1.687300 /* previousSentence */, -1.313756 /* nextSentence */, 
            -0.255026 /* logDistance */, -0.454873 /* nearestOnItsSide */, 0.939826 /* cueAfter */, 0.623538 /* sayingVerbBefore */, 
            -1.591250 /* otherCueBefore */, 4.478506 /* accordingTo */, 1.221588 /* subjectPosition */, -0.966198 /* afterPreposition */, 
            -1.187499 /* possessive */, -0.420302 /* colonAfter */, -4.686194 /* otherParagraph */, 0.631343 /* titledOrSpeaks */, 
            0.239271 /* continuation */, 0.005139 /* continuationAfterQuote */, -0.573832 /* continuationOpensParagraph */, -2.185378 /* continuationNoCue */, 
            0.632455 /* continuationNoRule */, 0.016520 /* documentHead */, 1.164869 /* resolvesToPerson */, -0.753585 /* resolvesToNobody */};

    static final double BIAS = 0.901843;

    /**
     * One option: a mention [start, end) in tokens, or the continuation ({@code start < 0}), and
     * what the mention resolves to without noting it ({@code meant}: null for none and for the continuation).
     */
    record Option(int start, int end, double[] features, double score, String meant) {
        boolean continuation() {
            return start < 0;
        }
    }

    static final Set<String> PRONOUNS = Lexicon.words("he", "she", "they", "it", "we");

    /** Prepositions that put a mention in an object's place ("told to X", "a letter from X"). */
    static final Set<String> PREPOSITIONS = Lexicon.words("to", "with", "about", "for", "by",
            "at", "on", "in", "of", "from", "against", "toward", "towards", "than", "like", "over");

    /**
     * The options for quotation {@code s}: every mention of its window (the sentence before it,
     * its own sentences, the sentence after it) outside quotes, the rules' phrase
     * {@code ruleNp} ({@code null}: none), and the continuation; {@code afterQuote} tells that a
     * reported quotation of the same voice lies within a paragraph before it.
     */
    static List<Option> options(Lex lex, boolean[] inQuote, People people, QuoteSegment s, int[] ruleNp,
                                boolean afterQuote) {
        int ss = QuoteFeatures.sentenceStart(lex, inQuote, s.firstTok);
        int se = QuoteFeatures.sentenceEnd(lex, inQuote, s.lastTok);
        int ws = ss > 0 ? QuoteFeatures.sentenceStart(lex, inQuote, ss - 1) : ss;
        int we = se < lex.size && !lex.lineBreakAfter(se - 1) ? QuoteFeatures.sentenceEnd(lex, inQuote, se) : se;
        List<int[]> spans = new ArrayList<>();
        int placeEnd = -1;
        Mention before = null;
        for (Mention m : people.mentions) {
            Mention prev = before;
            before = m;
            if (!m.inQuote() && m.tokenStart() >= ws && m.tokenEnd() <= we) {
                if (describesNameBefore(lex, m, prev)) {
                    continue; // "Peter Welch, Democrat of Vermont,": the word describes Welch
                }
                if (hometown(lex, m.tokenStart(), placeEnd)) {
                    placeEnd = m.tokenEnd();
                    continue; // "Donald Hartley of Madison, Alabama": the place is no option
                }
                if (SpeakerPhrases.abbreviationAlone(lex, m.tokenStart(), m.tokenEnd())) {
                    continue; // "Portsmouth, Mich.," / "Calif.": a state's or a company suffix's abbreviation never speaks
                }
                if (!m.speaks() && Places.isPlace(String.join(" ", m.name()))) {
                    continue; // "voters in South Carolina": a place speaks only when the text says so ("Iraq said")
                }
                if (passiveSubject(lex, inQuote, m.tokenEnd())) {
                    continue; // "She was described by prosecutors as …": the words describe her; the agent said them
                }
                spans.add(new int[]{m.tokenStart(), m.tokenEnd(), m.org() ? 2 : 1, m.titled() || m.speaks() ? 1 : 0});
            }
        }
        for (int t = ws; t < we; t++) {
            if (inQuote[t] || !lex.isWord(t)) {
                continue;
            }
            String w = lex.lower(t);
            if (PRONOUNS.contains(w) && !lex.surnameHe(t) && !passiveSubject(lex, inQuote, t + 1)) {
                spans.add(new int[]{t, t + 1, Lexicon.pronounGender(w) == 'p' ? 4 : 3, 0});
            } else if (!lex.capitalised(t) && (Lexicon.PERSON_HEADS.contains(w) || SpeakerPhrases.ORG_HEADS.contains(w))
                    && !lex.statesVerb(t)) { // "the affidavit states": the verb, no noun
                spans.add(new int[]{nounPhraseStart(lex, inQuote, ws, t), t + 1, 5, 0});
            }
        }
        if (ruleNp != null && spans.stream().noneMatch(sp -> sp[0] == ruleNp[0] && sp[1] == ruleNp[1])) {
            spans.add(new int[]{ruleNp[0], ruleNp[1], kind(lex, people, ruleNp), 0});
        }
        spans = merged(lex, spans);
        spans.removeIf(sp -> headlineDocumentTopic(lex, sp[0], sp[1])); // "Holt's Letter on the Mill: '…'": a document, no speaker
        List<Option> out = new ArrayList<>();
        for (int[] sp : spans) {
            double[] f = mentionFeatures(lex, inQuote, s, sp, spans, ruleNp, ss, se);
            // What a reader would take the option to mean: a document, a person of the article, nobody.
            String head = lex.lower(sp[1] - 1);
            f[FEATURES.indexOf("documentHead")] = (sp[2] == 5 || sp[2] == 1 && possessiveBefore(lex, sp[0], sp[1] - 1))
                    && SpeakerPhrases.DOCUMENT_HEADS.contains(Lexicon.key(head)) ? 1 : 0;
            String meant = SpeakerResolver.resolve(lex, sp[0], sp[1], people, false);
            f[FEATURES.indexOf("resolvesToPerson")] = meant != null && people.isPerson(meant) ? 1 : 0;
            f[FEATURES.indexOf("resolvesToNobody")] = meant == null ? 1 : 0;
            out.add(new Option(sp[0], sp[1], f, score(f), meant));
        }
        double[] c = new double[FEATURES.size()];
        c[FEATURES.indexOf("continuation")] = 1;
        c[FEATURES.indexOf("continuationAfterQuote")] = afterQuote ? 1 : 0;
        c[FEATURES.indexOf("continuationOpensParagraph")] = s.firstTok == 0 || lex.lineBreakAfter(s.firstTok - 1) ? 1 : 0;
        c[FEATURES.indexOf("continuationNoCue")] = cueIn(lex, inQuote, ss, se) ? 0 : 1;
        c[FEATURES.indexOf("continuationNoRule")] = ruleNp == null ? 1 : 0;
        out.add(new Option(-1, -1, c, score(c), null));
        return out;
    }

    /**
     * Is {@code m} one capitalised word in apposition to the name just before it, "<name>, <Word>
     * of <Name>," ("Peter Welch, Democrat of Vermont", "Ann Cole, Mayor of Springfield"): a
     * description of that person, no one else?
     */
    private static boolean describesNameBefore(Lex lex, Mention m, Mention prev) {
        int t = m.tokenStart();
        return prev != null && !prev.org() && !m.speaks() && m.tokenEnd() - t == 1 && lex.isPunct(t - 1, ',')
                && prev.tokenEnd() == t - 1 && lex.isWord(t + 1) && lex.lower(t + 1).equals("of") && lex.capitalised(t + 2);
    }

    /**
     * Does the name at token {@code t} say where the person before it comes from: "of" right
     * after a name ("Donald Hartley of Madison"), after a name and an age ("Michelle Stevens, 30,
     * of Gainesville"), or a comma after such a place ({@code placeEnd}: "…, Alabama")?
     */
    private static boolean hometown(Lex lex, int t, int placeEnd) {
        if (lex.isPunct(t - 1, ',') && placeEnd == t - 1) {
            return true;
        }
        if (!lex.isWord(t - 1) || !lex.lower(t - 1).equals("of") || lex.lineBreakAfter(t - 2)) {
            return false;
        }
        int b = t - 2;
        if (lex.isPunct(b, ',') && ContextPersons.aged(lex, b - 2)) {
            b -= 3; // ", 30, of": the age between commas, read where person evidence reads it
        }
        return lex.capitalised(b) && !Lexicon.ORG_WORDS.contains(lex.key(b)) && !lex.title(b);
    }

    /**
     * The option that speaks quotation {@code s}: the highest-scoring one, unless the quotation is
     * a partial one that a nearer verb of saying with another subject governs ({@link PartialQuoteSpeakers}),
     * or one after the main clause whose leading subordinate clause holds the choice ({@link LeadingClauses}).
     */
    static Option best(Lex lex, boolean[] inQuote, QuoteSegment s, List<Option> options) {
        Option best = PartialQuoteSpeakers.speaker(lex, inQuote, s, options, best(options));
        return LeadingClauses.speaker(lex, inQuote, s, options, best);
    }

    /** The highest-scoring option (the continuation wins ties: it is last only by construction). */
    static Option best(List<Option> options) {
        Option best = null;
        for (Option o : options) {
            if (best == null || o.score() > best.score()) {
                best = o;
            }
        }
        return best;
    }

    static double score(double[] f) {
        double z = BIAS;
        for (int i = 0; i < WEIGHTS.length; i++) {
            z += WEIGHTS[i] * f[i];
        }
        return z;
    }

    /** The char span of an option's mention, for fitting. */
    static Span span(Lex lex, Option o) {
        return o.continuation() ? null : new Span(lex.start[o.start()], lex.end[o.end() - 1]);
    }

    /**
     * Overlapping or touching phrases as one ("political scientist" + "Christopher Wlezien",
     * "Priorities" + "Priorities spokesman" + "Justin Barasky"): a reader takes the whole phrase,
     * and {@link QuoteExtractor} resolves it to the name at its head. Pronouns stay apart. A
     * role and the name it introduces join across a bracketed acronym ("service spokesperson
     * (XYZ) Jane Doe"), whose own mention goes into the phrase.
     */
    static List<int[]> merged(Lex lex, List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        List<int[]> out = new ArrayList<>();
        int[] cur = null;
        for (int[] sp : sorted) {
            boolean pronoun = sp[2] == 3 || sp[2] == 4;
            int bridge = cur == null || pronoun || sp[0] <= cur[1] ? -1 : nameAcrossBrackets(lex, sorted, cur);
            if (bridge > 0 && sp[1] < bridge) {
                continue; // "(XYZ)": the acronym between the role and its name is part of the phrase
            }
            if (cur != null && !pronoun && cur[2] != 3 && cur[2] != 4 && (sp[0] <= cur[1] || sp[0] == bridge)
                    && !(sp[0] == cur[1] && lex.lineBreakAfter(sp[0] - 1))) { // phrases never join across a paragraph
                int end = Math.max(cur[1], sp[1]);
                // The kind of the phrase's head: a name at its end names it, else the stronger kind.
                int kind = sp[1] >= cur[1] ? (sp[2] == 1 || sp[2] == 2 ? sp[2] : Math.min(cur[2], sp[2])) : cur[2];
                cur = new int[]{cur[0], end, kind, Math.max(cur[3], sp[3])};
            } else {
                if (cur != null) {
                    out.add(cur);
                }
                cur = sp.clone();
            }
        }
        if (cur != null) {
            out.add(cur);
        }
        return out;
    }

    /**
     * Where the name after phrase {@code cur} starts when {@code cur} ends in a lower-case person
     * noun, a bracketed acronym follows it, and a name's option opens right after the bracket
     * ("spokesperson (XYZ) Jane Doe"); else -1.
     */
    private static int nameAcrossBrackets(Lex lex, List<int[]> sorted, int[] cur) {
        int head = cur[1] - 1;
        if (!lex.isWord(head) || lex.capitalised(head) || !Lexicon.PERSON_HEADS.contains(lex.key(head))) {
            return -1;
        }
        int after = BracketedAbbreviation.end(lex, cur[1]);
        if (after < 0) {
            return -1;
        }
        for (int[] sp : sorted) {
            if (sp[0] == after && sp[2] == 1) {
                return after;
            }
        }
        return -1;
    }

    private static int kind(Lex lex, People people, int[] np) {
        if (np[1] - np[0] == 1 && PRONOUNS.contains(lex.lower(np[0]))) {
            return Lexicon.pronounGender(lex.lower(np[0])) == 'p' ? 4 : 3;
        }
        return lex.capitalised(np[1] - 1) && !people.opener(np[1] - 1) ? 1 : 5;
    }

    /** "the White House press secretary": back from the head over its modifiers to a determiner. */
    private static int nounPhraseStart(Lex lex, boolean[] inQuote, int from, int head) {
        int s = head;
        while (s > from && head - s < 6 && lex.isWord(s - 1) && !inQuote[s - 1] && !lex.lineBreakAfter(s - 1)) {
            String w = lex.lower(s - 1);
            if (Lexicon.FUNCTION_WORDS.contains(w) || lex.cue(s - 1) || PRONOUNS.contains(w)) {
                break;
            }
            if (w.endsWith("ed") && !lex.capitalised(s - 1) && s - 2 >= from && lex.isWord(s - 2) && lex.capitalised(s - 2)) {
                break; // "Donald Trump attacked former nominee Mitt Romney": a verb with its subject before it
            }
            s--;
            if (Lexicon.DETERMINERS.contains(w)) {
                break;
            }
        }
        return s;
    }

    private static double[] mentionFeatures(Lex lex, boolean[] inQuote, QuoteSegment s, int[] sp, List<int[]> all,
                                            int[] ruleNp, int ss, int se) {
        double[] f = new double[FEATURES.size()];
        int a = sp[0];
        int b = sp[1];
        int k = 0;
        f[k++] = ruleNp != null && a < ruleNp[1] && ruleNp[0] < b ? 1 : 0;
        f[k++] = sp[2] == 1 ? 1 : 0;
        f[k++] = sp[2] == 2 ? 1 : 0;
        f[k++] = sp[2] == 3 ? 1 : 0;
        f[k++] = sp[2] == 4 ? 1 : 0;
        f[k++] = sp[2] == 5 ? 1 : 0;
        boolean before = b <= s.firstTok;
        boolean after = a >= s.lastTok;
        f[k++] = before ? 1 : 0;
        f[k++] = after ? 1 : 0;
        f[k++] = !before && !after ? 1 : 0;
        f[k++] = a >= ss && b <= se ? 1 : 0;
        f[k++] = b <= ss ? 1 : 0;
        f[k++] = a >= se ? 1 : 0;
        int distance = before ? s.firstTok - b : after ? a - s.lastTok : 0;
        f[k++] = Math.log1p(distance);
        boolean nearest = true;
        for (int[] o : all) {
            if (o != sp && (before && o[1] <= s.firstTok && o[0] >= b || after && o[0] >= s.lastTok && o[1] <= a)) {
                nearest = false;
            }
        }
        f[k++] = nearest ? 1 : 0;
        f[k++] = cueAfter(lex, inQuote, b) ? 1 : 0;
        int p = a - 1;
        while (p >= 0 && lex.isPunct(p, ',')) {
            p--;
        }
        boolean cueBefore = lex.isWord(p) && !inQuote[p] && lex.cue(p) && !lex.lineBreakAfter(p);
        // "described by prosecutors": the agent of a passive verb of saying is its speaker, as in "said X"
        boolean agent = p == a - 1 && PassiveAgents.passiveBy(lex, inQuote, p);
        f[k++] = cueBefore && Lexicon.INVERTING_CUES.contains(lex.lower(p)) || agent ? 1 : 0;
        f[k++] = cueBefore && !Lexicon.INVERTING_CUES.contains(lex.lower(p)) ? 1 : 0;
        f[k++] = a >= 2 && lex.lower(a - 1).equals("to") && lex.lower(a - 2).equals("according") ? 1 : 0;
        f[k++] = a == 0 || lex.lineBreakAfter(a - 1) || !inQuote[a - 1] && lex.endsSentence(a - 1)
                || lex.isPunct(a - 1, ',') || lex.isPunct(a - 1, ':') || inQuote[a - 1] ? 1 : 0;
        // the passive agent's "by" is the speaker's place, no object's
        f[k++] = !agent && lex.isWord(a - 1) && !lex.lineBreakAfter(a - 1) && PREPOSITIONS.contains(lex.lower(a - 1)) ? 1 : 0;
        f[k++] = lex.possessive(b - 1) || lex.isWord(b) && lex.lower(b).equals("'s") ? 1 : 0;
        f[k++] = lex.isPunct(b, ':') ? 1 : 0;
        // another paragraph than the quotation's: counted from its nearer end (a quotation may run over paragraphs)
        f[k++] = (before ? paragraphBreakBetween(lex, a, s.firstTok)
                : after ? paragraphBreakBetween(lex, s.lastTok - 1, a) : paragraphBreakBetween(lex, s.firstTok, a)) ? 1 : 0;
        f[k++] = sp[3];
        return f;
    }

    /** A verb of saying within a few words after {@code t} ("X said", "X, 59, told", "X has also said"). */
    private static boolean cueAfter(Lex lex, boolean[] inQuote, int t) {
        return cueAfterAt(lex, inQuote, t) >= 0;
    }

    /** The token of the verb of saying {@link #cueAfter} finds after {@code t}, or -1. */
    private static int cueAfterAt(Lex lex, boolean[] inQuote, int t) {
        int words = 0;
        for (int i = t; i < lex.size && i < t + 12 && !inQuote[i]; i++) {
            if (lex.lineBreakAfter(i - 1) && i > t) {
                return -1;
            }
            if (lex.isWord(i)) {
                if (lex.cue(i)) {
                    return i;
                }
                if (!Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(lex.lower(i)) && ++words > 4) {
                    return -1;
                }
            } else if (lex.endsSentence(i)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Is the phrase ending before {@code t} the subject of a passive verb of saying whose agent
     * follows, "She was described by prosecutors as …", "It was dubbed "…" by travel writer …",
     * "Ella Marsh — described by prosecutors as …"? The agent said the words; the subject is what
     * they describe, so it is no option ({@link PassiveAgents} finds the agent).
     */
    static boolean passiveSubject(Lex lex, boolean[] inQuote, int t) {
        int v = cueAfterAt(lex, inQuote, t);
        if (v < 0) {
            return false;
        }
        int by = v + 1;
        while (by < lex.size && by - v < 80 && inQuote[by]) {
            by++; // "dubbed "…" by": over the quotation the verb introduces
        }
        return by < lex.size && PassiveAgents.passiveBy(lex, inQuote, by);
    }

    private static boolean cueIn(Lex lex, boolean[] inQuote, int from, int to) {
        for (int t = from; t < to && t < lex.size; t++) {
            if (!inQuote[t] && lex.isWord(t) && lex.cue(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is the phrase [from, to) of a headline a possessive document before the headline's "on Y:"
     * ("Holt's Letter on the Mill: '…'")? "X on Y:" is the headline convention for "X says of Y"
     * only when X is someone (see {@link QuoteAttribution#headlineTopic}); a document's topic is no speaker.
     */
    static boolean headlineDocumentTopic(Lex lex, int from, int to) {
        if (to >= lex.headlineEnd || !possessiveBefore(lex, from, to - 1)
                || !SpeakerPhrases.DOCUMENT_HEADS.contains(Lexicon.key(lex.lower(to - 1)))
                || !lex.isWord(to) || !PREPOSITIONS.contains(lex.lower(to))) {
            return false;
        }
        for (int t = to + 1; t < lex.headlineEnd; t++) {
            if (lex.isPunct(t, ':')) {
                return true;
            }
        }
        return false;
    }

    /** "Holt's Letter": a possessive in the phrase [from, head) right before its head word. */
    private static boolean possessiveBefore(Lex lex, int from, int head) {
        return head - 1 >= from && (lex.possessive(head - 1) || lex.isWord(head - 1) && lex.lower(head - 1).equals("'s"));
    }

    /**
     * A paragraph ends between token {@code from} and token {@code to}: a break after one of from …
     * to - 1, but a paragraph ending in a colon right before {@code to}'s ("His family issued the
     * following statement:" ¶ "…") is one with the statement it introduces.
     */
    private static boolean paragraphBreakBetween(Lex lex, int from, int to) {
        return lex.isPunct(to - 1, ':') && lex.lineBreakAfter(to - 1) ? lex.lineBreakAfterAny(from, to - 1) : lex.lineBreakAfterAny(from, to);
    }
}
