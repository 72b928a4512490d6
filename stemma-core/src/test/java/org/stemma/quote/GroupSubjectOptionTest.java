package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * A plural group that is the subject of the quotation's verb of saying ("…, inspectors said") is
 * an option of its own, marked as such; a named person beside it is marked as standing beside a
 * group that speaks.
 */
class GroupSubjectOptionTest {

    private static SpeakerOption option(String text, String words) {
        List<QuoteCandidate> cs = new QuoteExtractor().candidates(Article.builder("a", text).build());
        assertThat(cs).hasSize(1);
        return cs.get(0).speakers().stream().filter(o -> o.mention() != null && o.mention().of(text).equals(words))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + words + " in " + cs.get(0).speakers()));
    }

    private static double feature(SpeakerOption o, String name) {
        return o.features()[SpeakerOption.FEATURES.indexOf(name)];
    }

    private static final String AFTER = "The ferry operator Marta Lind was fined in March.\n\n"
            + "\u201CThe hull had not been checked for two years,\u201D safety inspectors said after the hearing on Lind\u2019s boats.";

    @Test
    void theGroupAfterTheQuotationIsMarked() {
        assertThat(feature(option(AFTER, "safety inspectors"), "groupSubject")).isEqualTo(1);
    }

    @Test
    void aNamedPersonBesideTheGroupIsMarked() {
        SpeakerOption lind = option("\u201CThe hull had not been checked for two years,\u201D inspectors told the court, "
                + "which fined the operator Marta Lind.", "Marta Lind");
        assertThat(feature(lind, "nameBesideGroupSubject")).isEqualTo(1);
        assertThat(feature(lind, "groupSubject")).isZero();
    }

    @Test
    void anInvertedVerbBeforeTheGroupCounts() {
        assertThat(feature(option("\u201CThe bridge will stay shut until spring,\u201D said county engineers.",
                "county engineers"), "groupSubject")).isEqualTo(1);
    }

    @Test
    void aSingularNounOrANameIsNoGroup() {
        String text = "\u201CThe hull had not been checked,\u201D the inspector said, and Marta Lind agreed.";
        assertThat(feature(option(text, "the inspector"), "groupSubject")).isZero();
        assertThat(feature(option(text, "Marta Lind"), "nameBesideGroupSubject")).isZero();
    }

    @Test
    void aGroupThatIsTheObjectIsNoSubject() {
        String text = "\u201CWe will rebuild the pier,\u201D Marta Lind told fishermen on Sunday.";
        assertThat(feature(option(text, "Marta Lind"), "nameBesideGroupSubject")).isZero();
    }
}
