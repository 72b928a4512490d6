package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.Span;

class ReuseFinderTest {

    static Article art(String id, String text) {
        return Article.builder(id, text).build();
    }

    static String words(Random r, int n) {
        return AlignerTest.words(r, n);
    }

    final ReuseFinder finder = new ReuseFinder(ReuseOptions.defaults(), null);

    @Test
    void emptyAndOneWordArticlesGiveNoLinksAndNoErrors() {
        List<Link> links = finder.find(List.of(art("e1", ""), art("e2", ""), art("w1", "Mali"),
                art("w2", "Mali"), art("p", " — “” "), art("s", AlignerTest.SOURCE)));
        assertThat(links).isEmpty();
        assertThat(finder.find(List.of())).isEmpty();
    }

    @Test
    void duplicateContainmentAndPartialKinds() {
        Random r = new Random(1);
        String base = words(r, 300);
        String other = words(r, 400);
        List<Article> as = List.of(art("orig", base), art("copy", base + " Source: RT."),
                art("host", other.substring(0, 1400) + " " + base + " " + other.substring(1400)),
                art("partial", words(r, 300) + " " + base.substring(0, 400) + " " + words(r, 300)),
                art("unrelated", words(r, 300)));
        List<Link> links = finder.find(as);
        assertThat(links).noneMatch(l -> l.touches("unrelated"));
        Link dup = find(links, "orig", "copy");
        assertThat(dup.kind()).isEqualTo(LinkKind.DUPLICATE);
        assertThat(dup.coverageA()).isGreaterThan(0.99);
        Link cont = find(links, "orig", "host");
        assertThat(cont.kind()).isEqualTo(LinkKind.CONTAINMENT);
        Link part = find(links, "orig", "partial");
        assertThat(part.kind()).isEqualTo(LinkKind.PARTIAL);
        assertThat(part.coverageB()).isLessThan(0.5);
    }

    static Link find(List<Link> links, String a, String b) {
        return links.stream().filter(l -> l.a().equals(a) && l.b().equals(b)).findFirst()
                .orElseThrow(() -> new AssertionError("no link " + a + " -- " + b + " in " + links));
    }

