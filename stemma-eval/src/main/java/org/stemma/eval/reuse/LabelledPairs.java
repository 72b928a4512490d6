package org.stemma.eval.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.stemma.align.LocalNameFrequencies;
import org.stemma.align.NameCounts;
import org.stemma.align.NameFrequencies;
import org.stemma.align.PairEvidence;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.article.Article;
import org.stemma.furniture.FurnitureFinder;
import org.stemma.furniture.FurnitureParams;
import org.stemma.text.Tokens;

/**
 * The candidate pairs of the labelled dev corpora with their evidence before the link decision:
 * what the decision is fitted and judged on. Each corpus goes through the furniture stage and the
 * finder's candidate stage as {@code analyze --no-embed} runs them (common phrases and the names'
 * document frequencies are the whole corpus's; no label is read there). Labels: gva-dev pairs
 * within one incident (1) or across (0), grouped by incident; semeval-train rated pairs, same
 * event (1, overall at most 1.5) or different (0, at least 3), grouped by pair; METER stories and
 * their catchline's wire texts, derived (1, wholly or partially) or not (0), grouped by story. A
 * METER story whose wire text is no candidate (or gets no passage) is kept with null evidence:
 * the decision cannot link it.
 */
public final class LabelledPairs {

    /** Corpus of a labelled pair; METER_NON is a story its journalists wrote without the wire. */
    public enum Corpus { GVA, SEMEVAL, METER, METER_NON }

    /** One labelled pair: its corpus, fold group, label and evidence (null: no passage). */
    public record Item(Corpus corpus, String group, boolean positive, String a, String b, PairEvidence evidence) {
    }

    /**
     * How a pair's shared names are counted: articles of the corpus carrying each
     * ({@link NameFrequencies}), or its share of the pair's site, shared places, or either
     * ({@link LocalNameFrequencies}).
     */
    public enum Names { CORPUS, SITE, PLACE, ANY }

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledPairs() {
    }

