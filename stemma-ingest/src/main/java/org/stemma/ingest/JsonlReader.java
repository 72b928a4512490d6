package org.stemma.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import org.stemma.ingest.encoding.Decoded;
import org.stemma.ingest.encoding.TextDecoder;

/**
 * Reads JSON Lines files (optionally gzipped): one article record per line, see
 * {@link ArticleFactory#fromJson}. A bad line is reported with its line number and skipped.
 */
final class JsonlReader {

    private final ArticleFactory factory;
    private final int maxLine;
    private final ObjectMapper json;

    JsonlReader(ArticleFactory factory, long maxBytes) {
        this.factory = factory;
        this.maxLine = (int) Math.min(Integer.MAX_VALUE - 16L, maxBytes);
        this.json = new ObjectMapper();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(maxLine).maxNestingDepth(200).build());
    }

    void read(Path file, String source, String stem, Sink sink) {
        InputBytes.LineReader lines = null;
        // No extra buffering: the line reader reads in chunks, and unbuffered it still hands out
        // the lines before a truncated gzip tail.
        try (InputStream in = InputBytes.maybeGunzip(Files.newInputStream(file))) {
            lines = new InputBytes.LineReader(in, maxLine);
            boolean any = false;
            byte[] line;
            while ((line = lines.next()) != null) {
                long no = lines.lineNumber();
                String where = "line " + no;
                if (lines.tooLong()) {
                    any = true; // a record, if too large: the file is not "empty"
                    sink.skip(source, where, "record larger than the " + InputBytes.mb(maxLine) + " limit");
                    continue;
                }
                if (isBlank(line)) {
                    continue;
                }
                any = true;
                if (InputBytes.looksBinary(line)) {
                    sink.skip(source, where, "binary content, not a JSON record");
                    continue;
                }
                Decoded d = TextDecoder.decodeUtf8(line);
                if (d.hasMalformed()) {
                    sink.warn(source, where, "invalid UTF-8 at byte " + d.malformedAt() + " of the line ("
                            + d.malformedCount() + " bad sequence(s) replaced with U+FFFD)");
                }
                JsonNode node;
                try {
                    node = json.readTree(d.text());
                } catch (JsonProcessingException e) {
                    sink.skip(source, where, "malformed JSON: " + ArticleFactory.abbreviate(e.getOriginalMessage()));
                    continue;
                }
                try {
                    sink.article(factory.fromJson(node, stem + "-" + no, source + ":" + no));
                } catch (BadInputException e) {
                    sink.skip(source, where, e.getMessage());
                }
            }
            if (!any) {
                sink.skip(source, null, "empty file (no records)");
            }
        } catch (EOFException e) {
            sink.skip(source, after(lines), "truncated gzip stream (unexpected end of file)");
        } catch (ZipException e) {
            sink.skip(source, after(lines), "corrupt gzip stream (" + e.getMessage() + ")");
        } catch (IOException e) {
            sink.skip(source, after(lines), "cannot read: " + IoMessages.of(e));
        }
    }

    private static String after(InputBytes.LineReader lines) {
        return lines == null ? null : "after line " + lines.lineNumber();
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
