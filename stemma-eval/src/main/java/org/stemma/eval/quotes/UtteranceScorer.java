package org.stemma.eval.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.stemma.eval.Measures;
import org.stemma.quote.Quote;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Scores quotations one to one, in two readings.
 *
 * <p><b>Units.</b> A gold unit is one quoted stretch (one pair of marks) of a gold quotation;
 * a predicted unit is one quotation as the extractor reports it. Its words are the tokens of
 * its quoted text, found in order inside its span (so the words of an attribution that
 * interrupts a reported quote are not counted as quoted).
 *
 * <p><b>Match.</b> A predicted and a gold unit match when their shared words are at least half
 * of each one's words; each unit matches at most once. P = matched / predicted, R = matched /
 * gold.
 *
 * <p><b>Strict</b> scores the gold units as they are. <b>Joined</b> first merges consecutive
 * gold units of the same utterance (same attribution, or the same speaker) that lie mostly
 * inside one reported quotation: {@code "A," she said. "B."} reported as one quote is one
 * utterance, and so is a quote that runs over several paragraphs. Nothing is merged for a
 * system that reports the pieces separately, so its two readings are equal.
 *
 * <p><b>Speaker.</b> Over matched gold units whose speaker is a name: right when the gold
 * name's key word is a word of the resolved speaker (PolNeAR, whose sources are as written:
 * or of the speaker as written when nothing was resolved); own gold: the same surname. Wrong
 * speakers are counted by class: a pronoun left unresolved, a role or common noun left as
 * written, the wrong person named, or no speaker at all. Own gold is also scored in the stricter
 * full-name reading ({@link FullNameMatch}), counted apart.
 */
public final class UtteranceScorer {

    /** Speaker error classes. */
    public static final String PRONOUN_LEFT = "pronoun left";
    public static final String ROLE_LEFT = "role left";
    public static final String WRONG_PERSON = "wrong person";
    public static final String NONE = "none";

    /** Counts of one reading. */
    public static final class Reading {
        public int gold;
        public int predicted;
        public int matched;
        public int goldPartial;
        public int matchedGoldPartial;
        public int speakerScored;
        public int speakerRight;
        /** Own gold: speakers right in the full-name reading ({@link FullNameMatch}), over {@link #speakerScored}. */
        public int speakerFullRight;
        /** Own gold: scored speakers by {@link FullNameMatch} class; empty for PolNeAR. */
        public final Map<String, Integer> speakerFullClasses = new LinkedHashMap<>();
        public final Map<String, Integer> speakerErrors = new LinkedHashMap<>();
        /** Every miss, extra and wrong speaker: "kind | example". */
        public final List<String> errors = new ArrayList<>();

        public double precision() {
            return Measures.share(matched, predicted);
        }

        public double recall() {
            return Measures.share(matched, gold);
        }

        public double f1() {
            return Measures.f1(precision(), recall());
        }

        public double speakerAccuracy() {
            return Measures.share(speakerRight, speakerScored);
        }

        public double speakerFullAccuracy() {
            return Measures.share(speakerFullRight, speakerScored);
        }
    }

    private final Reading strict = new Reading();
    private final Reading joined = new Reading();

    public Reading strict() {
        return strict;
    }

    public Reading joined() {
        return joined;
    }

    /** A gold unit: its words and the quotation it is part of. */
    private record GoldUnit(int[] words, GoldQuote quote, String text) {
    }

    /** Adds one article: its text, gold and predicted quotations. */
    public void add(String article, String text, List<GoldQuote> gold, List<Quote> predicted, boolean ownGold) {
        Tokens tokens = Tokenizer.tokenize(text);
        List<GoldUnit> units = units(tokens, text, gold);
        List<int[]> pred = new ArrayList<>();
        for (Quote q : predicted) {
            pred.add(quotedWords(tokens, text, q));
        }
        score(strict, article, units, predicted, pred, ownGold);
        score(joined, article, join(units, pred), predicted, pred, ownGold);
    }

    /**
     * Which predicted quotations match a gold unit in the joined reading (and the gold quotation
     * each matches), and how many joined gold units there are: the labels on which the
     * keep-or-drop decision and the speaker ranker are fitted.
     */
    public record Labels(boolean[] matched, int goldUnits, GoldQuote[] gold) {
    }

