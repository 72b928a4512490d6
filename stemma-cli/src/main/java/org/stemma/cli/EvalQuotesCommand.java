package org.stemma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.eval.quotes.ExternalPeer;
import org.stemma.eval.quotes.QuoteDecisionTrainer;
import org.stemma.eval.quotes.QuoteEvaluation;
import org.stemma.eval.quotes.QuoteScorer;
import org.stemma.eval.quotes.SpeakerRankerTrainer;
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
                    + "(default: ../shared/eval/article-extraction/ground-truth.json); a gold line naming a "
                    + "\"source\" (e.g. events/gva-dev) reads its text from that corpus of the same eval folder.")
    Path texts;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every error (kind | example) to FILE.")
    Path errorsOut;

    @Option(names = "--fit", description = "Fit the keep-or-drop decision on the GOLD sets by cross-validation "
            + "(folds by article) and print its figures and constants instead of scoring.")
    boolean fit;

    @Option(names = "--fit-speakers", description = "Fit the speaker ranker on the GOLD sets' source spans by "
            + "cross-validation (folds by article) and print its figures and constants instead of scoring.")
    boolean fitSpeakers;

    @Option(names = "--peer-file", paramLabel = "FILE",
            description = "An outside system's quotations (JSONL by text id, as tools/corenlp-peer writes them), "
                    + "scored beside Stemma and the regex peer.")
    Path peerFile;

    @Option(names = "--peer-name", paramLabel = "NAME", description = "Row label of --peer-file (default: CoreNLP).")
    String peerName = "CoreNLP";

    @Option(names = "--dump-texts", paramLabel = "FILE",
            description = "Write the GOLD sets' texts as {\"id\", \"text\"} JSONL lines to FILE (input for an "
                    + "outside peer such as tools/corenlp-peer) instead of scoring.")
    Path dumpTexts;

    @Override
    public Integer call() throws Exception {
        if (fit || fitSpeakers || dumpTexts != null) {
            return fit();
        }
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
                    r = QuoteEvaluation.polnear(g, System.out, problems, peer(g, null, problems));
                } else if (Files.isRegularFile(g)) {
                    Path t = texts != null ? texts : Path.of("../shared/eval/article-extraction/ground-truth.json");
                    if (!Files.isRegularFile(t)) {
                        System.err.println("stemma eval quotes: " + t + ": texts file not found (use --texts)");
                        status = 2;
                        continue;
                    }
                    r = QuoteEvaluation.ownGold(g, t, System.out, problems, peer(g, t, problems));
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
                if (QuoteEvaluation.LAST.size() > 2) {
                    for (String e : QuoteEvaluation.LAST.get(2).joined().errors) {
                        allErrors.add(peerName + " joined: " + e);
                    }
                }
            }
        }
        if (errorsOut != null) {
            Files.write(errorsOut, allErrors);
        }
        return status;
    }

    /** The outside peer's quotations, offsets checked against this gold set's texts; null without --peer-file. */
    private ExternalPeer peer(Path g, Path t, List<String> problems) throws java.io.IOException {
        if (peerFile == null) {
            return null;
        }
        java.util.Map<String, String> byId = new java.util.HashMap<>();
        for (QuoteEvaluation.GoldDoc d : QuoteEvaluation.read(g, t, new ArrayList<>())) {
            byId.put(d.id(), d.text());
        }
        List<String> wrong = new ArrayList<>();
        ExternalPeer p = ExternalPeer.read(peerName, peerFile, byId, wrong);
        // Lines of other gold sets' texts are no problem; a quotation misplaced in one of this set's texts is.
        for (String w : wrong) {
            String id = w.substring(w.lastIndexOf(' ') + 1);
            if (!w.contains("does not match text") || byId.containsKey(id)) {
                problems.add(w);
            }
        }
        return p;
    }

    /** Fits (--fit, --fit-speakers) or dumps texts (--dump-texts) over all GOLD sets together. */
    private int fit() throws java.io.IOException {
        List<List<QuoteEvaluation.GoldDoc>> sets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path g : gold) {
            List<String> problems = new ArrayList<>();
            try {
                Path t = texts != null ? texts : Path.of("../shared/eval/article-extraction/ground-truth.json");
                if (!Files.isDirectory(g) && !Files.isRegularFile(g) || Files.isRegularFile(g) && !Files.isRegularFile(t)) {
                    System.err.println("stemma eval quotes: " + g + ": no such gold set (or its texts file)");
                    return 2;
                }
                sets.add(QuoteEvaluation.read(g, t, problems));
                names.add(g.toString());
            } catch (java.io.IOException | RuntimeException e) {
                System.err.println("stemma eval quotes: " + g + ": " + e.getMessage());
                return 1;
            }
            for (String p : problems) {
                System.err.println("stemma eval quotes: skipped " + p);
            }
        }
        if (dumpTexts != null) {
            List<QuoteEvaluation.GoldDoc> all = new ArrayList<>();
            sets.forEach(all::addAll);
            ExternalPeer.dumpTexts(all, dumpTexts);
            System.err.println("stemma eval quotes: wrote " + all.size() + " texts to " + dumpTexts);
            return 0;
        }
        if (fit) {
            QuoteDecisionTrainer.fit(sets, names, System.out);
        }
        if (fitSpeakers) {
            try {
                SpeakerRankerTrainer.fit(sets, names, System.out);
            } catch (IllegalArgumentException e) { // no source spans to fit on, or a wrong -Dstemma.ranker.drop name
                System.err.println("stemma eval quotes: " + e.getMessage());
                return 2;
            }
        }
        return 0;
    }
}
