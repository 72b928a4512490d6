package org.stemma.report.graph;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;

/**
 * Writes derivations as CSV (RFC 4180: comma-separated, fields with commas, quotes or line
 * breaks quoted, quotes doubled), one row per edge with both ends' outlets; {@code directed}
 * false means the two are related but which came first is undetermined (source and copy are
 * then only the more likely order); the evidence sentences are joined with " | ".
 */
public final class EdgeCsv {

    /** The header row's columns. */
    public static final List<String> COLUMNS = List.of("source", "copy", "source_outlet", "copy_outlet",
            "kind", "credited", "confidence", "directed", "runner_up", "runner_up_weight", "evidence");

    private EdgeCsv() {
    }

    public static void write(Writer out, List<Article> articles, List<Derivation> derivations) throws IOException {
        Map<String, String> outlet = new HashMap<>();
        for (Article a : articles) {
            outlet.putIfAbsent(a.id(), a.outlet());
        }
        row(out, COLUMNS);
        for (Derivation d : derivations) {
            String so = d.fromExternal() ? d.source().substring(Derivation.EXTERNAL_PREFIX.length())
                    : outlet.get(d.source());
            row(out, List.of(d.source(), d.copy(), nz(so), nz(outlet.get(d.copy())), d.kind().jsonName(),
                    Boolean.toString(d.credited()), String.format(Locale.ROOT, "%.3f", d.confidence()),
                    Boolean.toString(d.directed()), nz(d.runnerUpSource()),
                    d.runnerUpSource() == null ? "" : String.format(Locale.ROOT, "%.3f", d.runnerUpWeight()),
                    String.join(" | ", d.evidenceText())));
        }
        out.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
