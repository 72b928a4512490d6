package org.stemma.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.article.Article;
import org.stemma.eval.model.ModelBenchmark;
import org.stemma.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stemma bench model INPUT...}: what the sentence-embedding model costs in analyze. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Analyse INPUT with the sentence-embedding model and with --no-embed in one JVM, alternating; "
                + "print CPU and wall time, stage times, texts embedded per stage and the ratio.")
public final class BenchModelCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
    List<Path> inputs;

    @Option(names = "--rounds", description = "Lexical/model pairs to run (default ${DEFAULT-VALUE}).")
    int rounds = 1;

    @Option(names = "--limit", description = "Use at most this many articles, in input order (0 = all).")
    int limit;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Also ingest the articles into new stores under DIR (must not exist), lexically and with "
                    + "the model, and print both ingest rates.")
    Path store;

    @Option(names = "--batch", description = "Articles per store commit (default ${DEFAULT-VALUE}, as ingest).")
    int batch = 500;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Override
    public Integer call() {
        List<Article> articles = new ArrayList<>();
        new Ingestor().read(inputs, articles::add, p -> System.err.println("stemma bench model: " + p.describe()));
        if (articles.isEmpty()) {
            System.err.println("stemma bench model: no articles read");
            return 1;
        }
        if (limit > 0 && articles.size() > limit) {
            articles = articles.subList(0, limit);
        }
        if (store != null && java.nio.file.Files.exists(store)) {
            System.err.println("stemma bench model: " + store + " exists; give a new directory");
            return 2;
        }
        ModelBenchmark.run(articles, analysis.config(), Math.max(1, rounds), store, Math.max(1, batch), System.out);
        return 0;
    }
}
