package org.stemma.quote;

import java.util.ArrayList;
import java.util.List;
import org.stemma.article.Article;
import org.stemma.quote.QuoteSegment.Attribution;
import org.stemma.text.Span;
import org.stemma.text.Tokens;

/**
 * Finds the direct quotations of an article and who said them.
 *
 * <p><b>Spans.</b> Quoted stretches come from {@link QuoteMarks} (double marks of every common
 * style, single marks outside them, quotes running across paragraphs). A quote interrupted by
 * its attribution ({@code "A," he said, "B."}) becomes one quotation whose text is both parts.
 * A span never includes text outside the marks.
 *
 * <p><b>Partial quotes.</b> A quoted fragment that is part of the author's own sentence ({@code
 * asked the council to take "appropriate measures" against Kiev}) is kept and flagged partial
 * when its sentence has a verb of saying or an attribution; without one it is a scare quote, a
 * title or a nickname, and is not a quotation.
 *
 * <p><b>Speakers.</b> The attribution is looked for after the quote in its sentence ({@code ,"
 * the official warned.}, {@code ," said X.}), then before it ({@code X said: "},
 * {@code According to X, "}, {@code X: "}, {@code X told RT that "}). A full quote without
 * one, following a quote of the same paragraph or the previous one, inherits that speaker
 * ({@link QuoteAttribution} finds the attribution, {@link SpeakerRanker} weighs the mentions
 * around the quote). The speaker as written is resolved by {@link SpeakerResolver} and {@link People}: pronouns to the last person mentioned (of a
 * matching gender when the article shows it), role phrases to the person the article gave that
 * role, surnames to the full name, titles stripped.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor {

    /**
     * The direct quotations of every article, article by article in list order and in text
     * order within each: the same list as extracting them one after the other, found on all
     * cores (quotation finding is a third to a half of a whole-corpus analysis).
     */
    public static List<Quote> extractAll(List<Article> articles) {
        return extractAll(articles, null);
    }

    /**
     * As {@link #extractAll(List)}, reading each article's words from {@code tokensOrNull[i]}
     * (the analysis's one tokenised form of article {@code i}'s text) instead of tokenising
     * the text again; null tokenises.
     */
    public static List<Quote> extractAll(List<Article> articles, Tokens[] tokensOrNull) {
        QuoteExtractor extractor = new QuoteExtractor();
        return java.util.stream.IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> extractor.extract(articles.get(i), tokensOrNull == null ? null : tokensOrNull[i]))
                .flatMap(List::stream).toList();
    }

    /** The direct quotations of {@code article}, in text order. */
    public List<Quote> extract(Article article) {
        return extract(article, null);
    }

    /** As {@link #extract(Article)}, with the text's tokens if the caller has them (else null). */
    public List<Quote> extract(Article article, Tokens tokensOrNull) {
        List<Quote> out = new ArrayList<>();
        for (QuoteCandidate c : candidates(article, tokensOrNull, false)) {
            if (c.kept()) {
                out.add(c.quote());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every quoted stretch of {@code article} the mark scanner finds, in text order, read as a
     * quotation (speaker, cue, partial flag), with the features and the probability on which
     * {@link QuoteDecision} keeps it or not. {@link #extract} reports the kept ones.
     */
    public List<QuoteCandidate> candidates(Article article) {
        return candidates(article, null);
    }

    /** As {@link #candidates(Article)}, with the text's tokens if the caller has them (else null). */
    public List<QuoteCandidate> candidates(Article article, Tokens tokensOrNull) {
        return candidates(article, tokensOrNull, true);
    }

    /**
     * {@code nameOptions}: tell for every speaker option whom it would name ({@link
     * SpeakerOption#speaker}); {@link #extract} does not need it, and it costs a tenth of the time.
     */
    private List<QuoteCandidate> candidates(Article article, Tokens tokensOrNull, boolean nameOptions) {
        String text = article.text();
        List<QuoteMarks.Piece> pieces = QuoteMarks.scan(text);
        if (pieces.isEmpty()) {
            return List.of();
        }
        Lex lex = tokensOrNull != null && tokensOrNull.text().equals(text) ? Lex.of(tokensOrNull) : Lex.of(text);
        boolean[] inQuote = new boolean[lex.size];
        for (QuoteMarks.Piece p : pieces) {
            int a = lex.tokenAt(p.markStart());
            int b = lex.tokenAt(Math.max(p.markEnd(), p.end()));
            for (int t = a; t < b; t++) {
                inQuote[t] = true;
            }
        }
        People people = People.index(lex, inQuote);
        List<QuoteSegment> segs = segments(pieces, lex);
        segs = joinInterrupted(segs, lex, inQuote);
        for (int i = 0; i < segs.size(); i++) {
            QuoteSegment s = segs.get(i);
            QuoteAttribution.attribute(s, lex, inQuote);
            if (s.attr == null && i > 0 && segs.get(i - 1).attr != null
                    && sameSentence(lex, segs.get(i - 1).lastTok, s.firstTok)) {
                // "..., pledging that "B"": the sentence's speaker says this too.
                s.attr = segs.get(i - 1).attr;
                s.sharedAttribution = true;
            }
            if (s.attr == null && s.partial) {
                // "Reid has gone after Trump as a "con artist"": a reader takes the wording for
                // the sentence's subject's when no verb of saying names anyone else.
                int[] np = SentenceSubjects.sentenceSubject(lex, inQuote, s.firstTok);
                if (np != null) {
                    s.attr = new Attribution(null, np[0], np[1]);
                    s.bySubject = true;
                }
            }
        }
        segs = joinContinued(segs, lex);
        List<QuoteCandidate> out = new ArrayList<>();
        QuoteSegment previous = null;
        QuoteSegment before = null;
        for (QuoteSegment s : segs) {
            double[] features = QuoteFeatures.of(lex, inQuote, people, s, before);
            before = s;
            double probability = QuoteDecision.probability(features);
            boolean kept = QuoteDecision.keep(features);
            String asWritten = null;
            String speaker = null;
            String cue = s.attr == null ? null : s.attr.cue();
            int[] ruleNp = null;
            if (s.attr != null && s.attr.npEnd() > s.attr.npStart()) {
                int[] np = SpeakerResolver.appositiveName(lex, s.attr.npStart(), s.attr.npEnd());
                ruleNp = np != null ? np : new int[]{s.attr.npStart(), s.attr.npEnd()};
                if (ruleNp[1] - ruleNp[0] == 1 && people.opener(ruleNp[0])) {
                    // "Hours later, Trump …": the word opening the adverbial is no name; its subject speaks.
                    ruleNp = SentenceSubjects.subjectAfterOpening(lex, inQuote, ruleNp[0]);
                }
            }
            boolean afterQuote = !s.partial && previous != null
                    && paragraphsBetween(text, previous.markEnd(), s.markStart()) <= 1;
            List<SpeakerRanker.Option> options = SpeakerRanker.options(lex, inQuote, people, s, ruleNp, afterQuote);
            SpeakerRanker.Option chosen = SpeakerRanker.best(lex, inQuote, s, options);
            if (ruleNp != null && DashAttribution.credit(s.attr)) {
                // "- Jane Doe, Riverton." below a quote alone in its paragraph: the credit line names its speaker.
                for (SpeakerRanker.Option o : options) {
                    chosen = o.start() == ruleNp[0] && o.end() == ruleNp[1] ? o : chosen;
                }
            }
            // What every other option would name, asked before the chosen one is noted as the speaker.
            String[] named = new String[options.size()];
            for (int k = 0; k < named.length; k++) {
                SpeakerRanker.Option o = options.get(k);
                if (o != chosen && nameOptions) {
                    named[k] = o.continuation() ? voiceGoingOn(lex, people, s, previous, afterQuote)
                            : SpeakerResolver.orBody(lex, o.start(), o.end(), people, o.meant());
                }
            }
            boolean attributed = !chosen.continuation();
            if (attributed) {
                asWritten = text.substring(lex.start[chosen.start()], lex.end[chosen.end() - 1]);
                speaker = SpeakerResolver.resolve(lex, chosen.start(), chosen.end(), people);
            } else {
                speaker = voiceGoingOn(lex, people, s, previous, afterQuote);
            }
            if (kept) {
                s.speaker = speaker;
                previous = s;
            }
            List<SpeakerOption> speakers = new ArrayList<>(options.size());
            for (int k = 0; k < named.length; k++) {
                SpeakerRanker.Option o = options.get(k);
                speakers.add(new SpeakerOption(SpeakerRanker.span(lex, o), o.features(), o.score(), o == chosen,
                        o == chosen ? speaker : named[k]));
            }
            out.add(new QuoteCandidate(toQuote(article.id(), text, s, asWritten, speaker, cue), features, probability, kept,
                    s.pieces.get(0).single(), speakers));
        }
        return repeated(out);
    }

    /**
     * The speaker of quotation {@code s} when no mention beside it is its speaker: straight after
     * a quote ({@code afterQuote}, {@code previous} the last one kept), the same voice goes on,
     * unless its paragraph turned to someone else first; else the person the text was just about
     * (a quote paragraph after "Valastro praised Christie's leadership ..."). Null when nobody.
     */
    private static String voiceGoingOn(Lex lex, People people, QuoteSegment s, QuoteSegment previous, boolean afterQuote) {
        if (afterQuote) {
            Person p = SpeakerResolver.turnedTo(lex, people, previous.lastTok, s.markStart());
            return p == null ? previous.speaker : p.canonical();
        }
        Person p = people.salientBefore(s.markStart());
        return p == null ? null : p.canonical();
    }

    /**
     * A quotation with no speaker beside it whose words the article quotes again with an
     * attribution (a subheading or a headline that repeats a line of the body: "My fears have
     * been realized" above "Morrison told the committee, "… My fears have been realized."")
     * is that speaker's: a reader takes it so. Only for three words or more, and only when every
     * attributed quotation holding the words names the same speaker.
     */
    private static List<QuoteCandidate> repeated(List<QuoteCandidate> cands) {
        List<QuoteCandidate> out = new ArrayList<>(cands);
        String[] norm = null; // the attributed quotations' words, made once when some quotation needs them
        for (int i = 0; i < out.size(); i++) {
            QuoteCandidate c = out.get(i);
            Quote q = c.quote();
            if (!c.kept() || q.speakerAsWritten() != null) {
                continue;
            }
            String words = normalised(q.text());
            if (words.chars().filter(ch -> ch == ' ').count() + 1 < REPEATED_MIN_WORDS) {
                continue;
            }
            String padded = " " + words + " ";
            if (norm == null) {
                norm = new String[cands.size()];
                for (int j = 0; j < norm.length; j++) {
                    Quote o = cands.get(j).quote();
                    boolean source = cands.get(j).kept() && o.speakerAsWritten() != null && o.speaker() != null;
                    norm[j] = source ? " " + normalised(o.text()) + " " : null;
                }
            }
            String found = null;
            boolean agree = true;
            for (int j = 0; j < cands.size() && agree; j++) {
                if (j == i || norm[j] == null || !norm[j].contains(padded)) {
                    continue;
                }
                Quote o = cands.get(j).quote();
                agree = found == null || found.equals(o.speaker());
                found = o.speaker();
            }
            if (found != null && agree && !found.equals(q.speaker())) {
                Quote moved = new Quote(q.article(), q.span(), q.text(), q.partial(), null, found, q.cue());
                out.set(i, new QuoteCandidate(moved, c.features(), c.probability(), c.kept(), c.singleMarks(), c.speakers()));
            }
        }
        return List.copyOf(out);
    }

    /** Words a repeated quotation needs to take the speaker of the quotation repeating it. */
    private static final int REPEATED_MIN_WORDS = 3;

    /** Lower-case letters and digits, every other run of characters one space. */
    private static String normalised(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                b.append(Character.toLowerCase(ch));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
    }

    private static Quote toQuote(String id, String text, QuoteSegment s, String asWritten, String speaker, String cue) {
        StringBuilder words = new StringBuilder();
        for (QuoteMarks.Piece p : s.pieces) {
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(text, p.start(), p.end());
        }
        Span span = new Span(s.pieces.get(0).start(), s.pieces.get(s.pieces.size() - 1).end());
        return new Quote(id, span, words.toString(), s.partial, asWritten, speaker, cue);
    }

    private static int paragraphsBetween(String text, int from, int to) {
        int n = 0;
        boolean blankRun = false;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                if (!blankRun) {
                    n++;
                }
                blankRun = true;
            } else if (!Character.isWhitespace(text.charAt(i))) {
                blankRun = false;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ segments

    private static List<QuoteSegment> segments(List<QuoteMarks.Piece> pieces, Lex lex) {
        List<QuoteSegment> segs = new ArrayList<>();
        java.util.Map<Integer, QuoteSegment> byRun = new java.util.HashMap<>();
        for (QuoteMarks.Piece p : pieces) {
            QuoteSegment s = byRun.get(p.run());
            if (s == null) {
                s = new QuoteSegment();
                byRun.put(p.run(), s);
                segs.add(s);
            }
            s.pieces.add(p);
        }
        for (QuoteSegment s : segs) {
            s.firstTok = lex.tokenAt(s.markStart());
            s.lastTok = lex.tokenAt(s.markEnd());
        }
        return segs;
    }

    /** Merges {@code "A," he said, "B."} into one quotation. */
    private static List<QuoteSegment> joinInterrupted(List<QuoteSegment> segs, Lex lex, boolean[] inQuote) {
        List<QuoteSegment> out = new ArrayList<>();
        for (QuoteSegment s : segs) {
            if (!out.isEmpty()) {
                QuoteSegment prev = out.get(out.size() - 1);
                QuoteMarks.Piece last = prev.pieces.get(prev.pieces.size() - 1);
                if (last.closed() && sameStyle(lex, prev, s)
                        && !sentenceThenNewSentence(lex, last, prev.lastTok)
                        && interruption(lex, prev.lastTok, s.firstTok)) {
                    if (prev.interStart < 0) {
                        prev.interStart = prev.lastTok;
                        prev.interEnd = s.firstTok;
                    }
                    prev.pieces.addAll(s.pieces);
                    prev.lastTok = s.lastTok;
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Merges {@code "A," said X. "B."}: a full quote with no attribution of its own, straight after
     * an attribution that followed the previous quote in the same paragraph, continues it.
     */
    private static List<QuoteSegment> joinContinued(List<QuoteSegment> segs, Lex lex) {
        List<QuoteSegment> out = new ArrayList<>();
        for (QuoteSegment s : segs) {
            if (!out.isEmpty() && s.attr == null && !s.partial) {
                QuoteSegment prev = out.get(out.size() - 1);
                boolean sameParagraph = true;
                for (int t = prev.lastTok - 1; t < s.firstTok; t++) {
                    if (lex.lineBreakAfter(t)) {
                        sameParagraph = false;
                    }
                }
                if (prev.attr != null && prev.attrAfter && !prev.partial && sameParagraph
                        && s.firstTok - prev.lastTok <= 16 && sameStyle(lex, prev, s)) {
                    prev.pieces.addAll(s.pieces);
                    prev.lastTok = s.lastTok;
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Two quotes in the same marks, double or single; single-quoted ones not in the headline,
     * where single marks quote several voices side by side ('A' … 'B'). The British style quotes
     * with single marks: 'A,' she said, 'B.' is one quotation as its double-quoted form is.
     */
    private static boolean sameStyle(Lex lex, QuoteSegment prev, QuoteSegment s) {
        boolean single = prev.pieces.get(prev.pieces.size() - 1).single();
        return single == s.pieces.get(0).single() && (!single || prev.firstTok >= lex.headlineEnd);
    }

    private static boolean sameSentence(Lex lex, int from, int to) {
        for (int t = Math.max(0, from - 2); t < to; t++) {
            if (lex.endsSentence(t) || lex.lineBreakAfter(t) && t >= from) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code "A." To which she said, "B."}: the first quote ends its sentence and the words after
     * it open a new one, which introduces the next quote (often another voice's) rather than
     * interrupting this one.
     */
    private static boolean sentenceThenNewSentence(Lex lex, QuoteMarks.Piece last, int next) {
        int end = last.end() - 1;
        while (end > last.start() && Character.isWhitespace(lex.text.charAt(end))) {
            end--;
        }
        return ".!?".indexOf(lex.text.charAt(end)) >= 0 && lex.capitalised(next);
    }

    /**
     * A second verb of saying, finite and with a subject of its own, between two quotes ("A," Cruz
     * said as the heckler yelled: "B!"; "A," but Trump said he responded: "B"): the clause
     * introduces the next quote, often another voice's, so it is no aside inside one quotation.
     * The verb's subject is the word before it: a pronoun, a name or a noun after a determiner;
     * "said, adding" (a participle), "said, and added", "said but added" and "said Smith, who
     * added" go on with the first speaker.
     */
    private static boolean secondClauseOfSaying(Lex lex, int t) {
        if (t == 0 || !lex.isWord(t - 1) || lex.lower(t).endsWith("ing")) {
            return false;
        }
        String before = lex.lower(t - 1);
        boolean pronoun = Lexicon.pronounGender(before) != 0 && !Lexicon.DETERMINERS.contains(before); // not "his", "her"
        return pronoun || lex.capitalised(t - 1)
                || t >= 2 && lex.isWord(t - 2) && Lexicon.DETERMINERS.contains(lex.lower(t - 2));
    }

    /** Tokens [from, to) between two quotes are only an attribution clause ending in , or : */
    private static boolean interruption(Lex lex, int from, int to) {
        if (to <= from || to - from > 16 || from > 0 && lex.lineBreakAfter(from - 1)) {
            // A paragraph break straight after the close opens a new paragraph, not an aside.
            return false;
        }
        boolean cue = false;
        for (int t = from; t < to; t++) {
            if (lex.lineBreakAfter(t) && t < to - 1) {
                return false;
            }
            if (lex.kind[t] == Lex.PUNCT && lex.endsSentence(t)) {
                return false;
            }
            if (lex.isWord(t) && lex.cue(t)) {
                if (cue && secondClauseOfSaying(lex, t)) {
                    return false;
                }
                cue = true;
            }
        }
        char lastChar = lex.text.charAt(lex.start[to - 1]);
        return cue && (lastChar == ',' || lastChar == ':' || lastChar == '\u2014' || lastChar == ';');
    }
}
