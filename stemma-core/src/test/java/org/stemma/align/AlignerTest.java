package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

class AlignerTest {

    static final String SOURCE = "Since 2012, the landlocked country has been engulfed in a lethal jihadist "
            + "insurgency, which a decade-long French security mission has failed to quell. The violence "
            + "has spread to neighboring Burkina Faso and Niger, prompting the military rulers there to join "
            + "Mali in severing defense ties with France. All three former French colonies recently formed "
            + "the Alliance of Sahel States and have shifted to Moscow for security cooperation.";

    final Aligner aligner = new Aligner();

    static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i % 12 == 11 ? ". " : " ").append("q").append(Integer.toString(r.nextInt(1 << 30), 36));
        }
        return sb.toString().trim();
    }

    @Test
    void verbatimCopyInsideOtherTextIsOneVerbatimPassageWithExactSpans() {
        Random r = new Random(1);
        String host = words(r, 60) + " " + SOURCE + " " + words(r, 40);
        List<Passage> ps = aligner.align(Tokenizer.tokenize(SOURCE), Tokenizer.tokenize(host));
        assertThat(ps).hasSize(1);
        Passage p = ps.get(0);
        assertThat(p.kind()).isEqualTo(PassageKind.VERBATIM);
        assertThat(p.similarity()).isEqualTo(1.0);
        assertThat(p.a()).isEqualTo(new Span(0, SOURCE.length() - 1)); // up to "cooperation"
        assertThat(p.b().of(host)).isEqualTo(SOURCE.substring(0, SOURCE.length() - 1));
    }

    @Test
    void substitutionsInsertionsAndDeletionsGiveOneEditedPassage() {
        String edited = SOURCE.replace("lethal", "deadly").replace("French security", "French military")
                .replace("prompting the military rulers there", "which led the juntas")
                .replace("recently ", "") + "";
        edited = edited.replace("The violence", "Thousands have died. The violence");
        List<Passage> ps = aligner.align(Tokenizer.tokenize(SOURCE), Tokenizer.tokenize(edited));
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).kind()).isEqualTo(PassageKind.EDITED);
        assertThat(ps.get(0).similarity()).isBetween(0.7, 0.99);
        assertThat(ps.get(0).a().start()).isEqualTo(0);
        assertThat(ps.get(0).b().end()).isGreaterThan(edited.length() - 20);
    }

    /** A sentence the sentence splitter sees as one: capitalised, n random words, a full stop. */
    static String sentence(Random r, int n) {
        String w = words(r, n).replace(".", "");
        return "Q" + w.substring(1) + ".";
    }

    @Test
    void anEditedCopyIsOneRegionWhoseDiffShowsTheExactRuns() {
        Random r = new Random(2);
        String quote = words(r, 30);
        String a = "Diarra said that " + quote + " and more words follow here today in Bamako";
        String b = "Diarra told RTVI that " + quote + " and more words follow there today in Bamako";
        List<Passage> ps = aligner.align(Tokenizer.tokenize(a), Tokenizer.tokenize(b));
        assertThat(ps).hasSize(1);
        Passage p = ps.get(0);
        assertThat(p.kind()).isEqualTo(PassageKind.EDITED);
        List<EditOp> ops = PassageOps.of(a, p.a(), b, p.b());
        assertThat(ops).anyMatch(o -> o.op() == EditOp.Kind.EQUAL && o.a().of(a).contains(quote));
        assertThat(ops).anyMatch(o -> o.op() == EditOp.Kind.REPLACE && o.a().of(a).equals("here")
                && o.b().of(b).equals("there"));
    }

    @Test
    void droppedSentencesAndAnAddedSentenceStayInOneRegion() {
        Random r = new Random(5);
        String[] s = new String[12];
        for (int i = 0; i < s.length; i++) {
            s[i] = sentence(r, 11);
        }
        String source = String.join(" ", s);
        // The copy drops sentences 3 and 4, adds one of its own after 8, edits a word in 10.
        String copy = String.join(" ", s[0], s[1], s[2], s[5], s[6], s[7], s[8], sentence(r, 11),
                s[9], s[10].replaceFirst(" \\S+ ", " changed "), s[11]);
        List<Passage> ps = aligner.align(Tokenizer.tokenize(source), Tokenizer.tokenize(copy));
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).a().length()).isGreaterThan(source.length() - 5);
        assertThat(ps.get(0).b().length()).isGreaterThan(copy.length() - 5);
    }

    @Test
    void ownTextLongerThanAFewSentencesSplitsTheRegion() {
        Random r = new Random(6);
        String first = sentence(r, 30) + " " + sentence(r, 30);
        String second = sentence(r, 30) + " " + sentence(r, 30);
        StringBuilder own = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            own.append(' ').append(sentence(r, 9));
        }
        String source = first + " " + second;
        String copy = first + own + " " + second;
        List<Passage> ps = aligner.align(Tokenizer.tokenize(source), Tokenizer.tokenize(copy));
        assertThat(ps).hasSize(2);
        assertThat(ps).allMatch(p -> p.kind() == PassageKind.VERBATIM);
    }

    @Test
    void unrelatedTextsAndShortCommonPhrasesGiveNothing() {
        Random r = new Random(3);
        assertThat(aligner.align(Tokenizer.tokenize(words(r, 200)), Tokenizer.tokenize(words(r, 200)))).isEmpty();
        assertThat(aligner.align(Tokenizer.tokenize("he said in a statement on Monday that"),
                Tokenizer.tokenize("officials said in a statement on Monday"))).isEmpty();
        assertThat(aligner.align(Tokenizer.tokenize(""), Tokenizer.tokenize(SOURCE))).isEmpty();
        assertThat(aligner.align(Tokenizer.tokenize("Mali"), Tokenizer.tokenize("Mali"))).isEmpty();
    }

    @Test
    void reorderedSentencesStayOnePassage() {
        String[] s = SOURCE.split("(?<=\\.) ");
        String reordered = s[2] + " " + s[0] + " " + s[1];
        List<Passage> ps = aligner.align(Tokenizer.tokenize(SOURCE), Tokenizer.tokenize(reordered));
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).kind()).isEqualTo(PassageKind.EDITED);
        assertThat(ps.get(0).a().length()).isGreaterThan(SOURCE.length() - 5);
    }

    @Test
    void repetitiveMegabyteTextsStayBounded() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(SOURCE).append(' ');
        }
        Tokens big = Tokenizer.tokenize(sb.toString());
        // Every seed repeats thousands of times: skipped by maxSeedOccurrences, so no blow-up.
        List<Passage> ps = aligner.align(big, Tokenizer.tokenize(SOURCE));
        assertThat(ps.size()).isLessThanOrEqualTo(1);
        // A megabyte of distinct text against itself: one verbatim passage.
        Random r = new Random(4);
        String distinct = words(r, 150_000);
        Tokens d = Tokenizer.tokenize(distinct);
        List<Passage> self = aligner.align(d, Tokenizer.tokenize(distinct));
        assertThat(self).hasSize(1);
        assertThat(self.get(0).kind()).isEqualTo(PassageKind.VERBATIM);
        assertThat(self.get(0).a().length()).isGreaterThan(distinct.length() - 10);
    }

    @Test
    void randomisedInvariants() {
        Random r = new Random(42);
        String[] vocab = new String[400];
        for (int i = 0; i < vocab.length; i++) {
            vocab[i] = (i % 7 == 0 ? "É" : "") + Integer.toString(i * 7919, 36) + (i % 5 == 0 ? "’s" : "");
        }
        for (int round = 0; round < 150; round++) {
            List<String> base = new ArrayList<>();
            for (int i = 0, n = r.nextInt(300); i < n; i++) {
                base.add(vocab[r.nextInt(vocab.length)]);
            }
            List<String> other = new ArrayList<>();
            for (String w : base) {
                double x = r.nextDouble();
                if (x < 0.05) {
                    continue; // deletion
                }
                other.add(x < 0.1 ? vocab[r.nextInt(vocab.length)] : w);
                if (x > 0.97) {
                    other.add(vocab[r.nextInt(vocab.length)]); // insertion
                }
            }
            if (r.nextBoolean() && other.size() > 20) {
                java.util.Collections.rotate(other, r.nextInt(other.size()));
            }
            String a = String.join(r.nextBoolean() ? " " : ", ", base);
            String b = String.join(" — ", other);
            Tokens ta = Tokenizer.tokenize(a);
            Tokens tb = Tokenizer.tokenize(b);
            List<Passage> ab = aligner.align(ta, tb);
            List<Passage> ba = aligner.align(tb, ta);
            checkInvariants(ab, ta, tb);
            checkInvariants(ba, tb, ta);
            // Symmetry: aligning b with a gives the same passages, sides swapped.
            List<Passage> mirrored = new ArrayList<>();
            for (Passage p : ba) {
                mirrored.add(new Passage(p.b(), p.a(), p.kind(), p.similarity()));
            }
            mirrored.sort((p, q) -> p.a().compareTo(q.a()));
            assertThat(mirrored).isEqualTo(ab);
        }
    }

    static void checkInvariants(List<Passage> ps, Tokens a, Tokens b) {
        for (int i = 0; i < ps.size(); i++) {
            Passage p = ps.get(i);
            assertThat(p.a().end()).isLessThanOrEqualTo(a.text().length());
            assertThat(p.b().end()).isLessThanOrEqualTo(b.text().length());
            assertThat(p.similarity()).isBetween(0.0, 1.0);
            for (int j = 0; j < i; j++) {
                assertThat(ps.get(j).a().end()).isLessThanOrEqualTo(p.a().start());
                assertThat(ps.get(j).b().overlaps(p.b())).isFalse();
            }
            if (p.kind() == PassageKind.VERBATIM) {
                assertThat(terms(a, p.a())).isEqualTo(terms(b, p.b()));
            }
        }
    }

    static List<String> terms(Tokens t, Span s) {
        List<String> out = new ArrayList<>();
        for (int i = t.tokenAtOrAfter(s.start()); i < t.size() && t.end(i) <= s.end(); i++) {
            out.add(t.term(i));
        }
        return out;
    }
}
