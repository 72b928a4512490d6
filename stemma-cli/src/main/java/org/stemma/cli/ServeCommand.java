package org.stemma.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.stemma.server.ServerOptions;
import org.stemma.server.StemmaServer;
import org.stemma.server.WriteToken;
import org.stemma.store.IncrementalIngest;
import org.stemma.store.StemmaStore;
import org.stemma.store.StoreException;
import org.stemma.store.StoreFormat;
import org.stemma.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stemma serve --store DIR}: the REST API and web UI over a store. Read-only unless
 * {@code --allow-writes}; then writes need the bearer token kept in the store directory, shown
 * once when it is made.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API (/api/v1) and the web UI over a store (loopback only and read-only by default).")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network)")
    String host;

    @Option(names = "--allow-writes", description = "accept POST /articles, with the bearer token kept in the store"
            + " directory's " + WriteToken.FILE + " file (made and shown once if missing); an empty store is created if"
            + " --store does not exist")
    boolean allowWrites;

    @Option(names = "--read-only", hidden = true, description = "the default; kept for old scripts")
    boolean readOnly;

    @Option(names = "--allowed-host", paramLabel = "NAME", description = "a further host name clients may use to reach"
            + " the server (e.g. this machine's DNS name when listening beyond loopback); repeatable")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "16777216",
            description = "largest accepted request body (default: ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--max-batch", paramLabel = "N", defaultValue = "1000",
            description = "most articles per POST (default: ${DEFAULT-VALUE})")
    int maxBatch;

    @Option(names = "--max-page", paramLabel = "N", defaultValue = "200",
            description = "largest page size of a list (default: ${DEFAULT-VALUE})")
    int maxPage;

    @Option(names = "--max-response", paramLabel = "BYTES", defaultValue = "33554432",
            description = "largest answer sent; a larger one is refused, asking for a smaller page (default: ${DEFAULT-VALUE})")
    long maxResponse;

    @Override
    public Integer call() throws InterruptedException {
        ServerOptions limits;
        try {
            limits = new ServerOptions(maxBody, maxBatch, maxPage, maxResponse, allowedHosts);
        } catch (IllegalArgumentException e) {
            System.err.println("stemma serve: " + e.getMessage());
            return 2;
        }
        boolean writable = allowWrites && !readOnly;
        if (!writable && !Files.exists(options.store.resolve(StoreFormat.FILE))) {
            System.err.println("stemma serve: " + options.store + " is not a Stemma store; create one with"
                    + " 'stemma ingest FILES --store " + options.store + "' (or serve an empty one with --allow-writes)");
            return 2;
        }
        StemmaStore store;
        try {
            if (!writable) {
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
        IncrementalIngest ingest = null;
        String token = null;
        if (writable) {
            try {
                WriteToken t = WriteToken.of(store.dir());
                token = t.value();
                ingest = options.ingest(store);
                System.out.println(t.created()
                        ? "stemma serve: writes need this token (saved in " + t.file() + ", shown only now):\n  Authorization: Bearer " + t.value()
                        : "stemma serve: writes need the bearer token in " + t.file());
            } catch (RuntimeException e) {
                System.err.println("stemma serve: " + e.getMessage());
                store.close();
                return 2;
            }
        }
        StemmaServer server;
        try {
            server = new StemmaServer(store, ingest, token, limits).start(host, port);
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
                options.store, store.articleCount(), writable ? ", writes with the token" : ", read-only",
                host.contains(":") ? "[" + host + "]" : host, server.port());
        if (!StemmaServer.isLoopback(host)) {
            System.out.printf("warning: listening on %s beyond this machine: anyone who can reach port %d can read every"
                    + " article, story, link and quotation in %s%s. Clients must name the server by its address"
                    + "%s.%n", host, server.port(), options.store,
                    writable ? ", and anyone holding the token can add or replace articles" : " (writes are off)",
                    allowedHosts.isEmpty() ? " (add a DNS name with --allowed-host)" : " or " + String.join(", ", allowedHosts));
        }
        stopped.await();
        return 0;
    }
}
