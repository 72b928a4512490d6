package org.stemma.ingest.html;

import java.util.List;

/**
 * A page cut into {@link TextBlock}s, with the block range of every element that holds text.
 * Because blocks are in document order, each element covers a contiguous range
 * {@code [spanFrom[i], spanTo[i])} of blocks; {@code spanDepth[i]} is its depth. Spans are listed
 * children before parents (post-order), so a scan that keeps the first maximum prefers the
 * innermost element. {@code spanFurniture[i]} is true when the element's tag, role or class/id
 * names it as page furniture (navigation, footer, share bar, comments...).
 */
record PageBlocks(List<TextBlock> blocks, int[] spanFrom, int[] spanTo, int[] spanDepth,
                  boolean[] spanFurniture, int spanCount) {
}
