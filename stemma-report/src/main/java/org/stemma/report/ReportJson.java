package org.stemma.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stemma.align.EditOp;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.align.PassageOps;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.Evidence;
import org.stemma.provenance.DerivationKind;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.quote.VariantRelation;
import org.stemma.story.Story;
import org.stemma.text.DiffSegment;
import org.stemma.text.Span;

/**
 * The JSON report: writes an {@link Analysis} as the document described in
 * {@code docs/json-report.md} (validated by {@link #SCHEMA_RESOURCE}) and reads it back.
 *
 * <pre>
 * { "articles":  [ {id, source, url, canonicalUrl, outlet, title, published, author, language, text,
 *                   boilerplate:{removedChars, removed:[...]}, related:[...], furniture:[...]} ],
 *   "links":     [ {a, b, kind, coverageA, coverageB, passages:[{a:[s,e], b:[s,e], kind, similarity,
 *                                                            ops:[{op, a:[s,e], b:[s,e], textA, textB}]}]} ],
 *   "stories":   [ {id, title, articles:[...], lineages:[[...]], start, end, outlets:[...], names:[...]} ],
 *   "provenance":[ {source, copy, kind, credited, confidence, directed, evidence:[{signal, text, weight}],
 *                   runnerUpSource, runnerUpWeight} ],
 *   "quotes":    [ {id, speaker, wording, variants:[{article, text, span:[s,e], speakerAsWritten, speaker,
 *                                                    relation, cue, partial, diff:[{op, text}]}]} ] }
 * </pre>
 *
 * Enum values are lower case; offsets are UTF-16 char offsets, end exclusive; absent values are
 * {@code null}. Writing and reading stream over the five arrays, one item at a time, so reports
 * of any size pass through without holding a whole JSON tree. Readers ignore unknown fields, so
 * new fields can be added without breaking old readers. Thread-safe.
 */
public final class ReportJson {

