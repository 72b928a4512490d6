package org.stemma.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.align.Link;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.story.Story;
import org.stemma.report.html.Views.ArticleView;
import org.stemma.report.html.Views.LinkView;
import org.stemma.report.html.Views.QuoteFamilyView;
import org.stemma.report.html.Views.StoryView;

/**
 * The static HTML report: one self-contained {@code index.html} with the same views as the web
 * UI, working from {@code file://} without a server. The analysis is embedded as JSON in a
 * {@code <script type="application/json">} block (with {@code <}, {@code >} and {@code &}
 * escaped so no article text can close it); the UI script and styles are inline and allowed by
 * their SHA-256 hashes in a Content-Security-Policy that allows nothing else.
 */
public final class HtmlReport {
    /** Name of the report file written into the output directory. */
    public static final String FILE = "index.html";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The data block of the report: everything the views need. */
    public record ReportData(List<StoryView> stories, List<ArticleView> articles, List<LinkView> links,
                             List<QuoteFamilyView> quotes) {
    }

    private HtmlReport() {
    }

    /** Writes {@code dir/index.html} (creating {@code dir}) and returns its path. */
    public static Path write(Analysis analysis, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        Path tmp = dir.resolve(FILE + ".tmp");
        Files.writeString(tmp, render(analysis), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** The report page. */
    public static String render(Analysis analysis) {
        String json = scriptSafeJson(data(analysis));
        String script = WebAssets.script();
        String style = WebAssets.style();
        if (script.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("app.js must not contain a closing script tag");
        }
        String csp = "default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(style)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
        String head = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n<style>" + style + "</style>";
        String bodyEnd = "<script type=\"application/json\" id=\"stemma-data\">" + json + "</script>\n<script>"
                + script + "</script>";
        String subtitle = "static report · " + analysis.articles().size() + " articles · "
                + analysis.stories().size() + " stories";
        return WebAssets.page(head, subtitle, bodyEnd);
    }

    /** The views of every story, article, link and quote family of {@code analysis}. */
    public static ReportData data(Analysis analysis) {
        Map<String, Article> articles = new LinkedHashMap<>();
        analysis.articles().forEach(a -> articles.put(a.id(), a));
        Map<String, String> storyOf = new HashMap<>();
        for (Story s : analysis.stories()) {
            s.articles().forEach(id -> storyOf.putIfAbsent(id, s.id()));
        }
        Map<String, List<QuoteFamily>> familiesOf = new HashMap<>();
        for (QuoteFamily f : analysis.quotes()) {
            f.variants().stream().map(v -> v.quote().article()).distinct()
                    .forEach(id -> familiesOf.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
        }
        List<ArticleView> articleViews = new ArrayList<>();
        for (Article a : articles.values()) {
            articleViews.add(ViewBuilder.article(a, storyOf.get(a.id()), familiesOf.getOrDefault(a.id(), List.of())));
        }
        List<LinkView> links = new ArrayList<>();
        for (Link l : analysis.links()) {
            links.add(ViewBuilder.link(l, articles.get(l.a()), articles.get(l.b())));
        }
        List<StoryView> stories = new ArrayList<>();
        for (Story s : analysis.stories()) {
            List<Article> members = s.articles().stream().map(articles::get).filter(a -> a != null).toList();
            List<Derivation> derivations = analysis.provenance().stream().filter(d -> s.articles().contains(d.copy())).toList();
            List<Link> storyLinks = analysis.links().stream()
                    .filter(l -> s.articles().contains(l.a()) && s.articles().contains(l.b())).toList();
            stories.add(ViewBuilder.story(s, members, derivations, storyLinks));
        }
        List<QuoteFamilyView> quotes = analysis.quotes().stream().map(f -> ViewBuilder.quoteFamily(f, articles)).toList();
        return new ReportData(stories, articleViews, links, quotes);
    }

    /**
     * JSON that can sit inside a script element: {@code <}, {@code >}, {@code &} and the JS line
     * separators only occur inside JSON strings, where their \\u escapes mean the same.
     */
    static String scriptSafeJson(Object value) {
        try {
            String json = MAPPER.writeValueAsString(value);
            StringBuilder sb = new StringBuilder(json.length() + 64);
            for (int i = 0; i < json.length(); i++) {
                char c = json.charAt(i);
                switch (c) {
                    case '<' -> sb.append("\\u003c");
                    case '>' -> sb.append("\\u003e");
                    case '&' -> sb.append("\\u0026");
                    case '\u2028' -> sb.append("\\u2028");
                    case '\u2029' -> sb.append("\\u2029");
                    default -> sb.append(c);
                }
            }
            return sb.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode report data: " + e.getMessage(), e);
        }
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
