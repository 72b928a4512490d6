package org.stemma.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stemma.eval.extraction.BenchmarkPage;
import org.stemma.eval.extraction.BenchmarkPages;
import org.stemma.eval.extraction.BoilerpipeExtractor;
import org.stemma.eval.extraction.ExtractionBenchmark;
import org.stemma.eval.extraction.ExtractorRun;
import org.stemma.eval.extraction.MainTextExtractor;
import org.stemma.eval.extraction.PlainTextRetention;
import org.stemma.eval.extraction.Readability4jExtractor;
import org.stemma.eval.extraction.ShingleMatch;
import org.stemma.eval.extraction.StemmaExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stemma eval extraction DIR}: scores Stemma's main-text extractor and two peers
 * (Readability4J, boilerpipe) on an article-extraction benchmark folder with the benchmark's own
 * measure, times them on the same pages, and optionally writes Stemma's predictions.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score and time main-text extraction on a benchmark folder "
                + "(html/*.html.gz + ground-truth.json), beside Readability4J and boilerpipe.")
public final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "benchmark folder")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write Stemma's predictions as {id: {\"articleBody\": text}} JSON")
    Path out;

    @Option(names = "--rounds", defaultValue = "3",
            description = "timed passes over the pages per extractor (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--no-peers", description = "score only Stemma's extractor")
    boolean noPeers;

    @Option(names = "--worst", defaultValue = "0", paramLabel = "N",
            description = "also list Stemma's N worst pages with their precision and recall")
    int worst;

    @Override
    public Integer call() throws Exception {
        List<String> problems = new ArrayList<>();
        List<BenchmarkPage> pages;
        try {
            pages = BenchmarkPages.load(dir, problems::add);
        } catch (java.io.IOException e) {
            System.err.println("stemma eval extraction: " + e.getMessage());
            return 2;
        }
        problems.forEach(p -> System.err.println("stemma eval extraction: " + p));
        if (pages.isEmpty()) {
            System.err.println("stemma eval extraction: " + dir + ": no pages to score");
            return 2;
        }
        long totalBytes = pages.stream().mapToLong(BenchmarkPage::bytes).sum();
        System.out.printf("%d pages, %.1f MB of HTML, %d timed rounds%n", pages.size(),
                totalBytes / 1e6, rounds);
        List<MainTextExtractor> extractors = new ArrayList<>(List.of(new StemmaExtractor()));
        if (!noPeers) {
            extractors.add(new Readability4jExtractor());
            extractors.add(new BoilerpipeExtractor());
        }
        List<ExtractorRun> runs = new ExtractionBenchmark(rounds).run(pages, extractors);
        System.out.print(ExtractionBenchmark.table(runs));
        ExtractorRun ours = runs.get(0);
        for (ExtractorRun peer : runs.subList(1, runs.size())) {
            System.out.printf("stemma vs %s: F1 %+.3f, speed x%.2f (wall), x%.2f (cpu)%n",
                    peer.name(), ours.score().f1() - peer.score().f1(),
                    ours.pagesPerSecond() / peer.pagesPerSecond(),
                    ours.cpuPagesPerSecond() / peer.cpuPagesPerSecond());
        }
        PlainTextRetention plain = PlainTextRetention.measure(pages);
        PlainTextRetention.Body worstBody = plain.worst();
        System.out.printf("plain text: the %d human-written bodies given as JSONL \"text\" keep %.2f%% of "
                + "their words (worst body: %s, %.1f%%)%n", plain.bodies().size(), 100 * plain.overall(),
                worstBody == null ? "-" : worstBody.id(), worstBody == null ? 100.0 : 100 * worstBody.share());
        System.out.printf("peak heap: %d MB%n", peakHeapMb());
        if (worst > 0) {
            for (String id : ours.worstPages().subList(0, Math.min(worst, pages.size()))) {
                ShingleMatch m = ours.matches().get(id);
                System.out.printf("  %s precision=%.3f recall=%.3f%n", id, m.precision(), m.recall());
            }
            for (PlainTextRetention.Body b : plain.bodies().subList(0, Math.min(worst, plain.bodies().size()))) {
                System.out.printf("  plain text %s: %d of %d words kept (%.1f%%)%n", b.id(), b.kept(), b.words(),
                        100 * b.share());
            }
        }
        if (out != null) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            for (Map.Entry<String, String> e : ours.predictions().entrySet()) {
                root.putObject(e.getKey()).put("articleBody", e.getValue());
            }
            mapper.writeValue(out.toFile(), root);
            System.out.println("predictions written to " + out);
        }
        return 0;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
