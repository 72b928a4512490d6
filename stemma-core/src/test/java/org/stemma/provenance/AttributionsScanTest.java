package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/** The trigger-word attribution scan finds exactly what the patterns searched everywhere find. */
class AttributionsScanTest {

    private static final Set<String> KNOWN = Set.of("RT", "TASS", "Al Mayadeen", "MENAFN");
    private static final String[] WORDS = {"according", "to", "the", "Associated", "Press", "Reuters", "reported",
        "reports", "has", "said", "in", "a", "report", "wrote", "told", "interview", "interviewed", "with", "by",
        "speaking", "RIA", "Novosti", "Source:", "Credit:", "Via", "via", "first", "published", "originally",
        "appeared", "on", "courtesy", "of", "republished", "from", "cited", "quoted", "(AP)", "—", "(TASS)", "-",
        "McClatchy", "al-Mayadeen", "Al", "Jazeera", "The", "New", "York", "Times", "news", "outlet", "Russian",
        "https://www.bbc.co.uk/news", "General", "Diarra", "Mali", "2024", "•", "|", "exclusive", "agency",
        "treported", "Saidreported", "toldx"};
    private static final String[] SEPS = {" ", " ", " ", "  ", "\n", "\t", ", ", ". ", " \u00a0"};

    /** The straightforward scan: every pattern searched over the whole text. */
    private static List<Attribution> reference(Article article) {
        Set<Attribution> out = new LinkedHashSet<>();
        List<String> blocks = new ArrayList<>();
        blocks.add(article.text());
        blocks.addAll(article.removed());
        for (String text : blocks) {
            Matcher m = Attributions.SOURCE_LINE.matcher(text);
            while (m.find()) {
                String value = m.group(1).strip();
                if (value.isEmpty()) {
                    continue;
                }
                String host = OutletNames.hostLabel(value);
                out.add(new Attribution(value, host == null && OutletNames.isGeneric(value)
                        ? AttributionKind.UNNAMED_SOURCE : AttributionKind.SOURCE, m.group().strip()));
            }
            m = Attributions.DATELINE.matcher(text);
            while (m.find()) {
                if (Attributions.outlet(m.group(1), KNOWN)) {
                    out.add(new Attribution(m.group(1), AttributionKind.SOURCE, m.group().strip()));
                }
            }
            m = Attributions.INTERVIEW.matcher(text);
            while (m.find()) {
                String name = Attributions.trimName(m.group(1));
                if (!name.isEmpty() && !Attributions.adjective(name)) {
                    out.add(new Attribution(name, AttributionKind.INTERVIEW, m.group().strip()));
                }
            }
            m = Attributions.ACCORDING.matcher(text);
            while (m.find()) {
                String name = Attributions.trimName(m.group(1));
                if (Attributions.outlet(name, KNOWN)) {
                    out.add(new Attribution(name, AttributionKind.SOURCE, m.group().strip()));
                }
            }
            m = Attributions.REPORTED.matcher(text);
            while (m.find()) {
                String name = Attributions.trimName(m.group(1));
                if (Attributions.outlet(name, KNOWN)) {
                    out.add(new Attribution(name, AttributionKind.SOURCE, m.group().strip()));
                }
            }
            m = Attributions.URL.matcher(text);
            while (m.find()) {
                out.add(new Attribution(m.group(1).toLowerCase(Locale.ROOT), AttributionKind.LINK, m.group()));
            }
        }
        List<Attribution> list = new ArrayList<>();
        for (Attribution a : out) {
            if (a.kind() != AttributionKind.UNNAMED_SOURCE && article.outlet() != null
                    && OutletNames.same(a.name(), article.outlet())) {
                continue;
            }
            list.add(a);
        }
        return list;
    }

    @Test
    void randomTextsGiveTheSameAttributions() {
        Random r = new Random(5);
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + r.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(WORDS[r.nextInt(WORDS.length)]).append(SEPS[r.nextInt(SEPS.length)]);
            }
            Article a = Article.builder("a", b.toString()).build();
            assertThat(Attributions.of(a, KNOWN)).as(b.toString()).isEqualTo(reference(a));
        }
    }

    @Test
    void seedTextsGiveTheSameAttributions() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../examples/sahel-2024"))) {
            for (Path p : files.sorted().toList()) {
                Article a = Article.builder("a", Files.readString(p)).build();
                assertThat(Attributions.of(a, KNOWN)).as(p.toString()).isEqualTo(reference(a));
            }
        }
    }
}
