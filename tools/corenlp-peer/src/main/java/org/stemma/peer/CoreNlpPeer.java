package org.stemma.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Runs Stanford CoreNLP's quote annotator with quote attribution over texts and writes its
 * quotations, one JSON line per text: {"id", "quotes": [{"begin", "end", "text", "speaker",
 * "canonicalSpeaker"}]}. Offsets are CoreNLP's, in UTF-16 chars of the input text, and include
 * the quotation marks (Stemma's reader trims them).
 *
 * <p>Usage: {@code java -Xmx4g -cp 'target/corenlp-peer.jar:target/lib/*' org.stemma.peer.CoreNlpPeer
 * [--coref statistical|dcoref] [IN.jsonl] > OUT.jsonl}; input lines are {"id", "text"} (stdin when no file).
 */
public final class CoreNlpPeer {

    private CoreNlpPeer() {
    }

    public static void main(String[] args) throws Exception {
        String coref = "statistical";
        Path in = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--coref")) {
                coref = args[++i];
            } else {
                in = Path.of(args[i]);
            }
        }
        Properties p = new Properties();
        if (coref.equals("dcoref")) {
            // The rule-based (Stanford sieve) coreference: small models, fits a 4 GB heap easily.
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,dcoref,quote");
        } else {
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
            p.setProperty("coref.algorithm", coref);
        }
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        ObjectMapper json = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        int texts = 0;
        int quotes = 0;
        try (BufferedReader r = in == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String id = n.get("id").asText();
                String text = n.get("text").asText();
                ObjectNode o = json.createObjectNode();
                o.put("id", id);
                ArrayNode qs = o.putArray("quotes");
                try {
                    Annotation doc = new Annotation(text);
                    pipeline.annotate(doc);
                    List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
                    if (found != null) {
                        for (CoreMap q : found) {
                            ObjectNode j = qs.addObject();
                            j.put("begin", q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
                            j.put("end", q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                            j.put("text", q.get(CoreAnnotations.TextAnnotation.class));
                            j.put("speaker", q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class));
                            j.put("canonicalSpeaker", q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class));
                            quotes++;
                        }
                    }
                } catch (RuntimeException e) {
                    // One text CoreNLP cannot process is reported and counted as no quotations.
                    o.put("error", String.valueOf(e));
                    System.err.println("corenlp-peer: " + id + ": " + e);
                }
                out.println(json.writeValueAsString(o));
                texts++;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.err.printf(java.util.Locale.ROOT, "corenlp-peer: %d texts, %d quotations in %.1f s (coref %s)%n",
                texts, quotes, s, coref);
    }
}
