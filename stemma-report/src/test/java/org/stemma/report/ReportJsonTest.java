package org.stemma.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.analysis.Analysis;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;
import org.stemma.provenance.Evidence;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.quote.VariantRelation;
import org.stemma.story.Story;
import org.stemma.text.DiffSegment;
import org.stemma.text.Span;
import org.stemma.text.WordDiff;

class ReportJsonTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonSchema schema() throws Exception {
        try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Analysis full() {
        Article a = Article.builder("a1", "“We hold the territory,” the general said. Other text.")
                .source("in/a1.txt").url("https://example.org/a1").outlet("Example").title("Title A")
                .published("2024-08-22").author("J. Doe").language("en").removedChars(42)
                .removed(List.of("Menu", "Leave a Reply")).related(List.of("Another story"))
                .furniture(List.of("Sign up for our newsletter.")).build();
        Article b = Article.builder("b2", "“We hold the whole territory,” Diarra said.").source("in/b.jsonl:3")
                .published("2024-08-23T10:15:00Z").build();
        Link link = new Link("a1", "b2", LinkKind.PARTIAL, 0.5, 0.75, List.of(
                new Passage(new Span(0, 24), new Span(0, 30), PassageKind.EDITED, 0.8),
                new Passage(new Span(25, 40), new Span(31, 40), PassageKind.PARAPHRASE, 0.71)));
        Story story = new Story("s1", "Title A", List.of("a1", "b2"), List.of(List.of("a1", "b2")),
                "2024-08-22", "2024-08-23T10:15:00Z", List.of("Example"));
        Derivation d = new Derivation("a1", "b2", DerivationKind.REWRITE, false, 0.66, false,
                List.of(new Evidence("date", "Example “Title A” was published a day earlier", 3.0),
                        Evidence.note("direction", "Direction undetermined")), "external:RTVI", 0.2);
        Derivation ext = new Derivation("external:RTVI", "a1", DerivationKind.PARTIAL, true, 0.5,
                List.of("told RTVI"), null, 0);
        Quote q1 = new Quote("a1", new Span(1, 23), "We hold the territory", false, "the general",
                "Alou Boi Diarra", "said");
        Quote q2 = new Quote("b2", new Span(1, 29), "We hold the whole territory", false, "Diarra",
                "Alou Boi Diarra", "said");
        QuoteFamily fam = new QuoteFamily("q1", "Alou Boi Diarra", "We hold the territory", List.of(
                new QuoteVariant(q1, VariantRelation.VERBATIM, List.of()),
                new QuoteVariant(q2, VariantRelation.ALTERED, WordDiff.diff(q1.text(), q2.text()))));
        return new Analysis(List.of(a, b), List.of(link), List.of(story), List.of(d, ext), List.of(fam));
    }

    @Test
    void roundTripIsLossless(@TempDir Path dir) throws Exception {
        Analysis in = full();
        Path file = dir.resolve("sub/report.json");
        ReportJson.write(in, file);
        Analysis out = ReportJson.read(file);
        assertThat(out).isEqualTo(in);
        assertThat(ReportJson.fromJson(ReportJson.toJson(in))).isEqualTo(in);
    }

    @Test
    void passagesCarryTheirWordDiffAndArticlesTheirFurniture() throws Exception {
        JsonNode root = MAPPER.readTree(ReportJson.toJson(full()));
        assertThat(root.at("/articles/0/furniture/0").asText()).isEqualTo("Sign up for our newsletter.");
        assertThat(root.at("/articles/1/furniture").size()).isZero();
        JsonNode ops = root.at("/links/0/passages/0/ops");
        assertThat(ops.isArray()).isTrue();
        assertThat(ops.findValuesAsText("op")).contains("equal", "insert");
        JsonNode insert = null;
        for (JsonNode op : ops) {
            if (op.get("op").asText().equals("insert")) {
                insert = op;
            }
        }
        assertThat(insert.get("textB").asText()).isEqualTo("whole");
        assertThat(insert.get("textA").asText()).isEmpty();
        assertThat(insert.at("/a/0").asInt()).isEqualTo(insert.at("/a/1").asInt());
        assertThat(root.at("/links/0/passages/1/ops").isNull()).isTrue();
    }

