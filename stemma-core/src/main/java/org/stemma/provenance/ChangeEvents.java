package org.stemma.provenance;

import java.util.ArrayList;
import java.util.List;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * The change events that turn one linked article's text into the other's, read from the
 * link's passages, and their cost in either direction: the parsimony cost of a derivation.
 *
 * <p>Every member of a lineage is an observed article, so the most parsimonious tree is a
 * minimum-cost branching over these asymmetric costs: summed over a tree, an innovation shared
 * by several articles (an edit, an added paragraph) is paid once, on the edge where it arose.
 * Events, counted once however long they are:
 * <ul>
 *   <li>a block of text only one side has (each contiguous block one event: a trimmed tail, a
 *       sentence cut, an added paragraph). Seen from the source it is a <em>loss</em>; seen from
 *       the copy a <em>gain</em>. A copy cannot regain text its source lacks, so a gain costs more
 *       than a loss, and a gained block that is not a whole paragraph (text appearing in the
 *       middle of a paragraph) costs most;</li>
 *   <li>inside an edited passage, a run of words only one side has (a clause cut: a loss or a
 *       gain as above) or a small word edit (symmetric);</li>
 *   <li>a reworded passage, a related-headline line ("MORE: …") only one side shows:
 *       symmetric.</li>
 * </ul>
 * The share of text lost and gained adds a small length term, so of two explanations with the
 * same events the one changing less text wins.
 */
final class ChangeEvents {

    static final double LOSS = 1.0;
    static final double GAIN_PARAGRAPH = 0.7;
    static final double GAIN = 3.0;
    static final double EDIT = 1.0;
    /** Cost per share of the source's text lost, and per share of the copy's text gained. */
    static final double LOSS_LENGTH = 0.2;
    static final double GAIN_LENGTH = 2.0;
    /** Unshared stretches shorter than this (chars, spaces excluded) are no block of their own. */
    static final int MIN_GAP = 20;
    /** A word run this long (tokens) that one side alone has inside a passage is a clause cut. */
    static final int CLAUSE_TOKENS = 3;
    /** A paragraph break this close (chars) to a block's edge counts as its edge (aligners stop a word short). */
    static final int BREAK_SLACK = 20;
    /**
     * Edited passages further apart than this (token edits), and further than {@link #REWORDED}
     * of their tokens, count as reworded: one event.
     */
    static final int MAX_DIFF = 120;
    /**
     * Share of a passage's tokens (both sides) past which its changes make it reworded rather than
     * edited in several places. The lexical aligner joins a near copy into one passage across cut
     * sentences and word edits; read as one reworded event, a text two generations away looked as
     * near as one a single edit away, and the parent skipped a generation. Half: chosen on
     * constructed chains of generator seed 1001 only (0.25, 0.5, 0.75, 1; 0.5 and above read those
     * chains alike), docs/evaluation.md.
     */
    static final double REWORDED = 0.5;
    /** Token edits at most diffed in one passage (the diff's trace takes their square in ints). */
    static final int MAX_EDITS = 2000;

    /** Per side (0 = link's a, 1 = b): blocks only it has, of which whole paragraphs, their chars. */
    private final int[] blocks = new int[2];
    private final int[] paragraphs = new int[2];
    private final long[] chars = new long[2];
    /** Per side: word runs inside passages only it has. */
    private final int[] clauses = new int[2];
    private int edits;
    /** Per side: the blocks only it has, as spans of its text. */
    private final List<List<Span>> only = List.of(new ArrayList<>(), new ArrayList<>());
    private final int lenA;
    private final int lenB;

    private ChangeEvents(int lenA, int lenB) {
        this.lenA = lenA;
        this.lenB = lenB;
    }