    @Test
    void tenThousandIdenticalCopiesAreAStarOfDuplicates() {
        List<Article> as = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            as.add(art("c" + i, AlignerTest.SOURCE));
        }
        Random r = new Random(2);
        as.add(art("quoter", words(r, 100) + " " + AlignerTest.SOURCE.substring(0, 200) + " " + words(r, 50)));
        List<Link> links = finder.find(as);
        // 9,999 star links to the first copy plus the quoter's link to it: linear, not 50 million.
        assertThat(links).hasSize(10_000);
        assertThat(links).allMatch(l -> l.a().equals("c0"));
        assertThat(links).filteredOn(l -> l.b().startsWith("c")).allMatch(l -> l.kind() == LinkKind.DUPLICATE);
        assertThat(links).anyMatch(l -> l.b().equals("quoter") && l.kind() == LinkKind.PARTIAL);
    }

    @Test
    void megabyteArticles() {
        Random r = new Random(3);
        String big = words(r, 150_000);
        String copy = words(r, 500) + " " + big.substring(300_000, 310_000) + " " + words(r, 500);
        List<Link> links = finder.find(List.of(art("big", big), art("excerpt", copy),
                art("big2", big + " Updated.")));
        assertThat(find(links, "big", "excerpt").passages()).hasSize(1);
        assertThat(find(links, "big", "big2").kind()).isEqualTo(LinkKind.DUPLICATE);
    }

    @Test
    void arabicRussianAndFrenchReuseIsFound() {
        String ar = "قال رئيس أركان القوات الجوية المالية إن التعاون الدفاعي مع روسيا ساعد البلاد على استعادة "
                + "السيطرة على مناطق واسعة كانت تحتلها الجماعات المسلحة خلال العقد الماضي";
        String ru = "Начальник штаба ВВС Мали заявил, что оборонное сотрудничество с Россией помогло стране "
                + "вернуть контроль над большими территориями, которые ранее занимали боевики";
        String fr = "Le chef d’état-major de l’armée de l’air malienne a déclaré que la coopération de défense "
                + "avec la Russie avait permis au pays de reprendre le contrôle de vastes territoires";
        List<Article> as = List.of(
                art("ar1", "مقدمة قصيرة عن الأخبار. " + ar), art("ar2", ar + " المصدر: وكالات"),
                art("ru1", "Москва, 22 августа. " + ru), art("ru2", ru.replace("Начальник", "НАЧАЛЬНИК")),
                art("fr1", fr.replace("’", "'") + " selon RTVI."), art("fr2", "BAMAKO — " + fr));
        List<Link> links = finder.find(as);
        assertThat(links).extracting(l -> l.a() + "-" + l.b())
                .containsExactlyInAnyOrder("ar1-ar2", "ru1-ru2", "fr1-fr2");
        Link arLink = find(links, "ar1", "ar2");
        Span s = arLink.passages().get(0).a();
        assertThat(s.of(as.get(0).text())).startsWith("قال").endsWith("الماضي");
        assertThat(find(links, "fr1", "fr2").passages().get(0).kind()).isEqualTo(PassageKind.VERBATIM);
    }

    @Test
    void chineseArticlesSharingAPassageAreLinkedThroughTheirCharacters() {
        // Chinese has no spaces: the Tokenizer's one token per character is what makes this findable.
        String shared = "马里空军参谋长表示，与俄罗斯的防务合作帮助该国重新控制了过去十年被武装团体占领的大片地区，"
                + "政府计划在明年增加对北部城镇的援助，并修复被战斗毁坏的道路、学校和医院。";
        List<Article> as = List.of(
                art("zh1", "巴马科八月二十二日电。" + shared + "以上内容来自通讯社。"),
                art("zh2", "据当地媒体报道，" + shared),
                art("zh3", "尼日尔首都尼亚美今天举行了一场关于气候变化和农业收成的会议，多位部长出席并发表讲话。"));
        List<Link> links = finder.find(as);
        assertThat(links).extracting(l -> l.a() + "-" + l.b()).containsExactly("zh1-zh2");
        Span s = find(links, "zh1", "zh2").passages().get(0).a();
        assertThat(s.of(as.get(0).text())).startsWith("马里空军").contains("修复被战斗毁坏的道路");
    }

    @Test
    void paraphraseFinderPairsAndPassagesAreMerged() {
        Random r = new Random(5);
        String shared = words(r, 40);
        Article a = art("a", shared + " " + words(r, 100));
        Article b = art("b", shared + " " + words(r, 100));
        Article c = art("c", words(r, 120));
        Article d = art("d", words(r, 120));
        ParaphraseFinder fake = new ParaphraseFinder() {
            @Override
            public long[] candidatePairs(List<Article> articles) {
                return new long[] {(2L << 32) | 3}; // c-d
            }

            @Override
            public List<Passage> find(Article x, Article y, List<Passage> lexical) {
                List<Passage> out = new ArrayList<>();
                int ax = x.text().length();
                int by = y.text().length();
                // One passage clashing with lexical ones (must be dropped), one in the tail.
                out.add(new Passage(new Span(0, 10), new Span(0, 10), PassageKind.PARAPHRASE, 0.8));
                out.add(new Passage(new Span(ax - 50, ax), new Span(by - 50, by), PassageKind.PARAPHRASE, 0.7));
                return out;
            }
        };
        List<Link> links = new ReuseFinder(ReuseOptions.defaults(), fake).find(List.of(a, b, c, d));
        Link ab = find(links, "a", "b");
        assertThat(ab.passages()).extracting(Passage::kind)
                .containsExactly(PassageKind.VERBATIM, PassageKind.PARAPHRASE);
        Link cd = find(links, "c", "d");
        assertThat(cd.kind()).isEqualTo(LinkKind.PARAPHRASE);
        assertThat(cd.passages()).hasSize(2);
        assertThat(links).noneMatch(l -> l.touches("a") && l.touches("c"));
    }
}
