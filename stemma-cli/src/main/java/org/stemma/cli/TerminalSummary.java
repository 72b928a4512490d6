package org.stemma.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.ArticleLabel;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.quote.VariantRelation;
import org.stemma.story.Story;
import org.stemma.text.Tokenizer;

/**
 * The human-readable summary of an {@link Analysis}: one line per article (id, outlet, date,
 * words kept and removed, title), then a short section for each non-empty part of the analysis
 * (links, stories, provenance, quotes). Outside the article table an article is named as a
 * reader names it ({@link ArticleLabel}: outlet, headline, date) and a quotation by its speaker
 * and opening words; internal ids stay in the JSON.
 */
final class TerminalSummary {

    private static final int MAX_LINES = 50;
    private final PrintWriter out;
    /** Article id → how a reader names the article. */
    private Map<String, String> labels = Map.of();

    TerminalSummary(PrintWriter out) {
        this.out = out;
    }

    void print(Analysis a) {
        labels = new HashMap<>();
        a.articles().forEach(x -> labels.put(x.id(), ArticleLabel.of(x)));
        articles(a.articles());
        links(a.links());
        stories(a.stories());
        provenance(a.provenance());
        quotes(a.quotes());
        out.flush();
    }

    private void articles(List<Article> articles) {
        int idWidth = Math.min(40, Math.max(2, articles.stream().mapToInt(x -> x.id().length()).max().orElse(2)));
        int outletWidth = Math.min(24, Math.max(6, articles.stream()
                .mapToInt(x -> x.outlet() == null ? 1 : x.outlet().length()).max().orElse(6)));
        out.println("Articles (" + articles.size() + ")");
        out.println("  " + pad("ID", idWidth) + "  " + pad("OUTLET", outletWidth) + "  " + pad("DATE", 10)
                + "  " + String.format("%6s %8s", "KEPT", "REMOVED") + "  TITLE");
        for (Article x : articles) {
            String date = x.published() == null ? "-" : x.published().substring(0, Math.min(10, x.published().length()));
            out.println("  " + pad(x.id(), idWidth) + "  " + pad(or(x.outlet()), outletWidth) + "  " + pad(date, 10)
                    + "  " + String.format("%6d %8s", words(x.text()), removedWords(x)) + "  "
                    + cut(or(x.title()), 70));
        }
        out.println("  (KEPT / REMOVED: words of main text / words of page furniture removed)");
    }

    private void links(List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        out.println();
        out.println("Links (" + links.size() + ")");
        int shown = 0;
        for (Link l : links) {
            if (shown++ == MAX_LINES) {
                out.println("  ... " + (links.size() - MAX_LINES) + " more (use --json for all)");
                break;
            }
            Map<PassageKind, Integer> kinds = new EnumMap<>(PassageKind.class);
            for (Passage p : l.passages()) {
                kinds.merge(p.kind(), 1, Integer::sum);
            }
            out.println("  " + label(l.a()));
            out.println("    <-> " + label(l.b()) + "  " + l.kind().jsonName() + ", covers "
                    + percent(l.coverageA()) + " / " + percent(l.coverageB()) + ", " + l.passages().size()
                    + " passage(s)" + (kinds.isEmpty() ? "" : " " + counts(kinds)));
        }
    }

    private void stories(List<Story> stories) {
        if (stories.isEmpty()) {
            return;
        }
        out.println();
        out.println("Stories (" + stories.size() + ")");
        int shown = 0;
        for (Story s : stories) {
            if (shown++ == MAX_LINES) {
                out.println("  ... " + (stories.size() - MAX_LINES) + " more (use --json for all)");
                break;
            }
            // A reader's label: headline, then size, outlets, dates and the names most articles carry.
            out.println("  " + cut(s.title() == null ? "(no headline)" : s.title(), 100));
            StringBuilder line = new StringBuilder("    " + s.articles().size() + " articles");
            if (!s.outlets().isEmpty()) {
                line.append(" from ").append(cut(String.join(", ", s.outlets()), 60));
            }
            if (s.start() != null) {
                String from = s.start().substring(0, Math.min(10, s.start().length()));
                String to = s.end() == null ? from : s.end().substring(0, Math.min(10, s.end().length()));
                line.append(", ").append(from.equals(to) ? from : from + " to " + to);
            }
            if (!s.lineages().isEmpty()) {
                line.append(", ").append(s.lineages().size()).append(s.lineages().size() == 1 ? " lineage" : " lineages")
                        .append(" of shared text");
            }
            if (!s.names().isEmpty()) {
                line.append("; names: ").append(String.join(", ", s.names()));
            }
            out.println(line);
        }
    }

