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
        try (Writer w = new Writer(dir, perPart)) {
            for (Article a : corpus.articles()) {
                w.article(a);
            }
            for (CorpusGenerator.Injected i : corpus.injected()) {
                w.injected(corpus.articles().get(i.source()).id(), corpus.articles().get(i.copy()).id(), i.kind());
            }
            return w.parts;
        }
    }

    /**
     * Generates and writes a corpus in one pass (the same files as {@link #write} of
     * {@code generator.generate(size, reuseRate, seed)}), without holding the articles: a
     * million articles fit in about 6 GB of heap.
     */
    public static Written generate(CorpusGenerator generator, int size, double reuseRate, long seed,
                                      Path dir, int perPart) throws IOException {
        try (Writer w = new Writer(dir, perPart)) {
            try {
                generator.generate(size, reuseRate, seed, w);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            return new Written(List.copyOf(w.parts), w.ids.size(), w.injectedCount);
        }
    }

    /** What {@link #generate} wrote: the part files, and the numbers of articles and of injected derivations. */
    public record Written(List<Path> parts, int articles, int injected) {
    }

    /** Writes articles to successive part files and derivations to the injected table. */
    private static final class Writer implements CorpusGenerator.Sink, AutoCloseable {
        private final ObjectMapper json = new ObjectMapper();
        private final Path dir;
        private final int perPart;
        private final List<Path> parts = new ArrayList<>();
        private final BufferedWriter injected;
        private BufferedWriter part;
        private int inPart;
        /** Article ids by ordinal, for the injected table (a few bytes per article). */
        private final List<String> ids = new ArrayList<>();
        private int injectedCount;

        Writer(Path dir, int perPart) throws IOException {
            if (perPart < 1) {
                throw new IllegalArgumentException("articles per part must be at least 1, not " + perPart);
            }
            Files.createDirectories(dir);
            this.dir = dir;
            this.perPart = perPart;
            injected = Files.newBufferedWriter(dir.resolve(INJECTED));
            injected.write("source\tcopy\tkind");
            injected.newLine();
        }

        @Override
        public void article(Article a) throws IOException {
            if (part == null || inPart == perPart) {
                if (part != null) {
                    part.close();
                }
                Path p = dir.resolve(String.format("part-%05d.jsonl", parts.size()));
                part = Files.newBufferedWriter(p);
                parts.add(p);
                inPart = 0;
            }
            ObjectNode o = json.createObjectNode().put("id", a.id()).put("text", a.text());
            if (a.published() != null) {
                o.put("published", a.published());
            }
            ids.add(a.id());
            part.write(json.writeValueAsString(o));
            part.newLine();
            inPart++;
        }

        @Override
        public void injected(CorpusGenerator.Injected i) throws IOException {
            injected(ids.get(i.source()), ids.get(i.copy()), i.kind());
        }

        void injected(String source, String copy, String kind) throws IOException {
            injected.write(source + "\t" + copy + "\t" + kind);
            injected.newLine();
            injectedCount++;
        }

        @Override
        public void close() throws IOException {
            if (part != null) {
                part.close();
                part = null;
            }
            injected.close();
        }
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
