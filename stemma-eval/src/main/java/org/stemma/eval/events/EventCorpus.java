package org.stemma.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.article.Article;
import org.stemma.ingest.Ingestor;

/**
 * One folder of {@code ../shared/eval/events}: its articles, read by the same {@link Ingestor}
 * as {@code analyze} reads a JSONL file, and its gold: an event per article ({@code events},
 * gva-dev and ecbplus) or rated pairs ({@code pairs}, semeval-train).
 *
 * @param name     the folder's name
 * @param articles the articles, sorted by id
 * @param events   article id to event id (empty for a pairs gold)
 * @param pairs    rated pairs (empty for an events gold)
 * @param problems records the ingestor refused, one line each
 */
public record EventCorpus(String name, List<Article> articles, Map<String, String> events, List<GoldPair> pairs,
                          List<String> problems) {

    /**
     * A pair rated by people: {@code overall} from 1 (same event) to 4.
     *
     * @param same true for overall at most {@value #SAME}, false for at least {@value #DIFFERENT}
     *             (pairs between are left out of scores and training)
     */
    public record GoldPair(String a, String b, double overall) {
        public static final double SAME = 1.5;
        public static final double DIFFERENT = 3.0;

        public boolean decided() {
            return overall <= SAME || overall >= DIFFERENT;
        }

        public boolean same() {
            return overall <= SAME;
        }
    }

    /** Reads {@code dir}/corpus.jsonl and {@code dir}/gold.json. */
    public static EventCorpus read(Path dir) throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        Path gold = dir.resolve("gold.json");
        if (!Files.isRegularFile(corpus) || !Files.isRegularFile(gold)) {
            throw new IOException(dir + ": needs corpus.jsonl and gold.json");
        }
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new Ingestor().read(List.of(corpus), articles::add, p -> problems.add(p.toString()));
        articles.sort(Comparator.comparing(Article::id));
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        Map<String, String> events = new LinkedHashMap<>();
        List<GoldPair> pairs = new ArrayList<>();
        if (root.has("events")) {
            root.get("events").fields().forEachRemaining(e -> events.put(e.getKey(), e.getValue().asText()));
        }
        if (root.has("pairs")) {
            for (JsonNode p : root.get("pairs")) {
                pairs.add(new GoldPair(p.get("a").asText(), p.get("b").asText(), p.get("overall").asDouble()));
            }
        }
        return new EventCorpus(dir.getFileName().toString(), List.copyOf(articles), events, List.copyOf(pairs),
                List.copyOf(problems));
    }

    /** Article id to its index in {@link #articles}. */
    public Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i).id(), i);
        }
        return index;
    }
}
