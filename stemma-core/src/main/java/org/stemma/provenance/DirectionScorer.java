package org.stemma.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.text.QuoteGlyphs;

/**
 * The evidence from outside the shared text on which of two linked articles derives from the
 * other, as signed log-odds (positive: the link's article a is the source) with a reason in
 * words: publication dates (when both are known and differ); related-article headlines of one
 * page leaked into the other's text; explicit credit of the other's outlet or page; a declaration
 * that the text comes from elsewhere ("Source: News websites"). These weights are set by hand,
 * not fitted: the real copying the copy model was fitted on ({@link CopyModel}) has no dates,
 * pages or outlets. Also the change events between the two texts ({@link ChangeEvents}).
 */
final class DirectionScorer {

    static final double DATE = 3.0;
    static final double LEAK = 3.0;
    static final double LEAK_SUBSET = 2.0;
    static final double CREDIT = 3.0;
    /** A dateline or credit naming another source ("(AFP) —"): weak, an agency's own copy carries it too. */
    static final double ELSEWHERE = 0.3;
    /**
     * A page's statement that its text was compiled from unnamed others ("Source: News websites",
     * "agencies"): an original does not say that of itself.
     */
    static final double ELSEWHERE_UNNAMED = 1.0;

    private DirectionScorer() {
    }

    /**
     * One piece of outside direction evidence: weight &gt; 0 favours the link's a as the source.
     *
     * @param signal what it rests on (see {@link Evidence#signal()})
     * @param text   the reason in words, naming articles by their {@link ArticleLabel}
     */
    record Signal(String signal, double weight, String text) {
    }

    /** The evidence between the two articles of one link. */
    record Pair(Link link, ArticleFacts a, ArticleFacts b, List<Signal> signals, boolean sharedHeadline,
                int dateOrder, ChangeEvents changes, double externalScore, double leak) {
    }

    /** The outside evidence (dates, leaked headlines, credit, a declared source) and the change events of one link. */
    static Pair score(Link link, ArticleFacts a, ArticleFacts b) {
        List<Signal> s = new ArrayList<>();
        dates(a, b, s);
        int before = s.size();
        boolean shared = leaks(a, b, s);
        double leak = s.size() > before ? s.get(before).weight() : 0;
        String credit = b.creditOf(a.article());
        if (credit != null) {
            s.add(new Signal("credit", CREDIT, b.label() + " credits " + a.label() + " (" + QuoteGlyphs.quoted(credit) + ")"));
        }
        credit = a.creditOf(b.article());
        if (credit != null) {
            s.add(new Signal("credit", -CREDIT, a.label() + " credits " + b.label() + " (" + QuoteGlyphs.quoted(credit) + ")"));
        }
        Attribution ea = a.declaredElsewhere(b.article());
        Attribution eb = b.declaredElsewhere(a.article());
        if (eb != null && ea == null) {
            s.add(new Signal("elsewhere", weight(eb), b.label() + " says its text comes from elsewhere ("
                    + QuoteGlyphs.quoted(eb.phrase()) + "); " + a.label() + " does not"));
        } else if (ea != null && eb == null) {
            s.add(new Signal("elsewhere", -weight(ea), a.label() + " says its text comes from elsewhere ("
                    + QuoteGlyphs.quoted(ea.phrase()) + "); " + b.label() + " does not"));
        }
        double external = 0;
        for (Signal x : s) {
            external += x.weight();
        }
        ChangeEvents changes = ChangeEvents.of(link, a.article().text(), b.article().text());
        return new Pair(link, a, b, List.copyOf(s), shared, dateOrder(a, b), changes, external, leak);
    }

    private static double weight(Attribution declared) {
        return declared.kind() == AttributionKind.UNNAMED_SOURCE ? ELSEWHERE_UNNAMED : ELSEWHERE;
    }

    /** +1 if a was published before b, -1 if after, 0 if unknown or too close to tell. */
    static int dateOrder(ArticleFacts a, ArticleFacts b) {
        if (a.time() == null || b.time() == null) {
            return 0;
        }
        if (a.time().hasTime() && b.time().hasTime()) {
            long d = b.time().epochSecond() - a.time().epochSecond();
            return Math.abs(d) < 3600 ? 0 : (int) Math.signum(d);
        }
        return (int) Math.signum(b.time().epochDay() - a.time().epochDay());
    }

    private static void dates(ArticleFacts a, ArticleFacts b, List<Signal> s) {
        if (a.time() == null || b.time() == null) {
            return;
        }
        long diff;
        boolean precise = a.time().hasTime() && b.time().hasTime();
        if (precise) {
            diff = b.time().epochSecond() - a.time().epochSecond();
            if (Math.abs(diff) < 3600) {
                return;
            }
        } else {
            diff = b.time().epochDay() - a.time().epochDay();
            if (diff == 0) {
                return;
            }
        }
        ArticleFacts first = diff > 0 ? a : b;
        ArticleFacts second = diff > 0 ? b : a;
        s.add(new Signal("date", Math.signum(diff) * DATE, first.label() + " was published "
                + first.article().published().strip() + ", before " + second.label() + " ("
                + second.article().published().strip() + "): the earlier one is the source"));
    }

    /** Adds the leaked-headline signal; returns whether the pages share a related headline. */
    private static boolean leaks(ArticleFacts a, ArticleFacts b, List<Signal> s) {
        if (a.headlines().isEmpty() || b.headlines().isEmpty()) {
            return false;
        }
        Map<String, Headline> hb = new HashMap<>();
        for (Headline h : b.headlines()) {
            hb.put(h.key(), h);
        }
        Signal best = null;
        boolean shared = false;
        for (Headline ha : a.headlines()) {
            Headline h2 = hb.get(ha.key());
            if (h2 == null) {
                continue;
            }
            shared = true;
            Signal sig = null;
            if (h2.inline() && !ha.inline()) {
                sig = new Signal("leak", LEAK, leakText(b.label(), h2, a.label()));
            } else if (ha.inline() && !h2.inline()) {
                sig = new Signal("leak", -LEAK, leakText(a.label(), ha, b.label()));
            } else if (b.headlines().size() < a.headlines().size() && subset(b.headlines(), a.headlines())) {
                sig = new Signal("leak", LEAK_SUBSET, b.label() + " shows " + QuoteGlyphs.quoted(h2.text())
                        + ", one of the related headlines of "
                        + a.label() + "'s page, and no headline of its own: furniture taken along with the text");
            } else if (a.headlines().size() < b.headlines().size() && subset(a.headlines(), b.headlines())) {
                sig = new Signal("leak", -LEAK_SUBSET, a.label() + " shows " + QuoteGlyphs.quoted(ha.text())
                        + ", one of the related headlines of "
                        + b.label() + "'s page, and no headline of its own: furniture taken along with the text");
            }
            if (sig != null && (best == null || Math.abs(sig.weight()) > Math.abs(best.weight()))) {
                best = sig;
            }
        }
        if (best != null) {
            s.add(best);
        }
        return shared;
    }

    private static String leakText(String copy, Headline leaked, String source) {
        return copy + " carries the line " + QuoteGlyphs.quoted(leaked.text()) + " inside its text, a related-article headline of "
                + source + "'s page: furniture taken along with the text from that page";
    }

    private static boolean subset(List<Headline> small, List<Headline> large) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Headline h : large) {
            keys.add(h.key());
        }
        for (Headline h : small) {
            if (!keys.contains(h.key())) {
                return false;
            }
        }
        return true;
    }

    static int pct(double x) {
        return (int) Math.round(100 * x);
    }
}
