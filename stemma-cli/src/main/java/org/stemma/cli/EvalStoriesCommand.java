package org.stemma.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.eval.events.EventCorpus;
import org.stemma.eval.events.StoriesEvaluation;
import org.stemma.story.EventSignals;
import org.stemma.story.SameEventModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stemma eval stories}: cross-validated story quality on each folder of the events data
 * (B-cubed and pairwise precision/recall/F1; same-event pair F1 on rated pairs), beside the
 * TF-IDF average-linkage peer in the same run; {@code --train} prints the model's constants.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Score stories (articles about one event) on real news labelled by event "
                + "(../shared/eval/events: gva-dev, ecbplus, semeval-train), cross-validated, beside "
                + "a TF-IDF average-linkage peer.")
public final class EvalStoriesCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/events",
            description = "folder of event data sets, each with corpus.jsonl and gold.json (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--sets", split = ",", paramLabel = "NAME",
            description = "data sets to use (default: every folder of --data)")
    List<String> sets;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default 5)")
    int folds;

    @Option(names = "--no-embed", description = "lexical model only (no sentence-embedding model)")
    boolean noEmbed;

    @Option(names = "--window", defaultValue = "" + EventSignals.WINDOW_DAYS,
            description = "candidate window in days (default ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--train", description = "print the fitted model as Java constants for SameEventModel")
    boolean train;

    @Override
    public Integer call() {
        List<EventCorpus> corpora = new ArrayList<>();
        try {
            List<Path> dirs = new ArrayList<>();
            if (sets != null) {
                sets.forEach(s -> dirs.add(data.resolve(s)));
            } else if (Files.isDirectory(data)) {
                try (var list = Files.list(data)) {
                    list.filter(Files::isDirectory).sorted().forEach(dirs::add);
                }
            }
            if (dirs.isEmpty()) {
                System.err.println("stemma: no data sets under " + data);
                return 2;
            }
            for (Path d : dirs) {
                EventCorpus c = EventCorpus.read(d);
                c.problems().forEach(p -> System.err.println("stemma: skipped " + p));
                corpora.add(c);
            }
        } catch (IOException e) {
            System.err.println("stemma: cannot read " + data + ": " + e.getMessage());
            return 2;
        }
        EventSignals signals;
        if (noEmbed) {
            signals = EventSignals.lexical();
        } else {
            try {
                signals = EventSignals.withEmbedder(new MiniLmEmbedder());
            } catch (RuntimeException | LinkageError e) {
                System.err.println("stemma: cannot load the embedding model: " + e);
                return 2;
            }
        }
        signals = new EventSignals(signals.embedder(), window, signals.maxPostingShare(), signals.model());
        long t0 = System.nanoTime();
        StoriesEvaluation.Result r = StoriesEvaluation.run(corpora, signals, folds);
        System.out.printf(Locale.ROOT, "%d-fold cross-validation split by event (%s model, window %d days), %.1f s%n",
                folds, noEmbed ? "lexical" : "embedding", window, (System.nanoTime() - t0) / 1e9);
        for (StoriesEvaluation.DatasetResult d : r.datasets()) {
            System.out.printf(Locale.ROOT, "%s: %d articles, %d candidate pairs%s%n", d.name(), d.articles(),
                    d.candidates(), Double.isNaN(d.candidateRecall()) ? ""
                            : String.format(Locale.ROOT, ", %.3f of same-event pairs proposed", d.candidateRecall()));
            if (d.oursPairs().tp() + d.oursPairs().fp() + d.oursPairs().fn() + d.oursPairs().tn() > 0) {
                System.out.println("  stemma (CV)   " + d.oursPairs());
                System.out.println("  tf-idf (CV)   " + d.peerPairs());
                System.out.println("  stemma (fit)  " + d.oursFitPairs() + "  [resubstitution]");
            } else {
                System.out.println("  stemma (CV)   " + d.ours());
                System.out.println("  tf-idf (CV)   " + d.peer());
                System.out.println("  stemma (fit)  " + d.oursFit() + "  [resubstitution]");
            }
        }
        System.out.println("thresholds per fold: stemma " + fmt(r.foldThresholds()) + ", tf-idf "
                + fmt(r.peerFoldThresholds()));
        System.out.printf(Locale.ROOT, "shipped threshold (best out of fold over all): stemma %.3f, tf-idf %.3f%n",
                r.model().threshold(), r.peerThreshold());
        if (train) {
            System.out.println("features " + SameEventModel.FEATURES);
            System.out.println(StoriesEvaluation.constants(r.model()));
        }
        return 0;
    }

    private static String fmt(double[] xs) {
        return Arrays.stream(xs).mapToObj(x -> String.format(Locale.ROOT, "%.3f", x)).toList().toString();
    }
}
