package org.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.analysis.Analysis;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;
import org.stemma.report.ReportJson;

/**
 * The README's first command, end to end: the seeds' story as a user sees it (with the
 * sentence-embedding model, the default), and the graph exports.
 */
class AnalyzeSeedStoryTest {
    @TempDir
    Path tmp;

    @Test
    void theSeedsTellTheirStoryAndExportTheGraph() throws Exception {
        Path json = tmp.resolve("r.json");
        Path graphml = tmp.resolve("articles.graphml");
        Path outlets = tmp.resolve("outlets.graphml");
        Path csv = tmp.resolve("edges.csv");
        int code = Main.run("analyze", "../examples/sahel-2024", "--json", json.toString(), "--graphml",
                graphml.toString(), "--outlet-graphml", outlets.toString(), "--edges-csv", csv.toString(), "--no-progress");
        assertThat(code).isZero();
        Analysis a = ReportJson.read(json);

        Link paraphrase = link(a.links(), "000_", "001_");
        assertThat(paraphrase.kind()).isEqualTo(LinkKind.PARAPHRASE);
        assertThat(Math.max(paraphrase.coverageA(), paraphrase.coverageB())).isGreaterThan(0.7);
        assertThat(a.links()).allSatisfy(l -> {
            if (l.a().startsWith("004_") || l.b().startsWith("004_")) {
                assertThat(Math.max(l.coverageA(), l.coverageB())).isLessThanOrEqualTo(0.2);
            }
        });

        Derivation rewrite = derivation(a.provenance(), "000_");
        assertThat(rewrite.source()).startsWith("001_");
        assertThat(rewrite.kind()).isEqualTo(DerivationKind.REWRITE);
        assertThat(rewrite.credited()).isFalse();
        Derivation partial = derivation(a.provenance(), "003_");
        assertThat(partial.source()).startsWith("001_");
        assertThat(partial.kind()).isEqualTo(DerivationKind.PARTIAL);

        assertThat(Files.readString(graphml)).contains("<graphml", "000_53482151ec2c59ca", "001_81e780dcf140521f");
        assertThat(Files.readString(outlets)).contains("<graphml", "MENAFN");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("source,copy");
        assertThat(rows).hasSize(1 + a.provenance().size());
    }

    private static Link link(List<Link> links, String x, String y) {
        return links.stream().filter(l -> l.a().startsWith(x) && l.b().startsWith(y)
                || l.a().startsWith(y) && l.b().startsWith(x)).findFirst().orElseThrow();
    }

    private static Derivation derivation(List<Derivation> ds, String copy) {
        return ds.stream().filter(d -> d.copy().startsWith(copy)).findFirst().orElseThrow();
    }
}
