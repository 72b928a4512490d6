package org.stemma.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.text.Span;

/**
 * Reads brat standoff ({@code .ann}) files: {@code T} lines (id, label and ranges, possibly
 * discontinuous: {@code Content 0 5;9 12}) and {@code E} lines ({@code Attribution:T4 Cue:T2
 * Source:T1 Content:T3}). Notes ({@code #}), relations and lines that continue a multi-line
 * span text are ignored. Offsets are checked against the text; a range outside it is an error.
 */
public final class BratReader {

    private BratReader() {
    }

    /** Parses {@code ann} (the file's content) for {@code text}. */
    public static BratDocument parse(String name, String text, String annotator, String ann) {
        Map<String, BratDocument.TextBound> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        int lineNo = 0;
        for (String line : ann.split("\r?\n")) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t");
            String id = cols[0];
            if (id.startsWith("T") && cols.length >= 2 && isId(id)) {
                int sp = cols[1].indexOf(' ');
                if (sp < 0) {
                    throw new IllegalArgumentException(name + ".ann line " + lineNo + ": no ranges in '" + line + "'");
                }
                String label = cols[1].substring(0, sp);
                List<Span> ranges = new ArrayList<>();
                for (String r : cols[1].substring(sp + 1).split(";")) {
                    String[] se = r.trim().split(" ");
                    int s = Integer.parseInt(se[0]);
                    int e = Integer.parseInt(se[1]);
                    if (e > text.length() || s > e) {
                        throw new IllegalArgumentException(name + ".ann line " + lineNo + ": range " + s + "-" + e
                                + " outside the text (" + text.length() + " chars)");
                    }
                    ranges.add(new Span(s, e));
                }
                spans.put(id, new BratDocument.TextBound(id, label, ranges, cols.length > 2 ? cols[2] : ""));
            } else if (id.startsWith("E") && cols.length >= 2 && isId(id)) {
                events.add(new String[]{id, cols[1]});
            }
        }
        List<BratDocument.Attribution> attributions = new ArrayList<>();
        for (String[] ev : events) {
            String type = null;
            BratDocument.TextBound source = null;
            BratDocument.TextBound cue = null;
            BratDocument.TextBound content = null;
            for (String arg : ev[1].trim().split(" ")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon);
                BratDocument.TextBound tb = spans.get(arg.substring(colon + 1));
                if (type == null) {
                    type = role; // the trigger comes first: Attribution:T4
                    continue;
                }
                String r = role.replaceAll("\\d+$", ""); // Source2 → Source
                switch (r) {
                    case "Source" -> source = source == null ? tb : source;
                    case "Cue" -> cue = cue == null ? tb : cue;
                    // Content2: the same speaker's words resumed after the cue ("A," he said. "B.").
                    case "Content" -> content = content == null || tb == null ? (content == null ? tb : content) : joined(content, tb);
                    default -> { }
                }
            }
            attributions.add(new BratDocument.Attribution(ev[0], type, source, cue, content));
        }
        return new BratDocument(name, text, annotator, spans, attributions);
    }

    /** One Content made of two: both ranges, in text order. */
    private static BratDocument.TextBound joined(BratDocument.TextBound a, BratDocument.TextBound b) {
        java.util.List<org.stemma.text.Span> ranges = new java.util.ArrayList<>(a.ranges());
        ranges.addAll(b.ranges());
        ranges.sort(null);
        boolean aFirst = a.ranges().get(0).start() <= b.ranges().get(0).start();
        String text = aFirst ? a.text() + " " + b.text() : b.text() + " " + a.text();
        return new BratDocument.TextBound(a.id(), a.label(), ranges, text);
    }

    private static boolean isId(String id) {
        for (int i = 1; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return id.length() > 1;
    }

    /**
     * Reads a PolNeAR-style folder: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}.
     * When a text has several annotators' files, the first by file name is read; a text with
     * none gets no attributions. A bad file is reported on {@code errors} and skipped.
     */
    public static List<BratDocument> readFolder(Path dir, List<String> errors) throws IOException {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        if (!Files.isDirectory(textDir)) {
            throw new IOException(dir + ": no text/ folder (expected PolNeAR layout: text/*.txt, attributions/*.ann)");
        }
        Map<String, Path> firstAnn = new HashMap<>();
        if (Files.isDirectory(annDir)) {
            try (var s = Files.list(annDir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                    String f = p.getFileName().toString();
                    int us = f.lastIndexOf('_');
                    if (us < 0) {
                        continue;
                    }
                    firstAnn.putIfAbsent(f.substring(0, us), p);
                }
            }
        }
        List<BratDocument> docs = new ArrayList<>();
        List<Path> texts;
        try (var s = Files.list(textDir)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path t : texts) {
            String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
            try {
                String text = Files.readString(t, StandardCharsets.UTF_8);
                Path ann = firstAnn.get(name);
                if (ann == null) {
                    docs.add(new BratDocument(name, text, null, Map.of(), List.of()));
                    continue;
                }
                String f = ann.getFileName().toString();
                String annotator = f.substring(f.lastIndexOf('_') + 1, f.length() - 4);
                docs.add(parse(name, text, annotator, Files.readString(ann, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                errors.add(t + ": " + e.getMessage());
            }
        }
        return docs;
    }
}
