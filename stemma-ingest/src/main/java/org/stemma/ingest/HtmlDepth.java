package org.stemma.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap upper estimate of how deeply an HTML page nests its elements, from a single scan of
 * the tags (no parsing): opening tags of elements that need a closing tag count one level,
 * closing tags give one back. Void elements ({@code <br>}), self-closed tags, elements whose end
 * tag is implied ({@code <p>}, {@code <li>}, table cells), comments and the contents of
 * {@code <script>}/{@code <style>} do not count. Used to turn away pathological pages before a
 * DOM walk whose cost grows with depth.
 */
final class HtmlDepth {

    private static final Set<String> NO_DEPTH = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
            "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame", "isindex",
            "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
            "colgroup", "rb", "rt", "rtc", "rp", "html", "head", "body", "!doctype");

    private HtmlDepth() {
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int k = s.indexOf('<', from); k >= 0; k = s.indexOf('<', k + 1)) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }

    /** The estimated maximum depth, or a value above {@code stopAt} as soon as it is exceeded. */
    static int maxDepth(String html, int stopAt) {
        int depth = 0;
        int max = 0;
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            boolean closing = html.charAt(lt + 1) == '/';
            int s = closing ? lt + 2 : lt + 1;
            int e = s;
            while (e < n && (Character.isLetterOrDigit(html.charAt(e)) || html.charAt(e) == '-'
                    || html.charAt(e) == ':' || html.charAt(e) == '!')) {
                e++;
            }
            if (e == s) {
                i = lt + 1;
                continue;
            }
            String name = html.substring(s, e).toLowerCase(Locale.ROOT);
            int gt = html.indexOf('>', e);
            if (gt < 0) {
                break;
            }
            i = gt + 1;
            if (!closing && (name.equals("script") || name.equals("style"))) {
                int end = indexOfIgnoreCase(html, "</" + name, i);
                i = end < 0 ? n : end;
                continue;
            }
            if (NO_DEPTH.contains(name)) {
                continue;
            }
            if (closing) {
                depth = Math.max(0, depth - 1);
            } else if (html.charAt(gt - 1) != '/') {
                depth++;
                if (depth > max) {
                    max = depth;
                    if (max > stopAt) {
                        return max;
                    }
                }
            }
        }
        return max;
    }
}
