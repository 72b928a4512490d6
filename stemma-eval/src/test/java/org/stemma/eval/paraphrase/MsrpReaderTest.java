package org.stemma.eval.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MsrpReaderTest {

    private static final String HEADER = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n";

    @Test
    void skipsTheByteOrderMarkAndHeader(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("pairs.txt");
        Files.write(f, ("\uFEFF" + HEADER + "1\t702876\t702977\tAmrozi accused his brother.\t"
                + "Amrozi accused his brother again.\r\n0\t1\t2\tA b c.\tD e f.\n")
                .getBytes(StandardCharsets.UTF_8));
        MsrpReader.Result r = MsrpReader.read(f);
        assertThat(r.problems()).isEmpty();
        assertThat(r.pairs()).hasSize(2);
        MsrpPair p = r.pairs().get(0);
        assertThat(p.paraphrase()).isTrue();
        assertThat(p.id1()).isEqualTo("702876");
        assertThat(p.id2()).isEqualTo("702977");
        assertThat(p.s1()).isEqualTo("Amrozi accused his brother.");
        assertThat(r.pairs().get(1).paraphrase()).isFalse();
        assertThat(r.pairs().get(1).s2()).isEqualTo("D e f.");
    }

    @Test
    void quotationMarksArePartOfTheSentencesEvenUnbalanced() {
        String line = "1\t1355540\t1355592\tHe said the pie business doesn't fit the "
                + "company's \"long-term\" strategy.\t\"The pie business does not fit our "
                + "long-term growth strategy.\n";
        MsrpReader.Result r = MsrpReader.parse(HEADER + line + "0\t3\t4\t\"A\tB\"\n", "t");
        assertThat(r.pairs()).hasSize(2);
        assertThat(r.pairs().get(0).s1()).contains("\"long-term\"");
        assertThat(r.pairs().get(0).s2())
                .isEqualTo("\"The pie business does not fit our long-term growth strategy.");
        assertThat(r.pairs().get(1).s1()).isEqualTo("\"A");
        assertThat(r.pairs().get(1).s2()).isEqualTo("B\"");
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndSkipped() {
        String content = HEADER + "1\t1\t2\tonly four fields\n"
                + "x\t1\t2\tA.\tB.\n"
                + "1\t5\t6\tGood one.\tGood two.\n"
                + "0\t7\t8\t \tB.\n";
        MsrpReader.Result r = MsrpReader.parse(content, "f.txt");
        assertThat(r.pairs()).extracting(MsrpPair::id1).containsExactly("5");
        assertThat(r.problems()).hasSize(3);
        assertThat(r.problems().get(0)).startsWith("f.txt:2:").contains("5 tab-separated");
        assertThat(r.problems().get(1)).startsWith("f.txt:3:").contains("quality");
        assertThat(r.problems().get(2)).startsWith("f.txt:5:").contains("empty");
    }

    @Test
    void emptyFileHasNoPairs() {
        assertThat(MsrpReader.parse("", "e").pairs()).isEmpty();
        assertThat(MsrpReader.parse("\uFEFF" + HEADER, "e").pairs()).isEmpty();
    }
}
