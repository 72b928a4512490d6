package org.stemma.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.analysis.Analysis;
import org.stemma.analysis.AnalysisConfig;
import org.stemma.analysis.Analyzer;
import org.stemma.article.Article;
import org.stemma.ingest.ArticleFactory;
import org.stemma.ingest.IngestStats;
import org.stemma.ingest.Ingestor;
import org.stemma.report.ReportJson;
import org.stemma.report.graph.EdgeCsv;
import org.stemma.report.graph.GraphMl;
import org.stemma.report.graph.OutletGraph;
import org.stemma.report.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stemma analyze INPUT... [--json FILE]}: reads articles, analyses them and writes the
 * JSON report, or prints a summary. Problems with inputs go to stderr, one line each; the exit
 * code is 0 when at least one article was read, 1 when none was, 3 on an internal error.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Read articles (.txt, .html, .jsonl, .warc, any of them .gz; directories recursively), "
                + "find shared text, stories, provenance and quotations, and report them.",
                "Without --json, prints a summary: one line per article, then what the analysis found."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:at least one article was read", "1:no article could be read",
                "2:invalid command line", "3:internal error"})
public final class AnalyzeCommand implements Callable<Integer> {

    /** Above this many input files a progress bar is shown on stderr. */
    static final int PROGRESS_THRESHOLD = 300;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
    List<Path> inputs;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the JSON report to FILE ('-' for standard output) instead of printing a summary.")
    Path json;

    @Option(names = "--html", paramLabel = "DIR",
            description = "Also write a self-contained HTML report (DIR/index.html; opens from file://, no server).")
    Path html;

    @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "16",
            description = "Skip documents larger than this (default: ${DEFAULT-VALUE}).")
    int maxDocumentMb;

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    boolean noProgress;

    @Option(names = "--graphml", paramLabel = "FILE",
            description = "Also write the article provenance graph as GraphML (Gephi, yEd, networkx).")
    Path graphml;

    @Option(names = "--outlet-graphml", paramLabel = "FILE",
            description = "Also write the outlet-level graph (who copies whom, how often, credited or not) as GraphML.")
    Path outletGraphml;

    @Option(names = "--edges-csv", paramLabel = "FILE",
            description = "Also write the derivations as a CSV edge list.")
    Path edgesCsv;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return analyze(out, err);
        } catch (RuntimeException e) {
            err.println("stemma: internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            if (System.getenv("STEMMA_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("stemma: set STEMMA_DEBUG=1 to see the stack trace");
            }
            err.flush();
            return 3;
        }
    }

    private int analyze(PrintWriter out, PrintWriter err) {
        Ingestor ingestor = new Ingestor(new ArticleFactory(), (long) Math.max(1, maxDocumentMb) << 20);
        ProgressBar progress = new ProgressBar(err);
        long[] problems = {0};
        List<Path> files = new ArrayList<>();
        long ignored = ingestor.expand(inputs, files::add, p -> {
            problems[0]++;
            err.println(p);
        });
        if (!noProgress && files.size() > PROGRESS_THRESHOLD) {
            progress.start(files.size(), "files");
        }
        List<Article> articles = new ArrayList<>();
        IngestStats stats = ingestor.readFiles(files, articles::add, p -> {
            problems[0]++;
            progress.clear();
            err.println(p);
        }, f -> progress.step());
        progress.finish();
        if (articles.isEmpty()) {
            err.println("stemma: no articles read from " + String.join(", ", inputs.stream().map(Path::toString).toList())
                    + " (" + files.size() + " file(s), " + problems[0] + " problem(s)"
                    + (ignored > 0 ? ", " + ignored + " file(s) of unsupported type ignored" : "") + ")");
            err.flush();
            return 1;
        }
        AnalysisConfig config = this.analysis.config();
        Analysis analysis = new Analyzer(config, AnalysisOptions.embedder(config)).analyze(articles);
        if (!writeGraphs(analysis, err)) {
            return 1;
        }
        if (html != null) {
            try {
                Path page = HtmlReport.write(analysis, html);
                err.println("stemma: HTML report written to " + page);
            } catch (IOException e) {
                err.println("stemma: cannot write the HTML report to " + html + ": " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        if (json != null) {
            try {
                if (json.toString().equals("-")) {
                    OutputStream o = new BufferedOutputStream(System.out);
                    ReportJson.write(analysis, o, true);
                    o.flush();
                } else {
                    ReportJson.write(analysis, json);
                }
            } catch (IOException e) {
                err.println("stemma: cannot write " + json + ": " + e.getMessage());
                err.flush();
                return 1;
            }
            err.println("stemma: " + stats.articles() + " article(s) from " + stats.files() + " file(s), "
                    + analysis.links().size() + " link(s), " + analysis.stories().size() + " story(ies), "
                    + analysis.provenance().size() + " derivation(s), " + analysis.quotes().size()
                    + " quote family(ies)" + (problems[0] > 0 ? ", " + problems[0] + " problem(s)" : "")
                    + (json.toString().equals("-") ? "" : "; report written to " + json));
        } else {
            new TerminalSummary(out).print(analysis);
            if (problems[0] > 0 || ignored > 0) {
                out.println();
                out.println(problems[0] + " problem(s) with the input (listed on stderr)"
                        + (ignored > 0 ? "; " + ignored + " file(s) of unsupported type ignored" : ""));
            }
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** Writes the requested graph exports; false (after one line on stderr) when one cannot be written. */
    private boolean writeGraphs(Analysis analysis, PrintWriter err) {
        record Export(Path file, GraphWriter writer) { }
        List<Export> exports = new ArrayList<>();
        if (graphml != null) {
            exports.add(new Export(graphml, w -> GraphMl.writeArticleGraph(w, analysis.articles(), analysis.provenance())));
        }
        if (outletGraphml != null) {
            exports.add(new Export(outletGraphml, w -> GraphMl.writeOutletGraph(w,
                    OutletGraph.of(analysis.articles(), analysis.provenance()))));
        }
        if (edgesCsv != null) {
            exports.add(new Export(edgesCsv, w -> EdgeCsv.write(w, analysis.articles(), analysis.provenance())));
        }
        for (Export e : exports) {
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(e.file())) {
                e.writer().write(w);
            } catch (IOException ex) {
                err.println("stemma: cannot write " + e.file() + ": " + ex.getMessage());
                err.flush();
                return false;
            }
        }
        return true;
    }

    @FunctionalInterface
    private interface GraphWriter {
        void write(java.io.Writer w) throws IOException;
    }
}
