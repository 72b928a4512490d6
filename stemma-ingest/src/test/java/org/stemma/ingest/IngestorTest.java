package org.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.ingest.TestFiles.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.article.Article;

class IngestorTest {

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();

    private IngestStats read(Path... inputs) {
        return new Ingestor().read(List.of(inputs), articles::add, problems::add);
    }

    private Map<String, Article> byId() {
        return articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    @Test
    void readsTheSeedDirectory() {
        IngestStats s = read(Path.of("../examples/sahel-2024"));
        assertThat(problems).isEmpty();
        assertThat(s.articles()).isEqualTo(5);
        Article a003 = byId().get("003_e94bf1e6b5c23889");
        assertThat(a003.published()).isEqualTo("2024-08-22");
        assertThat(a003.source()).endsWith("003_e94bf1e6b5c23889.txt");
        assertThat(a003.text()).startsWith("Mali had been divided");
        assertThat(byId().get("000_53482151ec2c59ca").published()).isEqualTo("2024-08-26");
    }

    @Test
    void readsEveryFormatRecursively() throws IOException {
        write(dir, "a/plain.txt", textPage("Council approves the budget"), StandardCharsets.UTF_8);
        write(dir, "a/b/page.html", htmlPage("Council approves the budget", "utf-8"), StandardCharsets.UTF_8);
        write(dir, "a/zipped.txt.gz", gzip(textPage("Budget passes").getBytes(StandardCharsets.UTF_8)));
        write(dir, "a/zipped-page.html.gz", gzip(htmlPage("Budget passes", null).getBytes(StandardCharsets.UTF_8)));
        String jsonl = "{\"id\":\"j1\",\"url\":\"https://www.example.org/x\",\"title\":\"T1\",\"published\":\"2024-01-02\",\"text\":\""
                + P1 + "\"}\n\n{\"id\":\"j2\",\"outlet\":\"Gazette\",\"html\":\"<p>" + P2 + "</p>\"}\n";
        write(dir, "c/records.jsonl", jsonl, StandardCharsets.UTF_8);
        write(dir, "c/records2.jsonl.gz", gzip("{\"id\":\"j3\",\"text\":\"".concat(P3).concat("\"}").getBytes(StandardCharsets.UTF_8)));
        byte[] warc = concat(warcRequest("00000000-0000-0000-0000-000000000001", "https://news.example.com/a"),
                warcResponse("00000000-0000-0000-0000-000000000002", "https://news.example.com/a",
                        htmlPage("Warc page", null).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
        write(dir, "d/crawl.warc", warc);
        write(dir, "d/crawl2.warc.gz", concat(gzip(warcResponse("00000000-0000-0000-0000-000000000003",
                "https://other.example.com/b", htmlPage("Gz page", null).getBytes(StandardCharsets.UTF_8), "text/html")),
                gzip(warcRequest("00000000-0000-0000-0000-000000000004", "https://other.example.com/b"))));
        write(dir, "d/notes.md", "# not an input", StandardCharsets.UTF_8);
        write(dir, ".hidden/x.txt", textPage("Hidden"), StandardCharsets.UTF_8);

        IngestStats s = read(dir);
        assertThat(problems).isEmpty();
        assertThat(byId().keySet()).containsExactlyInAnyOrder("plain", "page", "zipped", "zipped-page", "j1", "j2", "j3",
                "urn:uuid:00000000-0000-0000-0000-000000000002", "urn:uuid:00000000-0000-0000-0000-000000000003");
        assertThat(s.ignored()).isEqualTo(2);
        Article j1 = byId().get("j1");
        assertThat(j1.title()).isEqualTo("T1");
        assertThat(j1.published()).isEqualTo("2024-01-02");
        assertThat(j1.outlet()).isEqualTo("example.org");
        assertThat(j1.source()).endsWith("records.jsonl:1");
        assertThat(byId().get("j2").outlet()).isEqualTo("Gazette");
        Article w = byId().get("urn:uuid:00000000-0000-0000-0000-000000000002");
        assertThat(w.url()).isEqualTo("https://news.example.com/a");
        assertThat(w.outlet()).isEqualTo("news.example.com");
        assertThat(w.text()).contains(P3);
        assertThat(byId().get("plain").text()).contains("Café owners");
    }

    @Test
    void duplicateIdsAreRenamedWithAWarning() throws IOException {
        write(dir, "x/same.txt", textPage("One"), StandardCharsets.UTF_8);
        write(dir, "y/same.txt", textPage("Two"), StandardCharsets.UTF_8);
        read(dir);
        assertThat(byId()).containsKeys("same", "same~2");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.skipped()).isFalse();
            assertThat(p.reason()).contains("duplicate article id");
        });
    }

