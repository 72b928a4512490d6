package org.stemma.eval.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stemma.article.Article;
import org.stemma.eval.reuse.CorpusGenerator;

/**
 * A generated corpus on disk, the input of scale benchmarks ({@code ./stemma bench corpus}):
 * JSONL part files of at most {@code perPart} articles ({@code part-00000.jsonl}, ...), so a
 * Spark run gets one task per part, and {@code injected.tsv}, the derivations injected
 * ({@code source<TAB>copy<TAB>kind}, article ids), the truth recall is measured against.
 */
public final class CorpusFiles {

    public static final String INJECTED = "injected.tsv";

    private CorpusFiles() {
    }

    /** Writes {@code corpus} under {@code dir} (created if missing); returns the part files. */
    public static List<Path> write(CorpusGenerator.Corpus corpus, Path dir, int perPart) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        List<Path> parts = new ArrayList<>();
        List<Article> articles = corpus.articles();
        for (int from = 0; from < articles.size(); from += perPart) {
            Path part = dir.resolve(String.format("part-%05d.jsonl", parts.size()));
            try (BufferedWriter w = Files.newBufferedWriter(part)) {
                for (Article a : articles.subList(from, Math.min(articles.size(), from + perPart))) {
                    ObjectNode o = json.createObjectNode().put("id", a.id()).put("text", a.text());
                    if (a.published() != null) {
                        o.put("published", a.published());
                    }
                    w.write(json.writeValueAsString(o));
                    w.newLine();
                }
            }
            parts.add(part);
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(INJECTED))) {
            w.write("source\tcopy\tkind");
            w.newLine();
            for (CorpusGenerator.Injected i : corpus.injected()) {
                w.write(articles.get(i.source()).id() + "\t" + articles.get(i.copy()).id() + "\t" + i.kind());
                w.newLine();
            }
        }
        return parts;
    }

    /** The injected derivations of a corpus directory, as {@code source, copy, kind} rows. */
    public static List<String[]> injected(Path dir) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(dir.resolve(INJECTED))) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }
}
