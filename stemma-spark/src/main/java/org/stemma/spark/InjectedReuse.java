package org.stemma.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The truth of a generated corpus ({@code injected.tsv} written by {@code stemma bench corpus}:
 * {@code source<TAB>copy<TAB>kind} article ids) and the recall of a run's links against it. An
 * injected derivation is found when a link joins its source and copy (either order). Links that
 * are not injected are split into those inside one injected lineage (copies of copies, two
 * copies of one source: explained) and the rest (unexplained).
 */
public final class InjectedReuse {

    private final List<String[]> injected;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] lineage;

    /** @param rows {@code source, copy, kind} rows */
    public InjectedReuse(List<String[]> rows) {
        this.injected = List.copyOf(rows);
        for (String[] r : injected) {
            index.putIfAbsent(r[0], index.size());
            index.putIfAbsent(r[1], index.size());
        }
        lineage = new int[index.size()];
        for (int i = 0; i < lineage.length; i++) {
            lineage[i] = i;
        }
        for (String[] r : injected) {
            lineage[root(index.get(r[1]))] = root(index.get(r[0]));
        }
    }

    /** Reads {@code dir/injected.tsv}. */
    public static InjectedReuse read(Path dir) throws IOException {
        Path file = dir.resolve("injected.tsv");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String line = r.readLine();
            if (line == null || !line.startsWith("source\tcopy")) {
                throw new IOException(file + ": not an injected.tsv (header 'source<TAB>copy<TAB>kind' missing)");
            }
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3) {
                    throw new IOException(file + " line " + n + ": expected source, copy and kind");
                }
                rows.add(f);
            }
        }
        return new InjectedReuse(rows);
    }

    /** Number of injected derivations. */
    public int size() {
        return injected.size();
    }

    /**
     * Recall of {@code links} (pairs of article ids) against the injected derivations.
     *
     * @param links every link's {@code a, b} ids
     */
    public Recall recall(Iterable<String[]> links) {
        Set<String> linked = new HashSet<>();
        int direct = 0;
        int sameLineage = 0;
        int unexplained = 0;
        Set<String> injectedKeys = new HashSet<>();
        for (String[] r : injected) {
            injectedKeys.add(key(r[0], r[1]));
        }
        for (String[] l : links) {
            String k = key(l[0], l[1]);
            if (!linked.add(k)) {
                continue;
            }
            Integer a = index.get(l[0]);
            Integer b = index.get(l[1]);
            if (injectedKeys.contains(k)) {
                direct++;
            } else if (a != null && b != null && root(a) == root(b)) {
                sameLineage++;
            } else {
                unexplained++;
            }
        }
        Map<String, int[]> byKind = new TreeMap<>();
        for (String[] r : injected) {
            int[] c = byKind.computeIfAbsent(r[2], x -> new int[2]);
            c[1]++;
            if (linked.contains(key(r[0], r[1]))) {
                c[0]++;
            }
        }
        return new Recall(byKind, direct, sameLineage, unexplained);
    }

    /**
     * Recall figures.
     *
     * @param byKind      per injected kind: {found, injected}
     * @param direct      links between an injected source and its copy
     * @param sameLineage other links inside one injected lineage
     * @param unexplained links across lineages or to articles not injected
     */
    public record Recall(Map<String, int[]> byKind, int direct, int sameLineage, int unexplained) {

        /** Found injected derivations over all injected ones. */
        public double overall() {
            int found = 0;
            int all = 0;
            for (int[] c : byKind.values()) {
                found += c[0];
                all += c[1];
            }
            return all == 0 ? 0 : found / (double) all;
        }

        /** Prints the figures, one kind a line, then the links' split. */
        public void print(String label, PrintStream out) {
            out.printf("%s recall of injected reuse (a link between source and copy):%n", label);
            int found = 0;
            int all = 0;
            for (Map.Entry<String, int[]> e : byKind.entrySet()) {
                found += e.getValue()[0];
                all += e.getValue()[1];
                out.printf(Locale.ROOT, "  %-10s %d/%d = %.4f%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[1] == 0 ? 0 : e.getValue()[0] / (double) e.getValue()[1]);
            }
            out.printf(Locale.ROOT, "  %-10s %d/%d = %.4f%n", "all", found, all, overall());
            int links = direct + sameLineage + unexplained;
            out.printf(Locale.ROOT, "%s links: %d between an injected source and copy, %d within one injected "
                            + "lineage, %d unexplained (precision against the lineages %.4f)%n", label, direct,
                    sameLineage, unexplained, links == 0 ? 0 : (direct + sameLineage) / (double) links);
        }
    }

    private int root(int i) {
        while (lineage[i] != i) {
            lineage[i] = lineage[lineage[i]];
            i = lineage[i];
        }
        return i;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }
}
