package org.stemma.eval.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.article.Article;
import org.stemma.ingest.Ingestor;

/**
 * A METER-style corpus of wire copy and the newspaper stories written from it (or not): the
 * texts as {@code ./stemma analyze} reads them ({@code corpus.jsonl}: id and text, no dates, no
 * outlets) and the journalists' labels ({@code gold.json}: per story its label wholly /
 * partially / non derived, the wire texts of its catchline, the catchline; the list of wire
 * texts). The outlet of a story in the gold file is never given to Stemma.
 *
 * @param articles  the texts, in file order
 * @param stories   per newspaper story, its gold record
 * @param wire      the wire texts' ids
 * @param catchline per text, its catchline (a wire text takes the catchline of the stories that
 *                  list it; one listed by none is a catchline of its own)
 */
public record MeterData(List<Article> articles, Map<String, Story> stories, Set<String> wire,
                        Map<String, String> catchline) {

    /** One newspaper story's gold record. */
    public record Story(String label, List<String> sources, String catchline) {

        /** Written from the wire copy, wholly or partially. */
        public boolean derived() {
            return !"non".equals(label);
        }
    }

    /** Reads {@code dir/corpus.jsonl} (through the same reader as {@code analyze}) and {@code dir/gold.json}. */
    public static MeterData read(Path dir, java.util.function.Consumer<String> problems) throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        Path gold = dir.resolve("gold.json");
        if (!Files.isRegularFile(corpus) || !Files.isRegularFile(gold)) {
            throw new IOException(dir + ": expected corpus.jsonl and gold.json");
        }
        List<Article> articles = new ArrayList<>();
        new Ingestor().read(List.of(corpus), articles::add, p -> problems.accept(p.toString()));
        JsonNode root = new ObjectMapper().readTree(Files.readString(gold));
        Map<String, Story> stories = new LinkedHashMap<>();
        Map<String, String> catchline = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("newspapers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            List<String> sources = new ArrayList<>();
            s.path("sources").forEach(x -> sources.add(x.asText()));
            String line = s.path("catchline").asText(e.getKey());
            stories.put(e.getKey(), new Story(s.path("label").asText(), List.copyOf(sources), line));
            catchline.put(e.getKey(), line);
            for (String w : sources) {
                catchline.putIfAbsent(w, line);
            }
        }
        Set<String> wire = new LinkedHashSet<>();
        root.path("agency").forEach(x -> wire.add(x.asText()));
        for (String w : wire) {
            catchline.putIfAbsent(w, "wire:" + w);
        }
        return new MeterData(List.copyOf(articles), stories, wire, catchline);
    }
}
