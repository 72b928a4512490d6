package org.stemma.ingest.html;

import java.util.Locale;
import java.util.Set;

/**
 * Flattens markup nested deeper than browsers build it. Chrome's parser stops nesting at 512
 * levels; jsoup has no such limit and its tree building slows quadratically with depth, so a page
 * of 100,000 nested {@code <div>}s would take minutes. One linear scan counts open elements;
 * start tags (and their end tags) beyond the limit are dropped, their content kept. Pages within
 * the limit are returned unchanged (the same instance).
 */
final class NestingLimiter {

    /** Chrome's maximum DOM depth for parsed HTML. */
    static final int MAX_DEPTH = 512;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "command");
    private static final Set<String> RAW = Set.of("script", "style", "textarea", "title", "xmp",
            "plaintext", "noscript", "iframe", "noembed", "noframes");

    private NestingLimiter() {
    }

    static String limit(String html, int maxDepth) {
        if (!tooDeep(html, maxDepth)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int depth = 0;
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                out.append(html, i, n);
                break;
            }
            out.append(html, i, lt);
            Tag t = Tag.read(html, lt);
            if (t == null) {
                out.append('<');
                i = lt + 1;
                continue;
            }
            boolean keep = true;
            if (t.end) {
                keep = depth <= maxDepth;
                depth = Math.max(0, depth - 1);
            } else if (t.opens()) {
                depth++;
                keep = depth <= maxDepth;
            }
            if (keep) {
                out.append(html, lt, t.next);
            }
            i = t.next;
            if (!t.end && t.name != null && RAW.contains(t.name)) {
                int close = indexOfIgnoreCase(html, "</" + t.name, i);
                int stop = close < 0 ? n : close;
                out.append(html, i, stop);
                i = stop;
            }
        }
        return out.toString();
    }

    private static boolean tooDeep(String html, int maxDepth) {
        int depth = 0;
        int i = 0;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                return false;
            }
            Tag t = Tag.read(html, lt);
            if (t == null) {
                i = lt + 1;
                continue;
            }
            if (t.end) {
                depth = Math.max(0, depth - 1);
            } else if (t.opens() && ++depth > maxDepth) {
                return true;
            }
            i = t.next;
            if (!t.end && t.name != null && RAW.contains(t.name)) {
                int close = indexOfIgnoreCase(html, "</" + t.name, i);
                if (close < 0) {
                    return false;
                }
                i = close;
            }
        }
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = needle.length();
        for (int i = from; i + n <= s.length(); i++) {
            i = s.indexOf('<', i);
            if (i < 0 || i + n > s.length()) {
                return -1;
            }
            if (s.regionMatches(true, i, needle, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    /** One tag or comment starting at a {@code <}. */
    private record Tag(String name, boolean end, boolean selfClosing, int next) {

        boolean opens() {
            return name != null && !selfClosing && !VOID.contains(name);
        }

        static Tag read(String s, int lt) {
            int n = s.length();
            if (s.startsWith("<!--", lt)) {
                int close = s.indexOf("-->", lt + 4);
                return new Tag(null, false, true, close < 0 ? n : close + 3);
            }
            int i = lt + 1;
            boolean end = i < n && s.charAt(i) == '/';
            if (end) {
                i++;
            }
            if (i >= n || !Character.isLetter(s.charAt(i))) {
                if (i < n && (s.charAt(i) == '!' || s.charAt(i) == '?')) {
                    int gt = s.indexOf('>', i);
                    return new Tag(null, false, true, gt < 0 ? n : gt + 1);
                }
                return null;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
                i++;
            }
            String name = s.substring(start, i).toLowerCase(Locale.ROOT);
            char quote = 0;
            char prev = ' ';
            while (i < n) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if ((c == '"' || c == '\'') && prev == '=') {
                    // quotes matter only where an attribute value starts
                    quote = c;
                } else if (c == '>') {
                    break;
                }
                if (!Character.isWhitespace(c)) {
                    prev = c;
                }
                i++;
            }
            boolean selfClosing = i > 0 && i < n && s.charAt(i - 1) == '/';
            return new Tag(name, end, selfClosing, Math.min(n, i + 1));
        }
    }
}
