package org.stemma.ingest.html;

import java.util.List;

/**
 * A page cut into {@link TextBlock}s, with the block range of every element that holds text.
 * Because blocks are in document order, each element covers a contiguous range
 * {@code [spanFrom[i], spanTo[i])} of blocks; {@code spanDepth[i]} is its depth. Spans are listed
 * children before parents (post-order), so a scan that keeps the first maximum prefers the
 * innermost element. {@code spanFurniture[i]} says whether the element's tag, role or class/id
 * names it as page furniture (navigation, footer, share bar, comments...).
 */
record PageBlocks(List<TextBlock> blocks, int[] spanFrom, int[] spanTo, int[] spanDepth,
                  byte[] spanFurniture, int spanCount) {

    /** {@code spanFurniture} value: nothing marks the element as furniture. */
    static final byte NOT_FURNITURE = 0;
    /** A weak class/id name (menu, caption...) marks the element as furniture. */
    static final byte LIKELY_FURNITURE = 1;
    /** Its tag (nav, footer...), role or a strong class/id name marks it as furniture. */
    static final byte FURNITURE = 2;
}
