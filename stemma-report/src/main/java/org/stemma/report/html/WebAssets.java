package org.stemma.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The web UI's files ({@code page.html}, {@code app.js}, {@code app.css}), shared by the server
 * and the static report so both show the same views.
 */
public final class WebAssets {
    private WebAssets() {
    }

    /** The UI script. */
    public static String script() {
        return load("app.js");
    }

    /** The UI style sheet. */
    public static String style() {
        return load("app.css");
    }

    /**
     * The page skeleton with {@code head} (raw HTML) inserted in its head, {@code subtitle} (text,
     * escaped here) in its header, and {@code bodyEnd} (raw HTML) at the end of its body.
     */
    public static String page(String head, String subtitle, String bodyEnd) {
        return load("page.html").replace("{{HEAD}}", head)
                .replace("{{SUBTITLE}}", escapeHtml(subtitle))
                .replace("{{BODY_END}}", bodyEnd);
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escapeHtml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String load(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing web asset " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web asset " + name, e);
        }
    }
}