    /** Every candidate pair of {@code articles}, with its evidence (null entries dropped), keyed "a\tb". */
    static Map<String, PairEvidence> evidence(List<Article> articles, ReuseOptions o, Names names) {
        FurnitureFinder.Cleaned clean = FurnitureFinder.clean(articles, FurnitureParams.of(o));
        List<Article> arts = clean.articles();
        Tokens[] tokens = clean.tokens();
        ReuseFinder finder = new ReuseFinder(o, null);
        ReuseFinder.Candidates c = finder.candidateSet(arts, tokens);
        // The names counted over the whole corpus (no label read).
        NameCounts counts = names == Names.CORPUS ? NameFrequencies.count(arts, tokens)
                : LocalNameFrequencies.count(arts, tokens, LocalNameFrequencies.Context.valueOf(names.name()));
        ReuseFinder judged = finder.withCommonPhrases(c.common()).withNameFrequencies(counts);
        long[] pairs = c.pairs();
        PairEvidence[] ev = new PairEvidence[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(x -> {
            int i = (int) (pairs[x] >>> 32);
            int j = (int) pairs[x];
            ev[x] = judged.pairEvidence(arts.get(i), tokens[i], arts.get(j), tokens[j]);
        });
        Map<String, PairEvidence> out = new HashMap<>();
        for (int x = 0; x < pairs.length; x++) {
            if (ev[x] != null) {
                String a = arts.get((int) (pairs[x] >>> 32)).id();
                String b = arts.get((int) pairs[x]).id();
                out.put(a + "\t" + b, ev[x]);
                out.put(b + "\t" + a, ev[x]);
            }
        }
        return out;
    }

    /** gva-dev: every candidate pair with a passage, within (1) or across (0) incidents. */
    static void gva(Path dir, ReuseOptions o, Names names, List<Item> out) throws IOException {
        List<Article> articles = RealNewsLinks.read(dir.resolve("corpus.jsonl"));
        Map<String, String> event = RealNewsLinks.stringMap(dir.resolve("gold.json"), "events");
        evidence(articles, o, names).forEach((key, e) -> {
            String[] ab = key.split("\t");
            if (ab[0].compareTo(ab[1]) > 0) {
                return; // each pair once
            }
            String ea = event.get(ab[0]);
            String eb = event.get(ab[1]);
            boolean within = ea != null && ea.equals(eb);
            String first = ea == null ? ab[0] : eb == null || ea.compareTo(eb) <= 0 ? ea : eb;
            out.add(new Item(Corpus.GVA, first, within, ab[0], ab[1], e));
        });
    }

    /** semeval-train: rated pairs, same event (1) or different (0); unrated or middling pairs skipped. */
    static void semeval(Path dir, ReuseOptions o, Names names, List<Item> out) throws IOException {
        List<Article> articles = RealNewsLinks.read(dir.resolve("corpus.jsonl"));
        Map<String, PairEvidence> ev = evidence(articles, o, names);
        for (JsonNode p : JSON.readTree(dir.resolve("gold.json").toFile()).get("pairs")) {
            double overall = p.get("overall").asDouble();
            if (overall > 1.5 && overall < 3) {
                continue;
            }
            String a = p.get("a").asText();
            String b = p.get("b").asText();
            out.add(new Item(Corpus.SEMEVAL, a + "|" + b, overall <= 1.5, a, b, ev.get(a + "\t" + b)));
        }
    }

    /** METER: each story with each wire text of its catchline, derived (1) or not (0). */
    static void meter(Path dir, ReuseOptions o, Names names, List<Item> out) throws IOException {
        List<Article> articles = RealNewsLinks.read(dir.resolve("corpus.jsonl"));
        Map<String, PairEvidence> ev = evidence(articles, o, names);
        JsonNode papers = JSON.readTree(dir.resolve("gold.json").toFile()).get("newspapers");
        for (Iterator<Map.Entry<String, JsonNode>> it = papers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String label = e.getValue().get("label").asText();
            boolean derived = label.equals("wholly") || label.equals("partially");
            for (JsonNode src : e.getValue().get("sources")) {
                String key = e.getKey() + "\t" + src.asText();
                out.add(new Item(derived ? Corpus.METER : Corpus.METER_NON, e.getKey(), derived, e.getKey(),
                        src.asText(), ev.get(key)));
            }
        }
    }

    /** All three corpora's labelled pairs. */
    public static List<Item> collect(Path events, Path meterDir, ReuseOptions o) throws IOException {
        return collect(events, meterDir, o, Names.CORPUS);
    }

    /** The same, each pair's shared names counted as {@code names} says. */
    public static List<Item> collect(Path events, Path meterDir, ReuseOptions o, Names names) throws IOException {
        List<Item> out = new ArrayList<>();
        gva(events.resolve("gva-dev"), o, names, out);
        semeval(events.resolve("semeval-train"), o, names, out);
        meter(meterDir, o, names, out);
        return out;
    }

    /** The key of an item, alike whichever way its names were counted. */
    static String key(Item it) {
        return it.corpus() + "\t" + it.group() + "\t" + it.a() + "\t" + it.b();
    }

    /** One tab-separated line per item, for reading: corpus, group, label, ids, words, name, passages. */
    public static String line(Item it) {
        PairEvidence e = it.evidence();
        StringBuilder sb = new StringBuilder();
        sb.append(it.corpus()).append('\t').append(it.group()).append('\t').append(it.positive() ? 1 : 0)
                .append('\t').append(it.a()).append('\t').append(it.b());
        if (e == null) {
            return sb.append("\t-\t-\t").toString();
        }
        sb.append('\t').append(e.shorterWords()).append('\t').append(e.namesOutside()).append(',').append(e.personsOutside()).append('\t');
        for (int i = 0; i < e.rare().length; i++) {
            sb.append(i == 0 ? "" : ";").append(e.rare()[i] == Integer.MAX_VALUE ? -1 : e.rare()[i]).append(':')
                    .append(e.quoted()[i]).append(':').append(e.passages().get(i).kind().jsonName());
        }
        return sb.toString();
    }
}
