package org.stemma.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.stemma.extract.DateFinder;
import org.stemma.text.Bylines;

/**
 * Chooses which blocks of a page are its main text.
 *
 * <p>Each block gets a weight: prose (enough words, few of them links, not under furniture) counts
 * for its length, link lists and furniture count against, short fragments slightly against. The
 * container is the element whose blocks weigh most in total (a maximum-weight subtree, found
 * from prefix sums over the document-ordered blocks); nested elements win ties. Inside the
 * container, blocks that are furniture, link lists, the headline or stock phrases
 * ("Advertisement", "Share this") are dropped.
 */
final class MainTextSelector {

    private static final Pattern STOCK_PHRASE = Pattern.compile(
        "^(advertisement|advertising|sponsored( content)?|ad|read more|read next|read also|more:|"
        + "related( articles| stories| content| coverage)?:?|see also|also read|"
        + "share( this)?( article| story| post)?|sign up|subscribe|follow us|click here|"
        + "photo:|image:|credit:|©|copyright|all rights reserved|loading|leave a (reply|comment)|"
        + "back to top|skip to|tags?:|filed under|topics?:|comments?|print|email|"
        + "listen to this|continue reading|this article|you might also like|recommended|advert|"
        + "don't miss|do not miss|tell us what you think|add (a )?(comment|review)|"
        + "this slideshow requires javascript|(image|photo|picture)s?( credit)?:)\\b.*",
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern BYLINE = Bylines.startAnyLanguage();
    private static final Pattern TIME_OR_DATE = Pattern.compile(
        "\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-](\\d{4}|\\d{2})\\b|\\b(updated|published)\\b",
        Pattern.CASE_INSENSITIVE);
    /** Headings that open the furniture after an article, in a few languages. */
    private static final Pattern SECTION_END = Pattern.compile(
        "^(related|you may (also )?like|you might (also )?like|more from|more on|more stories|"
        + "most read|most popular|most viewed|recommended|read more|read next|what to read next|"
        + "trending|popular|latest news|comments?|\\d+ comments?|leave a (reply|comment)|"
        + "join the conversation|share this|sign up|newsletter|about the author|"
        + "você (também )?pode gostar|leia também|veja também|lea también|te puede interesar|"
        + "lire aussi|à lire aussi|sur le même sujet|weitere artikel|mehr zum thema|"
        + "das könnte sie auch interessieren|leggi anche|potrebbe interessarti)\\b.{0,40}",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** A teaser summary is a few sentences; longer text under a link is an article. */
    private static final int MAX_TEASER_WORDS = 80;

    private MainTextSelector() {
    }

    /** The outcome: kept and dropped block indexes, in document order. */
    record Selection(List<TextBlock> kept, List<TextBlock> dropped, int containerFrom,
                     int containerTo) {
    }

    static Selection select(PageBlocks page, String title, ReferenceText reference) {
        List<TextBlock> blocks = page.blocks();
        int n = blocks.size();
        int[] furnitureDepth = furnitureDepths(page);
        boolean[] teaser = teasers(page);
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            double w = teaser[i] ? -b.text().length() : weight(b, furnitureDepth[i] >= 0);
            if (reference.overlap(b.text()) >= 0.5) {
                // The page vouches for this text (articleBody, description): count it double.
                w = 2 * Math.max(b.text().length(), 100);
            }
            prefix[i + 1] = prefix[i] + w;
        }
        int bestFrom = 0;
        int bestTo = n;
        int bestDepth = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < page.spanCount(); s++) {
            double w = prefix[page.spanTo()[s]] - prefix[page.spanFrom()[s]];
            if (w > best) {
                best = w;
                bestFrom = page.spanFrom()[s];
                bestTo = page.spanTo()[s];
                bestDepth = page.spanDepth()[s];
            }
        }
        String normTitle = title == null ? null : squash(title);
        List<TextBlock> kept = new ArrayList<>();
        List<TextBlock> dropped = new ArrayList<>();
        long[] proseAfter = new long[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            TextBlock b = blocks.get(i);
            boolean counts = i >= bestFrom && i < bestTo && !teaser[i] && prose(b)
                    && furnitureDepth[i] <= bestDepth && b.linkDensity() <= 0.5;
            proseAfter[i] = proseAfter[i + 1] + (counts ? b.text().length() : 0);
        }
        boolean ended = false;
        long proseBefore = 0;
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            boolean inside = i >= bestFrom && i < bestTo;
            if (inside && !ended && proseBefore > 0 && b.words() <= 8
                    && (b.headingLike() || b.words() <= 6)
                    && 4 * proseAfter[i] < proseBefore
                    && SECTION_END.matcher(b.text()).matches()) {
                // "Related stories", "You may also like", "Comments" with little prose after:
                // the article is over. (Mid-article "Related" boxes are followed by more text.)
                ended = true;
            }
            boolean leadingMeta = proseBefore == 0 && !prose(b) && metadataLine(b);
            if (inside && !ended && !leadingMeta && furnitureDepth[i] <= bestDepth && !teaser[i]
                    && keep(b, normTitle)) {
                kept.add(b);
                if (prose(b)) {
                    proseBefore += b.text().length();
                }
            } else {
                dropped.add(b);
            }
        }
        return new Selection(kept, dropped, bestFrom, bestTo);
    }

    /**
     * For each block, the depth of the innermost furniture element holding it, or -1. An element
     * named as furniture that holds half or more of the page's prose is not believed: the name
     * is then more likely a layout wrapper's ("article-masthead") than a side box's, unless the
     * name is strong and the element holds under three paragraphs (a long footer notice).
     */
    static int[] furnitureDepths(PageBlocks page) {
        List<TextBlock> blocks = page.blocks();
        int n = blocks.size();
        long[] prose = new long[n + 1];
        int[] proseBlocks = new int[n + 1];
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            boolean p = prose(b) && b.linkDensity() <= 0.5;
            prose[i + 1] = prose[i] + (p ? b.text().length() : 0);
            proseBlocks[i + 1] = proseBlocks[i] + (p ? 1 : 0);
        }
        List<Integer> credible = new ArrayList<>();
        for (int s = 0; s < page.spanCount(); s++) {
            byte kind = page.spanFurniture()[s];
            if (kind == PageBlocks.NOT_FURNITURE) {
                continue;
            }
            int from = page.spanFrom()[s];
            int to = page.spanTo()[s];
            boolean minorShare = 2 * (prose[to] - prose[from]) < Math.max(1, prose[n]);
            boolean fewParagraphs = proseBlocks[to] - proseBlocks[from] < 3;
            if (minorShare || (kind == PageBlocks.FURNITURE && fewParagraphs)) {
                credible.add(s);
            }
        }
        // Outer spans first at equal start, so the stack top is always the innermost open span.
        credible.sort((a, b) -> {
            int c = Integer.compare(page.spanFrom()[a], page.spanFrom()[b]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(page.spanTo()[b], page.spanTo()[a]);
            return c != 0 ? c : Integer.compare(page.spanDepth()[a], page.spanDepth()[b]);
        });
        int[] depth = new int[n];
        int[] stack = new int[credible.size()];
        int top = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && page.spanTo()[stack[top - 1]] <= i) {
                top--;
            }
            while (next < credible.size() && page.spanFrom()[credible.get(next)] <= i) {
                int s = credible.get(next++);
                if (page.spanTo()[s] > i) {
                    stack[top++] = s;
                }
            }
            depth[i] = top == 0 ? -1 : page.spanDepth()[stack[top - 1]];
        }
        return depth;
    }

    /**
     * Marks teaser summaries: a short prose block whose enclosing item (the smallest element above
     * the block's own that holds other blocks too) is small, holds a linked headline and no other prose nor the page's h1. Lists of such items
     * ("More from...", section fronts) otherwise look like paragraphs.
     */
    static boolean[] teasers(PageBlocks page) {
        List<TextBlock> blocks = page.blocks();
        int n = blocks.size();
        boolean[] teaser = new boolean[n];
        Integer[] order = new Integer[page.spanCount()];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(page.spanFrom()[a], page.spanFrom()[b]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(page.spanTo()[b], page.spanTo()[a]);
            return c != 0 ? c : Integer.compare(page.spanDepth()[a], page.spanDepth()[b]);
        });
        int[] stack = new int[order.length];
        int top = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && page.spanTo()[stack[top - 1]] <= i) {
                top--;
            }
            while (next < order.length && page.spanFrom()[order[next]] <= i) {
                int s = order[next++];
                if (page.spanTo()[s] > i) {
                    stack[top++] = s;
                }
            }
            TextBlock b = blocks.get(i);
            if (!prose(b) || b.linkDensity() > 0.5 || b.words() > MAX_TEASER_WORDS) {
                continue;
            }
            int item = -1;
            for (int k = top - 1; k >= 0; k--) {
                int sp = stack[k];
                // The first enclosing element that holds more than this block.
                if (page.spanDepth()[sp] < b.depth() && page.spanTo()[sp] - page.spanFrom()[sp] > 1) {
                    item = stack[k];
                    break;
                }
            }
            if (item < 0) {
                continue;
            }
            int from = page.spanFrom()[item];
            int to = page.spanTo()[item];
            if (to - from > 6) {
                continue;
            }
            boolean headline = false;
            boolean otherProse = false;
            for (int j = from; j < to; j++) {
                if (j == i) {
                    continue;
                }
                TextBlock o = blocks.get(j);
                if (o.tag().equals("h1")) {
                    // The page's own headline: this item is the article, however short.
                    otherProse = true;
                } else if (o.linkDensity() > 0.5 && o.words() >= 3) {
                    headline = true;
                } else if (prose(o)) {
                    otherProse = true;
                }
            }
            teaser[i] = headline && !otherProse;
        }
        return teaser;
    }

    static double weight(TextBlock b, boolean furniture) {
        int len = b.text().length();
        double ld = b.linkDensity();
        if (furniture) {
            return -len;
        }
        if (ld > 0.5) {
            // Capped: one long linked block (a tag list, a hover card) is less telling than many.
            return -Math.min(len, 150);
        }
        if (prose(b)) {
            return len * (1 - ld);
        }
        return -0.25 * len;
    }

    static boolean prose(TextBlock b) {
        if (b.headingLike()) {
            return false;
        }
        if (b.words() >= 12) {
            return true;
        }
        if (b.words() >= 6) {
            char last = b.text().charAt(b.text().length() - 1);
            return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ':'
                    || last == '。' || last == '！' || last == '？';
        }
        return false;
    }

    private static boolean keep(TextBlock b, String normTitle) {
        if (b.linkDensity() > 0.5 && (b.headingLike() || b.text().length() - b.linkChars() < 100)) {
            return false;
        }
        if (b.headingLike() && normTitle != null && !normTitle.isEmpty()
                && b.tag().equals("h1")) {
            return false;
        }
        if (b.words() <= 8 && STOCK_PHRASE.matcher(b.text()).matches()) {
            return false;
        }
        if (b.words() <= 40 && RelatedHeadlines.leadIn(b.text()) != null) {
            // "READ MORE: <headline>" points elsewhere; the headline is kept as related.
            return false;
        }
        return true;
    }

    /** A byline or timestamp line: "By Jane Doe", "05/10/2018 - Published by...", "Updated 1:23 p.m.". */
    static boolean metadataLine(TextBlock b) {
        if (b.words() > 25 || b.headingLike()) {
            return false;
        }
        String t = b.text();
        return BYLINE.matcher(t).lookingAt() || TIME_OR_DATE.matcher(t).find()
                || DateFinder.parse(t) != null;
    }

    private static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
