package org.stemma.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.stemma.server.ServerOptions;
import org.stemma.server.StemmaServer;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;
import org.stemma.store.StoreException;
import org.stemma.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stemma serve --store DIR --port 7070}: the REST API and web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API (/api/v1) and the web UI over a store (loopback only by default).")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network)")
    String host;

    @Option(names = "--read-only", description = "only read the store (another process may be ingesting into it)")
    boolean readOnly;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "16777216",
            description = "largest accepted request body (default: ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--max-batch", paramLabel = "N", defaultValue = "1000",
            description = "most articles per POST (default: ${DEFAULT-VALUE})")
    int maxBatch;

    @Option(names = "--max-page", paramLabel = "N", defaultValue = "200",
            description = "largest page size of a list (default: ${DEFAULT-VALUE})")
    int maxPage;

    @Override
    public Integer call() throws InterruptedException {
        StemmaStore store;
        boolean writable = !readOnly;
        try {
            if (readOnly) {
                store = StemmaStore.openReadOnly(options.store);
            } else {
                try {
                    store = StemmaStore.open(options.store);
                } catch (StoreLockedException e) {
                    System.err.println("stemma serve: " + options.store + " is being written by another process;"
                            + " serving it read-only (POST /articles refused)");
                    store = StemmaStore.openReadOnly(options.store);
                    writable = false;
                }
            }
        } catch (StoreException e) {
            System.err.println("stemma serve: " + e.getMessage());
            return 2;
        }
        ServerOptions limits;
        try {
            limits = new ServerOptions(maxBody, maxBatch, maxPage);
        } catch (IllegalArgumentException e) {
            System.err.println("stemma serve: " + e.getMessage());
            store.close();
            return 2;
        }
        IncrementalIngest ingest = writable ? options.ingest(store) : null;
        StemmaServer server;
        try {
            server = new StemmaServer(store, ingest, limits).start(host, port);
        } catch (RuntimeException e) {
            System.err.println("stemma serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            store.close();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        StemmaStore opened = store;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            opened.close();
            stopped.countDown();
        }));
        System.out.printf("stemma serve: %s (%d articles%s) on http://%s:%d/  (API: /api/v1, Ctrl-C to stop)%n",
                options.store, store.articleCount(), writable ? "" : ", read-only", host, server.port());
        stopped.await();
        return 0;
    }
}
