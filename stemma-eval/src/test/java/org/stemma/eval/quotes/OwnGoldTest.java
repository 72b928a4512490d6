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
        // the fourth to tenth batches read their texts from the events corpora (their "source" field)
        TestData.requireEval("events/gva-dev/corpus.jsonl");
        TestData.requireEval("events/semeval-train/corpus.jsonl");
        java.util.Set<String> ids = new java.util.HashSet<>();
        // articles of quotes.jsonl, the blind second to fourth batches, the readable fifth, the blind sixth, the
        // readable seventh, the blind eighth and ninth, the readable tenth and the blind eleventh
        // (data/quotes-gold/README.md)
        int[] expected = {40, 25, 16, 44, 46, 43, 46, 48, 39, 48, 48};
        String[] files = {"quotes.jsonl", "quotes-batch2.jsonl", "quotes-batch3.jsonl", "quotes-batch4.jsonl",
                "quotes-batch5.jsonl", "quotes-batch6.jsonl", "quotes-batch7.jsonl", "quotes-batch8.jsonl",
                "quotes-batch9.jsonl", "quotes-batch10.jsonl", "quotes-batch11.jsonl"};
        for (int f = 0; f < files.length; f++) {
            List<String> errors = new ArrayList<>();
            List<OwnGold.Article> read = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold").resolve(files[f]), texts,
                    TestData.sharedEval(), errors);
            assertThat(errors).as(files[f]).isEmpty();
            assertThat(read).as(files[f]).hasSize(expected[f]);
            for (OwnGold.Article a : read) {
                assertThat(ids.add(a.id())).as("an article in both files: " + a.id()).isTrue();
            }
        }
        List<OwnGold.Article> fourth = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold/quotes-batch4.jsonl"), texts,
                TestData.sharedEval(), new ArrayList<>());
        assertThat(fourth.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(152);
        assertThat(fourth.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count()).isEqualTo(135);
        List<OwnGold.Article> fifth = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold/quotes-batch5.jsonl"), texts,
                TestData.sharedEval(), new ArrayList<>());
        assertThat(fifth.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(160);
        assertThat(fifth.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count()).isEqualTo(146);
        List<OwnGold.Article> sixth = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold/quotes-batch6.jsonl"), texts,
                TestData.sharedEval(), new ArrayList<>());
        assertThat(sixth.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(178);
        assertThat(sixth.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count()).isEqualTo(161);
        List<OwnGold.Article> seventh = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold/quotes-batch7.jsonl"), texts,
                TestData.sharedEval(), new ArrayList<>());
        assertThat(seventh.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(160);
        assertThat(seventh.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count()).isEqualTo(142);
        // the eighth batch is held out for one measurement at the end of session 13: counts only here
        List<OwnGold.Article> eighth = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold/quotes-batch8.jsonl"), texts,
                TestData.sharedEval(), new ArrayList<>());
        assertThat(eighth.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(161);
        assertThat(eighth.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count()).isEqualTo(138);
        // the ninth batch is held out for one measurement at the end of session 14: counts only here
        List<OwnGold.Article> ninth = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold/quotes-batch9.jsonl"), texts,
                TestData.sharedEval(), new ArrayList<>());
        assertThat(ninth).hasSize(39);
        assertThat(ninth.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(136);
        assertThat(ninth.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count()).isEqualTo(129);
        // the tenth batch is readable (made in session 14 for speaker work on news pages)
        List<OwnGold.Article> tenth = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold/quotes-batch10.jsonl"), texts,
                TestData.sharedEval(), new ArrayList<>());
        assertThat(tenth).hasSize(48);
        assertThat(tenth.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(146);
        assertThat(tenth.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count()).isEqualTo(141);
        // the eleventh batch is held out for one measurement at the end of the next session: counts only here
        List<OwnGold.Article> eleventh = OwnGold.read(TestData.repoRoot().resolve("data/quotes-gold/quotes-batch11.jsonl"), texts,
                TestData.sharedEval(), new ArrayList<>());
        assertThat(eleventh).hasSize(48);
        assertThat(eleventh.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(162);
        assertThat(eleventh.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null).count()).isEqualTo(147);
        // the agreement check's second annotation of 20 batch-5 texts: same texts as batch 5, so not in the id set above
        List<String> second = new ArrayList<>();
        java.nio.file.Path secondFile = TestData.repoRoot().resolve("data/quotes-gold/agreement/quotes-batch5-second.jsonl");
        List<OwnGold.Article> agreement = OwnGold.read(secondFile, texts, TestData.sharedEval(), second);
        assertThat(second).isEmpty();
        assertThat(agreement).hasSize(20);
        assertThat(agreement.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(65);
        assertThat(fifth.stream().map(OwnGold.Article::id).toList()).containsAll(agreement.stream().map(OwnGold.Article::id).toList());
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
