package org.stemma.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.text.Span;

class BratReaderTest {

    static final String TEXT = "Smith said “we won” and then left, Jones added.";

    @Test
    void readsDiscontinuousSpansAndEvents() {
        String ann = "T1\tSource 0 5\tSmith\n"
                + "T2\tCue 6 10\tsaid\n"
                + "T3\tContent 11 19;35 40\t“we won” Jones\n"
                + "T4\tAttribution 6 10\tsaid\n"
                + "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3\n"
                + "#1\tAnnotatorNotes T3\ta note\n"
                + "E2\tAttribution-no-source:T4 Content:T3\n"
                + "continued text of a multi-line span\n";
        BratDocument d = BratReader.parse("x", TEXT, "a1", ann);
        assertThat(d.spans().get("T3").ranges()).containsExactly(new Span(11, 19), new Span(35, 40));
        assertThat(d.attributions()).hasSize(2);
        BratDocument.Attribution a = d.attributions().get(0);
        assertThat(a.type()).isEqualTo("Attribution");
        assertThat(a.source().id()).isEqualTo("T1");
        assertThat(a.cue().id()).isEqualTo("T2");
        assertThat(a.content().id()).isEqualTo("T3");
        assertThat(d.attributions().get(1).source()).isNull();
    }

    @Test
    void aSecondContentOfOneAttributionIsReadWithTheFirst() {
        String text = "\u201CWe won,\u201D he said. \u201CWe will win again.\u201D";
        String ann = "T1\tContent 0 9\t\u201CWe won,\u201D\n"
                + "T2\tSource 10 12\the\n"
                + "T3\tCue 13 17\tsaid\n"
                + "T4\tAttribution 13 17\tsaid\n"
                + "T5\tContent 19 39\t\u201CWe will win again.\u201D\n"
                + "E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1 Content2:T5\n";
        BratDocument d = BratReader.parse("x", text, "a1", ann);
        assertThat(d.attributions().get(0).content().ranges()).containsExactly(new Span(0, 9), new Span(19, 39));
        assertThat(PolnearGold.quotes(d, true)).hasSize(1).first()
                .satisfies(q -> assertThat(q.text()).isEqualTo("We won We will win again"));
    }

    @Test
    void rangeOutsideTheTextIsAClearError() {
        assertThatThrownBy(() -> BratReader.parse("x", "short", "a", "T1\tContent 0 99\tx\n"))
                .hasMessageContaining("x.ann line 1").hasMessageContaining("outside the text");
    }

    @Test
    void folderTakesTheFirstAnnotatorAndKeepsTextsWithoutAnnotations(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/one.txt"), TEXT);
        Files.writeString(dir.resolve("text/two.txt"), "No quotes here.");
        Files.writeString(dir.resolve("text/bad.txt"), "tiny");
        Files.writeString(dir.resolve("attributions/one_b2.ann"), "T1\tSource 0 5\tSmith\n");
        Files.writeString(dir.resolve("attributions/one_a1.ann"), "T1\tSource 35 40\tJones\n");
        Files.writeString(dir.resolve("attributions/bad_a1.ann"), "T1\tSource 0 400\tx\n");
        List<String> errors = new ArrayList<>();
        List<BratDocument> docs = BratReader.readFolder(dir, errors);
        assertThat(docs).extracting(BratDocument::name).containsExactly("one", "two");
        assertThat(docs.get(0).annotator()).isEqualTo("a1");
        assertThat(docs.get(0).spans().get("T1").text()).isEqualTo("Jones");
        assertThat(docs.get(1).attributions()).isEmpty();
        assertThat(docs.get(1).annotator()).isNull();
        assertThat(errors).singleElement().asString().contains("bad.txt");
    }
}