    private void provenance(List<Derivation> derivations) {
        if (derivations.isEmpty()) {
            return;
        }
        out.println();
        out.println("Provenance (" + derivations.size() + ")");
        int shown = 0;
        for (Derivation d : derivations) {
            if (shown++ == MAX_LINES) {
                out.println("  ... " + (derivations.size() - MAX_LINES) + " more (use --json for all)");
                break;
            }
            // An undetermined direction is drawn without an arrow.
            out.println("  " + label(d.source()));
            out.println("    " + (d.directed() ? "-> " : "-- ") + label(d.copy()) + "  " + d.kind().jsonName()
                    + ", " + (d.credited() ? "credited" : "uncredited") + ", "
                    + (d.directed() ? "" : "direction undetermined, ") + "confidence "
                    + String.format(Locale.ROOT, "%.2f", d.confidence())
                    + mainReason(d).map(r -> "  (" + cut(r, 70) + ")").orElse(""));
        }
    }

    /** The reason that weighs most for the derivation as drawn. */
    private static java.util.Optional<String> mainReason(Derivation d) {
        return d.evidence().stream().filter(e -> e.weight() != null && e.weight() > 0)
                .max(java.util.Comparator.comparingDouble(e -> e.weight())).map(e -> e.text());
    }

    private void quotes(List<QuoteFamily> families) {
        if (families.isEmpty()) {
            return;
        }
        out.println();
        out.println("Quotes (" + families.size() + " families)");
        // Quotes carried by several articles first; a few single ones if there are none.
        List<QuoteFamily> sorted = families.stream()
                .sorted((x, y) -> Integer.compare(y.variants().size(), x.variants().size())).toList();
        long multi = sorted.stream().filter(f -> f.variants().size() > 1).count();
        int show = (int) Math.min(MAX_LINES, Math.max(multi, Math.min(10, sorted.size())));
        for (QuoteFamily f : sorted.subList(0, show)) {
            Map<VariantRelation, Integer> kinds = new EnumMap<>(VariantRelation.class);
            for (QuoteVariant v : f.variants()) {
                kinds.merge(v.relation(), 1, Integer::sum);
            }
            String wording = f.wording() != null ? f.wording()
                    : f.variants().isEmpty() ? "" : f.variants().get(0).quote().text();
            long articles = f.variants().stream().map(v -> v.quote().article()).distinct().count();
            out.println("  " + (f.speaker() == null ? "(speaker not named)" : f.speaker()) + ": \"" + cut(wording, 60)
                    + "\"  in " + articles + (articles == 1 ? " article " : " articles ") + counts(kinds));
        }
        if (sorted.size() > show) {
            out.println("  ... " + (sorted.size() - show) + " more quoted in one article only (use --json for all)");
        }
    }

    /** How a reader names an article (or an outside source such as a wire agency). */
    private String label(String id) {
        String l = labels.get(id);
        return l != null ? l : ArticleLabel.external(id);
    }

    private static <E extends Enum<E>> String counts(Map<E, Integer> kinds) {
        StringBuilder b = new StringBuilder("(");
        for (Map.Entry<E, Integer> e : kinds.entrySet()) {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(e.getKey().name().toLowerCase(Locale.ROOT)).append(' ').append(e.getValue());
        }
        return b.append(')').toString();
    }

    static int words(String text) {
        return text == null ? 0 : Tokenizer.tokenize(text).size();
    }

    /** Words in the removed blocks; an estimate (~) from the char count when only that is known. */
    static String removedWords(Article a) {
        if (!a.removed().isEmpty()) {
            int n = 0;
            for (String r : a.removed()) {
                n += words(r);
            }
            return Integer.toString(n);
        }
        return a.removedChars() == 0 ? "0" : "~" + Math.round(a.removedChars() / 6.0);
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) + "%" : "?";
    }

    private static String or(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String pad(String s, int width) {
        String c = cut(s, width);
        return c + " ".repeat(Math.max(0, width - c.length()));
    }

    private static String cut(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }
}
