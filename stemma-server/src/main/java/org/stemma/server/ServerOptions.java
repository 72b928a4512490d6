package org.stemma.server;

/**
 * Limits of the HTTP API.
 *
 * @param maxBodyBytes largest accepted request body (larger ones get 413)
 * @param maxBatch     most articles in one POST
 * @param maxPageSize  largest {@code limit} of a list page
 */
public record ServerOptions(long maxBodyBytes, int maxBatch, int maxPageSize) {
    /** 16 MiB bodies, 1000 articles a batch, pages of up to 200. */
    public static final ServerOptions DEFAULTS = new ServerOptions(16L << 20, 1000, 200);

    public ServerOptions {
        if (maxBodyBytes < 1 || maxBatch < 1 || maxPageSize < 1) {
            throw new IllegalArgumentException("server limits must be positive");
        }
    }
}
