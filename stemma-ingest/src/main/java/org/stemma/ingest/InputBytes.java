package org.stemma.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Bounded byte reading: gzip sniffing, size limits, binary detection, lines of bytes. */
final class InputBytes {

    private InputBytes() {
    }

    /** Wraps {@code in} in a gzip decoder when it starts with the gzip magic bytes. */
    static InputStream maybeGunzip(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 2);
        byte[] head = p.readNBytes(2);
        p.unread(head);
        if (head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return new GZIPInputStream(p, 1 << 16);
        }
        return p;
    }

    /**
     * Reads the whole stream, failing once it exceeds {@code max} bytes (without reading further).
     */
    static byte[] readAll(InputStream in, long max) throws IOException, BadInputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try {
            int r;
            while ((r = in.read(buf)) > 0) {
                total += r;
                if (total > max) {
                    throw new BadInputException("larger than the " + mb(max) + " limit per document");
                }
                out.write(buf, 0, r);
            }
        } catch (EOFException e) {
            throw new BadInputException("byte " + total, (in instanceof GZIPInputStream ? "truncated gzip stream" : "truncated input")
                    + " (unexpected end of file)");
        } catch (ZipException e) {
            throw new BadInputException("byte " + total, "corrupt gzip stream (" + e.getMessage() + ")");
        }
        return out.toByteArray();
    }

    /**
     * True if the bytes look like a binary file rather than text: NUL bytes (outside UTF-16
     * text) or many control characters in the first 8 KB.
     */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        if (n == 0) {
            return false;
        }
        if (n >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return false;
        }
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return nul > 0 || control > n / 20;
    }

    static String mb(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    /** Reads lines of bytes (without the line terminator) with a per-line size limit. */
    static final class LineReader {
        private final InputStream in;
        private final int max;
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int lim;
        private byte[] buf = new byte[8192];
        private long lineNo;
        private long offset;
        private boolean tooLong;

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line, or null at the end; {@link #tooLong()} tells if it was cut off. */
        byte[] next() throws IOException {
            int len = 0;
            tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == lim) {
                    lim = in.read(chunk, 0, chunk.length);
                    pos = 0;
                    if (lim <= 0) {
                        lim = 0;
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < lim && chunk[pos] != '\n') {
                    pos++;
                }
                int take = pos - start;
                offset += take;
                int room = max - len;
                if (take > room) {
                    tooLong = true;
                }
                int copy = Math.min(take, Math.max(0, room));
                if (len + copy > buf.length) {
                    buf = Arrays.copyOf(buf, Math.min(max, Math.max(len + copy, buf.length * 2)));
                }
                System.arraycopy(chunk, start, buf, len, copy);
                len += copy;
                if (pos < lim) {
                    pos++;
                    offset++;
                    break;
                }
            }
            if (!any) {
                return null;
            }
            lineNo++;
            if (len > 0 && buf[len - 1] == '\r') {
                len--;
            }
            return Arrays.copyOf(buf, len);
        }

        boolean tooLong() {
            return tooLong;
        }

        long lineNumber() {
            return lineNo;
        }

        long offset() {
            return offset;
        }
    }
}