    /** The events between the texts of {@code link}'s articles {@code a} and {@code b}. */
    static ChangeEvents of(Link link, String a, String b) {
        ChangeEvents e = new ChangeEvents(a.length(), b.length());
        List<Passage> ps = new ArrayList<>(link.passages());
        ps.sort((x, y) -> x.a().compareTo(y.a()));
        boolean monotone = true;
        for (int i = 1; i < ps.size(); i++) {
            if (ps.get(i).b().start() < ps.get(i - 1).b().start()) {
                monotone = false;
                break;
            }
        }
        if (monotone) {
            // Slot i lies before passage i (the last after all): pair what each side has there.
            int endA = 0;
            int endB = 0;
            for (int i = 0; i <= ps.size(); i++) {
                int sa = i < ps.size() ? ps.get(i).a().start() : a.length();
                int sb = i < ps.size() ? ps.get(i).b().start() : b.length();
                e.slot(a, Math.min(endA, sa), sa, b, Math.min(endB, sb), sb);
                if (i < ps.size()) {
                    endA = Math.max(endA, ps.get(i).a().end());
                    endB = Math.max(endB, ps.get(i).b().end());
                }
            }
        } else {
            e.unpaired(a, ps.stream().map(Passage::a).toList(), 0);
            e.unpaired(b, ps.stream().map(Passage::b).toList(), 1);
        }
        for (Passage p : ps) {
            e.inside(p, a, b);
        }
        return e;
    }

    private void slot(String a, int sa, int ea, String b, int sb, int eb) {
        Block x = Block.of(a, sa, ea);
        Block y = Block.of(b, sb, eb);
        if (x.chars == 0 && y.chars == 0) {
            return;
        }
        long small = Math.min(x.chars, y.chars);
        long big = Math.max(x.chars, y.chars);
        if (big >= MIN_GAP && (small == 0 || small >= MIN_GAP || big >= 3 * MIN_GAP)) {
            // A block only one side has (a word or two left over on the other side by the
            // aligner's passage ends is no text of its own); at the same place on both sides,
            // a block replaced by another: a loss and a gain.
            if (x.chars >= MIN_GAP) {
                add(0, x);
            }
            if (y.chars >= MIN_GAP) {
                add(1, y);
            }
            return;
        }
        // A few words differ here (an aligner splits passages at word edits, leaving a short
        // stretch on each side): read them like an edited passage.
        words(x.text(a), y.text(b));
    }

