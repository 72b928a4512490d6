package org.stemma.eval.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.provenance.CandidateGraph;
import org.stemma.provenance.ProvenanceBuilder;

/**
 * Constructed families (gold: constructed by our generator) as labelled candidate graphs, fitted
 * beside METER so that the copy model also learns the copying METER lacks: near-identical web
 * copies, trimmed or lightly edited, without bylines or dates. Undated, no leaked headlines,
 * links from the construction; every shape.
 */
public final class ConstructedTraining {

    private ConstructedTraining() {
    }

    /** {@code perShape} families of each shape drawn with {@code seed} from {@code bodies}. */
    public static List<CopyModelFit.Labelled> graphs(List<String> bodies, long seed, int perShape) {
        List<CopyModelFit.Labelled> out = new ArrayList<>();
        for (CopyTreeGenerator.Shape shape : CopyTreeGenerator.Shape.values()) {
            CopyTreeGenerator gen = new CopyTreeGenerator(bodies, seed, new CopyTreeGenerator.Settings(3, 6, shape,
                    CopyTreeGenerator.DateMode.NONE, 0.0, 0.3));
            for (int t = 0; t < perShape; t++) {
                CopyTree tree = gen.next(t % bodies.size(), "c" + shape.ordinal() + "-" + t);
                for (CandidateGraph g : ProvenanceBuilder.candidates(tree.articles(), tree.links(), List.of(),
                        Set.of())) {
                    out.add(label(g, tree.parent()));
                }
            }
        }
        return out;
    }

    /** Each article's one true parent (or none: the original); external origins unconstrained. */
    static CopyModelFit.Labelled label(CandidateGraph g, Map<String, String> parent) {
        int n = g.nodes().size();
        Map<String, Integer> index = g.index();
        List<Set<Integer>> parents = new ArrayList<>();
        boolean[] root = new boolean[n];
        for (int v = 0; v < n; v++) {
            if (v >= g.members()) {
                parents.add(null);
                continue;
            }
            String p = parent.get(g.nodes().get(v));
            if (p == null) {
                parents.add(Set.of());
                root[v] = true;
            } else {
                Integer x = index.get(p);
                parents.add(x == null ? null : Set.of(x));
            }
        }
        return new CopyModelFit.Labelled(g, parents, root);
    }
}
