package org.stemma.server;

import java.util.List;

/**
 * Limits and access settings of the HTTP API.
 *
 * @param maxBodyBytes     largest accepted request body (larger ones get 413)
 * @param maxBatch         most articles in one POST
 * @param maxPageSize      largest {@code limit} of a list page
 * @param maxResponseBytes largest answer the server sends; a larger one is refused with a JSON
 *                         4xx asking for a smaller page, so no request can make the server build
 *                         an answer of hundreds of megabytes
 * @param allowedHosts     host names clients may use besides loopback names and the bind address
 *                         ({@code --allowed-host})
 */
public record ServerOptions(long maxBodyBytes, int maxBatch, int maxPageSize, long maxResponseBytes,
                            List<String> allowedHosts) {
    /** 16 MiB bodies, 1000 articles a batch, pages of up to 200, answers of up to 32 MiB, no extra host. */
    public static final ServerOptions DEFAULTS = new ServerOptions(16L << 20, 1000, 200);

    public ServerOptions {
        if (maxBodyBytes < 1 || maxBatch < 1 || maxPageSize < 1 || maxResponseBytes < 1024) {
            throw new IllegalArgumentException("server limits must be positive (and answers at least 1 KiB)");
        }
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** These request limits, answers of up to 32 MiB, no extra host. */
    public ServerOptions(long maxBodyBytes, int maxBatch, int maxPageSize) {
        this(maxBodyBytes, maxBatch, maxPageSize, 32L << 20, List.of());
    }

    /** These options with clients also allowed to name the server by {@code hosts}. */
    public ServerOptions withAllowedHosts(List<String> hosts) {
        return new ServerOptions(maxBodyBytes, maxBatch, maxPageSize, maxResponseBytes, hosts);
    }

    /** These options with answers capped at {@code bytes}. */
    public ServerOptions withMaxResponseBytes(long bytes) {
        return new ServerOptions(maxBodyBytes, maxBatch, maxPageSize, bytes, allowedHosts);
    }
}
