package org.stemma.eval.paraphrase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the MSRP distribution format: UTF-8 (the files start with a byte-order mark), one
 * header line {@code Quality  #1 ID  #2 ID  #1 String  #2 String}, then one tab-separated pair
 * per line.
 *
 * <p>Fields are split on tabs only. Quotation marks are part of the sentences (MSRP sentences
 * often open a quotation they never close, e.g. {@code "The foodservice pie business ...}), so
 * they are never treated as CSV quoting. Lines that do not parse (wrong field count, a quality
 * other than 0/1) are reported as one-line problems naming the file and line, and skipped; the
 * rest of the file is still read.
 */
public final class MsrpReader {

    /** The pairs read and the problems met. */
    public record Result(List<MsrpPair> pairs, List<String> problems) {
        public Result {
            pairs = List.copyOf(pairs);
            problems = List.copyOf(problems);
        }
    }

    private MsrpReader() {
    }

    /** Reads a file; an unreadable file is an {@link IOException}. */
    public static Result read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses the content of an MSRP file; {@code name} is used in problem messages. */
    public static Result parse(String content, String name) {
        List<MsrpPair> pairs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        try (BufferedReader in = new BufferedReader(new StringReader(content))) {
            String line;
            int no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (no == 1 && line.startsWith("Quality")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    problems.add(name + ":" + no + ": expected 5 tab-separated fields, found "
                            + f.length);
                    continue;
                }
                String q = f[0].trim();
                if (!q.equals("0") && !q.equals("1")) {
                    problems.add(name + ":" + no + ": quality must be 0 or 1, found '" + q + "'");
                    continue;
                }
                if (f[3].isBlank() || f[4].isBlank()) {
                    problems.add(name + ":" + no + ": empty sentence");
                    continue;
                }
                pairs.add(new MsrpPair(q.equals("1"), f[1].trim(), f[2].trim(), f[3], f[4]));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        return new Result(pairs, problems);
    }
}
