package org.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalParaphraseCommandTest {

    @Test
    void judgesEachPairAndWritesOneLinePerPair(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("pairs.txt");
        Files.writeString(in, "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
                + "1\t1\t2\tRussia sent instructors to train Mali's army.\t"
                + "Instructors from Russia were sent to train the army of Mali.\n"
                + "0\t3\t4\tThe central bank raised rates by half a point on Monday.\t"
                + "Mali's air force chief spoke to RTVI about Ukraine.\n"
                + "broken line\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.tsv");
        int code = Main.run("eval", "paraphrase", in.toString(), "--out", out.toString());
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("id1\tid2\tscore\tdecision\tgold");
        assertThat(lines.get(1)).startsWith("1\t2\t").endsWith("\t1\t1");
        assertThat(lines.get(2)).startsWith("3\t4\t").endsWith("\t0\t0");
    }

    @Test
    void aMissingFileIsAOneLineErrorNotACrash(@TempDir Path dir) {
        assertThat(Main.run("eval", "paraphrase", dir.resolve("nope.txt").toString())).isEqualTo(2);
    }
}
