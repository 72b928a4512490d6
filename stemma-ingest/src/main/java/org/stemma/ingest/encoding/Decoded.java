package org.stemma.ingest.encoding;

import java.nio.charset.Charset;

/**
 * Bytes decoded to text, with how the charset was chosen.
 *
 * @param text           the decoded text (byte-order mark removed)
 * @param charset        the charset used
 * @param how            what decided it: {@code bom}, {@code declared} (HTTP header),
 *                       {@code meta} ({@code <meta charset>}), {@code utf-8} (valid UTF-8),
 *                       {@code detector}, or {@code default} (windows-1252)
 * @param malformedAt    byte offset of the first byte that could not be decoded, or -1
 * @param malformedCount number of undecodable byte sequences, each replaced by U+FFFD
 */
public record Decoded(String text, Charset charset, String how, long malformedAt, int malformedCount) {

    /** True if some bytes were not valid in the chosen charset and were replaced. */
    public boolean hasMalformed() {
        return malformedCount > 0;
    }
}
