package org.stemma.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a document into text without mojibake. The charset is chosen in this
 * order: a byte-order mark; the charset declared by the HTTP {@code Content-Type} header (WARC);
 * for HTML, a {@code <meta charset>} or {@code http-equiv} declaration in the first 4 KB; valid
 * UTF-8; a statistical detector (juniversalchardet, Mozilla's); windows-1252 as the last resort.
 *
 * <p>Two corrections protect against wrong declarations, which are common on the web: bytes
 * that are valid UTF-8 and contain multi-byte sequences are read as UTF-8 even when a single-byte
 * charset is declared; and text that is mostly valid UTF-8 with a few broken sequences is read as
 * UTF-8 with U+FFFD replacements (reported through {@link Decoded#malformedAt()}) rather than as
 * windows-1252, which would garble every accented letter. ISO-8859-1 and US-ASCII declarations
 * are read as windows-1252, as browsers do. Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int META_SCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes[0, length)}.
     *
     * @param declared the charset named by a transport header, or null
     * @param html     whether to look for an HTML {@code <meta>} declaration
     */
    public static Decoded decode(byte[] bytes, int length, String declared, boolean html) {
        // 1. Byte-order mark.
        if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return decodeWith(bytes, 3, length, StandardCharsets.UTF_8, "bom");
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return decodeWith(bytes, 2, length, StandardCharsets.UTF_16BE, "bom");
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return decodeWith(bytes, 2, length, StandardCharsets.UTF_16LE, "bom");
        }
        Utf8Scan scan = Utf8Scan.of(bytes, length);
        // 2-3. Declarations, trusted unless the bytes plainly say UTF-8.
        Charset cs = charset(declared);
        String how = "declared";
        if (cs == null && html) {
            cs = charset(metaCharset(bytes, length));
            how = "meta";
        }
        if (cs != null) {
            if (cs.equals(StandardCharsets.UTF_8)) {
                if (scan.invalid > 0 && scan.multibyte == 0) {
                    // Declared UTF-8 but single-byte text: decoding as UTF-8 would lose every
                    // accented letter; let the detector decide.
                    return detect(bytes, length);
                }
                return decodeWith(bytes, 0, length, cs, how);
            }
            boolean singleByte = cs.newEncoder().maxBytesPerChar() <= 1.0f;
            if (!(singleByte && scan.invalid == 0 && scan.multibyte > 0)) {
                return decodeWith(bytes, 0, length, cs, how);
            }
        }
        // 4. Valid (or nearly valid) UTF-8.
        if (scan.invalid == 0 || (scan.multibyte > 0 && scan.multibyte >= scan.invalid)) {
            return decodeWith(bytes, 0, length, StandardCharsets.UTF_8, "utf-8");
        }
        // 5-6. Detector, then windows-1252.
        return detect(bytes, length);
    }

    /** Decodes bytes that must be UTF-8 (JSON), replacing malformed sequences with U+FFFD. */
    public static Decoded decodeUtf8(byte[] bytes) {
        return decodeWith(bytes, 0, bytes.length, StandardCharsets.UTF_8, "utf-8");
    }

    /** Decodes a whole array; see {@link #decode(byte[], int, String, boolean)}. */
    public static Decoded decode(byte[] bytes, String declared, boolean html) {
        return decode(bytes, bytes.length, declared, html);
    }

    private static Decoded detect(byte[] bytes, int length) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(length, 1 << 20));
        d.dataEnd();
        Charset cs = charset(d.getDetectedCharset());
        if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
            return decodeWith(bytes, 0, length, WINDOWS_1252, "default");
        }
        return decodeWith(bytes, 0, length, cs, "detector");
    }

    /** The charset named in an HTML {@code <meta>} tag within the first 4 KB, or null. */
    static String metaCharset(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, META_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** A supported charset for a label, ISO-8859-1/ASCII mapped to windows-1252; else null. */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1" -> {
                return WINDOWS_1252;
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.isSupported(l) ? Charset.forName(l) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
    }

    private static Decoded decodeWith(byte[] bytes, int from, int length, Charset cs, String how) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((length - from) * (double) dec.maxCharsPerByte()) + 16));
        long firstBad = -1;
        int bad = 0;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            // Malformed or unmappable: replace and go on.
            if (firstBad < 0) {
                firstBad = in.position();
            }
            bad++;
            in.position(in.position() + r.length());
            if (!out.hasRemaining()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            out.put('\uFFFD');
        }
        dec.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(text, cs, how, firstBad, bad);
    }

    /** Strictly decodes UTF-8, failing on any malformed byte. */
    public static String strictUtf8(byte[] bytes, int from, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, length)).toString();
    }

    /** Counts of well-formed multi-byte UTF-8 sequences and of invalid bytes. */
    private record Utf8Scan(int multibyte, int invalid) {
        static Utf8Scan of(byte[] b, int length) {
            int multi = 0;
            int invalid = 0;
            int i = 0;
            while (i < length) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int need;
                int min;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                    min = 0x80;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    min = 0x800;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    min = 0x10000;
                } else {
                    invalid++;
                    i++;
                    continue;
                }
                int cp = c & (0x3F >> need);
                boolean ok = true;
                for (int k = 1; k <= need; k++) {
                    if (i + k >= length || (b[i + k] & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (b[i + k] & 0x3F);
                }
                if (ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    multi++;
                    i += need + 1;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Scan(multi, invalid);
        }
    }
}
