package org.stemma.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.eval.reuse.ConstructedPair;
import org.stemma.eval.reuse.EvidenceCrossValidation;
import org.stemma.eval.reuse.GoldBodies;
import org.stemma.eval.reuse.LabelledPairs;
import org.stemma.eval.reuse.LinkDecisionFit;
import org.stemma.eval.reuse.PairConstructor;
import org.stemma.eval.reuse.RealNewsLinks;
import org.stemma.eval.reuse.ReuseEvaluation;
import org.stemma.align.ReuseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stemma eval reuse}: PAN text-alignment measures on pairs built from real articles. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = "Evaluate lexical reuse detection on document pairs with reuse known by "
                + "construction (copies, truncations, sentence deletions/insertions/reorderings, "
                + "word substitutions, spliced passages, negatives) built from real article bodies; "
                + "prints PAN precision, recall, granularity and plagdet.")
public final class EvalReuseCommand implements Callable<Integer> {

    @Option(names = "--gold", description = "Article-extraction ground truth JSON (default ${DEFAULT-VALUE}).")
    Path gold = Path.of("../shared/eval/article-extraction/ground-truth.json");

    @Option(names = "--per-type", description = "Pairs per construction type (default ${DEFAULT-VALUE}).")
    int perType = 60;

    @Option(names = "--seeds", split = ",", description = "Random seeds of the constructed pairs, "
            + "comma-separated; each seed is one corpus (default ${DEFAULT-VALUE}).")
    List<Long> seeds = List.of(42L, 7L, 1234L);

    @Option(names = "--types", split = ",", description = "Pair types to build, comma-separated "
            + "(default: all of ${DEFAULT-VALUE}).")
    List<String> types = PairConstructor.TYPES;

    @Option(names = "--min-words", description = "Skip bodies shorter than this (default ${DEFAULT-VALUE}).")
    int minWords = 80;

    @Option(names = "--events", description = "Folder of the event-labelled corpora (gva-dev, semeval-train) (default ${DEFAULT-VALUE}).")
    Path events = Path.of("../shared/eval/events");

    @Option(names = "--polnear", description = "PolNeAR text folder (default ${DEFAULT-VALUE}).")
    Path polnear = Path.of("../shared/eval/quote-attribution-polnear/train/text");

    @Option(names = "--meter", description = "METER showbiz folder (default ${DEFAULT-VALUE}).")
    Path meter = Path.of("../shared/eval/meter-showbiz");

    @Option(names = "--only", split = ",", description = "Parts to run, comma-separated, of "
            + "constructed,gva,semeval,polnear,meter (default: all of these), cv (the replaced evidence thresholds "
            + "chosen by cross-validation over gva-dev, semeval-train and meter-showbiz, out-of-fold figures), fit (the "
            + "link decision fitted and cross-validated over the same corpora, out-of-fold figures and the weights to ship) "
            + "and dump (the labelled candidate pairs and their evidence, to --dump).")
    List<String> only = List.of("constructed", "gva", "semeval", "polnear", "meter");

    @Option(names = "--show", description = "Links printed for reading by hand per corpus "
            + "(gva-dev within and across incidents, SemEval different-event pairs linked and same-event "
            + "pairs lost to the peer, PolNeAR) (default ${DEFAULT-VALUE}).")
    int show = 0;

    @Option(names = "--folds", description = "Folds of the cv part (default ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--dump", description = "With the dump part: write the labelled candidate pairs and their "
            + "evidence to this file, one tab-separated line each.")
    Path dump;

    @Mixin
    ReuseOptionsMixin reuse = new ReuseOptionsMixin();

    /** The real-news parts asked for; 1 if one could not be read. */
    private int realNews() {
        int rc = 0;
        ReuseOptions o = reuse.options();
        System.out.println();
        System.out.println("== real news: stemma (furniture + evidence rule) and the peer (neither), same run");
        for (String part : only) {
            try {
                switch (part) {
                    case "gva" -> RealNewsLinks.gva(events.resolve("gva-dev"), o, show, System.out);
                    case "semeval" -> RealNewsLinks.semeval(events.resolve("semeval-train"), o, show, System.out);
                    case "polnear" -> RealNewsLinks.polnear(polnear, o, show, System.out);
                    case "meter" -> RealNewsLinks.meter(meter, o, System.out);
                    case "cv" -> EvidenceCrossValidation.run(events, meter, o, folds, System.out);
                    case "fit" -> LinkDecisionFit.run(events, meter, o, folds, System.out);
                    case "dump" -> {
                        List<String> lines = new ArrayList<>();
                        LabelledPairs.collect(events, meter, o).forEach(it -> lines.add(LabelledPairs.line(it)));
                        java.nio.file.Files.write(dump, lines);
                    }
                    case "constructed" -> { }
                    default -> throw new IllegalArgumentException("unknown part '" + part + "'");
                }
            } catch (Exception e) {
                System.err.println("stemma eval reuse: " + part + ": " + e.getMessage());
                rc = 1;
            }
        }
        return rc;
    }

    @Override
    public Integer call() {
        try {
            if (!only.contains("constructed")) {
                return realNews();
            }
            List<String> bodies = GoldBodies.read(gold, minWords);
            System.out.printf("constructed by our generator from %d article bodies of %s%n", bodies.size(), gold);
            List<ReuseEvaluation.Report> reports = new ArrayList<>();
            for (long seed : seeds) {
                List<ConstructedPair> pairs = new PairConstructor(bodies, seed).build(perType, types);
                ReuseEvaluation.Report r = ReuseEvaluation.run(pairs, reuse.options());
                reports.add(r);
                System.out.printf("%n== seed %d%n", seed);
                System.out.print(ReuseEvaluation.format(r));
            }
            System.out.printf("%n== over %d seeds%n", seeds.size());
            System.out.print(ReuseEvaluation.formatSeeds(seeds, reports));
            return realNews();
        } catch (Exception e) {
            System.err.println("stemma eval reuse: " + e.getMessage());
            return 1;
        }
    }
}