    /** Classpath location of the report's JSON Schema (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "/org/stemma/report/stemma-report.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static {
        FACTORY.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).build());
        FACTORY.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private ReportJson() {
    }

    // ---- writing -----------------------------------------------------------------------------

    /** Writes the report, pretty-printed, to {@code file} (replacing it). */
    public static void write(Analysis analysis, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(analysis, out, true);
        }
    }

    /** Writes the report as UTF-8 JSON to {@code out} (not closed). */
    public static void write(Analysis analysis, OutputStream out, boolean pretty) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            writeArray(g, "articles", analysis.articles(), ReportJson::article);
            Map<String, Article> byId = new HashMap<>();
            analysis.articles().forEach(a -> byId.put(a.id(), a));
            writeArray(g, "links", analysis.links(), l -> link(l, byId.get(l.a()), byId.get(l.b())));
            writeArray(g, "stories", analysis.stories(), ReportJson::story);
            writeArray(g, "provenance", analysis.provenance(), ReportJson::derivation);
            writeArray(g, "quotes", analysis.quotes(), ReportJson::quoteFamily);
            g.writeEndObject();
            if (pretty) {
                g.writeRaw('\n');
            }
        }
    }

    /** The report as a JSON string. */
    public static String toJson(Analysis analysis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(analysis, out, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private interface ToJson<T> {
        ObjectNode apply(T item);
    }

    private static <T> void writeArray(JsonGenerator g, String name, List<T> items, ToJson<T> f) throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) {
            MAPPER.writeTree(g, f.apply(item));
        }
        g.writeEndArray();
    }

    /** One article as its report object. */
    public static ObjectNode article(Article a) {
        ObjectNode o = NODES.objectNode();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("canonicalUrl", a.canonicalUrl());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("published", a.published());
        o.put("author", a.author());
        o.put("language", a.language());
        o.put("text", a.text());
        ObjectNode b = o.putObject("boilerplate");
        b.put("removedChars", a.removedChars());
        strings(b.putArray("removed"), a.removed());
        strings(o.putArray("related"), a.related());
        strings(o.putArray("furniture"), a.furniture());
        return o;
    }

    /** One link as its report object, without word diffs (its articles unknown). */
    public static ObjectNode link(Link l) {
        return link(l, null, null);
    }

    /**
     * One link as its report object; with both articles, each verbatim or edited passage
     * carries its word diff ({@code ops}, see {@link PassageOps}), null otherwise.
     */
    public static ObjectNode link(Link l, Article a, Article b) {
        ObjectNode o = NODES.objectNode();
        o.put("a", l.a());
        o.put("b", l.b());
        o.put("kind", l.kind().jsonName());
        number(o, "coverageA", l.coverageA());
        number(o, "coverageB", l.coverageB());
        ArrayNode ps = o.putArray("passages");
        for (Passage p : l.passages()) {
            ObjectNode po = ps.addObject();
            span(po.putArray("a"), p.a());
            span(po.putArray("b"), p.b());
            po.put("kind", p.kind().jsonName());
            number(po, "similarity", p.similarity());
            List<EditOp> ops = a == null || b == null || p.kind() == PassageKind.PARAPHRASE ? null
                    : PassageOps.of(a.text(), p.a(), b.text(), p.b());
            if (ops == null) {
                po.putNull("ops");
            } else {
                ArrayNode os = po.putArray("ops");
                for (EditOp op : ops) {
                    ObjectNode x = os.addObject();
                    x.put("op", op.op().jsonName());
                    span(x.putArray("a"), op.a());
                    span(x.putArray("b"), op.b());
                    x.put("textA", op.a().of(a.text()));
                    x.put("textB", op.b().of(b.text()));
                }
            }
        }
        return o;
    }

    /** One story as its report object. */
    public static ObjectNode story(Story s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        strings(o.putArray("articles"), s.articles());
        ArrayNode ls = o.putArray("lineages");
        for (List<String> lineage : s.lineages()) {
            strings(ls.addArray(), lineage);
        }
        o.put("start", s.start());
        o.put("end", s.end());
        strings(o.putArray("outlets"), s.outlets());
        strings(o.putArray("names"), s.names());
        return o;
    }

    /** One derivation as its report object. */
    public static ObjectNode derivation(Derivation d) {
        ObjectNode o = NODES.objectNode();
        o.put("source", d.source());
        o.put("copy", d.copy());
        o.put("kind", d.kind().jsonName());
        o.put("credited", d.credited());
        number(o, "confidence", d.confidence());
        o.put("directed", d.directed());
        ArrayNode ev = o.putArray("evidence");
        for (Evidence e : d.evidence()) {
            ObjectNode x = ev.addObject();
            x.put("signal", e.signal());
            x.put("text", e.text());
            if (e.weight() == null) {
                x.putNull("weight");
            } else {
                number(x, "weight", e.weight());
            }
        }
        o.put("runnerUpSource", d.runnerUpSource());
        number(o, "runnerUpWeight", d.runnerUpWeight());
        return o;
    }

    /** One quote family as its report object. */
    public static ObjectNode quoteFamily(QuoteFamily f) {
        ObjectNode o = NODES.objectNode();
        o.put("id", f.id());
        o.put("speaker", f.speaker());
        o.put("wording", f.wording());
        ArrayNode vs = o.putArray("variants");
        for (QuoteVariant v : f.variants()) {
            Quote q = v.quote();
            ObjectNode vo = vs.addObject();
            vo.put("article", q.article());
            vo.put("text", q.text());
            span(vo.putArray("span"), q.span());
            vo.put("speakerAsWritten", q.speakerAsWritten());
            vo.put("speaker", q.speaker());
            vo.put("relation", v.relation().jsonName());
            vo.put("cue", q.cue());
            vo.put("partial", q.partial());
            ArrayNode diff = vo.putArray("diff");
            for (DiffSegment s : v.diff()) {
                ObjectNode so = diff.addObject();
                so.put("op", s.op().name().toLowerCase(Locale.ROOT));
                so.put("text", s.text());
            }
        }
        return o;
    }

    private static void strings(ArrayNode arr, List<String> values) {
        for (String v : values) {
            arr.add(v);
        }
    }

    private static void span(ArrayNode arr, Span s) {
        arr.add(s.start());
        arr.add(s.end());
    }

    /** JSON has no NaN or infinity: such values are written as null. */
    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    // ---- reading -----------------------------------------------------------------------------

    /** Reads a report file. */
    public static Analysis read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in);
        } catch (ReportFormatException e) {
            throw new ReportFormatException(file + ": " + e.getMessage());
        }
    }

    /** Reads a report from a JSON string. */
    public static Analysis fromJson(String json) throws ReportFormatException {
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (ReportFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a report. Missing top-level arrays are read as empty; unknown fields are ignored.
     *
     * @throws ReportFormatException naming the offending item and field
     */
    public static Analysis read(InputStream in) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        List<Derivation> provenance = new ArrayList<>();
        List<QuoteFamily> quotes = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ReportFormatException("a report is a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "articles" -> readArray(p, name, articles, ReportJson::article);
                    case "links" -> readArray(p, name, links, ReportJson::link);
                    case "stories" -> readArray(p, name, stories, ReportJson::story);
                    case "provenance" -> readArray(p, name, provenance, ReportJson::derivation);
                    case "quotes" -> readArray(p, name, quotes, ReportJson::quoteFamily);
                    default -> {
                        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                            p.skipChildren();
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new ReportFormatException("not valid JSON: " + e.getOriginalMessage());
        }
        return new Analysis(articles, links, stories, provenance, quotes);
    }

    private interface FromJson<T> {
        T apply(Fields f) throws ReportFormatException;
    }

    private static <T> void readArray(JsonParser p, String name, List<T> out, FromJson<T> f) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new ReportFormatException("\"" + name + "\" must be an array");
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = MAPPER.readTree(p);
            String where = name + "[" + i + "]";
            if (node == null || !node.isObject()) {
                throw new ReportFormatException(where + " must be an object");
            }
            try {
                out.add(f.apply(new Fields(node, where)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ReportFormatException(where + ": " + e.getMessage());
            }
            i++;
        }
    }

    /** An article from its report object. */
    public static Article article(JsonNode node) throws ReportFormatException {
        return article(new Fields(node, "article"));
    }

    private static Article article(Fields f) throws ReportFormatException {
        Fields b = f.object("boilerplate");
        return Article.builder(f.requiredString("id"), f.string("text")).source(f.string("source"))
                .url(f.string("url")).canonicalUrl(f.string("canonicalUrl")).outlet(f.string("outlet"))
                .title(f.string("title")).published(f.string("published")).author(f.string("author"))
                .language(f.string("language"))
                .removedChars(b == null ? 0 : (int) b.number("removedChars", 0))
                .removed(b == null ? List.of() : b.strings("removed")).related(f.strings("related"))
                .furniture(f.strings("furniture")).build();
    }

    private static Link link(Fields f) throws ReportFormatException {
        List<Passage> passages = new ArrayList<>();
        for (Fields p : f.objects("passages")) {
            passages.add(new Passage(p.span("a"), p.span("b"), p.enumValue("kind", PassageKind.class),
                    p.number("similarity", 0)));
        }
        return new Link(f.requiredString("a"), f.requiredString("b"), f.enumValue("kind", LinkKind.class),
                f.number("coverageA", Double.NaN), f.number("coverageB", Double.NaN), passages);
    }

    private static Story story(Fields f) throws ReportFormatException {
        List<List<String>> lineages = new ArrayList<>();
        JsonNode ls = f.node.get("lineages");
        if (ls != null && !ls.isNull()) {
            if (!ls.isArray()) {
                throw f.error("lineages", "must be an array of arrays");
            }
            for (int i = 0; i < ls.size(); i++) {
                lineages.add(new Fields(NODES.objectNode().set("l", ls.get(i)), f.where + ".lineages[" + i + "]")
                        .strings("l"));
            }
        }
        return new Story(f.requiredString("id"), f.string("title"), f.strings("articles"), lineages,
                f.string("start"), f.string("end"), f.strings("outlets"), f.strings("names"));
    }

    private static Derivation derivation(Fields f) throws ReportFormatException {
        // Reports written before evidence was structured hold plain strings: read them as notes.
        boolean directed = f.node.has("directed") ? f.bool("directed") : true;
        return new Derivation(f.requiredString("source"), f.requiredString("copy"),
                f.enumValue("kind", DerivationKind.class), f.bool("credited"), f.number("confidence", 0),
                directed, f.evidence("evidence"), f.string("runnerUpSource"), f.number("runnerUpWeight", 0));
    }

    private static QuoteFamily quoteFamily(Fields f) throws ReportFormatException {
        List<QuoteVariant> variants = new ArrayList<>();
        for (Fields v : f.objects("variants")) {
            Quote q = new Quote(v.requiredString("article"), v.span("span"), v.requiredString("text"),
                    v.bool("partial"), v.string("speakerAsWritten"), v.string("speaker"), v.string("cue"));
            List<DiffSegment> diff = new ArrayList<>();
            for (Fields d : v.objects("diff")) {
                diff.add(new DiffSegment(d.enumValue("op", DiffSegment.Op.class), d.requiredString("text")));
            }
            variants.add(new QuoteVariant(q, v.enumValue("relation", VariantRelation.class), diff));
        }
        return new QuoteFamily(f.requiredString("id"), f.string("speaker"), f.string("wording"), variants);
    }

    /** Typed, located access to one JSON object's fields. */
    private static final class Fields {
        final JsonNode node;
        final String where;

        Fields(JsonNode node, String where) {
            this.node = node;
            this.where = where;
        }

        ReportFormatException error(String field, String what) {
            return new ReportFormatException(where + "." + field + " " + what);
        }

        String string(String field) throws ReportFormatException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw error(field, "must be a string");
            }
            return v.textValue();
        }

        String requiredString(String field) throws ReportFormatException {
            String s = string(field);
            if (s == null) {
                throw error(field, "is missing");
            }
            return s;
        }

        double number(String field, double absent) throws ReportFormatException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return absent;
            }
            if (!v.isNumber()) {
                throw error(field, "must be a number");
            }
            return v.doubleValue();
        }

        boolean bool(String field) throws ReportFormatException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw error(field, "must be true or false");
            }
            return v.booleanValue();
        }

        List<String> strings(String field) throws ReportFormatException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw error(field, "must be an array of strings");
            }
            List<String> out = new ArrayList<>(v.size());
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    throw error(field, "must be an array of strings");
                }
                out.add(e.textValue());
            }
            return out;
        }

        /** An array of evidence objects ({@code signal, text, weight}) or, in older reports, of strings. */
        List<Evidence> evidence(String field) throws ReportFormatException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw error(field, "must be an array");
            }
            List<Evidence> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (e.isTextual()) {
                    out.add(Evidence.note("note", e.textValue()));
                } else if (e.isObject()) {
                    Fields x = new Fields(e, where + "." + field + "[" + i + "]");
                    JsonNode w = e.get("weight");
                    out.add(new Evidence(x.requiredString("signal"), x.requiredString("text"),
                            w == null || w.isNull() ? null : x.number("weight", 0)));
                } else {
                    throw error(field + "[" + i + "]", "must be an object or a string");
                }
            }
            return out;
        }

        Fields object(String field) throws ReportFormatException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isObject()) {
                throw error(field, "must be an object");
            }
            return new Fields(v, where + "." + field);
        }

        List<Fields> objects(String field) throws ReportFormatException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw error(field, "must be an array");
            }
            List<Fields> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isObject()) {
                    throw error(field + "[" + i + "]", "must be an object");
                }
                out.add(new Fields(v.get(i), where + "." + field + "[" + i + "]"));
            }
            return out;
        }

        Span span(String field) throws ReportFormatException {
            JsonNode v = node.get(field);
            if (v == null || !v.isArray() || v.size() != 2 || !v.get(0).canConvertToInt()
                    || !v.get(1).canConvertToInt() || !v.get(0).isIntegralNumber() || !v.get(1).isIntegralNumber()) {
                throw error(field, "must be [start, end]");
            }
            int s = v.get(0).intValue();
            int e = v.get(1).intValue();
            if (s < 0 || e < s) {
                throw error(field, "must satisfy 0 <= start <= end");
            }
            return new Span(s, e);
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type) throws ReportFormatException {
            String s = requiredString(field);
            try {
                return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(field, "has unknown value \"" + s + "\"");
            }
        }
    }
}
