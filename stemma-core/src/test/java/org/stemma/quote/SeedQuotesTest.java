package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.SentenceEmbedder;

/**
 * Golden test on the five seed articles, read raw (page furniture and all) from
 * examples/sahel-2024.
 */
class SeedQuotesTest {

    private static final Path SEEDS = Path.of("../examples/sahel-2024");
    private static final Map<String, String> TEXTS = new HashMap<>();
    private static final Map<String, List<Quote>> QUOTES = new HashMap<>();
    private static final List<Quote> ALL = new ArrayList<>();

    @BeforeAll
    static void extract() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().substring(0, 3);
                String text = Files.readString(f, StandardCharsets.UTF_8);
                TEXTS.put(id, text);
                List<Quote> qs = new QuoteExtractor().extract(Article.builder(id, text).build());
                QUOTES.put(id, qs);
                ALL.addAll(qs);
            }
        }
    }

    private static Quote quote(String article, String start) {
        return QUOTES.get(article).stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(article + " has no quote starting " + start));
    }

    @Test
    void noSpanIncludesTextOutsideTheMarks() {
        for (Quote q : ALL) {
            String text = TEXTS.get(q.article());
            String inside = q.span().of(text);
            assertThat(q.text()).as(q.toString()).startsWith(inside.substring(0, Math.min(10, inside.length())));
            char before = text.charAt(q.span().start() - 1);
            assertThat("\u201C\u201D\"'\u2018\u2019\u00AB\u201E").as("mark before " + q).contains(String.valueOf(before));
            char after = text.charAt(q.span().end());
            assertThat("\u201C\u201D\"'\u2018\u2019\u00BB").as("mark after " + q).contains(String.valueOf(after));
        }
    }

    @Test
    void diarraQuotesResolveToDiarraEverywhere() {
        assertThat(quote("000", "Today, we can proudly affirm").speakerAsWritten()).isEqualTo("he");
        assertThat(quote("000", "Today, we can proudly affirm").speaker()).isEqualTo("Alou Boi Diarra");
        assertThat(quote("000", "Through our partnership").speaker()).isEqualTo("Alou Boi Diarra");
        assertThat(quote("001", "But today we can happily state").speakerAsWritten()).isEqualTo("the air force commander");
        assertThat(quote("001", "But today we can happily state").speaker()).isEqualTo("Alou Boi Diarra");
        assertThat(quote("001", "Thanks to cooperation").speaker()).isEqualTo("Alou Boi Diarra");
        assertThat(quote("001", "When a foreign state").speaker()).isEqualTo("Alou Boi Diarra");
        assertThat(quote("003", "But today we can happily state").cue()).isEqualTo("told the Russian news outlet");
        for (Quote q : QUOTES.get("002")) {
            if (!q.partial() || q.speakerAsWritten() != null && q.speakerAsWritten().matches("(?i)he|him|.*chief.*|.*Diarra.*")) {
                assertThat(q.speaker()).as(q.text()).isEqualTo("Alou Boi Diarra");
            }
        }
        assertThat(quote("002", "Russia is one of the world leaders").cue()).isEqualTo("stated");
    }

    @Test
    void otherSpeakers() {
        assertThat(quote("004", "We focused on current security").speaker()).isEqualTo("Abdoulaye Diop");
        assertThat(quote("004", "The Russian Minister took").speaker()).isEqualTo("Abdoulaye Diop");
        assertThat(quote("003", "necessary information").speaker()).isEqualTo("Andriy Yusov");
        assertThat(quote("003", "there will be more to come").speaker()).isEqualTo("Andriy Yusov");
        assertThat(quote("003", "admitted Ukraine").speaker()).as("a name, a comma, the role, after \"by\"").isEqualTo("Andriy Yusov");
        // The role, its bracketed acronym and the name are one phrase, written with the name (issue 18).
        assertThat(quote("003", "there will be more to come").speakerAsWritten()).endsWith("Andrey Yusov");
        assertThat(quote("003", "This is official and unequivocal").speaker()).isEqualTo("the letter");
    }

    @Test
    void partialQuotesAreFlagged() {
        assertThat(quote("001", "appropriate measures").partial()).isTrue();
        assertThat(quote("002", "holistic").partial()).isTrue();
        assertThat(quote("001", "But today").partial()).isFalse();
    }

    private static QuoteFamily family(List<QuoteFamily> fams, String start) {
        return fams.stream().filter(f -> f.wording().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no family " + start));
    }

    private static Map<String, VariantRelation> relations(QuoteFamily f) {
        Map<String, VariantRelation> m = new HashMap<>();
        for (QuoteVariant v : f.variants()) {
            m.put(v.quote().article(), v.relation());
        }
        return m;
    }

    @Test
    void threeDiarraFamiliesLexically() {
        List<QuoteFamily> fams = new QuoteFamilies().group(ALL, null);
        QuoteFamily today = family(fams, "But today we can happily state");
        assertThat(relations(today)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "001", VariantRelation.VERBATIM, "003", VariantRelation.VERBATIM, "000", VariantRelation.ALTERED));
        assertThat(today.speaker()).isEqualTo("Alou Boi Diarra");
        QuoteVariant altered = today.variants().stream().filter(v -> v.quote().article().equals("000")).findFirst().orElseThrow();
        assertThat(altered.diff()).anyMatch(d -> d.op() == org.stemma.text.DiffSegment.Op.INSERT && d.text().contains("proudly"));
        assertThat(altered.diff()).anyMatch(d -> d.op() == org.stemma.text.DiffSegment.Op.DELETE && d.text().contains("happily"));

        QuoteFamily thanks = family(fams, "Thanks to cooperation with Russia");
        assertThat(relations(thanks)).containsEntry("001", VariantRelation.VERBATIM).containsEntry("003", VariantRelation.VERBATIM);
        QuoteFamily foreign = family(fams, "When a foreign state declares");
        assertThat(relations(foreign)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "001", VariantRelation.VERBATIM, "003", VariantRelation.VERBATIM));
        for (QuoteFamily f : List.of(today, thanks, foreign)) {
            for (QuoteVariant v : f.variants()) {
                assertThat(v.quote().speaker()).isEqualTo("Alou Boi Diarra");
            }
        }
    }

    @Test
    void rewordedQuoteJoinsThroughTheEmbedder() {
        // A fake model that knows the two Russia statements mean the same (as the real model
        // does: cosine 0.91) and sees every other pair as unrelated.
        SentenceEmbedder fake = new SentenceEmbedder() {
            @Override
            public float[][] embed(List<String> sentences) {
                float[][] out = new float[sentences.size()][];
                for (int i = 0; i < out.length; i++) {
                    String s = sentences.get(i);
                    boolean russia = s.startsWith("Thanks to cooperation with Russia") || s.startsWith("Through our partnership with Russia");
                    out[i] = russia ? new float[]{1, 0, 0} : new float[]{0, (float) Math.cos(i), (float) Math.sin(i)};
                }
                return out;
            }

            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public String modelName() {
                return "fake";
            }
        };
        List<QuoteFamily> fams = new QuoteFamilies().group(ALL, fake);
        QuoteFamily thanks = family(fams, "Thanks to cooperation with Russia");
        assertThat(relations(thanks)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "001", VariantRelation.VERBATIM, "003", VariantRelation.VERBATIM, "000", VariantRelation.ALTERED));
        // Without the model it stays apart: too few shared words.
        QuoteFamily lexical = family(new QuoteFamilies().group(ALL, null), "Thanks to cooperation with Russia");
        assertThat(relations(lexical)).doesNotContainKey("000");
    }

    @Test
    void noFamilyJoinsDifferentUtterances() {
        for (QuoteFamily f : new QuoteFamilies().group(ALL, null)) {
            long openings = f.variants().stream()
                    .map(v -> v.quote().text().split("\\s+")[0].replaceAll("\\W", "").toLowerCase())
                    .distinct().count();
            // Instances of one utterance may differ in their first word ("But today" / "Today"),
            // but two different Diarra statements never share a family.
            List<String> texts = f.variants().stream().map(v -> v.quote().text()).toList();
            boolean today = texts.stream().anyMatch(t -> t.contains("today") || t.contains("Today"));
            boolean thanks = texts.stream().anyMatch(t -> t.startsWith("Thanks to"));
            boolean foreign = texts.stream().anyMatch(t -> t.startsWith("When a foreign state"));
            assertThat((today ? 1 : 0) + (thanks ? 1 : 0) + (foreign ? 1 : 0)).as(texts.toString()).isLessThanOrEqualTo(1);
            assertThat(openings).isLessThanOrEqualTo(f.variants().size());
        }
    }
}
