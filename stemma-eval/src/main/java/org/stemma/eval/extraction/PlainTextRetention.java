package org.stemma.eval.extraction;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.ingest.ArticleFactory;
import org.stemma.ingest.BadInputException;
import org.stemma.text.Tokenizer;

/**
 * How much of a clean article body survives plain-text ingestion: each body goes in as the
 * {@code text} of a JSONL record (what a user with clean text does) and the words of the
 * article's text are matched against the body's, as multisets of normalised words. A cleaner
 * that removes only page furniture keeps nearly every word of a clean body.
 *
 * @param bodies the bodies measured, worst first
 */
public record PlainTextRetention(List<Body> bodies) {

    /** One body: its words and how many of them the article's text kept. */
    public record Body(String id, int words, int kept) {
        public double share() {
            return words == 0 ? 1.0 : (double) kept / words;
        }
    }

    public PlainTextRetention {
        bodies = List.copyOf(bodies);
    }

    /** Ingests each page's human-written body as plain text and counts the words kept. */
    public static PlainTextRetention measure(List<BenchmarkPage> pages) {
        ArticleFactory factory = new ArticleFactory();
        List<Body> out = new ArrayList<>();
        for (BenchmarkPage p : pages) {
            if (p.truthBody() == null || p.truthBody().isBlank()) {
                continue;
            }
            ObjectNode record = JsonNodeFactory.instance.objectNode().put("id", p.id()).put("text", p.truthBody());
            String text;
            try {
                text = factory.fromJson(record, null, "retention").text();
            } catch (BadInputException e) {
                text = "";
            }
            out.add(compare(p.id(), p.truthBody(), text));
        }
        out.sort(Comparator.comparingDouble(Body::share).thenComparing(Body::id));
        return new PlainTextRetention(out);
    }

    /** The words of {@code body} found in {@code kept}, each counted as often as both have it. */
    static Body compare(String id, String body, String kept) {
        Map<Long, Integer> left = new HashMap<>();
        long[] words = Tokenizer.tokenize(body).hashes();
        for (long h : words) {
            left.merge(h, 1, Integer::sum);
        }
        int matched = 0;
        for (long h : Tokenizer.tokenize(kept).hashes()) {
            Integer n = left.get(h);
            if (n != null && n > 0) {
                left.put(h, n - 1);
                matched++;
            }
        }
        return new Body(id, words.length, matched);
    }

    /** Words kept over all bodies / words of all bodies. */
    public double overall() {
        long words = 0;
        long kept = 0;
        for (Body b : bodies) {
            words += b.words();
            kept += b.kept();
        }
        return words == 0 ? 1.0 : (double) kept / words;
    }

    /** The body that lost most, or null when there are none. */
    public Body worst() {
        return bodies.isEmpty() ? null : bodies.get(0);
    }
}
