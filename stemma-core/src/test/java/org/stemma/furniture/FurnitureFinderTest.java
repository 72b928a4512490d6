package org.stemma.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

class FurnitureFinderTest {

    static final FurnitureParams P = new FurnitureParams(5, 10, 4, 120);
    static final String WIDGET = "you'll get an email delivered to your inbox with a link whenever new content is posted.";
    static final String AUDIO = "Your browser does not support the audio element on this page.";

    /** A sentence of n random words the sentence splitter sees as one. */
    static String sentence(Random r, int n) {
        StringBuilder sb = new StringBuilder("Qa");
        for (int i = 1; i < n; i++) {
            sb.append(" w").append(Integer.toString(r.nextInt(1 << 30), 36));
        }
        return sb.append('.').toString();
    }

    static String paragraph(Random r, int sentences) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            s.add(sentence(r, 12));
        }
        return String.join(" ", s);
    }

    static Article article(String id, String url, String text) {
        return Article.builder(id, text).url(url).build();
    }

    @Test
    void aLineOneSiteRepeatsWithAnAuthorsNameInsideIsFurnitureAndTheNewsStays() {
        Random r = new Random(1);
        List<Article> in = new ArrayList<>();
        String[] authors = {"Jane Doe", "John Roe", "Ann Poe", "Max Moe", "Kim Loe", "Sam Noe"};
        for (int i = 0; i < 6; i++) {
            String text = paragraph(r, 4) + "\n\n" + paragraph(r, 3) + "\n\nWhenever " + authors[i]
                    + " posts, " + WIDGET;
            in.add(article("s" + i, "https://www.example-news.com/story/" + i, text));
        }
        for (int i = 0; i < 4; i++) {
            in.add(article("o" + i, "https://other" + i + ".org/a", paragraph(r, 5)));
        }
        Furniture f = FurnitureFinder.learn(in, P);
        List<Article> out = f.clean(in);
        for (int i = 0; i < 6; i++) {
            Article a = out.get(i);
            assertThat(a.text()).doesNotContain("posts new content").doesNotContain("inbox");
            assertThat(a.text()).isEqualTo(in.get(i).text().substring(0, in.get(i).text().indexOf("\n\nWhenever")));
            assertThat(a.furniture()).singleElement().asString().startsWith("Whenever").contains("inbox");
        }
        for (int i = 6; i < 10; i++) {
            assertThat(out.get(i)).isSameAs(in.get(i));
        }
    }

    /** The shipped defaults: two pages of one site make an n-gram frequent. */
    static final FurnitureParams SHIPPED = new FurnitureParams(5, 10, 2, 120);
    static final String QUOTES = "\"We heard four shots and then a car drove off fast,\" said Dana Whitfield, who lives"
            + " across the street. \"My daughter was on the porch.\" \"Nobody should have to hide in a bathtub"
            + " on a Sunday night,\" her neighbour Luis Ortega said.";

    /** Pages of one site: news, the shared block, news; the block at the end when {@code atEnd}. */
    static List<Article> siteShares(Random r, int pages, String block, boolean atEnd) {
        List<Article> in = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            // Reports of different lengths: the block stands at a different place on each page.
            String text = atEnd ? paragraph(r, 4) + "\n\n" + paragraph(r, 4) + "\n\n" + block
                    : paragraph(r, 3 + i) + "\n\n" + block + "\n\n" + paragraph(r, 4 + 2 * i);
            in.add(article("s" + i, "https://www.example-seven.com/news/" + i, text));
        }
        for (int i = 0; i < 4; i++) {
            in.add(article("o" + i, "https://other" + i + ".org/a", paragraph(r, 5)));
        }
        return in;
    }

    @Test
    void quotationsTwoPagesOfASiteShareInsideTheirNewsStayText() {
        List<Article> in = siteShares(new Random(21), 2, QUOTES, false);
        List<Article> out = FurnitureFinder.learn(in, SHIPPED).clean(in);
        assertThat(out.get(0)).isSameAs(in.get(0));
        assertThat(out.get(1)).isSameAs(in.get(1));
        // With the few-pages rule off (midSiteDocs 2), the same block goes: main's behaviour before.
        FurnitureParams off = new FurnitureParams(5, 10, 2, 120, 2);
        assertThat(FurnitureFinder.learn(in, off).clean(in).get(0).text()).doesNotContain("Dana Whitfield");
    }

    @Test
    void aBlockInsideTheNewsOnManyPagesOfASiteOrAtTheirEdgeOnTwoIsStillFurniture() {
        // On as many pages of one site as midSiteDocs, a block inside the news is the site's template.
        List<Article> many = siteShares(new Random(22), SHIPPED.midSiteDocs(), QUOTES, false);
        List<Article> out = FurnitureFinder.learn(many, SHIPPED).clean(many);
        for (int i = 0; i < SHIPPED.midSiteDocs(); i++) {
            assertThat(out.get(i).text()).doesNotContain("Dana Whitfield");
        }
        // On two pages, a block at their end goes: where a template stands.
        String footer = "Sign up for the Example Seven newsletter to get the day's top stories in your inbox every"
                + " morning. Download the Example Seven app for alerts on your phone.";
        List<Article> two = siteShares(new Random(23), 2, footer, true);
        List<Article> cleaned = FurnitureFinder.learn(two, SHIPPED).clean(two);
        assertThat(cleaned.get(0).text()).doesNotContain("newsletter");
        assertThat(cleaned.get(1).furniture()).hasSize(2);
    }

    @Test
    void aTemplateAtOnePlaceNearTheEdgeOfTwoPagesOfASiteIsFurnitureWhereItIsNotAtTheEdge() {
        Random r = new Random(24);
        String header = "Subscribe to receive alert messages from the county sheriff's office by email or text."
                + " Please use any browser other than the old one to read the messages.";
        List<Article> in = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            // A changing date line above the header, news of different lengths below it.
            String text = "Messages as of " + sentence(r, 4) + "\n\n" + header + "\n\n" + paragraph(r, 3 + 3 * i);
            in.add(article("s" + i, "https://www.example-alert.net/news/" + i, text));
        }
        for (int i = 0; i < 4; i++) {
            in.add(article("o" + i, "https://other" + i + ".org/a", paragraph(r, 5)));
        }
        List<Article> out = FurnitureFinder.learn(in, SHIPPED).clean(in);
        for (int i = 0; i < 2; i++) {
            assertThat(out.get(i).text()).doesNotContain("Subscribe").startsWith("Messages as of");
            assertThat(out.get(i).furniture()).hasSize(2);
        }
        assertThat(FurnitureFinder.learn(in, SHIPPED).keys()).containsExactly(byCountingEveryArticle(in, SHIPPED));
        // The same block at one place deeper than NEAR_EDGE_UNITS in (two copies of one live page) stays text.
        List<Article> deep = new ArrayList<>();
        String top = paragraph(r, FurnitureParams.NEAR_EDGE_UNITS + 2);
        for (int i = 0; i < 2; i++) {
            String text = top.replace("w", i == 0 ? "w" : "v") + "\n\n" + header + "\n\n" + paragraph(r, 9);
            deep.add(article("d" + i, "https://www.example-alert.net/live/" + i, text));
        }
        List<Article> kept = FurnitureFinder.learn(deep, SHIPPED).clean(deep);
        assertThat(kept.get(0)).isSameAs(deep.get(0));
        assertThat(kept.get(1)).isSameAs(deep.get(1));
    }

    @Test
    void aFooterLineFollowedByAShortLineStillStandsAtTheEndAndGoes() {
        Random r = new Random(5);
        String footer = "Copyright 2016 by Example Channel News Network.";
        List<Article> in = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String text = paragraph(r, 4) + "\n\n" + paragraph(r, 3) + "\n\n" + footer + " All rights reserved.";
            in.add(article("s" + i, "https://www.example-channel.com/story/" + i, text));
        }
        List<Article> out = FurnitureFinder.learn(in, P).clean(in);
        for (int i = 0; i < 5; i++) {
            assertThat(out.get(i).text()).doesNotContain("Copyright").endsWith("All rights reserved.");
            assertThat(out.get(i).furniture()).containsExactly(footer);
        }
        // The same line as a lone sentence between two paragraphs of news stays text.
        List<Article> inside = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String text = paragraph(r, 4) + "\n\n" + footer + "\n\n" + paragraph(r, 3);
            inside.add(article("t" + i, "https://www.example-channel.com/story/" + i, text));
        }
        List<Article> kept = FurnitureFinder.learn(inside, P).clean(inside);
        for (int i = 0; i < 5; i++) {
            assertThat(kept.get(i)).isSameAs(inside.get(i));
        }
    }

    /** A playlist of video captions, each led by its running time, one of them {@code shared}. */
    static String playlist(Random r, String shared, int at) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String title = sentence(r, 7);
            lines.add((i == at ? shared : "1:" + (10 + i) + " " + title.substring(0, title.length() - 1))
                    + (i == 0 ? " Pause" : ""));
        }
        return String.join("\n\n", lines);
    }

    @Test
    void aPlaylistCaptionTwoPagesOfASiteShareIsFurnitureWhereverItStands() {
        Random r = new Random(7);
        FurnitureParams p = new FurnitureParams(5, 10, 2, 120);
        String caption = "1:39 A jail is a community too as inmates send cards to wounded officers";
        List<Article> in = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String text = paragraph(r, 4) + "\n\n" + playlist(r, caption, 2 + i) + "\n\n" + paragraph(r, 3);
            in.add(article("v" + i, "https://www.example-bee.com/news/" + i, text));
        }
        List<Article> out = FurnitureFinder.learn(in, p).clean(in);
        for (int i = 0; i < 2; i++) {
            assertThat(out.get(i).furniture()).containsExactly(caption);
            assertThat(out.get(i).text()).doesNotContain("inmates").contains("1:1");
        }
        // The same headline as a line of its own (no running time, no playlist) stays text.
        List<Article> plain = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String text = paragraph(r, 4) + "\n\n" + caption.substring(5) + "\n\n" + paragraph(r, 3);
            plain.add(article("w" + i, "https://www.example-bee.com/news/" + i, text));
        }
        assertThat(FurnitureFinder.learn(plain, p).clean(plain)).isEqualTo(plain);
    }

    @Test
    void playlistCaptionsAreToldByFormNotByClockTimesOrLiveBlogEntries() {
        String playlist = "Intro line of the page here.\n0:43 Fresno police chief issues warning Pause\n\n"
                + "2:01 New details about gunfire outside the stadium\n1:31 Recognize this man? Police say he robbed stores\n"
                + "After the list.";
        List<org.stemma.text.Span> units = org.stemma.text.Sentences.split(playlist);
        boolean[] marks = Playlists.captionUnits(playlist, units);
        List<String> captions = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (marks[u]) {
                captions.add(units.get(u).of(playlist));
            }
        }
        assertThat(captions).containsExactly("0:43 Fresno police chief issues warning Pause",
                "2:01 New details about gunfire outside the stadium", "1:31 Recognize this man?",
                "Police say he robbed stores");
        String clock = "10:45 p.m. Shots were heard\n11:02 pm Police arrive\n11:30 PM Road closed\n";
        assertThat(Playlists.captionUnits(clock, org.stemma.text.Sentences.split(clock))).containsOnly(false);
        String blog = "10:32 Police say the road is closed.\n10:40 The mayor will speak at noon.\n10:51 Traffic is moving again.\n";
        assertThat(Playlists.captionUnits(blog, org.stemma.text.Sentences.split(blog))).containsOnly(false);
        String two = "0:43 One caption here\n2:01 Another caption there\nA sentence of news follows it.";
        assertThat(Playlists.captionUnits(two, org.stemma.text.Sentences.split(two))).containsOnly(false);
    }

    @Test
    void boilerplateManyUnrelatedArticlesShareGoesEvenWithoutSites() {
        Random r = new Random(2);
        List<Article> in = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            in.add(Article.builder("a" + i, paragraph(r, 3) + "\n\n" + paragraph(r, 3) + "\n\n" + AUDIO).build());
        }
        List<Article> out = FurnitureFinder.learn(in, P).clean(in);
        for (int i = 0; i < 12; i++) {
            assertThat(out.get(i).text()).doesNotContain("audio element");
            assertThat(out.get(i).furniture()).containsExactly(AUDIO);
            assertThat(out.get(i).text()).isEqualTo(in.get(i).text().substring(0, in.get(i).text().indexOf("\n\nYour")));
        }
    }

    @Test
    void wireCopyManySitesCarryAtLengthIsNotFurnitureEvenWhereOnlyPartOfItIsQuoted() {
        Random r = new Random(3);
        String wire = paragraph(r, 6) + "\n\n" + paragraph(r, 6) + "\n\n" + paragraph(r, 4);
        String[] wireSentences = wire.split("(?<=\\.) |\\n\\n");
        List<Article> in = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            in.add(article("w" + i, "https://site" + i + ".com/x", paragraph(r, 2) + "\n\n" + wire));
        }
        // Two local stories quote two of its sentences beside much text of their own.
        for (int i = 0; i < 2; i++) {
            in.add(article("l" + i, "https://local" + i + ".com/x", paragraph(r, 8) + "\n\n" + wireSentences[2]
                    + " " + wireSentences[3] + "\n\n" + paragraph(r, 8)));
        }
        List<Article> out = FurnitureFinder.learn(in, P).clean(in);
        assertThat(out).allSatisfy(a -> assertThat(a.furniture()).isEmpty());
        assertThat(out).isEqualTo(in);
    }

    @Test
    void aStockPhraseInsideSentencesOfNewsIsNotFurniture() {
        Random r = new Random(4);
        List<Article> in = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String s = "Qa w" + i + " x" + i + " was pronounced dead at the scene according to the county medical examiner's office on Tuesday night.";
            in.add(Article.builder("m" + i, paragraph(r, 3) + " " + s + " " + paragraph(r, 2)).build());
        }
        assertThat(FurnitureFinder.learn(in, P).clean(in)).isEqualTo(in);
    }

    @Test
    void emptiedParagraphsGoAndOthersKeepTheirSeparators() {
        String text = "First line here.\n\nDROP me. Keep this one. DROP too.\n\nDROP alone.\n\nLast one.";
        List<org.stemma.text.Span> spans = org.stemma.text.Sentences.split(text);
        boolean[] drop = new boolean[spans.size()];
        for (int i = 0; i < drop.length; i++) {
            drop[i] = spans.get(i).of(text).startsWith("DROP");
        }
        assertThat(Furniture.without(text, spans, drop)).isEqualTo("First line here.\n\nKeep this one.\n\nLast one.");
    }

    @Test
    void turnedOffOrTooFewArticlesChangesNothing() {
        Random r = new Random(5);
        List<Article> in = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            in.add(Article.builder("t" + i, paragraph(r, 2) + " " + AUDIO).build());
        }
        assertThat(FurnitureFinder.learn(in, P).clean(in)).isSameAs(in);
        assertThat(FurnitureFinder.learn(in, new FurnitureParams(5, 0, 0, 120)).size()).isZero();
        assertThat(FurnitureFinder.learn(List.of(), P).size()).isZero();
    }

    @Test
    void learningAndCleaningInOnePassGivesWhatLearnThenCleanGiveWithTheCleanTextsTokens() {
        Random r = new Random(6);
        List<Article> in = new ArrayList<>();
        String wire = paragraph(r, 6) + "\n\n" + paragraph(r, 6);
        for (int i = 0; i < 30; i++) {
            String text = switch (i % 3) {
                case 0 -> paragraph(r, 3) + "\n\n" + AUDIO;
                case 1 -> "Whenever Kim posts, " + WIDGET + "\n\n" + paragraph(r, 4);
                default -> paragraph(r, 1) + "\n\n" + wire;
            };
            in.add(article("e" + i, i % 2 == 0 ? "https://even.example.com/" + i : null, text));
        }
        Furniture learnt = FurnitureFinder.learn(in, P);
        FurnitureFinder.Cleaned once = FurnitureFinder.clean(in, P);
        assertThat(once.furniture().keys()).containsExactly(learnt.keys());
        assertThat(learnt.size()).isPositive();
        assertThat(once.articles()).isEqualTo(learnt.clean(in));
        for (int i = 0; i < in.size(); i++) {
            org.stemma.text.Tokens t = once.tokens()[i];
            assertThat(t.hashes()).containsExactly(org.stemma.text.Tokenizer.tokenize(once.articles().get(i).text()).hashes());
        }
    }

    /**
     * Property: the finder (which cuts into sentences only the articles that may carry a frequent
     * n-gram) learns exactly what the distributed rules give when every article is counted and
     * votes, on random corpora of widgets, stock phrases, shared passages and sites, under
     * several thresholds.
     */
    @Test
    void theFinderLearnsWhatCountingAndVotingOverEveryArticleGives() {
        String[] pieces = {WIDGET, AUDIO, "Anyone with information is asked to call the tip line.",
            "This story has not been edited by staff and is auto-generated from a syndicated feed."};
        int withFurniture = 0;
        for (int seed = 0; seed < 30; seed++) {
            Random r = new Random(100 + seed);
            List<String> shared = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                shared.add(sentence(r, 6 + r.nextInt(10)));
            }
            List<Article> in = new ArrayList<>();
            int size = 20 + r.nextInt(60);
            for (int i = 0; i < size; i++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < 1 + r.nextInt(5); k++) {
                    if (text.length() > 0) {
                        text.append(r.nextBoolean() ? " " : "\n\n");
                    }
                    int pick = r.nextInt(10);
                    text.append(pick < 2 ? pieces[r.nextInt(pieces.length)]
                            : pick < 4 ? shared.get(r.nextInt(shared.size())) : sentence(r, 4 + r.nextInt(14)));
                }
                String url = r.nextInt(3) == 0 ? null : "https://s" + r.nextInt(4) + ".example.org/" + i;
                in.add(article("p" + seed + "-" + i, url, text.toString()));
            }
            FurnitureParams p = new FurnitureParams(3 + r.nextInt(3), 2 + r.nextInt(9), r.nextInt(5), 20 + r.nextInt(100),
                    r.nextInt(6));
            long[] learnt = FurnitureFinder.learn(in, p).keys();
            assertThat(learnt).as("seed %d, %s", seed, p).containsExactly(byCountingEveryArticle(in, p));
            withFurniture += learnt.length > 0 ? 1 : 0;
        }
        assertThat(withFurniture).isGreaterThan(10);
    }

    /** The distributed rules (as the Spark stage applies them) over every article. */
    static long[] byCountingEveryArticle(List<Article> in, FurnitureParams p) {
        java.util.Map<Long, java.util.Set<Integer>> docs = new java.util.HashMap<>();
        for (int d = 0; d < in.size(); d++) {
            for (long k : FurnitureFinder.keys(in.get(d), p)) {
                docs.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(d);
            }
        }
        java.util.Set<Long> frequent = new java.util.HashSet<>();
        java.util.Set<Long> fewPages = new java.util.HashSet<>();
        docs.forEach((k, ds) -> {
            java.util.Map<String, Integer> perSite = new java.util.HashMap<>();
            int most = 0;
            for (int d : ds) {
                String site = Sites.of(in.get(d));
                most = Math.max(most, perSite.merge(site == null ? "doc:" + d : site, 1, Integer::sum));
            }
            if (FurnitureFinder.isFrequent(ds.size(), most, p)) {
                frequent.add(k);
                if (FurnitureFinder.isFewPages(ds.size(), most, p)) {
                    fewPages.add(k);
                }
            }
        });
        java.util.Map<Long, VoteTally> votes = new java.util.HashMap<>();
        for (Article a : in) {
            FurnitureFinder.votes(a, p, frequent::contains, fewPages::contains, (k, yes, fromStart, fromEnd) ->
                    votes.computeIfAbsent(k, x -> new VoteTally()).add(yes, fromStart, fromEnd));
        }
        return votes.entrySet().stream().filter(e -> e.getValue().isFurniture(fewPages.contains(e.getKey())))
                .mapToLong(java.util.Map.Entry::getKey).sorted().toArray();
    }
}
