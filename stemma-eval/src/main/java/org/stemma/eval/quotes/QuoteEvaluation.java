package org.stemma.eval.quotes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stemma.article.Article;
import org.stemma.eval.Measures;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteExtractor;

/**
 * {@code stemma eval quotes}: runs {@link QuoteExtractor} over a gold set and prints extraction
 * precision, recall and F1 (all, full and partial quotes), speaker accuracy, the commonest
 * error kinds with an example each, and speed. Reads either a PolNeAR-style folder
 * ({@link BratReader}, {@link PolnearGold}) or Stemma's own JSONL gold ({@link OwnGold}).
 */
public final class QuoteEvaluation {

    private QuoteEvaluation() {
    }

    /**
     * One gold article: id, text and gold quotations; {@code ownGold} for Stemma's own (resolved)
     * gold; {@code goldDoubleMarks} PolNeAR's quotations read from double marks only (round 1's
     * reading, printed beside for comparison), null for own gold.
     */
    public record GoldDoc(String id, String text, List<GoldQuote> gold, boolean ownGold, List<GoldQuote> goldDoubleMarks) {
    }

    /** Evaluates on a PolNeAR-style folder. */
    public static QuoteScorer.Result polnear(Path dir, PrintStream out, List<String> errors) throws IOException {
        return polnear(dir, out, errors, null);
    }

    /** The same, with an outside system's quotations (or null) scored beside. */
    public static QuoteScorer.Result polnear(Path dir, PrintStream out, List<String> errors, ExternalPeer external)
            throws IOException {
        return evaluate("PolNeAR " + dir, read(dir, null, errors), false, out, external);
    }

    /** Evaluates on Stemma's own gold file against the article bodies in {@code texts}. */
    public static QuoteScorer.Result ownGold(Path jsonl, Path texts, PrintStream out, List<String> errors) throws IOException {
        return ownGold(jsonl, texts, out, errors, null);
    }

    /** The same, with an outside system's quotations (or null) scored beside. */
    public static QuoteScorer.Result ownGold(Path jsonl, Path texts, PrintStream out, List<String> errors,
                                             ExternalPeer external) throws IOException {
        QuoteScorer.Result r = evaluate("own gold " + jsonl, read(jsonl, texts, errors), true, out, external);
        speedOn(OwnGold.readTexts(texts), out);
        return r;
    }

    /**
     * The gold articles of a PolNeAR-style folder, or of Stemma's own gold file with the bodies
     * of {@code texts}; unreadable records are named in {@code errors} and skipped.
     */
    public static List<GoldDoc> read(Path gold, Path texts, List<String> errors) throws IOException {
        List<GoldDoc> out = new ArrayList<>();
        if (Files.isDirectory(gold)) {
            for (BratDocument d : BratReader.readFolder(gold, errors)) {
                out.add(new GoldDoc(d.name(), d.text(), PolnearGold.quotes(d, true), false, PolnearGold.quotes(d, false)));
            }
        } else {
            Map<String, String> bodies = OwnGold.readTexts(texts);
            for (OwnGold.Article g : OwnGold.read(gold, bodies, OwnGold.evalRoot(texts), errors)) {
                out.add(new GoldDoc(g.id(), g.text(), g.quotes(), true, null));
            }
        }
        return out;
    }

