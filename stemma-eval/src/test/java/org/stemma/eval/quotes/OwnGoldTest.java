package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.testing.TestData;

class OwnGoldTest {

    static final String BODY = "The mayor spoke.\n\n\u201CWe will rebuild the bridge,\u201D Jane Doe said.";

    @Test
    void readsGoldAndChecksTextAndOffsets(@TempDir Path dir) throws Exception {
        Path texts = dir.resolve("texts.json");
        Files.writeString(texts, "{\"a1\":{\"articleBody\":" + json(BODY) + ",\"url\":\"u\"},"
                + "\"a2\":{\"articleBody\":\"Other text.\"}}");
        int s = BODY.indexOf("We will");
        int e = BODY.indexOf(",\u201D") + 1;
        String sha = OwnGold.sha1(BODY);
        Path gold = dir.resolve("quotes.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"article\":\"a1\",\"textSha1\":\"" + sha + "\",\"quotes\":[{\"start\":" + s + ",\"end\":" + e
                        + ",\"text\":" + json(BODY.substring(s, e)) + ",\"partial\":false,\"speaker\":\"Jane Doe\","
                        + "\"speakerAsWritten\":\"Jane Doe\",\"cue\":\"said\"}]}",
                "{\"article\":\"a2\",\"textSha1\":\"0000\",\"quotes\":[]}",
                "{\"article\":\"zz\",\"quotes\":[]}",
                "not json",
                ""), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        List<OwnGold.Article> read = OwnGold.read(gold, OwnGold.readTexts(texts), errors);
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.quotes()).singleElement().satisfies(q -> {
                assertThat(q.speaker()).isEqualTo("Jane Doe");
                assertThat(q.speakerKey()).isEqualTo("Doe");
                assertThat(q.text()).isEqualTo("We will rebuild the bridge,");
            });
        });
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("line 2").contains("textSha1");
        assertThat(errors.get(1)).contains("line 3").contains("zz");
        assertThat(errors.get(2)).contains("line 4");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuoteScorer.Result r = QuoteEvaluation.ownGold(gold, texts, new PrintStream(out, true, StandardCharsets.UTF_8),
                new ArrayList<>());
        assertThat(r.f1()).isEqualTo(1.0);
        assertThat(r.speakerAccuracy()).isEqualTo(1.0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("quotes/s").contains("articles/s");
    }

    @Test
    void theShippedGoldFilesMatchTheBenchmarkTextsLineByLine() throws Exception {
        java.util.Map<String, String> texts = OwnGold.readTexts(TestData.requireEval("article-extraction/ground-truth.json"));
        java.util.Set<String> ids = new java.util.HashSet<>();
        int[] expected = {40, 25, 16}; // articles of quotes.jsonl and of the blind second and third batches (data/quotes-gold/README.md)
        String[] files = {"quotes.jsonl", "quotes-batch2.jsonl", "quotes-batch3.jsonl"};
        for (int f = 0; f < files.length; f++) {
            List<String> errors = new ArrayList<>();
            List<OwnGold.Article> read = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold").resolve(files[f]), texts, errors);
            assertThat(errors).as(files[f]).isEmpty();
            assertThat(read).as(files[f]).hasSize(expected[f]);
            for (OwnGold.Article a : read) {
                assertThat(ids.add(a.id())).as("an article in both files: " + a.id()).isTrue();
            }
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