    /** The joined reading's labels of {@code predicted} against {@code gold} in {@code text}. */
    public static Labels label(String text, List<GoldQuote> gold, List<Quote> predicted) {
        Tokens tokens = Tokenizer.tokenize(text);
        List<int[]> pred = new ArrayList<>();
        for (Quote q : predicted) {
            pred.add(quotedWords(tokens, text, q));
        }
        List<GoldUnit> units = join(units(tokens, text, gold), pred);
        int[] match = match(units, pred);
        boolean[] matched = new boolean[pred.size()];
        GoldQuote[] quote = new GoldQuote[pred.size()];
        for (int u = 0; u < match.length; u++) {
            if (match[u] >= 0) {
                matched[match[u]] = true;
                quote[match[u]] = units.get(u).quote();
            }
        }
        return new Labels(matched, units.size(), quote);
    }

    private static List<GoldUnit> units(Tokens tokens, String text, List<GoldQuote> gold) {
        List<GoldUnit> units = new ArrayList<>();
        for (GoldQuote g : gold) {
            for (Span part : g.parts()) {
                int[] w = words(tokens, part);
                if (w.length > 0) {
                    units.add(new GoldUnit(w, g, part.of(text)));
                }
            }
        }
        units.sort((a, b) -> Integer.compare(a.words()[0], b.words()[0]));
        return units;
    }

    /** For each gold unit, the first unused prediction sharing at least half of each side's words, or -1. */
    private static int[] match(List<GoldUnit> units, List<int[]> pred) {
        int[] out = new int[units.size()];
        boolean[] predUsed = new boolean[pred.size()];
        for (int u = 0; u < units.size(); u++) {
            GoldUnit g = units.get(u);
            out[u] = -1;
            for (int i = 0; i < pred.size(); i++) {
                int o = overlap(pred.get(i), g.words());
                if (!predUsed[i] && 2 * o >= g.words().length && 2 * o >= pred.get(i).length && o > 0) {
                    out[u] = i;
                    predUsed[i] = true;
                    break;
                }
            }
        }
        return out;
    }

    private static void score(Reading r, String article, List<GoldUnit> units, List<Quote> predicted,
                              List<int[]> pred, boolean ownGold) {
        r.gold += units.size();
        r.predicted += predicted.size();
        boolean[] predUsed = new boolean[pred.size()];
        int[] match = match(units, pred);
        for (int u = 0; u < units.size(); u++) {
            GoldUnit g = units.get(u);
            if (g.quote().partial()) {
                r.goldPartial++;
            }
            int best = match[u];
            if (best < 0) {
                r.errors.add((g.quote().partial() ? "missed partial" : "missed full") + " | " + article + ": \u201C" + cut(g.text()) + "\u201D");
                continue;
            }
            predUsed[best] = true;
            r.matched++;
            if (g.quote().partial()) {
                r.matchedGoldPartial++;
            }
            GoldQuote gq = g.quote();
            if (gq.speakerKey() == null) {
                continue;
            }
            r.speakerScored++;
            Quote q = predicted.get(best);
            String said = ownGold ? q.speaker() : q.speaker() != null ? q.speaker() : q.speakerAsWritten();
            boolean right = ownGold ? QuoteScorer.sameSpeaker(said, gq.speaker()) : QuoteScorer.containsWord(said, gq.speakerKey());
            String example = article + ": \u201C" + cut(g.text()) + "\u201D gold "
                    + gq.speakerAsWritten() + (gq.speaker() != null ? " (" + gq.speaker() + ")" : "")
                    + ", ours " + q.speakerAsWritten() + " \u2192 " + q.speaker();
            if (right) {
                r.speakerRight++;
            } else {
                String kind = speakerClass(q);
                r.speakerErrors.merge(kind, 1, Integer::sum);
                r.errors.add("speaker: " + kind + " | " + example);
            }
            if (ownGold) {
                String full = FullNameMatch.classify(said, gq.speaker());
                r.speakerFullClasses.merge(full, 1, Integer::sum);
                if (full.equals(FullNameMatch.SAME)) {
                    r.speakerFullRight++;
                }
                String differs = QuoteScorer.fullNameDiffers(right, full);
                if (differs != null) {
                    r.errors.add(differs + " | " + example);
                }
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!predUsed[i]) {
                Quote q = predicted.get(i);
                r.errors.add((q.partial() ? "extra partial" : "extra full") + " | " + article + ": \u201C" + cut(q.text()) + "\u201D");
            }
        }
    }

