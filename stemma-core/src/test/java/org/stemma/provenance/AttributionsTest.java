package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

class AttributionsTest {

    private static List<Attribution> of(String text, String outlet, List<String> removed) {
        return Attributions.of(Article.builder("x", text).outlet(outlet).removed(removed).build(), Set.of());
    }

    @Test
    void interviewCuesAreNotSources() {
        List<Attribution> at = of("The general said in an interview with RTVI that things improved. "
                + "He told the Russian news outlet RTVI more.", null, List.of());
        assertThat(at).extracting(Attribution::kind).containsOnly(AttributionKind.INTERVIEW);
        assertThat(at).extracting(Attribution::name).contains("RTVI");
    }

    @Test
    void sourceLinesNameOrDescribe() {
        assertThat(of("Body.", null, List.of("• By Staff\n• Source: News websites\n• 22 Aug 2024")))
                .extracting(Attribution::kind, Attribution::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AttributionKind.UNNAMED_SOURCE, "News websites"));
        assertThat(of("Body.\nSource: Reuters", null, List.of()))
                .extracting(Attribution::kind, Attribution::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AttributionKind.SOURCE, "Reuters"));
    }

    @Test
    void datelinesAndAccordingToCountOnlyForOutlets() {
        List<Attribution> at = of("WASHINGTON (AP) — Prices rose, according to Brigadier General Smith. "
                + "The deal was first reported by Bloomberg News, according to TASS.", null, List.of());
        assertThat(at).filteredOn(a -> a.kind() == AttributionKind.SOURCE).extracting(Attribution::name)
                .containsExactlyInAnyOrder("AP", "Bloomberg News", "TASS");
    }

    @Test
    void anOutletNamingItselfCreditsNobody() {
        assertThat(of("(MENAFN) — Mali said...", "MENAFN", List.of())).isEmpty();
    }

    @Test
    void linksAreFound() {
        assertThat(of("Read it at https://www.rt.com/africa/123-mali/ now.", null, List.of()))
                .extracting(Attribution::kind, Attribution::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AttributionKind.LINK, "www.rt.com"));
    }

    @Test
    void outletNamesMatchByWordsAndHostsButRtIsNotRtvi() {
        assertThat(OutletNames.same("RT", "RTVI")).isFalse();
        assertThat(OutletNames.same("RT", "rt.com")).isTrue();
        assertThat(OutletNames.same("Al Mayadeen", "Al Mayadeen English")).isTrue();
        assertThat(OutletNames.same("english.almayadeen.net", "Al Mayadeen English")).isTrue();
        assertThat(OutletNames.same("Fox News", "Sky News")).isFalse();
        assertThat(OutletNames.isGeneric("News websites")).isTrue();
        assertThat(OutletNames.isGeneric("Reuters")).isFalse();
    }

    @Test
    void randomTextGivesPhrasesWrittenInTheArticle() {
        java.util.Random r = new java.util.Random(11);
        String[] parts = {"Source:", " ", "\n", "(", ")", " — ", "told ", "the ", "RT", "according to ",
                "News", "MORE:", "READ MORE:", "x", "’s", "'", "•", "http://", ".com", "Reuters", "reported"};
        for (int t = 0; t < 2000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(25); k > 0; k--) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            Article a = Article.builder("r", b.toString()).outlet(r.nextBoolean() ? "RT" : null)
                    .removed(List.of(b.toString())).related(List.of(b.toString())).build();
            String page = b.toString();
            assertThat(Attributions.of(a, Set.of("RT"))).as("attributions of %s", page).allSatisfy(at -> {
                assertThat(at.name()).isNotBlank();
                assertThat(page).contains(at.phrase());
            });
            assertThat(Headlines.of(a)).as("headlines of %s", page)
                    .allSatisfy(h -> assertThat(h.text()).isNotBlank());
        }
    }
}
