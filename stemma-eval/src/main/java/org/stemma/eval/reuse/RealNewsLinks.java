package org.stemma.eval.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.article.Article;
import org.stemma.furniture.FurnitureFinder;
import org.stemma.furniture.FurnitureParams;
import org.stemma.ingest.Ingestor;

/**
 * Links on real news, where the truth is which articles report the same event (GVA incidents,
 * SemEval-2022 Task 8 ratings), which ones derive from wire copy (METER), or nothing at all
 * (PolNeAR: links per 1,000 article pairs, read by hand). Each corpus goes through the same
 * stages as {@code analyze} (corpus furniture, then the lexical reuse finder) and, in the same
 * run, through the rule of rare-word thresholds the link decision replaced ("thresh.", its
 * defaults 6/12) and the peer: the finder as issue 3 left it, without furniture and without the
 * evidence rule.
 */
public final class RealNewsLinks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Articles after the furniture stage, and their links. */
    public record Run(List<Article> articles, List<Link> links) {
        Map<String, Article> byId() {
            Map<String, Article> m = new HashMap<>();
            articles.forEach(a -> m.put(a.id(), a));
            return m;
        }
    }

    private RealNewsLinks() {
    }

    /** The options of the peer: no corpus furniture, no evidence rule. */
    public static ReuseOptions peer(ReuseOptions o) {
        return o.withFurnitureMinDocs(0).withMinEvidence(0);
    }

    /** The furniture stage and the lexical links, as {@code analyze --no-embed} runs them. */
    public static Run run(List<Article> articles, ReuseOptions o) {
        return run(articles, o, false);
    }

    /**
     * As {@link #run(List, ReuseOptions)}; with {@code thresholds}, links decided by the rule of
     * rare-word thresholds the link decision replaced (min/strong evidence), to compare against.
     */
    public static Run run(List<Article> articles, ReuseOptions o, boolean thresholds) {
        FurnitureFinder.Cleaned clean = FurnitureFinder.clean(articles, FurnitureParams.of(o));
        ReuseFinder finder = new ReuseFinder(o, null);
        if (thresholds) {
            finder = finder.withDecision(null);
        }
        return new Run(clean.articles(), finder.find(clean.articles(), clean.tokens(), clean.keys()));
    }

    /** The replaced rule's options: its documented minimum of 6 rare words a passage. */
    static ReuseOptions thresholds(ReuseOptions o) {
        return o.withMinEvidence(THRESHOLDS_MIN_EVIDENCE);
    }

    /** The replaced rule's minimum rare words a passage (its default, before the link decision). */
    static final int THRESHOLDS_MIN_EVIDENCE = 6;

    /** The three rows printed per corpus: stemma, the replaced thresholds rule, the peer. */
    private static final String[] ROWS = {"stemma", "thresh.", "peer"};

    private static Run row(List<Article> articles, ReuseOptions o, int row) {
        return switch (row) {
            case 0 -> run(articles, o);
            case 1 -> run(articles, thresholds(o), true);
            default -> run(articles, peer(o));
        };
    }

    /** Articles read from files or directories as {@code analyze} reads them. */
    public static List<Article> read(Path... inputs) throws IOException {
        List<Article> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new Ingestor().read(List.of(inputs), out::add, p -> problems.add(p.toString()));
        if (out.isEmpty()) {
            throw new IOException("no article read from " + List.of(inputs) + (problems.isEmpty() ? "" : ": " + problems.get(0)));
        }
        return out;
    }

    // ---- GVA: links within and across incidents ----------------------------------------------

    /** Links within one incident and across incidents. */
    public record EventLinks(int within, int across) {
        double acrossShare() {
            return within + across == 0 ? 0 : (double) across / (within + across);
        }
    }

    public static void gva(Path dir, ReuseOptions o, int show, PrintStream out) throws IOException {
        List<Article> articles = read(dir.resolve("corpus.jsonl"));
        Map<String, String> event = stringMap(dir.resolve("gold.json"), "events");
        out.printf("gva-dev: %d articles, %d incidents (%s)%n", articles.size(), new HashSet<>(event.values()).size(), dir);
        for (int row = 0; row < ROWS.length; row++) {
            boolean ours = row == 0;
            Run r = row(articles, o, row);
            EventLinks e = byEvent(r.links(), event);
            out.printf("  %-8s links %5d: within an incident %5d, across incidents %5d (%.1f%% across); furniture sentences removed %d%n",
                    ROWS[row], r.links().size(), e.within(), e.across(), 100 * e.acrossShare(),
                    furnitureCount(r.articles()));
            if (ours && show > 0) {
                Map<String, Article> byId = r.byId();
                List<Link> within = r.links().stream().filter(l -> same(event, l)).toList();
                List<Link> across = r.links().stream().filter(l -> !same(event, l)).toList();
                out.printf("    %d of the within-incident links, to read by hand:%n", Math.min(show, within.size()));
                sample(within, show, 17).forEach(l -> out.println(describe(l, byId)));
                out.printf("    %d of the across-incident links:%n", Math.min(show, across.size()));
                sample(across, show, 17).forEach(l -> out.println(describe(l, byId)));
            }
        }
    }

    static EventLinks byEvent(List<Link> links, Map<String, String> event) {
        int within = 0;
        int across = 0;
        for (Link l : links) {
            if (same(event, l)) {
                within++;
            } else {
                across++;
            }
        }
        return new EventLinks(within, across);
    }

    private static boolean same(Map<String, String> event, Link l) {
        String a = event.get(l.a());
        return a != null && a.equals(event.get(l.b()));
    }

    // ---- SemEval: rated pairs ------------------------------------------------------------------

    /**
     * Rated pairs linked; with {@code show > 0}, the different-event pairs stemma links and the
     * same-event pairs only the peer links, to read by hand.
     */
    public static void semeval(Path dir, ReuseOptions o, int show, PrintStream out) throws IOException {
        List<Article> articles = read(dir.resolve("corpus.jsonl"));
        JsonNode pairs = JSON.readTree(dir.resolve("gold.json").toFile()).get("pairs");
        List<String[]> same = new ArrayList<>();
        List<String[]> different = new ArrayList<>();
        for (JsonNode p : pairs) {
            double overall = p.get("overall").asDouble();
            String[] ab = {p.get("a").asText(), p.get("b").asText()};
            if (overall <= 1.5) {
                same.add(ab);
            } else if (overall >= 3) {
                different.add(ab);
            }
        }
        out.printf("semeval-train: %d articles, %d rated pairs: %d same event (overall <= 1.5), %d different (>= 3) (%s)%n",
                articles.size(), pairs.size(), same.size(), different.size(), dir);
        Map<String, Link> ours = null;
        for (int row = 0; row < ROWS.length; row++) {
            boolean isOurs = row == 0;
            Run r = row(articles, o, row);
            Map<String, Link> linked = new HashMap<>();
            for (Link l : r.links()) {
                linked.put(l.a() + "\t" + l.b(), l);
                linked.put(l.b() + "\t" + l.a(), l);
            }
            out.printf("  %-8s links %4d: same-event pairs linked %d of %d, different-event pairs linked %d of %d; furniture sentences removed %d%n",
                    ROWS[row], r.links().size(), count(same, linked.keySet()), same.size(),
                    count(different, linked.keySet()), different.size(), furnitureCount(r.articles()));
            if (show <= 0 || row == 1) {
                continue;
            }
            Map<String, Article> byId = r.byId();
            if (isOurs) {
                ours = linked;
                out.println("    different-event pairs it links:");
                printPairs(different, linked, null, show, byId, out);
            } else {
                out.println("    same-event pairs the peer links and stemma does not:");
                printPairs(same, linked, ours, show, byId, out);
            }
        }
    }

    /** Up to {@code show} of {@code pairs} linked in {@code linked} and absent from {@code except}. */
    private static void printPairs(List<String[]> pairs, Map<String, Link> linked, Map<String, Link> except,
                                   int show, Map<String, Article> byId, PrintStream out) {
        int n = 0;
        for (String[] p : pairs) {
            String key = p[0] + "\t" + p[1];
            Link l = linked.get(key);
            if (l != null && (except == null || !except.containsKey(key)) && n++ < show) {
                out.println(describe(l, byId));
            }
        }
    }

    private static int count(List<String[]> pairs, Set<String> linked) {
        int n = 0;
        for (String[] p : pairs) {
            n += linked.contains(p[0] + "\t" + p[1]) ? 1 : 0;
        }
        return n;
    }

    // ---- PolNeAR: links per 1,000 pairs, a sample to read --------------------------------------

    public static void polnear(Path textDir, ReuseOptions o, int show, PrintStream out) throws IOException {
        List<Article> articles = read(textDir);
        long pairs = (long) articles.size() * (articles.size() - 1) / 2;
        out.printf("polnear-train: %d articles, %d article pairs (%s)%n", articles.size(), pairs, textDir);
        for (int row = 0; row < ROWS.length; row++) {
            boolean ours = row == 0;
            Run r = row(articles, o, row);
            out.printf("  %-8s links %4d = %.2f per 1,000 article pairs; furniture sentences removed %d%n",
                    ROWS[row], r.links().size(), 1000.0 * r.links().size() / Math.max(1, pairs),
                    furnitureCount(r.articles()));
            if (show > 0 && row != 1) {
                out.printf("    %d of its links, to read by hand:%n", Math.min(show, r.links().size()));
                Map<String, Article> byId = r.byId();
                sample(r.links(), show, 20).forEach(l -> out.println(describe(l, byId)));
            }
        }
    }

    // ---- METER: derived stories linked to their wire text ---------------------------------------

    public static void meter(Path dir, ReuseOptions o, PrintStream out) throws IOException {
        List<Article> articles = read(dir.resolve("corpus.jsonl"));
        JsonNode papers = JSON.readTree(dir.resolve("gold.json").toFile()).get("newspapers");
        out.printf("meter-showbiz: %d texts (%s)%n", articles.size(), dir);
        for (int row = 0; row < ROWS.length; row++) {
            Run r = row(articles, o, row);
            Set<String> linked = new HashSet<>();
            for (Link l : r.links()) {
                linked.add(l.a() + "\t" + l.b());
                linked.add(l.b() + "\t" + l.a());
            }
            Map<String, int[]> byLabel = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = papers.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String label = e.getValue().get("label").asText();
                boolean any = false;
                for (JsonNode s : e.getValue().get("sources")) {
                    any |= linked.contains(e.getKey() + "\t" + s.asText());
                }
                int[] c = byLabel.computeIfAbsent(label, k -> new int[2]);
                c[0] += any ? 1 : 0;
                c[1]++;
            }
            StringBuilder sb = new StringBuilder();
            byLabel.forEach((k, c) -> sb.append(String.format(", %s %d of %d", k, c[0], c[1])));
            int[] w = byLabel.getOrDefault("wholly", new int[2]);
            int[] p = byLabel.getOrDefault("partially", new int[2]);
            out.printf("  %-8s links %4d: derived stories linked to their wire text %d of %d (%.1f%%)%s; furniture sentences removed %d%n",
                    ROWS[row], r.links().size(), w[0] + p[0], w[1] + p[1],
                    100.0 * (w[0] + p[0]) / Math.max(1, w[1] + p[1]), sb, furnitureCount(r.articles()));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    static Map<String, String> stringMap(Path file, String field) throws IOException {
        JsonNode m = JSON.readTree(file.toFile()).get(field);
        Map<String, String> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    static int furnitureCount(List<Article> articles) {
        int n = 0;
        for (Article a : articles) {
            n += a.furniture().size();
        }
        return n;
    }

    private static <T> List<T> sample(List<T> items, int n, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return copy.subList(0, Math.min(n, copy.size()));
    }

    /** One line per link: the two articles' outlets, then each passage's words in a, shortened. */
    static String describe(Link l, Map<String, Article> byId) {
        Article a = byId.get(l.a());
        StringBuilder sb = new StringBuilder(String.format("    - %s | %s | %s %.2f/%.2f:", l.a(), l.b(),
                l.kind().jsonName(), l.coverageA(), l.coverageB()));
        for (Passage p : l.passages()) {
            String t = p.a().of(a.text()).replaceAll("\\s+", " ");
            sb.append(String.format(" [%s \"%s\"]", p.kind().jsonName(), t.length() > 160 ? t.substring(0, 157) + "..." : t));
        }
        return sb.toString();
    }
}