    @Test
    void writesTheDocumentedShape() throws Exception {
        JsonNode j = MAPPER.readTree(ReportJson.toJson(full()));
        assertThat(j.fieldNames()).toIterable().containsExactly("articles", "links", "stories", "provenance", "quotes");
        JsonNode a = j.get("articles").get(0);
        assertThat(a.get("boilerplate").get("removedChars").asInt()).isEqualTo(42);
        assertThat(a.get("related").get(0).asText()).isEqualTo("Another story");
        JsonNode p = j.get("links").get(0).get("passages").get(0);
        assertThat(p.get("a").toString()).isEqualTo("[0,24]");
        assertThat(p.get("kind").asText()).isEqualTo("edited");
        assertThat(j.get("links").get(0).get("kind").asText()).isEqualTo("partial");
        assertThat(j.get("provenance").get(0).get("kind").asText()).isEqualTo("rewrite");
        JsonNode v = j.get("quotes").get(0).get("variants").get(1);
        assertThat(v.get("relation").asText()).isEqualTo("altered");
        assertThat(v.get("span").toString()).isEqualTo("[1,29]");
        assertThat(v.get("diff").get(0).get("op").asText()).isIn("equal", "insert", "delete");
        assertThat(j.get("articles").get(1).get("title").isNull()).isTrue();
    }

    @Test
    void derivationsCarryDirectedAndStructuredEvidence() throws Exception {
        JsonNode d = MAPPER.readTree(ReportJson.toJson(full())).get("provenance").get(0);
        assertThat(d.get("directed").asBoolean()).isFalse();
        assertThat(d.get("evidence").get(0).get("signal").asText()).isEqualTo("date");
        assertThat(d.get("evidence").get(0).get("weight").asDouble()).isEqualTo(3.0);
        assertThat(d.get("evidence").get(1).get("weight").isNull()).isTrue();
        // Reports written before evidence was structured still read: strings become notes, directed.
        Analysis old = ReportJson.fromJson("{\"provenance\":[{\"source\":\"a\",\"copy\":\"b\",\"kind\":\"copy\","
                + "\"credited\":false,\"confidence\":0.5,\"evidence\":[\"b is later\"]}]}");
        assertThat(old.provenance().get(0).directed()).isTrue();
        assertThat(old.provenance().get(0).evidence()).containsExactly(Evidence.note("note", "b is later"));
    }

    @Test
    void reportsValidateAgainstTheSchema() throws Exception {
        JsonSchema schema = schema();
        assertThat(schema.validate(MAPPER.readTree(ReportJson.toJson(full())))).isEmpty();
        Analysis empty = new Analysis(List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(schema.validate(MAPPER.readTree(ReportJson.toJson(empty)))).isEmpty();
    }

    @Test
    void schemaRejectsBrokenReports() throws Exception {
        JsonSchema schema = schema();
        ObjectNode j = (ObjectNode) MAPPER.readTree(ReportJson.toJson(full()));
        ((ObjectNode) j.get("articles").get(0)).remove("id");
        ((ObjectNode) j.get("links").get(0)).put("kind", "PARTIAL");
        ((ArrayNode) j.get("links").get(0).get("passages").get(0).get("a")).add(3);
        ((ObjectNode) j.get("articles").get(1)).put("published", "last Tuesday");
        j.remove("quotes");
        Set<ValidationMessage> errors = schema.validate(j);
        assertThat(errors).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void readingNamesTheBadItem() {
        assertThatThrownBy(() -> ReportJson.fromJson("{\"articles\":[{\"id\":\"x\"},{\"text\":\"no id\"}]}"))
                .isInstanceOf(ReportFormatException.class).hasMessage("articles[1].id is missing");
        assertThatThrownBy(() -> ReportJson.fromJson("{\"links\":[{\"a\":\"x\",\"b\":\"y\",\"kind\":\"weird\"}]}"))
                .hasMessageContaining("links[0].kind has unknown value \"weird\"");
        assertThatThrownBy(() -> ReportJson.fromJson("{\"links\":[{\"a\":\"x\",\"b\":\"y\",\"kind\":\"partial\","
                + "\"passages\":[{\"a\":[5,1],\"b\":[0,1],\"kind\":\"verbatim\",\"similarity\":1}]}]}"))
                .hasMessageContaining("links[0].passages[0].a must satisfy");
        assertThatThrownBy(() -> ReportJson.fromJson("[1]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> ReportJson.fromJson("{\"articles\":[")).hasMessageContaining("not valid JSON");
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingSectionsAreEmpty() throws Exception {
        Analysis a = ReportJson.fromJson("{\"version\":2,\"extra\":{\"x\":[1]},\"articles\":[{\"id\":\"x\",\"text\":\"t\",\"new\":1}]}");
        assertThat(a.articles()).singleElement().satisfies(x -> assertThat(x.text()).isEqualTo("t"));
        assertThat(a.links()).isEmpty();
    }

    @Test
    void diffOpsAreLowerCase() {
        assertThat(ReportJson.quoteFamily(full().quotes().get(0)).get("variants").get(1).get("diff"))
                .allSatisfy(d -> assertThat(d.get("op").asText()).isEqualTo(d.get("op").asText().toLowerCase()));
        assertThat(DiffSegment.Op.values()).hasSize(3);
    }
}
