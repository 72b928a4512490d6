package org.stemma.eval.extraction;

/**
 * One page of an article-extraction benchmark.
 *
 * @param id        the page id (file name without {@code .html.gz})
 * @param url       the page URL from the ground truth, or null
 * @param html      the decoded page
 * @param bytes     size of the page in bytes, undecoded and uncompressed
 * @param truthBody the article body written by people
 */
public record BenchmarkPage(String id, String url, String html, long bytes, String truthBody) {
}