    /**
     * The class of a wrong speaker: nothing attributed, a pronoun or a role phrase left as
     * written (no person resolved), or a person named who is not the speaker.
     */
    static String speakerClass(Quote q) {
        String w = q.speakerAsWritten();
        String s = q.speaker();
        if (w == null && s == null) {
            return NONE;
        }
        boolean resolvedToName = s != null && !s.equals(w) && s.chars().anyMatch(Character::isUpperCase);
        if (resolvedToName) {
            return WRONG_PERSON;
        }
        String lw = w == null ? s.toLowerCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT);
        if (lw.matches("he|she|him|her|they|we|i|it|you")) {
            return PRONOUN_LEFT;
        }
        if (!lw.equals(w == null ? s : w)) {
            // As written with capitals: a name (or an organisation's name) that is not the speaker.
            return WRONG_PERSON;
        }
        return ROLE_LEFT;
    }

    /** Gold units of one utterance that one reported quotation covers become one unit. */
    private static List<GoldUnit> join(List<GoldUnit> units, List<int[]> pred) {
        List<GoldUnit> out = new ArrayList<>();
        int[] home = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            home[u] = -1;
            for (int i = 0; i < pred.size(); i++) {
                if (2 * overlap(pred.get(i), units.get(u).words()) >= units.get(u).words().length) {
                    home[u] = i;
                    break;
                }
            }
        }
        for (int u = 0; u < units.size(); u++) {
            GoldUnit cur = units.get(u);
            if (!out.isEmpty() && home[u] >= 0 && home[u - 1] == home[u] && sameUtterance(out.get(out.size() - 1).quote(), cur.quote())) {
                GoldUnit prev = out.remove(out.size() - 1);
                int[] w = java.util.stream.IntStream.concat(java.util.Arrays.stream(prev.words()),
                        java.util.Arrays.stream(cur.words())).distinct().sorted().toArray();
                out.add(new GoldUnit(w, prev.quote(), prev.text() + " \u2026 " + cur.text()));
                continue;
            }
            out.add(cur);
        }
        return out;
    }

    private static boolean sameUtterance(GoldQuote a, GoldQuote b) {
        if (a == b) {
            return true;
        }
        String sa = a.speaker() != null ? a.speaker() : a.speakerAsWritten();
        String sb = b.speaker() != null ? b.speaker() : b.speakerAsWritten();
        return sa != null && sb != null && sa.equalsIgnoreCase(sb) || Objects.equals(a.speakerKey(), b.speakerKey()) && a.speakerKey() != null;
    }

    /** Token indexes (ascending) of a predicted quote's quoted words: its text's tokens found in order inside its span. */
    static int[] quotedWords(Tokens tokens, String text, Quote q) {
        Tokens own = Tokenizer.tokenize(q.text());
        List<Integer> out = new ArrayList<>();
        int t = tokens.tokenAtOrAfter(q.span().start());
        for (int k = 0; k < own.size(); k++) {
            String term = own.term(k);
            int look = t;
            while (look < tokens.size() && tokens.start(look) < q.span().end() && !tokens.term(look).equals(term)) {
                look++;
            }
            if (look < tokens.size() && tokens.start(look) < q.span().end()) {
                out.add(look);
                t = look + 1;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] words(Tokens tokens, Span s) {
        List<Integer> out = new ArrayList<>();
        for (int t = tokens.tokenAtOrAfter(s.start()); t < tokens.size() && tokens.start(t) < s.end(); t++) {
            out.add(t);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Overlap of two ascending token-index arrays. */
    static int overlap(int[] a, int[] b) {
        return QuoteScorer.overlap(a, b);
    }

    private static String cut(String s) {
        String t = s.replace('\n', ' ');
        return t.length() <= 90 ? t : t.substring(0, 87) + "...";
    }
}
