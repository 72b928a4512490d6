package org.stemma.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builders for test inputs: articles as text, HTML, gzip and WARC bytes. */
final class TestFiles {
    private TestFiles() {
    }

    static final String P1 = "The city council approved the new budget on Monday after a long debate "
            + "about the cost of public transport and the repair of old bridges.";
    static final String P2 = "Opposition members said the plan would raise taxes for small businesses, "
            + "while the mayor insisted that spending had been cut in every department.";
    static final String P3 = "Café owners in the old town welcomed the decision, saying the naïve plans "
            + "of previous years had ignored them entirely.";

    static String textPage(String title) {
        return title + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n";
    }

    static String htmlPage(String title, String charsetMeta) {
        return "<!DOCTYPE html><html><head>" + (charsetMeta == null ? "" : "<meta charset=\"" + charsetMeta + "\">")
                + "<title>" + title + "</title></head><body><nav><a href='/'>Home</a></nav><article><h1>" + title
                + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>";
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(b);
        }
        return out.toByteArray();
    }

    static byte[] warcResponse(String uuid, String url, byte[] html, String contentType) {
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + html.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), html);
        String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + uuid + ">\r\n"
                + "WARC-Date: 2024-08-22T10:00:00Z\r\nWARC-Target-URI: " + url + "\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        return concat(concat(head.getBytes(StandardCharsets.ISO_8859_1), http), "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] warcRequest(String uuid, String url) {
        byte[] http = ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        String head = "WARC/1.1\r\nWARC-Type: request\r\nWARC-Record-ID: <urn:uuid:" + uuid + ">\r\n"
                + "WARC-Date: 2024-08-22T10:00:00Z\r\nWARC-Target-URI: " + url + "\r\n"
                + "Content-Type: application/http;msgtype=request\r\nContent-Length: " + http.length + "\r\n\r\n";
        return concat(concat(head.getBytes(StandardCharsets.ISO_8859_1), http), "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    static Path write(Path dir, String name, String text, Charset cs) throws IOException {
        return write(dir, name, text.getBytes(cs));
    }
}
