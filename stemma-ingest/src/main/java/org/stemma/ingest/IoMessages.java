package org.stemma.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One-line, user-facing descriptions of I/O failures. */
final class IoMessages {
    private IoMessages() {
    }

    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e instanceof java.io.EOFException ? "unexpected end of file" : "I/O error (" + e.getClass().getSimpleName() + ")";
        }
        return ArticleFactory.abbreviate(m.replace('\n', ' '));
    }
}