    /** Last run's one-to-one readings (Stemma strict, joined; peer strict, joined), for tests and --errors. */
    public static final List<UtteranceScorer> LAST = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static QuoteScorer.Result evaluate(String title, List<GoldDoc> docs, boolean ownGold, PrintStream out,
                                               ExternalPeer external) {
        QuoteExtractor extractor = new QuoteExtractor();
        QuoteScorer coverage = new QuoteScorer();
        UtteranceScorer ours = new UtteranceScorer();
        UtteranceScorer peer = new UtteranceScorer();
        UtteranceScorer oursDouble = new UtteranceScorer();
        UtteranceScorer peerDouble = new UtteranceScorer();
        UtteranceScorer outside = new UtteranceScorer();
        int unseen = 0;
        boolean doubleReading = false;
        long nanos = 0;
        int quotes = 0;
        long chars = 0;
        for (GoldDoc d : docs) {
            Article a = Article.builder(d.id(), d.text()).build();
            long t0 = System.nanoTime();
            List<Quote> predicted = extractor.extract(a);
            nanos += System.nanoTime() - t0;
            quotes += predicted.size();
            chars += d.text().length();
            coverage.add(d.id(), d.text(), d.gold(), predicted, ownGold);
            ours.add(d.id(), d.text(), d.gold(), predicted, ownGold);
            List<Quote> peerQuotes = QuoteMarkRegexPeer.extract(d.id(), d.text());
            peer.add(d.id(), d.text(), d.gold(), peerQuotes, ownGold);
            if (external != null) {
                unseen += external.quotes().containsKey(d.id()) ? 0 : 1;
                outside.add(d.id(), d.text(), d.gold(), external.of(d.id()), ownGold);
            }
            if (d.goldDoubleMarks() != null) {
                doubleReading = true;
                oursDouble.add(d.id(), d.text(), d.goldDoubleMarks(), predicted, ownGold);
                peerDouble.add(d.id(), d.text(), d.goldDoubleMarks(), peerQuotes, ownGold);
            }
        }
        LAST.clear();
        LAST.add(ours);
        LAST.add(peer);
        if (external != null) {
            LAST.add(outside);
        }
        out.println(title);
        out.println("  one to one (a match shares at least half of each side's words):");
        out.println("    reading  system                 gold  ours   P      R      F1     speaker       pron. role wrong none");
        row(out, "strict", "Stemma", ours.strict());
        row(out, "joined", "Stemma", ours.joined());
        row(out, "strict", "peer: quote-mark regex", peer.strict());
        row(out, "joined", "peer: quote-mark regex", peer.joined());
        if (external != null) {
            row(out, "strict", "peer: " + external.name(), outside.strict());
            row(out, "joined", "peer: " + external.name(), outside.joined());
            if (unseen > 0) {
                out.printf(Locale.ROOT, "    (%d of %d texts have no line in the %s file: scored as no quotations)%n",
                        unseen, docs.size(), external.name());
            }
        }
        if (ownGold) {
            out.println("  speaker (full name): right when ours names the gold's person as fully, not just the surname:");
            fullNameRow(out, "strict", "Stemma", ours.strict().speakerFullRight, ours.strict().speakerScored,
                    ours.strict().speakerFullClasses);
            fullNameRow(out, "joined", "Stemma", ours.joined().speakerFullRight, ours.joined().speakerScored,
                    ours.joined().speakerFullClasses);
        }
        if (doubleReading) {
            out.println("  the same, gold quotations read from double marks only (issue 18's first round):");
            row(out, "joined", "Stemma", oursDouble.joined());
            row(out, "joined", "peer: quote-mark regex", peerDouble.joined());
        }
        print(out, "  word coverage (issue 4's reading: half a quote's words inside the other side's quotes):", coverage.result());
        speed(out, docs.size(), quotes, chars, nanos);
        return coverage.result();
    }

    private static void row(PrintStream out, String reading, String system, UtteranceScorer.Reading r) {
        Map<String, Integer> e = r.speakerErrors;
        out.printf(Locale.ROOT, "    %-8s %-22s %5d %5d  %.3f  %.3f  %.3f  %.3f (%d/%d)  %4d %4d %5d %4d%n",
                reading, system, r.gold, r.predicted, r.precision(), r.recall(), r.f1(), r.speakerAccuracy(),
                r.speakerRight, r.speakerScored, e.getOrDefault(UtteranceScorer.PRONOUN_LEFT, 0),
                e.getOrDefault(UtteranceScorer.ROLE_LEFT, 0), e.getOrDefault(UtteranceScorer.WRONG_PERSON, 0),
                e.getOrDefault(UtteranceScorer.NONE, 0));
    }

    /** One reading's full-name speaker figure and its wrong classes ({@link FullNameMatch}). */
    private static void fullNameRow(PrintStream out, String reading, String system, int right, int scored,
                                    Map<String, Integer> classes) {
        out.printf(Locale.ROOT, "    %-8s %-22s %.3f (%d/%d)  %s%n", reading, system, Measures.share(right, scored),
                right, scored, fullNameClasses(classes));
    }

    /** "surname only 3, other person sharing the surname 2, other 13": the wrong classes, each printed. */
    static String fullNameClasses(Map<String, Integer> classes) {
        return String.join(", ", List.of(FullNameMatch.SURNAME_ONLY, FullNameMatch.SHARED_SURNAME, FullNameMatch.OTHER)
                .stream().map(k -> k + " " + classes.getOrDefault(k, 0)).toList());
    }

