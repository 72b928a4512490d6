package org.stemma.eval.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stemma.eval.Measures;
import org.stemma.quote.Quote;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * Scores predicted quotations against gold ones, article by article.
 *
 * <p><b>Match.</b> "Mostly the same words", counted word by word so that quotes the gold and
 * the extractor split differently (one quote across two paragraphs, or two) are not punished
 * twice: a predicted quotation is right when at least half of its words lie inside gold
 * quotations of the same article; a gold quotation is found when at least half of its words lie
 * inside predicted ones. Precision = right / predicted, recall = found / gold. Words are the
 * tokens of a predicted quote's span and of a gold quote's parts.
 *
 * <p><b>Speaker.</b> Over found gold quotations whose speaker is a name, the predicted quote
 * sharing most words with it is compared: it is right
 * when the gold name's key word (its surname: "Conway" for "Trump campaign manager Kellyanne
 * Conway") is a word of the predicted speaker: the resolved speaker, or the speaker as written
 * when nothing was resolved (PolNeAR's sources are unresolved, so "Mr. Lou" checks "Lou"
 * against "Lou Jiwei"). For Stemma's own gold, whose speakers are resolved, only the resolved
 * speaker counts, and it is right when it shares the gold's surname (either way round, for
 * names written surname first). Beside it, own gold is also scored in the stricter full-name
 * reading ({@link FullNameMatch}), which the printed figures of this series leave unchanged.
 */
public final class QuoteScorer {

    /** Counts and a few examples per error kind. */
    public static final class Result {
        public int articles;
        public int gold;
        public int predicted;
        /** Predicted quotes whose words are mostly gold quote words. */
        public int matched;
        /** Gold quotes whose words are mostly predicted quote words. */
        public int found;
        public int goldFull;
        public int goldPartial;
        public int predFull;
        public int predPartial;
        public int matchedGoldFull;
        public int matchedGoldPartial;
        public int matchedPredFull;
        public int matchedPredPartial;
        public int flagAgree;
        public int speakerScored;
        public int speakerRight;
        /** Own gold: speakers right in the full-name reading ({@link FullNameMatch}), over {@link #speakerScored}. */
        public int speakerFullRight;
        /** Own gold: scored speakers by {@link FullNameMatch} class; empty for PolNeAR. */
        public final Map<String, Integer> speakerFullClasses = new LinkedHashMap<>();
        public final Map<String, Integer> errorCounts = new LinkedHashMap<>();
        public final Map<String, String> errorExample = new LinkedHashMap<>();

        /** Every error, "kind | example", in the order met (for --errors). */
        public final List<String> errors = new ArrayList<>();

        void error(String kind, String example) {
            errors.add(kind + " | " + example);
            errorCounts.merge(kind, 1, Integer::sum);
            errorExample.putIfAbsent(kind, example);
        }

        public double precision() {
            return Measures.share(matched, predicted);
        }

        public double recall() {
            return Measures.share(found, gold);
        }

        public double f1() {
            return Measures.f1(precision(), recall());
        }

        public double fullPrecision() {
            return Measures.share(matchedPredFull, predFull);
        }

        public double fullRecall() {
            return Measures.share(matchedGoldFull, goldFull);
        }

        public double partialPrecision() {
            return Measures.share(matchedPredPartial, predPartial);
        }

        public double partialRecall() {
            return Measures.share(matchedGoldPartial, goldPartial);
        }

        public double speakerAccuracy() {
            return Measures.share(speakerRight, speakerScored);
        }

        public double speakerFullAccuracy() {
            return Measures.share(speakerFullRight, speakerScored);
        }
    }

    /** Share of a quote's words that must lie in the other side's quotes. */
    public static final double MIN_OVERLAP = 0.5;

    private final Result result = new Result();

    public Result result() {
        return result;
    }

