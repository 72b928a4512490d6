package org.stemma.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.stemma.ingest.encoding.Decoded;
import org.stemma.ingest.encoding.TextDecoder;

/**
 * Reads WARC files ({@code .warc}, {@code .warc.gz}) with jwarc: every {@code response} record
 * whose HTTP payload is HTML (status 2xx) and every HTML {@code resource} record becomes an
 * article with the WARC record id as its id. Other records (requests, metadata, images,
 * redirects) are passed over. A corrupt or truncated record ends the file with one problem line
 * giving its byte offset; the articles before it are kept.
 */
final class WarcFileReader {

    private final ArticleFactory factory;
    private final long maxBytes;

    WarcFileReader(ArticleFactory factory, long maxBytes) {
        this.factory = factory;
        this.maxBytes = maxBytes;
    }

    void read(Path file, String source, Sink sink) {
        long offset = 0;
        long records = 0;
        long said = sink.articles + sink.skipped + sink.warnings;
        boolean lastTruncated = false;
        try (WarcReader reader = new WarcReader(FileChannel.open(file, StandardOpenOption.READ))) {
            java.util.List<String> warnings = new java.util.ArrayList<>();
            reader.onWarning(warnings::add);
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (!warnings.isEmpty()) {
                    // jwarc notices a broken record only when it looks for the next one; say so
                    // unless that record was already reported as truncated.
                    if (lastTruncated) {
                        return;
                    }
                    sink.skip(source, records == 0 ? "offset 0" : "after the record at offset " + offset,
                            "truncated or corrupt WARC record: " + warnings.get(0));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                offset = reader.position();
                records++;
                WarcRecord r = next.get();
                String where = "offset " + offset;
                long before = sink.skipped;
                lastTruncated = false;
                try {
                    page(r, source, where, sink);
                    MessageBody body = r.body();
                    body.consume();
                    if (sink.skipped == before && body.position() < body.size()) {
                        sink.skip(source, where, "truncated WARC record " + r.id() + " (" + body.position()
                                + " of " + body.size() + " bytes)");
                    }
                    lastTruncated = sink.skipped > before && sink.lastSkipReason.contains("truncated");
                } catch (IOException | RuntimeException e) {
                    if (sink.skipped == before) {
                        sink.skip(source, where, "unreadable record " + r.id() + ": " + describe(e));
                    }
                    lastTruncated = true;
                }
            }
            if (records == 0) {
                sink.skip(source, null, "empty file (no WARC records)");
            } else if (sink.articles + sink.skipped + sink.warnings == said) {
                // Every record was passed over quietly (requests, images, redirects, a response
                // without an HTML content type): a file that yields nothing must still say why.
                sink.warn(source, null, "no HTML page in its " + records + " WARC record(s): only "
                        + "2xx HTML responses and HTML resources are read");
            }
        } catch (IOException | RuntimeException e) {
            if (lastTruncated) {
                return;
            }
            sink.skip(source, records == 0 ? "offset 0" : "after the record at offset " + offset,
                    (records == 0 ? "not a WARC file or corrupt: " : "truncated or corrupt WARC record: ") + describe(e));
        }
    }

    private void page(WarcRecord r, String source, String where, Sink sink) throws IOException {
        String url;
        MessageBody body;
        String charset;
        if (r instanceof WarcResponse resp) {
            if (!resp.contentType().base().toString().equalsIgnoreCase("application/http")) {
                return;
            }
            HttpResponse http = resp.http();
            if (http.status() < 200 || http.status() >= 300 || !isHtml(http.contentType())) {
                return;
            }
            url = resp.target();
            body = http.bodyDecoded();
            charset = http.contentType().parameters().get("charset");
        } else if (r instanceof WarcResource res) {
            if (!isHtml(res.contentType())) {
                return;
            }
            url = res.target();
            body = res.body();
            charset = res.contentType().parameters().get("charset");
        } else {
            return;
        }
        String recordSource = source + "@" + where.substring("offset ".length());
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = InputBytes.readAll(in, maxBytes);
        } catch (BadInputException e) {
            sink.skip(source, where, "record " + r.id() + ": " + e.getMessage());
            return;
        }
        if (bytes.length == 0) {
            sink.skip(source, where, "record " + r.id() + ": empty HTML payload");
            return;
        }
        Decoded d = TextDecoder.decode(bytes, charset, true);
        if (d.hasMalformed()) {
            sink.warn(source, where, "record " + r.id() + ": invalid " + d.charset().name() + " at payload byte "
                    + d.malformedAt() + " (" + d.malformedCount() + " bad sequence(s) replaced with U+FFFD)");
        }
        try {
            sink.article(factory.fromHtml(r.id().toString(), d.text(), url, recordSource));
        } catch (BadInputException e) {
            sink.skip(source, where, "record " + r.id() + ": " + e.getMessage());
        }
    }

    private static boolean isHtml(MediaType t) {
        String base = t.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String describe(Exception e) {
        if (e instanceof IOException io) {
            return IoMessages.of(io);
        }
        String m = e.getMessage();
        return m == null ? "unexpected " + e.getClass().getSimpleName() : ArticleFactory.abbreviate(m.replace('\n', ' '));
    }
}