    /** Extraction speed over every body of the texts file (warm-up pass, then timed passes). */
    public static void speedOn(Map<String, String> bodies, PrintStream out) {
        QuoteExtractor extractor = new QuoteExtractor();
        List<Article> articles = new ArrayList<>();
        long chars = 0;
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            articles.add(Article.builder(e.getKey(), e.getValue()).build());
            chars += e.getValue().length();
        }
        for (Article a : articles) {
            extractor.extract(a);
        }
        int rounds = 5;
        int quotes = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                quotes += extractor.extract(a).size();
            }
        }
        long nanos = System.nanoTime() - t0;
        out.printf(Locale.ROOT, "speed on %d texts (%d rounds):%n", articles.size(), rounds);
        speed(out, articles.size() * rounds, quotes, chars * rounds, nanos);
        // Reference point: a bare regular expression that only pairs double quotation marks (no
        // single quotes, paragraphs, attribution or speakers). No open-source Java quotation
        // attributor exists to compare with; this shows what the attribution work costs.
        java.util.regex.Pattern marks = java.util.regex.Pattern.compile("[\u201C\"]([^\u201D\"\n]{1,2000})[\u201D\"]");
        int found = 0;
        long r0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                java.util.regex.Matcher m = marks.matcher(a.text());
                while (m.find()) {
                    found++;
                }
            }
        }
        long regexNanos = System.nanoTime() - r0;
        out.printf(Locale.ROOT, "  peer (regex pairing double marks only): %d spans, %.0f articles/s; Stemma/regex time ratio %.1f%n",
                found, articles.size() * rounds / Math.max(1e-9, regexNanos / 1e9), (double) nanos / Math.max(1, regexNanos));
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "  peak heap %.0f MB (whole process, including the gold and texts)%n", peak / 1e6);
    }

    private static void speed(PrintStream out, int articles, int quotes, long chars, long nanos) {
        double s = Math.max(1e-9, nanos / 1e9);
        out.printf(Locale.ROOT, "  %d articles, %d quotes, %.1f MB in %.2f s: %.0f articles/s, %.0f quotes/s, %.2f MB/s%n",
                articles, quotes, chars / 1e6, s, articles / s, quotes / s, chars / 1e6 / s);
    }

    static void print(PrintStream out, String title, QuoteScorer.Result r) {
        out.println(title);
        out.printf(Locale.ROOT, "  articles %d, gold quotes %d (full %d, partial %d), predicted %d (full %d, partial %d)%n",
                r.articles, r.gold, r.goldFull, r.goldPartial, r.predicted, r.predFull, r.predPartial);
        out.printf(Locale.ROOT, "  extraction  P %.3f  R %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
        out.printf(Locale.ROOT, "  full        P %.3f  R %.3f  F1 %.3f%n", r.fullPrecision(), r.fullRecall(),
                Measures.f1(r.fullPrecision(), r.fullRecall()));
        out.printf(Locale.ROOT, "  partial     P %.3f  R %.3f  F1 %.3f%n", r.partialPrecision(), r.partialRecall(),
                Measures.f1(r.partialPrecision(), r.partialRecall()));
        out.printf(Locale.ROOT, "  partial flag agrees on %d of %d found gold quotes%n", r.flagAgree, r.found);
        out.printf(Locale.ROOT, "  speaker accuracy %.3f (%d of %d found gold quotes whose speaker is a name)%n",
                r.speakerAccuracy(), r.speakerRight, r.speakerScored);
        if (!r.speakerFullClasses.isEmpty()) {
            out.printf(Locale.ROOT, "  speaker (full name) %.3f (%d of %d; %s)%n", r.speakerFullAccuracy(),
                    r.speakerFullRight, r.speakerScored, fullNameClasses(r.speakerFullClasses));
        }
        out.println("  errors by kind (count, example):");
        r.errorCounts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.printf(Locale.ROOT, "    %5d  %s%n           e.g. %s%n", e.getValue(), e.getKey(),
                        r.errorExample.get(e.getKey())));
    }

    /** Is {@code path} a PolNeAR-style folder? */
    public static boolean isBratFolder(Path path) {
        return Files.isDirectory(path.resolve("text"));
    }
}
