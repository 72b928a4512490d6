package org.stemma.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stemma.article.Article;
import org.stemma.ingest.encoding.Decoded;
import org.stemma.ingest.encoding.TextDecoder;

/** Reads one-article files: {@code .txt} and {@code .html}/{@code .htm}, optionally gzipped. */
final class DocumentFileReader {

    private final ArticleFactory factory;
    private final long maxBytes;

    DocumentFileReader(ArticleFactory factory, long maxBytes) {
        this.factory = factory;
        this.maxBytes = maxBytes;
    }

    void read(Path file, String source, String id, boolean html, Sink sink) {
        byte[] bytes;
        try (InputStream in = InputBytes.maybeGunzip(Files.newInputStream(file))) {
            bytes = InputBytes.readAll(in, maxBytes);
        } catch (BadInputException e) {
            sink.skip(source, e);
            return;
        } catch (IOException e) {
            sink.skip(source, null, "cannot read: " + IoMessages.of(e));
            return;
        }
        if (bytes.length == 0) {
            sink.skip(source, null, "empty file");
            return;
        }
        if (InputBytes.looksBinary(bytes)) {
            sink.skip(source, null, "binary content, not text or HTML");
            return;
        }
        boolean isHtml = html || sniffHtml(bytes);
        Decoded d = TextDecoder.decode(bytes, null, isHtml);
        if (d.text().isBlank()) {
            sink.skip(source, null, "empty file (only white space)");
            return;
        }
        if (d.hasMalformed()) {
            sink.warn(source, "byte " + d.malformedAt(), "invalid " + d.charset().name() + " ("
                    + d.malformedCount() + " bad sequence(s) replaced with U+FFFD)");
        }
        try {
            Article a = isHtml
                    ? factory.fromHtml(id, d.text(), null, source)
                    : factory.fromText(id, d.text(), source);
            sink.article(a);
        } catch (BadInputException e) {
            sink.skip(source, e);
        }
    }

    /** A file whose first non-blank byte opens a tag, e.g. an HTML page saved as .txt. */
    static boolean sniffHtml(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF) {
            i = 3;
        }
        while (i < b.length && i < 1024 && Character.isWhitespace(b[i])) {
            i++;
        }
        if (i + 5 > b.length || b[i] != '<') {
            return false;
        }
        String head = new String(b, i, Math.min(64, b.length - i), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<!--") || head.startsWith("<meta") || head.startsWith("<body");
    }
}
