package org.stemma.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.stemma.text.Tokenizer;

/**
 * Cuts a parsed page into {@link TextBlock}s in one iterative walk (no recursion, so a page
 * nested 100,000 elements deep is walked in bounded stack). Invisible and non-text elements
 * (scripts, styles, forms controls, hidden elements) are skipped; block-level elements start
 * and end blocks; {@code <br>} becomes a line break inside a block.
 */
final class BlockSegmenter {

    private static final Set<String> SKIPPED = Set.of(
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option",
        "textarea", "input", "head", "object", "embed", "video", "audio", "canvas", "map", "math",
        "dialog", "link", "meta", "title");
    private static final Set<String> BLOCK_LEVEL = Set.of(
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "caption", "legend");
    /** Elements that by their tag or role are page furniture rather than article text. */
    private static final Set<String> FURNITURE_TAGS = Set.of(
        "nav", "footer", "aside", "header", "menu", "figure", "figcaption");
    private static final Set<String> FURNITURE_ROLES = Set.of(
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog",
        "alert", "search", "toolbar");

    private BlockSegmenter() {
    }

    static PageBlocks segment(Element root) {
        Walker walker = new Walker();
        NodeTraversor.filter(walker, root);
        walker.flush();
        return new PageBlocks(walker.blocks, walker.spanFrom, walker.spanTo, walker.spanDepth,
                walker.spanFurniture, walker.spanCount);
    }

    private static boolean hidden(Element el) {
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** One open element during the walk. */
    private static final class Frame {
        int firstBlock;
        int depth;
        byte furniture;
        String blockTag;
        int blockDepth;
        boolean blockLevel;
        boolean link;
        boolean pre;
    }

    private static final class Walker implements NodeFilter {
        final List<TextBlock> blocks = new ArrayList<>();
        int[] spanFrom = new int[256];
        int[] spanTo = new int[256];
        int[] spanDepth = new int[256];
        byte[] spanFurniture = new byte[256];
        int spanCount;

        private final ArrayList<Frame> stack = new ArrayList<>();
        private final StringBuilder cur = new StringBuilder();
        private boolean pendingSpace;
        private int linkChars;
        private int inLink;
        private int inPre;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if (SKIPPED.contains(tag) || hidden(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                lineBreak();
                return FilterResult.CONTINUE;
            }
            Frame parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            Frame f = new Frame();
            f.depth = depth;
            f.blockLevel = BLOCK_LEVEL.contains(tag);
            if (f.blockLevel) {
                flush();
                f.blockTag = tag;
                f.blockDepth = depth;
            } else {
                f.blockTag = parent == null ? "body" : parent.blockTag;
                f.blockDepth = parent == null ? depth : parent.blockDepth;
            }
            f.firstBlock = blocks.size();
            f.furniture = tag.equals("body") || tag.equals("html") ? PageBlocks.NOT_FURNITURE
                    : furniture(el, tag);
            if (tag.equals("a") && el.hasAttr("href")) {
                f.link = true;
                inLink++;
            }
            if (tag.equals("pre")) {
                f.pre = true;
                inPre++;
            }
            stack.add(f);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element) || stack.isEmpty()) {
                return FilterResult.CONTINUE;
            }
            String tag = ((Element) node).normalName();
            if (tag.equals("br")) {
                return FilterResult.CONTINUE;
            }
            Frame f = stack.get(stack.size() - 1);
            if (f.depth != depth) {
                return FilterResult.CONTINUE;
            }
            if (f.blockLevel) {
                flush();
            }
            stack.remove(stack.size() - 1);
            if (f.link) {
                inLink--;
            }
            if (f.pre) {
                inPre--;
            }
            if (blocks.size() > f.firstBlock) {
                addSpan(f.firstBlock, blocks.size(), depth, f.furniture);
            }
            return FilterResult.CONTINUE;
        }

        private static byte furniture(Element el, String tag) {
            if (FURNITURE_TAGS.contains(tag)) {
                return PageBlocks.FURNITURE;
            }
            String role = el.attr("role");
            if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
                return PageBlocks.FURNITURE;
            }
            String cls = el.attr("class");
            String id = el.id();
            if (cls.isEmpty() && id.isEmpty()) {
                return PageBlocks.NOT_FURNITURE;
            }
            int hint = NameHints.of(cls + " " + id);
            return hint == NameHints.NEGATIVE ? PageBlocks.FURNITURE
                    : hint == NameHints.WEAK_NEGATIVE ? PageBlocks.LIKELY_FURNITURE
                    : PageBlocks.NOT_FURNITURE;
        }

        private void addSpan(int from, int to, int depth, byte furniture) {
            if (spanCount == spanFrom.length) {
                spanFrom = Arrays.copyOf(spanFrom, spanCount * 2);
                spanTo = Arrays.copyOf(spanTo, spanCount * 2);
                spanDepth = Arrays.copyOf(spanDepth, spanCount * 2);
                spanFurniture = Arrays.copyOf(spanFurniture, spanCount * 2);
            }
            spanFurniture[spanCount] = furniture;
            spanFrom[spanCount] = from;
            spanTo[spanCount] = to;
            spanDepth[spanCount] = depth;
            spanCount++;
        }

        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' && inPre > 0) {
                    lineBreak();
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
                    pendingSpace = true;
                } else {
                    if (pendingSpace && cur.length() > 0 && cur.charAt(cur.length() - 1) != '\n') {
                        cur.append(' ');
                        if (inLink > 0) {
                            linkChars++;
                        }
                    }
                    pendingSpace = false;
                    cur.append(c);
                    if (inLink > 0) {
                        linkChars++;
                    }
                }
            }
        }

        private void lineBreak() {
            if (cur.length() > 0) {
                cur.append('\n');
            }
            pendingSpace = false;
        }

        void flush() {
            int end = cur.length();
            while (end > 0 && (cur.charAt(end - 1) == '\n' || cur.charAt(end - 1) == ' ')) {
                end--;
            }
            boolean hasWordChar = false;
            int words = 0;
            boolean inWord = false;
            int cjk = 0;
            for (int i = 0; i < end; i++) {
                char c = cur.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    hasWordChar = true;
                }
                boolean sep = c == ' ' || c == '\n';
                if (!sep && !inWord) {
                    words++;
                }
                inWord = !sep;
                if (c >= '\u3040' && Tokenizer.isCjk(c)) {
                    cjk++;
                }
            }
            // Scripts written without spaces: about two characters to a word.
            words += cjk / 2;
            if (hasWordChar) {
                Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                String text = collapseBreaks(cur, end);
                String tag = top == null ? "body" : top.blockTag;
                blocks.add(new TextBlock(text, tag, top == null ? 0 : top.blockDepth,
                        Math.min(linkChars, text.length()), words,
                        tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))));
            }
            cur.setLength(0);
            linkChars = 0;
            pendingSpace = false;
        }

        /** Runs of two or more line breaks become one blank line (a paragraph break). */
        private static String collapseBreaks(StringBuilder sb, int end) {
            StringBuilder out = new StringBuilder(end);
            int newlines = 0;
            for (int i = 0; i < end; i++) {
                char c = sb.charAt(i);
                if (c == '\n') {
                    newlines++;
                    continue;
                }
                if (newlines > 0 && out.length() > 0) {
                    out.append(newlines > 1 ? "\n\n" : "\n");
                }
                newlines = 0;
                out.append(c);
            }
            return out.toString();
        }
    }
}
