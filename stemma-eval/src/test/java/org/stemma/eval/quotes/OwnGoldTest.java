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
    void readsLinesWhoseSourceIsAnotherCorpusOfTheEvalFolder(@TempDir Path dir) throws Exception {
        Path eval = dir.resolve("eval");
        Path texts = eval.resolve("article-extraction/ground-truth.json");
        Files.createDirectories(texts.getParent());
        Files.writeString(texts, "{\"a1\":{\"articleBody\":\"Benchmark text.\"}}");
        Path corpus = eval.resolve("events/news/corpus.jsonl");
        Files.createDirectories(corpus.getParent());
        Files.writeString(corpus, "{\"id\":\"n1\",\"url\":\"u\",\"text\":" + json(BODY) + "}\n"
                + "{\"id\":\"n2\",\"text\":\"Another page.\"}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("outside.jsonl"), "{\"id\":\"n1\",\"text\":" + json(BODY) + "}\n");
        int s = BODY.indexOf("We will");
        int e = BODY.indexOf(",\u201D") + 1;
        String quote = "{\"start\":" + s + ",\"end\":" + e + ",\"text\":" + json(BODY.substring(s, e))
                + ",\"partial\":false,\"speaker\":\"Jane Doe\",\"speakerAsWritten\":\"Jane Doe\",\"cue\":\"said\"}";
        Path gold = dir.resolve("batch.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"source\":\"events/news\",\"article\":\"n1\",\"textSha1\":\"" + OwnGold.sha1(BODY) + "\",\"quotes\":[" + quote + "]}",
                "{\"article\":\"a1\",\"textSha1\":\"" + OwnGold.sha1("Benchmark text.") + "\",\"quotes\":[]}",
                "{\"source\":\"events/gone\",\"article\":\"n1\",\"quotes\":[]}",
                "{\"source\":\"events/news\",\"article\":\"n9\",\"quotes\":[]}",
                "{\"source\":\"events/news\",\"article\":\"n2\",\"textSha1\":\"" + OwnGold.sha1(BODY) + "\",\"quotes\":[]}",
                "{\"source\":\"..\",\"article\":\"n1\",\"quotes\":[]}"), StandardCharsets.UTF_8);

        assertThat(OwnGold.evalRoot(texts)).isEqualTo(eval.toAbsolutePath().normalize());
        List<String> errors = new ArrayList<>();
        List<QuoteEvaluation.GoldDoc> docs = QuoteEvaluation.read(gold, texts, errors);
        assertThat(docs).extracting(QuoteEvaluation.GoldDoc::id).containsExactly("n1", "a1");
        assertThat(docs.get(0).text()).isEqualTo(BODY);
        assertThat(docs.get(0).gold()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Jane Doe"));
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).contains("line 3").contains("source events/gone not found");
        assertThat(errors.get(1)).contains("line 4").contains("n9").contains("source events/news");
        assertThat(errors.get(2)).contains("line 5").contains("textSha1");
        assertThat(errors.get(3)).contains("line 6").contains("source .. not found");
        assertThat(errors).allSatisfy(m -> assertThat(m).doesNotContain("\n"));

        List<String> noRoot = new ArrayList<>();
        assertThat(OwnGold.read(gold, OwnGold.readTexts(texts), noRoot)).extracting(OwnGold.Article::id).containsExactly("a1");
        assertThat(noRoot).hasSize(5);
    }

    @Test
    void theShippedGoldFilesMatchTheBenchmarkTextsLineByLine() throws Exception {
        java.util.Map<String, String> texts = OwnGold.readTexts(TestData.requireEval("article-extraction/ground-truth.json"));
        // the fourth to twenty-third batches read their texts from the events corpora (their "source" field)
        TestData.requireEval("events/gva-dev/corpus.jsonl");
        TestData.requireEval("events/semeval-train/corpus.jsonl");
        java.util.Set<String> ids = new java.util.HashSet<>();
        // articles of quotes.jsonl, the blind second to fourth batches, the readable fifth, the blind sixth, the
        // readable seventh, the blind eighth and ninth, the readable tenth, the blind eleventh, the readable twelfth
        // and thirteenth, the blind fourteenth, the held-out fifteenth, the blind sixteenth and the held-out seventeenth,
        // eighteenth, nineteenth, twentieth and twenty-first, and the held-out twenty-second, aimed at group speakers, and the held-out twenty-third
        // (data/quotes-gold/README.md)
        // per file: articles, quotations and quotations with a named speaker (-1: not counted here; the batches made
        // from the events corpora are counted whole, the blind ones by counts only)
        int[] expected = {40, 25, 16, 44, 46, 43, 46, 48, 39, 48, 48, 40, 32, 36, 38, 27, 28, 27, 38, 33, 25, 26, 32};
        int[] quotations = {-1, -1, -1, 152, 160, 178, 160, 161, 136, 146, 162, 169, 147, 146, 145, 150, 148, 146, 148, 146, 152, 151, 142};
        int[] named = {-1, -1, -1, 135, 146, 161, 142, 138, 129, 141, 147, 155, 139, 127, 133, 136, 133, 139, 141, 121, 134, 143, 132};
        String[] files = {"quotes.jsonl", "quotes-batch2.jsonl", "quotes-batch3.jsonl", "quotes-batch4.jsonl",
                "quotes-batch5.jsonl", "quotes-batch6.jsonl", "quotes-batch7.jsonl", "quotes-batch8.jsonl",
                "quotes-batch9.jsonl", "quotes-batch10.jsonl", "quotes-batch11.jsonl", "quotes-batch12.jsonl",
                "quotes-batch13.jsonl", "quotes-batch14.jsonl", "quotes-batch15.jsonl", "quotes-batch16.jsonl",
                "quotes-batch17.jsonl", "quotes-batch18.jsonl", "quotes-batch19.jsonl",
                "quotes-batch20.jsonl", "quotes-batch21.jsonl", "quotes-batch22.jsonl",
                "quotes-batch23.jsonl"};
        List<OwnGold.Article> fifth = null;
        List<OwnGold.Article> twelfth = null;
        for (int f = 0; f < files.length; f++) {
            List<String> errors = new ArrayList<>();
            List<OwnGold.Article> read = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold").resolve(files[f]), texts,
                    TestData.sharedEval(), errors);
            assertThat(errors).as(files[f]).isEmpty();
            assertThat(read).as(files[f]).hasSize(expected[f]);
            for (OwnGold.Article a : read) {
                assertThat(ids.add(a.id())).as("an article in both files: " + a.id()).isTrue();
            }
            if (quotations[f] >= 0) {
                assertThat(read.stream().mapToInt(a -> a.quotes().size()).sum()).as(files[f]).isEqualTo(quotations[f]);
                assertThat(read.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count())
                        .as(files[f]).isEqualTo(named[f]);
            }
            if (files[f].equals("quotes-batch5.jsonl")) {
                fifth = read;
            }
            if (files[f].equals("quotes-batch12.jsonl")) {
                twelfth = read;
            }
        }
        // the agreement check's second annotation of 20 batch-5 texts: same texts as batch 5, so not in the id set above
        List<String> second = new ArrayList<>();
        java.nio.file.Path secondFile = TestData.repoRoot().resolve("data/quotes-gold/agreement/quotes-batch5-second.jsonl");
        List<OwnGold.Article> agreement = OwnGold.read(secondFile, texts, TestData.sharedEval(), second);
        assertThat(second).isEmpty();
        assertThat(agreement).hasSize(20);
        assertThat(agreement.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(65);
        assertThat(fifth.stream().map(OwnGold.Article::id).toList()).containsAll(agreement.stream().map(OwnGold.Article::id).toList());
        // agreement check 2: a second annotation of 20 batch-12 texts, made without reading batch 12's calls
        List<String> secondOf12 = new ArrayList<>();
        List<OwnGold.Article> agreement12 = OwnGold.read(
                TestData.repoRoot().resolve("data/quotes-gold/agreement/quotes-batch12-second.jsonl"), texts,
                TestData.sharedEval(), secondOf12);
        assertThat(secondOf12).isEmpty();
        assertThat(agreement12).hasSize(20);
        assertThat(agreement12.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(97);
        assertThat(agreement12.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count())
                .isEqualTo(88);
        assertThat(twelfth.stream().map(OwnGold.Article::id).toList())
                .containsAll(agreement12.stream().map(OwnGold.Article::id).toList());
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
