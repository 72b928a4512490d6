package org.stemma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.eval.quotes.QuoteEvaluation;
import org.stemma.eval.quotes.QuoteScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stemma eval quotes GOLD}: quotation extraction and speaker attribution against a
 * PolNeAR-style folder ({@code text/}, {@code attributions/}) or Stemma's own JSONL gold (with
 * {@code --texts}, the article bodies the offsets refer to).
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Score quotation extraction and speaker attribution.",
                "GOLD is a PolNeAR-style folder (text/*.txt, attributions/*.ann) or a quotes JSONL file "
                        + "(Stemma's own gold; needs --texts)."})
public final class EvalQuotesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "PolNeAR-style folder(s) or gold JSONL file(s).")
    List<Path> gold;

    @Option(names = "--texts", paramLabel = "FILE",
            description = "JSON file mapping article id to {\"articleBody\": ...} for JSONL gold "
                    + "(default: ../shared/eval/article-extraction/ground-truth.json).")
    Path texts;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every error (kind | example) to FILE.")
    Path errorsOut;

    @Override
    public Integer call() throws Exception {
        int status = 0;
        List<String> allErrors = new ArrayList<>();
        for (Path g : gold) {
            List<String> problems = new ArrayList<>();
            QuoteScorer.Result r;
            try {
                if (Files.isDirectory(g)) {
                    if (!QuoteEvaluation.isBratFolder(g)) {
                        System.err.println("stemma eval quotes: " + g + ": not a PolNeAR-style folder (no text/)");
                        status = 2;
                        continue;
                    }
                    r = QuoteEvaluation.polnear(g, System.out, problems);
                } else if (Files.isRegularFile(g)) {
                    Path t = texts != null ? texts : Path.of("../shared/eval/article-extraction/ground-truth.json");
                    if (!Files.isRegularFile(t)) {
                        System.err.println("stemma eval quotes: " + t + ": texts file not found (use --texts)");
                        status = 2;
                        continue;
                    }
                    r = QuoteEvaluation.ownGold(g, t, System.out, problems);
                } else {
                    System.err.println("stemma eval quotes: " + g + ": no such file or folder");
                    status = 2;
                    continue;
                }
            } catch (java.io.IOException | RuntimeException e) {
                System.err.println("stemma eval quotes: " + g + ": " + e.getMessage());
                status = 1;
                continue;
            }
            for (String p : problems) {
                System.err.println("stemma eval quotes: skipped " + p);
            }
            allErrors.addAll(r.errors);
            if (!QuoteEvaluation.LAST.isEmpty()) {
                for (String e : QuoteEvaluation.LAST.get(0).joined().errors) {
                    allErrors.add("joined: " + e);
                }
                for (String e : QuoteEvaluation.LAST.get(1).joined().errors) {
                    allErrors.add("peer joined: " + e);
                }
            }
        }
        if (errorsOut != null) {
            Files.write(errorsOut, allErrors);
        }
        return status;
    }
}
