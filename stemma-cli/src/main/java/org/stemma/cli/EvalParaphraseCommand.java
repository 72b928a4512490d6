package org.stemma.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stemma.align.paraphrase.ParaphraseJudge;
import org.stemma.embed.MiniLmEmbedder;
import org.stemma.eval.paraphrase.JudgeTrainer;
import org.stemma.eval.paraphrase.MsrpReader;
import org.stemma.eval.paraphrase.PairFeatures;
import org.stemma.eval.paraphrase.ParaphraseEval;
import org.stemma.eval.paraphrase.VectorFile;
import org.stemma.text.SentenceEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stemma eval paraphrase FILE}: judges MSRP-format pairs with the aligner's paraphrase
 * decision and prints accuracy, precision, recall, F1, pairs/s and the threshold; with
 * {@code --train}, re-derives the decision's weights and threshold by cross-validation.
 */
@Command(name = "paraphrase", mixinStandardHelpOptions = true,
        description = "Score the paraphrase decision on an MSRP-format file (tab-separated: "
                + "Quality, #1 ID, #2 ID, #1 String, #2 String).")
public final class EvalParaphraseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "MSRP-format pairs file")
    Path file;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write one line per pair: id1, id2, score, decision, gold")
    Path out;

    @Option(names = "--train", description = "learn the judge's weights and threshold on FILE by "
            + "k-fold cross-validation and print them (as Java constants)")
    boolean train;

    @Option(names = "--folds", defaultValue = "10", description = "folds for --train (default 10)")
    int folds;

    @Option(names = "--vectors", paramLabel = "FILE", description = "keep sentence vectors in "
            + "this file between runs (optional; saves re-embedding)")
    Path vectors;

    @Override
    public Integer call() {
        MsrpReader.Result data;
        try {
            data = MsrpReader.read(file);
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("stemma: cannot read " + file + ": no such file");
            return 2;
        } catch (IOException e) {
            System.err.println("stemma: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        data.problems().forEach(p -> System.err.println("stemma: skipped " + p));
        if (data.pairs().isEmpty()) {
            System.err.println("stemma: " + file + ": no pairs");
            return 2;
        }
        try {
            MiniLmEmbedder model;
            try {
                model = new MiniLmEmbedder();
            } catch (RuntimeException | LinkageError e) {
                System.err.println("stemma: cannot load the embedding model: " + e);
                return 2;
            }
            SentenceEmbedder embedder = vectors == null ? model : new VectorFile(vectors, model);
            System.out.printf(Locale.ROOT, "%s: %d pairs, model %s%n", file, data.pairs().size(),
                    model.modelName());
            if (train) {
                PairFeatures pf = PairFeatures.of(data.pairs(), embedder);
                JudgeTrainer.Result r = JudgeTrainer.train(pf.x(), pf.gold(), folds, 1);
                System.out.printf(Locale.ROOT, "%d-fold CV, out-of-fold, threshold %.4f: %s%n",
                        r.folds(), r.judge().threshold(), r.outOfFold());
                System.out.printf(Locale.ROOT, "%d-fold CV, threshold chosen inside each fold:"
                        + " %s%n", r.folds(), r.nested());
                System.out.println("features " + ParaphraseJudge.FEATURES);
                System.out.println(ParaphraseEval.constants(r.judge()));
                ParaphraseEval.Report fit = ParaphraseEval.evaluate(data.pairs(), embedder,
                        r.judge(), null);
                System.out.println("learned judge on all of FILE (resubstitution): " + fit);
            } else {
                ParaphraseEval.Report report;
                if (out != null) {
                    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                        report = ParaphraseEval.evaluate(data.pairs(), embedder,
                                ParaphraseJudge.DEFAULT, w);
                    }
                } else {
                    report = ParaphraseEval.evaluate(data.pairs(), embedder,
                            ParaphraseJudge.DEFAULT, null);
                }
                System.out.println(report);
            }
            if (embedder instanceof VectorFile vf) {
                vf.save();
            }
            return 0;
        } catch (IOException e) {
            System.err.println("stemma: " + e.getMessage());
            return 2;
        }
    }
}
