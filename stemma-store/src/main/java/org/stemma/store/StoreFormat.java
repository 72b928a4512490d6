package org.stemma.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The store's on-disk format version, kept in a small {@value #FILE} file at the top of the
 * store directory (and repeated in every Lucene commit's user data). A store written by a newer
 * Stemma is refused, never silently misread.
 */
public final class StoreFormat {
    /** The format this build writes and the newest it reads. */
    public static final int CURRENT = 1;
    /** Name of the version file inside the store directory. */
    public static final String FILE = "STEMMA-STORE";
    /** Key of the format version in the Lucene commit user data. */
    static final String COMMIT_KEY = "stemma.format";

    private StoreFormat() {
    }

    /**
     * Checks the version file of {@code dir}, creating it (atomically) for an empty or missing
     * directory when {@code create} is true.
     *
     * @throws StoreFormatException if the directory holds something else or a newer format
     */
    static void check(Path dir, boolean create) {
        Path file = dir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                if (!create) {
                    throw new StoreFormatException(dir + " is not a Stemma store (no " + FILE
                            + " file); create one with 'stemma ingest FILES --store " + dir + "'");
                }
                Files.createDirectories(dir);
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new StoreFormatException(dir + " is not empty and is not a Stemma store"
                                + " (no " + FILE + " file); refusing to write into it");
                    }
                }
                Path tmp = dir.resolve(FILE + ".tmp");
                Files.writeString(tmp, "format=" + CURRENT + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            String content = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!content.startsWith("format=")) {
                throw new StoreFormatException(file + " is damaged: expected 'format=N', found '"
                        + abbreviate(content) + "'");
            }
            requireReadable(parse(file.toString(), content.substring("format=".length())), dir);
        } catch (IOException e) {
            throw new StoreException("cannot read the store version in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Parses a format number found in {@code where}. */
    static int parse(String where, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StoreFormatException(where + ": store format is not a number: '"
                    + abbreviate(value) + "'");
        }
    }

    /** Refuses a format newer than {@link #CURRENT} (or a nonsensical one). */
    static void requireReadable(int format, Path dir) {
        if (format > CURRENT) {
            throw new StoreFormatException("store " + dir + " has on-disk format " + format
                    + " but this Stemma reads format " + CURRENT + " at most; use a newer Stemma");
        }
        if (format < 1) {
            throw new StoreFormatException("store " + dir + " has an invalid format " + format);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