    private void unpaired(String text, List<Span> spans, int side) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        int end = 0;
        for (int i = 0; i <= sorted.size(); i++) {
            int s = i < sorted.size() ? sorted.get(i).start() : text.length();
            Block x = Block.of(text, Math.min(end, s), s);
            if (x.chars >= MIN_GAP) {
                add(side, x);
            }
            if (i < sorted.size()) {
                end = Math.max(end, sorted.get(i).end());
            }
        }
    }

    private void add(int side, Block x) {
        if (x.furniture) {
            edits++;
            return;
        }
        blocks[side]++;
        chars[side] += x.chars;
        only.get(side).add(new Span(x.start, x.end));
        if (x.paragraph) {
            paragraphs[side]++;
        }
    }

    private void inside(Passage p, String a, String b) {
        if (p.kind() == PassageKind.VERBATIM && p.similarity() >= 1) {
            return;
        }
        String ta = p.a().of(a);
        String tb = p.b().of(b);
        if (p.kind() == PassageKind.PARAPHRASE) {
            edits++;
            return;
        }
        words(ta, tb);
    }

    /** Word-level events between two short stretches of text. */
    private void words(String ta, String tb) {
        Tokens xa = Tokenizer.tokenize(ta);
        Tokens xb = Tokenizer.tokenize(tb);
        int cap = Math.min(MAX_EDITS, Math.max(MAX_DIFF, (int) (REWORDED * (xa.size() + xb.size()))));
        List<TokenDiff.Hunk> hunks = TokenDiff.hunks(xa.hashes(), xb.hashes(), cap);
        if (hunks == null) {
            edits++;
            return;
        }
        for (TokenDiff.Hunk h : hunks) {
            if (h.deleted() >= CLAUSE_TOKENS && h.inserted() == 0) {
                clauses[0]++;
            } else if (h.inserted() >= CLAUSE_TOKENS && h.deleted() == 0) {
                clauses[1]++;
            } else {
                edits++;
            }
        }
    }

    private static boolean sameWords(String x, String y) {
        Tokens a = Tokenizer.tokenize(x);
        Tokens b = Tokenizer.tokenize(y);
        return java.util.Arrays.equals(a.hashes(), 0, a.size(), b.hashes(), 0, b.size());
    }

    /** Cost of deriving b from a ({@code aSource}) or a from b. */
    double cost(boolean aSource) {
        int src = aSource ? 0 : 1;
        int cp = 1 - src;
        double lost = blocks[src] + clauses[src];
        // A copy adds a paragraph of its own now and then, hardly ever several.
        double gainedParagraphs = Math.min(1, paragraphs[cp]);
        double gainedOther = blocks[cp] - gainedParagraphs + clauses[cp];
        double lenSrc = Math.max(1, aSource ? lenA : lenB);
        double lenCp = Math.max(1, aSource ? lenB : lenA);
        return LOSS * lost + GAIN_PARAGRAPH * gainedParagraphs + GAIN * gainedOther + EDIT * edits
                + LOSS_LENGTH * chars[src] / lenSrc + GAIN_LENGTH * chars[cp] / lenCp;
    }

    /** The events between the two texts, each counted once whatever its length or direction. */
    int events() {
        return blocks[0] + blocks[1] + clauses[0] + clauses[1] + edits;
    }

    /** Whether the two texts differ by no event at all. */
    boolean none() {
        return events() == 0;
    }

    /** The blocks of text the copy has and the source lacks, as spans of the copy's text. */
    List<Span> gained(boolean aSource) {
        return only.get(aSource ? 1 : 0);
    }

    /** What turning the source's text into the copy's takes, in words ("1 cut passage, 2 word edits"). */
    String describe(boolean aSource) {
        int src = aSource ? 0 : 1;
        int cp = 1 - src;
        List<String> parts = new ArrayList<>();
        if (blocks[src] > 0) {
            parts.add(count(blocks[src], "cut passage"));
        }
        if (clauses[src] > 0) {
            parts.add(count(clauses[src], "clause cut"));
        }
        if (paragraphs[cp] > 0) {
            parts.add(count(paragraphs[cp], "added paragraph"));
        }
        if (blocks[cp] - paragraphs[cp] > 0) {
            int inside = blocks[cp] - paragraphs[cp];
            parts.add(inside + (inside == 1 ? " passage" : " passages") + " added inside a paragraph");
        }
        if (clauses[cp] > 0) {
            parts.add(count(clauses[cp], "added clause"));
        }
        if (edits > 0) {
            parts.add(count(edits, "word edit"));
        }
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** An unshared stretch of one text: its non-space chars and where it sits. */
    private record Block(int start, int end, long chars, boolean paragraph, boolean furniture) {

        static Block of(String text, int start, int end) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            long chars = 0;
            for (int i = s; i < e; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    chars++;
                }
            }
            boolean paragraph = chars > 0 && (breakBefore(text, s) || breakWithin(text, s, Math.min(e, s + BREAK_SLACK)))
                    && (breakAfter(text, e) || breakWithin(text, Math.max(s, e - BREAK_SLACK), e));
            // A related-headline line, give or take the punctuation an aligner leaves before it.
            java.util.regex.Matcher m = Headlines.CUE.matcher(text).region(s, e);
            boolean furniture = chars > 0 && m.find() && m.start() - s <= 3 && e - m.end() < MIN_GAP;
            return new Block(s, e, chars, paragraph, furniture);
        }

        String text(String of) {
            return of.substring(start, end);
        }

        private static boolean breakBefore(String text, int i) {
            for (int j = i - 1; j >= 0; j--) {
                char c = text.charAt(j);
                if (c == '\n') {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean breakWithin(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '\n') {
                    return true;
                }
            }
            return false;
        }

        private static boolean breakAfter(String text, int i) {
            for (int j = i; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '\n') {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
