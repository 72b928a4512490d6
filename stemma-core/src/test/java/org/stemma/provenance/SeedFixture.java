package org.stemma.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.article.Article;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.quote.VariantRelation;
import org.stemma.text.Span;
import org.stemma.text.WordDiff;

/**
 * The seed story (examples/sahel-2024) as the upstream stages should hand it over, built by
 * hand so that these tests judge the provenance stage alone: a change in extraction, reuse or
 * quotes does not move them (the seeds through the real stages are stemma-eval's
 * {@code SeedEndToEndTest}). Articles with their page furniture moved out of the text, links
 * whose passages are located by searching the texts for the passages' opening and closing
 * words (never fixed offsets), and the quotation families of Diarra's three quotes. What each passage pairs with what is our reading of the
 * seeds (001↔003 partial with verbatim quotes, 001↔000 and 003↔000 paraphrase, 001↔002 one
 * shared background paragraph, nothing for 004).
 */
final class SeedFixture {

    static final Path DIR = Path.of("../examples/sahel-2024");

    final Article a000;
    final Article a001;
    final Article a002;
    final Article a003;
    final Article a004;

    SeedFixture() {
        this(null);
    }

    /** @param outlet001 the outlet to give 001 (its text names none) */
    SeedFixture(String outlet001) {
        String t000 = read("000_");
        String t001 = read("001_");
        String t002 = read("002_");
        String t003 = read("003_");
        String t004 = read("004_");

        a000 = Article.builder(id("000_"), strip(t000.substring(t000.indexOf("(MENAFN)"))))
                .outlet("MENAFN").published("2024-08-26").build();

        // 001: body from the headline to the end of the last paragraph; READ MORE headlines to
        // `related`, the rest of the page to `removed`.
        String body001 = between(t001, "Mali’s air force chief has accused", "in the Sahel region.");
        List<String> related001 = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        String[] lines = body001.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("FILE PHOTO")) {
                continue;
            }
            if (line.startsWith("READ MORE:")) {
                String h = line.substring("READ MORE:".length()).strip();
                if (h.isEmpty() && i + 1 < lines.length) {
                    h = lines[++i].strip();
                }
                related001.add(h);
                continue;
            }
            kept.append(lines[i]).append('\n');
        }
        a001 = Article.builder(id("001_"), collapse(kept.toString()))
                .title("Russia helped Sahel state retake territory from jihadists – official")
                .outlet(outlet001).related(related001)
                .removed(List.of("Op-ed", "FILE PHOTO. ©  Alexander Koerner/Getty Images",
                        "Source", "Leave a Reply"))
                .build();

        a002 = Article.builder(id("002_"), strip(t002.substring(t002.indexOf('\n') + 1)))
                .title(t002.substring(0, t002.indexOf('\n')).strip()).build();

        String head003 = t003.substring(0, t003.indexOf("Mali had been divided into two"));
        String body003 = between(t003, "Mali had been divided into two", "there will be more to come.”");
        List<String> related003 = new ArrayList<>();
        StringBuilder kept3 = new StringBuilder();
        for (String line : body003.split("\n", -1)) {
            String s = line.strip();
            if (s.equals("Listen") || s.equals("• x") || s.startsWith("• Malian General")
                    || s.startsWith("Malian General Alou Boi Diarra in an interview with Sputnik")
                    || s.equals("Related News")) {
                continue;
            }
            if (s.startsWith("Burkina Faso, Mali, Niger accuse") || s.startsWith("Sahel states 'irrevocably")
                    || s.startsWith("Burkinabe President in Niger")) {
                related003.add(s);
                continue;
            }
            kept3.append(line).append('\n');
        }
        a003 = Article.builder(id("003_"), collapse(kept3.toString()))
                .title("Mali regains territory from extremists with Russian cooperation")
                .outlet("Al Mayadeen English").published("2024-08-22T16:28:00")
                .related(related003)
                .removed(List.of(head003, t003.substring(t003.indexOf("there will be more to come.”") + 30)))
                .build();

        a004 = Article.builder(id("004_"), strip(t004)).build();
    }

    List<Article> articles() {
        return List.of(a000, a001, a002, a003, a004);
    }

    List<Link> links() {
        List<Link> links = new ArrayList<>();
        links.add(link(a001, a003, List.of(
                pair(a001, "Mali’s defense cooperation with Russia", "interview with RTVI.",
                        a003, "Mali’s defense collaboration with Russia", "interview with RTVI.",
                        PassageKind.EDITED, 0.62),
                pair(a001, "Brigadier General Alou Boi Diarra told", "over the last decade.",
                        a003, "The country had been divided into two", "Alou Boi Diarra said.",
                        PassageKind.PARAPHRASE, 0.74),
                same(a001, a003, "“But today we can happily state", "entire territory of our country,”"),
                same(a001, a003, "“Thanks to cooperation with Russia", "how best to use it,” he added."),
                pair(a001, "Since 2012, the landlocked country", "security cooperation in combating terrorism.",
                        a003, "Mali has been experiencing a terror insurgency", "cooperating with Russia in countering terrorism.",
                        PassageKind.PARAPHRASE, 0.7),
                same(a001, a003, "“When a foreign state declares", "this is unacceptable,” Diarra stated."))));
        links.add(link(a000, a001, List.of(
                pair(a000, "(MENAFN) Mali’s ongoing defense", "capabilities and territorial control.",
                        a001, "Mali’s defense cooperation with Russia", "interview with RTVI.",
                        PassageKind.PARAPHRASE, 0.8),
                pair(a000, "Diarra explained that", "he stated.",
                        a001, "Brigadier General Alou Boi Diarra told", "was cited as saying.",
                        PassageKind.PARAPHRASE, 0.72),
                pair(a000, "The general credited", "Diarra noted.",
                        a001, "“Thanks to cooperation with Russia", "how best to use it,” he added.",
                        PassageKind.PARAPHRASE, 0.75),
                pair(a000, "Mali has been embroiled", "counter-terrorism efforts.",
                        a001, "Since 2012, the landlocked country", "security cooperation in combating terrorism.",
                        PassageKind.PARAPHRASE, 0.8))));
        links.add(link(a000, a003, List.of(
                pair(a000, "(MENAFN) Mali’s ongoing defense", "capabilities and territorial control.",
                        a003, "Mali’s defense collaboration with Russia", "interview with RTVI.",
                        PassageKind.PARAPHRASE, 0.78),
                pair(a000, "Diarra explained that", "he stated.",
                        a003, "The country had been divided into two", "told the Russian news outlet.",
                        PassageKind.PARAPHRASE, 0.7),
                pair(a000, "The general credited", "Diarra noted.",
                        a003, "“Thanks to cooperation with Russia", "how best to use it,” he added.",
                        PassageKind.PARAPHRASE, 0.75),
                pair(a000, "Mali has been embroiled", "counter-terrorism efforts.",
                        a003, "Mali has been experiencing a terror insurgency", "cooperating with Russia in countering terrorism.",
                        PassageKind.PARAPHRASE, 0.72))));
        links.add(link(a001, a002, List.of(
                pair(a001, "Since 2012, the landlocked country", "security cooperation in combating terrorism.",
                        a002, "The country has been embroiled", "to combat the jihadist insurgency.",
                        PassageKind.PARAPHRASE, 0.7))));
        return links;
    }

    List<QuoteFamily> quotes() {
        return List.of(
                family("q1", "But today we can happily state",
                        "control almost the entire territory of our country",
                        a000, "Today, we can proudly affirm", "the entire territory of the country"),
                family("q2", "Thanks to cooperation with Russia", "telling us how best to use it",
                        a000, "Through our partnership with Russia", "guidance on its effective deployment"),
                family("q3", "When a foreign state declares", "this is unacceptable", null, null, null));
    }

    /** A family with verbatim instances in 001 and 003 and, if given, an altered one. */
    private QuoteFamily family(String id, String from, String to, Article altered, String aFrom, String aTo) {
        List<QuoteVariant> vs = new ArrayList<>();
        Quote q1 = quote(a001, from, to);
        vs.add(new QuoteVariant(q1, VariantRelation.VERBATIM, List.of()));
        vs.add(new QuoteVariant(quote(a003, from, to), VariantRelation.VERBATIM, List.of()));
        if (altered != null) {
            Quote q = quote(altered, aFrom, aTo);
            vs.add(new QuoteVariant(q, VariantRelation.ALTERED, WordDiff.diff(q1.text(), q.text())));
        }
        return new QuoteFamily(id, "Alou Boi Diarra", q1.text(), vs);
    }

    private static Quote quote(Article a, String from, String to) {
        Span s = find(a, from, to);
        return new Quote(a.id(), s, s.of(a.text()), false, "Diarra", "Alou Boi Diarra", "said");
    }

    static Link link(Article a, Article b, List<Passage> passages) {
        long ca = 0;
        long cb = 0;
        boolean para = true;
        for (Passage p : passages) {
            ca += p.a().length();
            cb += p.b().length();
            para &= p.kind() == PassageKind.PARAPHRASE;
        }
        double covA = ca / (double) a.text().length();
        double covB = cb / (double) b.text().length();
        LinkKind kind = para ? LinkKind.PARAPHRASE
                : Math.max(covA, covB) >= 0.8 ? LinkKind.CONTAINMENT : LinkKind.PARTIAL;
        return new Link(a.id(), b.id(), kind, covA, covB, passages);
    }

    static Passage pair(Article a, String aFrom, String aTo, Article b, String bFrom, String bTo,
                        PassageKind kind, double sim) {
        return new Passage(find(a, aFrom, aTo), find(b, bFrom, bTo), kind, sim);
    }

    static Passage same(Article a, Article b, String from, String to) {
        Span sa = find(a, from, to);
        Span sb = find(b, from, to);
        assertThat(sa.of(a.text())).isEqualTo(sb.of(b.text()));
        return new Passage(sa, sb, PassageKind.VERBATIM, 1.0);
    }

    /** The span from the first occurrence of {@code from} to the end of the next {@code to}. */
    static Span find(Article a, String from, String to) {
        int s = a.text().indexOf(from);
        assertThat(s).as("%s contains %s", a.id(), from).isGreaterThanOrEqualTo(0);
        int e = a.text().indexOf(to, s);
        assertThat(e).as("%s contains %s after %s", a.id(), to, from).isGreaterThanOrEqualTo(0);
        return new Span(s, e + to.length());
    }

    static String id(String prefix) {
        try (Stream<Path> files = Files.list(DIR)) {
            String name = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix))
                    .findFirst().orElseThrow();
            return name.substring(0, name.lastIndexOf('.'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String prefix) {
        try {
            return Files.readString(DIR.resolve(id(prefix) + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String between(String text, String from, String to) {
        int s = text.indexOf(from);
        int e = text.indexOf(to, s);
        assertThat(s).isGreaterThanOrEqualTo(0);
        assertThat(e).isGreaterThanOrEqualTo(0);
        return text.substring(s, e + to.length());
    }

    private static String strip(String s) {
        return collapse(s);
    }

    /** Paragraphs separated by one blank line, as extraction hands text over. */
    private static String collapse(String s) {
        List<String> paras = new ArrayList<>();
        for (String line : s.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                paras.add(t);
            }
        }
        return String.join("\n\n", paras);
    }
}
