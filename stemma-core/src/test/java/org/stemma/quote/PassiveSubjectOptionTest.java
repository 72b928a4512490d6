package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * The subject of a passive verb of saying whose agent follows is what the words describe, not who
 * said them: the ranker does not weigh it as a speaker, and the agent after "by" is no object.
 */
class PassiveSubjectOptionTest {

    private static List<String> options(String text) {
        List<QuoteCandidate> cs = new QuoteExtractor().candidates(Article.builder("a", text).build());
        assertThat(cs).hasSize(1);
        return cs.get(0).speakers().stream().map(o -> o.mention() == null ? "<voice>" : o.mention().of(text))
                .filter(Objects::nonNull).toList();
    }

    @Test
    void thePassiveSubjectIsNoOption() {
        assertThat(options("Owen Pryce opened the bakery in May.\n\n"
                + "He was described by neighbours as the \u201Ckindest baker on the hill\u201D after the flood."))
                .contains("neighbours").doesNotContain("He");
    }

    @Test
    void theSubjectBeforeAQuotationItsVerbIntroducesIsNoOption() {
        assertThat(options("The old lighthouse was restored last spring.\n\n"
                + "It was dubbed \u201Cthe brightest lamp on the coast\u201D by the harbour master, and visitors came."))
                .contains("the harbour master").doesNotContain("It");
    }

    @Test
    void anActiveSubjectStaysAnOption() {
        assertThat(options("Owen Pryce opened the bakery in May.\n\n"
                + "He described the flood as \u201Cthe worst week of my life\u201D on Sunday."))
                .contains("He");
    }

    @Test
    void theAgentIsNotInAnObjectsPlace() {
        String text = "Owen Pryce opened the bakery in May.\n\n"
                + "He was described by neighbours as the \u201Ckindest baker on the hill\u201D after the flood.";
        QuoteCandidate c = new QuoteExtractor().candidates(Article.builder("a", text).build()).get(0);
        SpeakerOption agent = c.speakers().stream().filter(o -> o.mention() != null && o.mention().of(text).equals("neighbours"))
                .findFirst().orElseThrow();
        assertThat(agent.features()[SpeakerOption.FEATURES.indexOf("afterPreposition")]).isZero();
        assertThat(agent.features()[SpeakerOption.FEATURES.indexOf("sayingVerbBefore")]).isEqualTo(1);
    }
}
