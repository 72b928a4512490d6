package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalPeerTest {

    static final String TEXT = "The mayor spoke. \u201CWe will rebuild the bridge,\u201D said Jane Doe.\n\nShe added: \"It is done.\"";

    @Test
    void readsQuotationsTrimsMarksAndChecksOffsets(@TempDir Path dir) throws Exception {
        int b1 = TEXT.indexOf('\u201C');
        int e1 = TEXT.indexOf('\u201D') + 1;
        int b2 = TEXT.indexOf("\"It");
        int e2 = TEXT.length();
        Path file = dir.resolve("peer.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a1\",\"quotes\":[{\"begin\":" + b1 + ",\"end\":" + e1 + ",\"text\":" + json(TEXT.substring(b1, e1))
                        + ",\"speaker\":\"Jane Doe\",\"canonicalSpeaker\":\"Jane Doe\"},"
                        + "{\"begin\":" + b2 + ",\"end\":" + e2 + ",\"text\":" + json(TEXT.substring(b2, e2))
                        + ",\"speaker\":\"She\",\"canonicalSpeaker\":null},"
                        + "{\"begin\":3,\"end\":9,\"text\":\"wrong\"}]}",
                "not json",
                "{\"quotes\":[]}",
                "{\"id\":\"other\",\"quotes\":[]}",
                ""), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        ExternalPeer p = ExternalPeer.read("CoreNLP", file, Map.of("a1", TEXT), errors);

        assertThat(p.of("a1")).hasSize(2);
        assertThat(p.of("a1").get(0).text()).isEqualTo("We will rebuild the bridge,");
        assertThat(TEXT.substring(p.of("a1").get(0).span().start(), p.of("a1").get(0).span().end()))
                .isEqualTo("We will rebuild the bridge,");
        assertThat(p.of("a1").get(0).speaker()).isEqualTo("Jane Doe");
        assertThat(p.of("a1").get(1).text()).isEqualTo("It is done.");
        assertThat(p.of("a1").get(1).speakerAsWritten()).isEqualTo("She");
        assertThat(p.of("a1").get(1).speaker()).isEqualTo("She");
        assertThat(p.of("other")).isEmpty();
        assertThat(p.quotes()).containsOnlyKeys("a1", "other");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("does not match text a1");
        assertThat(errors.get(1)).contains("line 2").contains("not JSON");
        assertThat(errors.get(2)).contains("line 3").contains("no id");
    }

    @Test
    void dumpedTextsAndAPerfectPeerScoreAsTheGold(@TempDir Path dir) throws Exception {
        String body = OwnGoldTest.BODY;
        int s = body.indexOf("We will");
        int e = body.indexOf(",\u201D") + 1;
        GoldQuote g = new GoldQuote("a1", List.of(new org.stemma.text.Span(s, e)), body.substring(s, e), false,
                "Jane Doe", "Jane Doe", "Doe");
        Path texts = dir.resolve("texts.jsonl");
        ExternalPeer.dumpTexts(List.of(new QuoteEvaluation.GoldDoc("a1", body, List.of(g), true, null)), texts);
        assertThat(Files.readString(texts)).contains("\"id\":\"a1\"").contains("\"text\":");

        Path file = dir.resolve("peer.jsonl");
        Files.writeString(file, "{\"id\":\"a1\",\"quotes\":[{\"begin\":" + (s - 1) + ",\"end\":" + (e + 1)
                + ",\"text\":" + json(body.substring(s - 1, e + 1)) + ",\"speaker\":\"Doe\",\"canonicalSpeaker\":\"Jane Doe\"}]}\n");
        ExternalPeer p = ExternalPeer.read("CoreNLP", file, Map.of("a1", body), new ArrayList<>());
        UtteranceScorer u = new UtteranceScorer();
        u.add("a1", body, List.of(g), p.of("a1"), true);
        assertThat(u.joined().f1()).isEqualTo(1.0);
        assertThat(u.joined().speakerAccuracy()).isEqualTo(1.0);
    }

    @Test
    void evaluationPrintsThePeerRowsAndTextsWithoutALine(@TempDir Path dir) throws Exception {
        Path texts = dir.resolve("texts.json");
        Files.writeString(texts, "{\"a1\":{\"articleBody\":" + json(OwnGoldTest.BODY) + "}}");
        int s = OwnGoldTest.BODY.indexOf("We will");
        int e = OwnGoldTest.BODY.indexOf(",\u201D") + 1;
        Path gold = dir.resolve("quotes.jsonl");
        Files.writeString(gold, "{\"article\":\"a1\",\"textSha1\":\"" + OwnGold.sha1(OwnGoldTest.BODY) + "\",\"quotes\":[{\"start\":"
                + s + ",\"end\":" + e + ",\"text\":" + json(OwnGoldTest.BODY.substring(s, e))
                + ",\"partial\":false,\"speaker\":\"Jane Doe\",\"speakerAsWritten\":\"Jane Doe\"}]}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuoteEvaluation.ownGold(gold, texts, new PrintStream(out, true, StandardCharsets.UTF_8), new ArrayList<>(),
                new ExternalPeer("CoreNLP", Map.of()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("peer: CoreNLP").contains("1 of 1 texts have no line in the CoreNLP file");
    }

    private static String json(String s) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    }
}
