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
     * articles linked with {@code s} but not with {@code c}, the largest share of {@code s}'s tokens such that each of
     * the two has that much of {@code s} the other lacks. A text cut from {@code s} and its
     * parent do not count (the parent holds the copy's part too); 0 without such a neighbour.
     */
    double share(String s, String c) {
        CopyText t = texts.get(s);
        if (t == null || t.size() == 0) {
            return 0;
        }
        Set<String> cn = neighbours.getOrDefault(c, Set.of());
        boolean[] byC = covered(s, c);
        int best = 0;
        for (String other : neighbours.getOrDefault(s, Set.of())) {
            // Two texts linked to each other are relatives (siblings, or one cut from the other), not two sources.
            if (other.equals(c) || cn.contains(other)) {
                continue;
            }
            boolean[] byOther = covered(s, other);
            int onlyOther = 0;
            int onlyC = 0;
            for (int i = 0; i < byOther.length; i++) {
                if (byOther[i] != byC[i]) {
                    if (byOther[i]) {
                        onlyOther++;
                    } else {
                        onlyC++;
                    }
                }
            }
            best = Math.max(best, Math.min(onlyOther, onlyC));
        }
        return best / (double) t.size();
    }

    private boolean[] covered(String a, String b) {
        return covered.computeIfAbsent(a + '\u0000' + b, k -> texts.get(a).coveredBy(texts.get(b)));
    }
}
