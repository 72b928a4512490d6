package org.stemma.ingest.html;

/**
 * One run of visible text between two block-level boundaries of a page, in document order.
 *
 * @param text          the text, whitespace collapsed; line breaks from {@code <br>} kept
 * @param tag           the innermost block-level element holding the text ("p", "li", "h2"...)
 * @param depth         that element's depth in the tree
 * @param linkChars     characters of the text inside links
 * @param words         whitespace-separated words
 * @param headingLike   true for h1–h6 blocks
 */
record TextBlock(String text, String tag, int depth, int linkChars, int words,
                 boolean headingLike) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
