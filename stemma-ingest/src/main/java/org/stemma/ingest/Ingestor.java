package org.stemma.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.stemma.article.Article;

/**
 * Reads articles from files and directories, streaming: each article is handed to a consumer as
 * soon as it is read, so a corpus of millions of articles never has to fit in memory here.
 *
 * <p>Formats, by file name (a trailing {@code .gz} means gzip; gzip is also recognised by its
 * magic bytes): {@code .txt} (a plain-text page, boilerplate removed), {@code .html}/{@code .htm}
 * (a web page), {@code .jsonl} (one JSON article record per line, see
 * {@link ArticleFactory#fromJson}), {@code .warc}/{@code .warc.gz} (HTML response records).
 * Directories are walked recursively in name order; hidden files and files of other types in
 * them are passed over (counted in {@link IngestStats#ignored()}). A file named explicitly with
 * an unknown extension is read as HTML if it starts like HTML, else as text.
 *
 * <p>Ids: the file name without its extensions, a JSONL record's {@code id} (else file stem and
 * line number), or the WARC record id; a repeated id gets a {@code ~2}, {@code ~3}... suffix and
 * a warning.
 *
 * <p>Bad input never stops a batch: every unreadable file or record (binary, empty, truncated
 * gzip or WARC, invalid UTF-8, over the size limit, pathological HTML, malformed JSON) produces
 * one {@link IngestProblem} naming the file, the place in it and the reason, and reading goes on.
 * Not thread-safe; use one instance per thread.
 */
public final class Ingestor {

    /** Default limit on one document (a file, a JSONL line or a WARC payload): 16 MB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L << 20;

    private final DocumentFileReader documents;
    private final JsonlReader jsonl;
    private final WarcFileReader warc;

    public Ingestor() {
        this(new ArticleFactory(), DEFAULT_MAX_DOCUMENT_BYTES);
    }

    /**
     * @param factory          turns documents into articles
     * @param maxDocumentBytes larger documents are skipped with a problem line
     */
    public Ingestor(ArticleFactory factory, long maxDocumentBytes) {
        this.documents = new DocumentFileReader(factory, maxDocumentBytes);
        this.jsonl = new JsonlReader(factory, maxDocumentBytes);
        this.warc = new WarcFileReader(factory, maxDocumentBytes);
    }

    /** The input formats, recognised by file name. */
    public enum Format { TEXT, HTML, JSONL, WARC }

    /** Reads every input (files or directories) in order. */
    public IngestStats read(List<Path> inputs, Consumer<Article> out, Consumer<IngestProblem> problems) {
        List<Path> files = new ArrayList<>();
        long ignored = expand(inputs, files::add, problems);
        IngestStats s = readFiles(files, out, problems, f -> { });
        return new IngestStats(s.files(), s.articles(), s.skipped(), s.warnings(), ignored);
    }

    /**
     * Lists the readable files under {@code inputs} (directories walked recursively, in name
     * order), reporting inputs that do not exist.
     *
     * @return the number of files passed over in directories (unsupported type or hidden)
     */
    public long expand(List<Path> inputs, Consumer<Path> files, Consumer<IngestProblem> problems) {
        long ignored = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    List<Path> found = walk.filter(Files::isRegularFile).sorted().toList();
                    for (Path f : found) {
                        if (isHidden(input, f) || format(f) == null) {
                            ignored++;
                        } else {
                            files.accept(f);
                        }
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.accept(new IngestProblem(input.toString(), null, "cannot list directory: "
                            + (e instanceof IOException io ? IoMessages.of(io) : e.getMessage()), true));
                }
            } else if (Files.exists(input)) {
                files.accept(input);
            } else {
                problems.accept(new IngestProblem(input.toString(), null, "no such file or directory", true));
            }
        }
        return ignored;
    }

    /**
     * Reads the given files (no directories).
     *
     * @param fileDone called after each file, e.g. for a progress bar
     */
    public IngestStats readFiles(List<Path> files, Consumer<Article> out, Consumer<IngestProblem> problems,
                                 Consumer<Path> fileDone) {
        Sink sink = new Sink(out, problems);
        long n = 0;
        for (Path f : files) {
            n++;
            readFile(f, sink);
            fileDone.accept(f);
        }
        return new IngestStats(n, sink.articles, sink.skipped, sink.warnings, 0);
    }

    private void readFile(Path f, Sink sink) {
        String source = f.toString();
        Format fmt = format(f);
        try {
            if (fmt == Format.WARC) {
                warc.read(f, source, sink);
            } else if (fmt == Format.JSONL) {
                jsonl.read(f, source, stem(f), sink);
            } else {
                documents.read(f, source, stem(f), fmt == Format.HTML, sink);
            }
        } catch (OutOfMemoryError | StackOverflowError e) {
            // A pathological file must not end the batch; its buffers are unreachable now.
            sink.skip(source, null, "too large or too deeply nested to process ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** The format a file name says, or null for unsupported names. */
    public static Format format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".warc") || name.endsWith(".arc")) {
            return name.endsWith(".arc") ? null : Format.WARC;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Format.TEXT;
        }
        return null;
    }

    /** The file name without {@code .gz} and its format extension: the article id. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isHidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
