package org.stemma.provenance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.align.Link;

/**
 * Which texts of a group read as compilations: a newspaper story written from two wire
 * dispatches (the story and its update) carries each in a part of its own: each holds a part
 * of the story the other lacks. Seen from one dispatch alone, such a story looks like
 * a longer text the dispatch was cut from; the third text says otherwise. Reads only the group's
 * own links and texts, so a part of a corpus holding whole groups gives the same figures.
 */
final class Compilations {

    /**
     * Least share of each source's words a compilation carries: a story written from two
     * dispatches takes a good part of each, while two reports of one event that each share a
     * few phrases with a third text do not make it their compilation. Introduced at 0.2 when
     * the seeds' acceptance test showed a 5% share making a compilation; 0.1 kept of 0.2 and 0.1
     * by METER cross-validation (docs/evaluation.md).
     */
    static final double MIN_PART = 0.1;

    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final Map<String, CopyText> texts;
    /** Per ordered pair "a\u0000b", a's tokens shared with b (cached: each is read for several pairs). */
    private final Map<String, boolean[]> covered = new HashMap<>();

    Compilations(List<Link> links, Map<String, CopyText> texts) {
        this.texts = texts;
        for (Link k : links) {
            if (texts.containsKey(k.a()) && texts.containsKey(k.b()) && !k.a().equals(k.b())) {
                neighbours.computeIfAbsent(k.a(), x -> new HashSet<>()).add(k.b());
                neighbours.computeIfAbsent(k.b(), x -> new HashSet<>()).add(k.a());
            }
        }
    }

    /**
     * How far {@code s} reads as a compilation of {@code c} and another text: over the other
     * articles {@code t} linked with {@code s} but not with {@code c}, the largest share such
     * that {@code c} and {@code t} each carry that share of their own words into a part of
     * {@code s}'s prose (outside quotations, not capitalised) the other does not reach. Two long
     * reports that each share a few phrases with {@code s} do not make it a compilation, nor do a
     * text cut from {@code s} and its parent (the parent reaches the copy's part too); 0 without
     * such a neighbour.
     */
    double share(String s, String c) {
        CopyText text = texts.get(s);
        if (text == null || text.size() == 0) {
            return 0;
        }
        Set<String> cn = neighbours.getOrDefault(c, Set.of());
        boolean[] byC = covered(s, c);
        double best = 0;
        for (String other : neighbours.getOrDefault(s, Set.of())) {
            // Two texts linked to each other are relatives (siblings, or one cut from the other), not two sources.
            if (other.equals(c) || cn.contains(other)) {
                continue;
            }
            boolean[] byOther = covered(s, other);
            int onlyOther = 0;
            int onlyC = 0;
            for (int i = 0; i < byOther.length; i++) {
                // Prose only: independent reports of one event share quotations and names too.
                if (byOther[i] != byC[i] && !text.quoted()[i] && !text.capital()[i]) {
                    if (byOther[i]) {
                        onlyOther++;
                    } else {
                        onlyC++;
                    }
                }
            }
            double part = Math.min(onlyOther / (double) Math.max(1, texts.get(other).size()),
                    onlyC / (double) Math.max(1, texts.get(c).size()));
            if (part >= MIN_PART) {
                best = Math.max(best, part);
            }
        }
        return best;
    }

    private boolean[] covered(String a, String b) {
        return covered.computeIfAbsent(a + '\u0000' + b, k -> texts.get(a).coveredBy(texts.get(b)));
    }
}