    /** Adds one article: its text, gold and predicted quotations. */
    public void add(String article, String text, List<GoldQuote> gold, List<Quote> predicted, boolean ownGold) {
        result.articles++;
        Tokens tokens = Tokenizer.tokenize(text);
        int n = tokens.size();
        boolean[] goldCover = new boolean[n];
        boolean[] predCover = new boolean[n];
        List<int[]> g = new ArrayList<>();
        for (GoldQuote q : gold) {
            int[] w = words(tokens, q.parts());
            g.add(w);
            for (int t : w) {
                goldCover[t] = true;
            }
        }
        List<int[]> p = new ArrayList<>();
        for (Quote q : predicted) {
            int[] w = words(tokens, List.of(q.span()));
            p.add(w);
            for (int t : w) {
                predCover[t] = true;
            }
        }
        for (int j = 0; j < gold.size(); j++) {
            GoldQuote gq = gold.get(j);
            int[] w = g.get(j);
            result.gold++;
            if (gq.partial()) {
                result.goldPartial++;
            } else {
                result.goldFull++;
            }
            int covered = count(w, predCover);
            String ex = article + ": \u201C" + cut(gq.text()) + "\u201D";
            if (w.length > 0 && covered >= MIN_OVERLAP * w.length) {
                result.found++;
                if (gq.partial()) {
                    result.matchedGoldPartial++;
                } else {
                    result.matchedGoldFull++;
                }
                // The predicted quote sharing most words speaks for this gold quote.
                int best = -1;
                int bestOverlap = 0;
                for (int i = 0; i < p.size(); i++) {
                    int o = overlap(p.get(i), w);
                    if (o > bestOverlap) {
                        bestOverlap = o;
                        best = i;
                    }
                }
                Quote q = predicted.get(best);
                if (q.partial() == gq.partial()) {
                    result.flagAgree++;
                }
                if (gq.speakerKey() != null) {
                    result.speakerScored++;
                    String said = ownGold ? q.speaker() : q.speaker() != null ? q.speaker() : q.speakerAsWritten();
                    boolean right = ownGold ? sameSpeaker(said, gq.speaker()) : containsWord(said, gq.speakerKey());
                    String sx = article + ": \u201C" + cut(gq.text()) + "\u201D gold " + gq.speakerAsWritten()
                            + (gq.speaker() != null ? " (" + gq.speaker() + ")" : "")
                            + ", ours " + q.speakerAsWritten() + " \u2192 " + q.speaker();
                    if (right) {
                        result.speakerRight++;
                    } else {
                        result.error(speakerErrorKind(q), sx);
                    }
                    if (ownGold) {
                        fullName(result, right, said, gq.speaker(), sx);
                    }
                }
            } else if (covered > 0) {
                result.error("missed: span differs from the gold (fewer than half its words extracted)", ex);
            } else if (gq.partial()) {
                result.error("missed: partial quote not extracted", ex);
            } else {
                result.error("missed: full quote not extracted", ex);
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            Quote q = predicted.get(i);
            int[] w = p.get(i);
            result.predicted++;
            if (q.partial()) {
                result.predPartial++;
            } else {
                result.predFull++;
            }
            int covered = count(w, goldCover);
            if (w.length > 0 && covered >= MIN_OVERLAP * w.length) {
                result.matched++;
                if (q.partial()) {
                    result.matchedPredPartial++;
                } else {
                    result.matchedPredFull++;
                }
                continue;
            }
            String ex = article + ": \u201C" + cut(q.text()) + "\u201D";
            if (covered > 0) {
                result.error("extra: span differs from the gold (fewer than half its words are gold)", ex);
            } else if (q.partial()) {
                result.error("extra: partial fragment the gold does not count", ex);
            } else {
                result.error("extra: full quote the gold does not count", ex);
            }
        }
    }

    /**
     * Counts one own-gold speaker in the full-name reading; a quotation the two readings judge
     * differently goes to the error list under a kind of its own ("speaker (full name): …"),
     * kept out of {@link Result#errorCounts} so the current reading's kinds stay as they were.
     */
    static void fullName(Result r, boolean rightByLastWord, String ours, String gold, String example) {
        String kind = FullNameMatch.classify(ours, gold);
        r.speakerFullClasses.merge(kind, 1, Integer::sum);
        boolean right = kind.equals(FullNameMatch.SAME);
        if (right) {
            r.speakerFullRight++;
        }
        String differs = fullNameDiffers(rightByLastWord, kind);
        if (differs != null) {
            r.errors.add(differs + " | " + example);
        }
    }

    /** The error kind of a speaker the two readings judge differently, else null. */
    static String fullNameDiffers(boolean rightByLastWord, String kind) {
        boolean right = kind.equals(FullNameMatch.SAME);
        if (rightByLastWord == right) {
            return null;
        }
        return right ? FULL_NAME_KIND + "right, wrong by the last word" : FULL_NAME_KIND + kind;
    }

    /** Prefix of the error kinds of the full-name reading. */
    public static final String FULL_NAME_KIND = "speaker (full name): ";

    private static int count(int[] words, boolean[] cover) {
        int c = 0;
        for (int t : words) {
            if (cover[t]) {
                c++;
            }
        }
        return c;
    }

    /** Overlap of two sorted token-index arrays. */
    static int overlap(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int c = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                c++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return c;
    }

    private static String speakerErrorKind(Quote q) {
        if (q.speakerAsWritten() == null) {
            return q.speaker() == null ? "speaker: no attribution found" : "speaker: inherited from the previous quote, wrongly";
        }
        String w = q.speakerAsWritten().toLowerCase(Locale.ROOT);
        if (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her")) {
            return q.speaker() == null ? "speaker: pronoun left unresolved" : "speaker: pronoun resolved to the wrong person";
        }
        if (!Character.isUpperCase(q.speakerAsWritten().charAt(0)) && !q.speakerAsWritten().matches(".*\\s\\p{Lu}.*")) {
            return "speaker: role phrase or wrong subject";
        }
        return "speaker: wrong name picked as speaker";
    }

    static boolean containsWord(String phrase, String word) {
        if (phrase == null) {
            return false;
        }
        Tokens key = Tokenizer.tokenize(PolnearGold.stripPossessive(word));
        Tokens t = Tokenizer.tokenize(phrase);
        java.util.Set<String> terms = new java.util.HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            terms.add(PolnearGold.stripPossessive(t.term(i)));
        }
        if (key.size() == 0) {
            return false;
        }
        for (int i = 0; i < key.size(); i++) {
            if (!terms.contains(key.term(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Own gold: the gold speaker's last word is a word of ours, or (names written surname
     * first, "Liu" for "Liu Xiaming") our speaker's last word is a word of the gold's.
     */
    static boolean sameSpeaker(String ours, String gold) {
        if (ours == null || gold == null) {
            return false;
        }
        String[] g = gold.trim().split("\\s+");
        String[] o = ours.trim().split("\\s+");
        return containsWord(ours, g[g.length - 1]) || containsWord(gold, o[o.length - 1]);
    }

    /** Indexes (ascending) of the tokens lying inside the spans. */
    private static int[] words(Tokens tokens, List<Span> spans) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (Span s : spans) {
            for (int t = tokens.tokenAtOrAfter(s.start()); t < tokens.size() && tokens.start(t) < s.end(); t++) {
                out.add(t);
            }
        }
        int[] a = new int[out.size()];
        int k = 0;
        for (int t : out) {
            a[k++] = t;
        }
        return a;
    }

    private static String cut(String s) {
        String t = s.replace('\n', ' ');
        return t.length() <= 90 ? t : t.substring(0, 87) + "...";
    }
}
