package org.stemma.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;

/**
 * Weighs the evidence on which of two linked articles derives from the other. Each signal adds
 * a signed weight (positive: the link's article a is the source) and a human-readable reason;
 * the sum goes through a logistic to give the probability that a is the source.
 *
 * <p>Signals: publication dates (when both are known and differ); related-article headlines of
 * one page leaked into the other's text; quote fidelity; explicit credit of the other's outlet;
 * a declaration that the text comes from elsewhere ("Source: News websites"); and the text
 * itself: which direction takes fewer change events ({@link ChangeEvents}: cuts are cheaper
 * than additions). The sum of all but the last is the <em>outside</em> evidence.
 */
final class DirectionScorer {

    static final double DATE = 3.0;
    static final double LEAK = 3.0;
    static final double LEAK_SUBSET = 2.0;
    static final double QUOTE = 1.2;
    static final double QUOTE_CAP = 3.6;
    static final double CREDIT = 3.0;
    static final double ELSEWHERE = 0.3;

    private DirectionScorer() {
    }

    /** One piece of direction evidence: weight &gt; 0 favours the link's a as the source. */
    record Signal(double weight, String text) {
    }

    /** The evidence between the two articles of one link. */
    record Pair(Link link, ArticleFacts a, ArticleFacts b, List<Signal> signals, double score,
                boolean sharedHeadline, int dateOrder, ChangeEvents changes, double externalScore,
                double leak) {

        /** Probability that {@code a} is the source. */
        double probabilityASource() {
            return 1 / (1 + Math.exp(-score));
        }

        /**
         * How close the two texts are, whatever the direction: the similarity-weighted share of
         * both texts inside shared passages (a Dice coefficient over characters), plus a bonus
         * when one page shows the other's related headline. Links too loose by this measure
         * give no candidate derivation.
         */
        double closeness() {
            return dice(link, a.article().text().length(), b.article().text().length())
                    + (sharedHeadline ? SHARED_HEADLINE : 0);
        }
    }

    /** Closeness bonus of a related headline seen on both pages. */
    static final double SHARED_HEADLINE = 0.3;

    /** Similarity-weighted Dice coefficient of two texts' shared passages. */
    static double dice(Link link, int lenA, int lenB) {
        if (lenA + lenB == 0) {
            return 0;
        }
        double shared = 0;
        for (Passage p : link.passages()) {
            shared += p.similarity() * (p.a().length() + p.b().length());
        }
        return Math.min(1, shared / (lenA + lenB));
    }

    static Pair score(Link link, ArticleFacts a, ArticleFacts b, QuoteFidelity quotes) {
        List<Signal> s = new ArrayList<>();
        String ia = a.id();
        String ib = b.id();
        dates(a, b, s);
        int before = s.size();
        boolean shared = leaks(a, b, s);
        double leak = s.size() > before ? s.get(before).weight() : 0;
        double q = 0;
        for (QuoteFidelity.Difference d : quotes.differences(ia, ib)) {
            double w = d.better().equals(ia) ? QUOTE : -QUOTE;
            if (Math.abs(q + w) <= QUOTE_CAP + 1e-9) {
                q += w;
                s.add(new Signal(w, d.describe() + ": " + d.better() + " is nearer the original wording"));
            }
        }
        String credit = b.creditOf(a.article());
        if (credit != null) {
            s.add(new Signal(CREDIT, ib + " credits " + ia + "'s outlet or page (“" + credit + "”)"));
        }
        credit = a.creditOf(b.article());
        if (credit != null) {
            s.add(new Signal(-CREDIT, ia + " credits " + ib + "'s outlet or page (“" + credit + "”)"));
        }
        Attribution ea = a.declaredElsewhere(b.article());
        Attribution eb = b.declaredElsewhere(a.article());
        if (eb != null && ea == null) {
            s.add(new Signal(ELSEWHERE, ib + " says its text comes from elsewhere (“" + eb.phrase()
                    + "”), " + ia + " does not"));
        } else if (ea != null && eb == null) {
            s.add(new Signal(-ELSEWHERE, ia + " says its text comes from elsewhere (“" + ea.phrase()
                    + "”), " + ib + " does not"));
        }
        double external = 0;
        for (Signal x : s) {
            external += x.weight();
        }
        ChangeEvents changes = ChangeEvents.of(link, a.article().text(), b.article().text());
        double textual = changes.cost(false) - changes.cost(true);
        if (Math.abs(textual) >= 0.05) {
            String src = textual > 0 ? ia : ib;
            String cp = textual > 0 ? ib : ia;
            s.add(new Signal(textual, "fewer changes from " + src + " to " + cp + " than back: "
                    + changes.describe(src, cp, textual > 0) + "; "
                    + changes.describe(cp, src, textual < 0)));
        }
        return new Pair(link, a, b, List.copyOf(s), external + textual, shared, dateOrder(a, b), changes, external, leak);
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
        String first = diff > 0 ? a.id() : b.id();
        String second = diff > 0 ? b.id() : a.id();
        String p1 = diff > 0 ? a.article().published() : b.article().published();
        String p2 = diff > 0 ? b.article().published() : a.article().published();
        s.add(new Signal(Math.signum(diff) * DATE, first + " was published " + p1 + ", before "
                + second + " (" + p2 + ")"));
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
                sig = new Signal(LEAK, leakText(b.id(), h2, a.id()));
            } else if (ha.inline() && !h2.inline()) {
                sig = new Signal(-LEAK, leakText(a.id(), ha, b.id()));
            } else if (b.headlines().size() < a.headlines().size() && subset(b.headlines(), a.headlines())) {
                sig = new Signal(LEAK_SUBSET, b.id() + " shows “" + h2.text() + "”, one of the related headlines of "
                        + a.id() + "'s page, and no headline of its own: furniture taken along with the text");
            } else if (a.headlines().size() < b.headlines().size() && subset(a.headlines(), b.headlines())) {
                sig = new Signal(-LEAK_SUBSET, a.id() + " shows “" + ha.text() + "”, one of the related headlines of "
                        + b.id() + "'s page, and no headline of its own: furniture taken along with the text");
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
        return copy + " carries the line “" + leaked.text() + "” inside its text, a related-article headline of "
                + source + "'s page: leaked furniture, " + copy + " was taken from " + source + "'s page";
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