    @Test
    void encodingsAreDecodedWithoutMojibake() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        write(dir, "latin.txt", textPage("Budget for the café"), cp1252);
        write(dir, "meta.html", htmlPage("Page", "iso-8859-1"), cp1252);
        write(dir, "utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                textPage("Budget").getBytes(StandardCharsets.UTF_16LE)));
        write(dir, "bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                textPage("Budget").getBytes(StandardCharsets.UTF_8)));
        write(dir, "w.warc", warcResponse("00000000-0000-0000-0000-0000000000aa", "https://example.net/p",
                htmlPage("Page", null).getBytes(cp1252), "text/html; charset=windows-1252"));
        read(dir);
        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(5).allSatisfy(a -> {
            assertThat(a.text()).contains("Café owners", "naïve").doesNotContain("Ã", "\uFFFD");
        });
    }

    // ---- bad input: one line each, the rest of the batch goes on ------------------------------

    private IngestProblem onlyProblemFor(String name) {
        List<IngestProblem> mine = problems.stream().filter(p -> p.source().endsWith(name)).toList();
        assertThat(mine).as("problems for " + name + " in " + problems).hasSize(1);
        IngestProblem p = mine.get(0);
        assertThat(p.toString()).doesNotContain("\n").contains(name).doesNotContain("Exception:").doesNotContain("\tat ");
        return p;
    }

    @Test
    void binaryFile() throws IOException {
        byte[] png = new byte[4096];
        new java.util.Random(1).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 0;
        write(dir, "image.txt", png);
        write(dir, "good.txt", textPage("Good"), StandardCharsets.UTF_8);
        read(dir);
        assertThat(onlyProblemFor("image.txt").reason()).contains("binary");
        assertThat(byId()).containsKey("good");
    }

    @Test
    void emptyFiles() throws IOException {
        write(dir, "empty.txt", new byte[0]);
        write(dir, "blank.html", "  \n\n ", StandardCharsets.UTF_8);
        write(dir, "empty.jsonl", "\n\n", StandardCharsets.UTF_8);
        write(dir, "good.txt", textPage("Good"), StandardCharsets.UTF_8);
        read(dir);
        assertThat(onlyProblemFor("empty.txt").reason()).contains("empty");
        assertThat(onlyProblemFor("blank.html").reason()).contains("empty");
        assertThat(onlyProblemFor("empty.jsonl").reason()).contains("empty");
        assertThat(byId()).containsOnlyKeys("good");
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] gz = gzip((textPage("Budget") + textPage("More")).getBytes(StandardCharsets.UTF_8));
        write(dir, "cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"").append(P1).append(' ').append(i).append("\"}\n");
        }
        byte[] gzl = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        write(dir, "cut.jsonl.gz", Arrays.copyOf(gzl, gzl.length - 20));
        write(dir, "good.txt", textPage("Good"), StandardCharsets.UTF_8);
        read(dir);
        assertThat(onlyProblemFor("cut.txt.gz").reason()).contains("truncated gzip");
        IngestProblem jl = onlyProblemFor("cut.jsonl.gz");
        assertThat(jl.reason()).contains("truncated gzip");
        assertThat(jl.location()).startsWith("after line");
        assertThat(byId()).containsKey("good").containsKey("r0");
    }

    @Test
    void truncatedWarc() throws IOException {
        byte[] one = warcResponse("00000000-0000-0000-0000-000000000011", "https://example.org/1",
                htmlPage("First", null).getBytes(StandardCharsets.UTF_8), "text/html");
        byte[] two = warcResponse("00000000-0000-0000-0000-000000000012", "https://example.org/2",
                htmlPage("Second", null).getBytes(StandardCharsets.UTF_8), "text/html");
        byte[] both = concat(one, two);
        write(dir, "cut.warc", Arrays.copyOf(both, one.length + two.length / 2));
        byte[] gz = concat(gzip(warcResponse("00000000-0000-0000-0000-000000000021", "https://example.org/1",
                htmlPage("First", null).getBytes(StandardCharsets.UTF_8), "text/html")), gzip(two));
        write(dir, "cut2.warc.gz", Arrays.copyOf(gz, gz.length - 30));
        write(dir, "good.txt", textPage("Good"), StandardCharsets.UTF_8);
        read(dir);

        IngestProblem p = onlyProblemFor("cut.warc");
        assertThat(p.location()).isEqualTo("offset " + one.length);
        assertThat(onlyProblemFor("cut2.warc.gz").reason()).containsAnyOf("truncated", "corrupt");
        assertThat(byId()).containsKeys("good", "urn:uuid:00000000-0000-0000-0000-000000000011");
    }

    @Test
    void invalidUtf8IsRepairedAndReported() throws IOException {
        byte[] good = textPage("Café budget").getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(Arrays.copyOf(good, 200), concat(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                Arrays.copyOfRange(good, 200, good.length)));
        write(dir, "broken.txt", bad);
        String badLine = "{\"id\":\"bad\",\"text\":\"" + P1 + "\"}";
        byte[] jl = concat(badLine.getBytes(StandardCharsets.UTF_8), new byte[] {'\n'});
        jl[30] = (byte) 0xFF;
        write(dir, "broken.jsonl", jl);
        read(dir);
        IngestProblem p = onlyProblemFor("broken.txt");
        assertThat(p.skipped()).isFalse();
        assertThat(p.location()).isEqualTo("byte 200");
        assertThat(p.reason()).contains("invalid UTF-8");
        assertThat(byId().get("broken").text()).contains("Café owners", "\uFFFD");
        IngestProblem j = onlyProblemFor("broken.jsonl");
        assertThat(j.location()).isEqualTo("line 1");
        assertThat(byId()).containsKey("bad");
    }

    @Test
    void fiftyMegabytePage() throws IOException {
        Path big = dir.resolve("huge.html");
        byte[] para = ("<p>" + P1 + "</p>\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < 50L << 20; n += para.length) {
                out.write(para);
            }
        }
        write(dir, "good.txt", textPage("Good"), StandardCharsets.UTF_8);
        read(dir);
        assertThat(onlyProblemFor("huge.html").reason()).contains("larger than the 16 MB limit");
        assertThat(byId()).containsOnlyKeys("good");
    }

    @Test
    void htmlNested100000Deep() throws IOException {
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<div>".repeat(100_000)).append("<p>").append(P1).append("</p>").append("</div>".repeat(100_000));
        b.append("</body></html>");
        write(dir, "deep.html", b.toString(), StandardCharsets.UTF_8);
        write(dir, "good.txt", textPage("Good"), StandardCharsets.UTF_8);
        read(dir);
        // Flattened to the browsers' nesting limit, the page reads like any other.
        assertThat(problems).isEmpty();
        assertThat(byId()).containsOnlyKeys("deep", "good");
        assertThat(byId().get("deep").text()).contains(P1.substring(0, 40));
    }

    @Test
    void malformedJsonlLines() throws IOException {
        String jsonl = String.join("\n",
                "{\"id\":\"ok1\",\"text\":\"" + P1 + "\"}",
                "{\"id\":\"broken\",\"text\":\"unterminated",
                "[1,2,3]",
                "{\"id\":\"notext\"}",
                "{\"id\":\"badtype\",\"text\":42}",
                "{\"id\":\"baddate\",\"published\":\"yesterday-ish\",\"text\":\"" + P2 + "\"}",
                "{\"id\":\"ok2\",\"text\":\"" + P2 + "\"}");
        write(dir, "mixed.jsonl", jsonl, StandardCharsets.UTF_8);
        read(dir);
        assertThat(byId()).containsOnlyKeys("ok1", "ok2");
        assertThat(problems).extracting(IngestProblem::location)
                .containsExactly("line 2", "line 3", "line 4", "line 5", "line 6");
        assertThat(problems.get(0).reason()).startsWith("malformed JSON");
        assertThat(problems.get(1).reason()).contains("expected a JSON object");
        assertThat(problems.get(2).reason()).contains("neither \"html\" nor \"text\"");
        assertThat(problems.get(3).reason()).contains("\"text\" must be a string");
        assertThat(problems.get(4).reason()).contains("\"published\" is not a date");
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).startsWith("error: ").contains("mixed.jsonl: line "));
    }

    @Test
    void missingInputIsOneLine() {
        IngestStats s = read(dir.resolve("nope"), Path.of("../examples/sahel-2024/000_53482151ec2c59ca.txt"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("no such file or directory"));
        assertThat(s.articles()).isEqualTo(1);
    }

    @Test
    void idsAndFormatsFromNames() {
        assertThat(Ingestor.stem(Path.of("a/b/003_x.txt"))).isEqualTo("003_x");
        assertThat(Ingestor.stem(Path.of("page.html.gz"))).isEqualTo("page");
        assertThat(Ingestor.format(Path.of("crawl.warc.gz"))).isEqualTo(Ingestor.Format.WARC);
        assertThat(Ingestor.format(Path.of("x.JSONL"))).isEqualTo(Ingestor.Format.JSONL);
        assertThat(Ingestor.format(Path.of("x.pdf"))).isNull();
    }

    @Test
    void ukrainianAndPersianPagesAreUkAndFaThroughTheReaders() throws IOException {
        // Written for this test; no page declares its language, so the text must say it.
        String uk = "Міська рада Львова ухвалила бюджет на наступний рік після тривалого обговорення. "
                + "Депутати погодили збільшення видатків на громадський транспорт, освіту та ремонт доріг. "
                + "Мер міста заявив, що перші зміни мешканці побачать уже навесні, коли розпочнуться роботи.";
        String fa = "شورای شهر شیراز بودجه سال آینده را پس از گفت‌وگوی طولانی تصویب کرد. "
                + "نمایندگان با افزایش هزینه‌های حمل‌ونقل عمومی، آموزش و تعمیر جاده‌ها موافقت کردند. "
                + "شهردار گفت که ساکنان نخستین تغییرات را در بهار خواهند دید، زمانی که کارها آغاز می‌شود.";
        write(dir, "uk.html", "<html><head><title>Рада ухвалила бюджет</title></head><body><article><h1>Рада "
                + "ухвалила бюджет</h1><p>" + uk.replace(". ", ".</p><p>") + "</p></article></body></html>", StandardCharsets.UTF_8);
        write(dir, "fa.html", "<html><head><title>تصویب بودجه شیراز</title></head><body><article><h1>تصویب "
                + "بودجه شیراز</h1><p>" + fa.replace(". ", ".</p><p>") + "</p></article></body></html>", StandardCharsets.UTF_8);
        write(dir, "records.jsonl", "{\"id\":\"uk-text\",\"text\":\"" + uk + "\"}\n{\"id\":\"fa-text\",\"text\":\""
                + fa + "\"}\n", StandardCharsets.UTF_8);
        read(dir);
        assertThat(problems).isEmpty();
        assertThat(byId()).hasSize(4);
        assertThat(byId().get("uk").language()).isEqualTo("uk");
        assertThat(byId().get("uk-text").language()).isEqualTo("uk");
        assertThat(byId().get("fa").language()).isEqualTo("fa");
        assertThat(byId().get("fa-text").language()).isEqualTo("fa");
    }
}
