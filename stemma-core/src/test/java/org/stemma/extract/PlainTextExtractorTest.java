package org.stemma.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextExtractorTest {

    private final PlainTextExtractor x = new PlainTextExtractor();

    private static final String P1 = "The city council approved the new budget on Monday after a long debate "
            + "about the cost of public transport and the repair of old bridges.";
    private static final String P2 = "Opposition members said the plan would raise taxes for small businesses, "
            + "while the mayor insisted that spending had been cut in every department.";
    private static final String P3 = "A final vote on the transport package is expected next month, officials said.";

    @Test
    void menuAndFooterAroundABodyAreRemoved() {
        String page = String.join("\n", "Daily Gazette", "  • Home", "  • World", "  • Sports", "  • Weather",
                "", "Council approves budget after long debate", "", "By Jane Smith", "March 3, 2023", "",
                P1, "", P2, "", P3, "", "Share", "Leave a Reply", "Your email address will not be published.",
                "Most Read", "Storm closes schools across the region", "Local team wins the cup final", "",
                "Daily Gazette", "© 2023 Daily Gazette. All rights reserved.");
        TextExtraction t = x.extract(page);
        assertThat(t.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(t.title()).isEqualTo("Council approves budget after long debate");
        assertThat(t.published()).isEqualTo("2023-03-03");
        assertThat(t.author()).isEqualTo("Jane Smith");
        assertThat(t.outlet()).isEqualTo("Daily Gazette");
        assertThat(t.removed()).contains("Leave a Reply", "• Home", "Most Read");
        assertThat(t.removedChars()).isEqualTo(t.removed().stream().mapToInt(String::length).sum());
    }

    @Test
    void blogPageWithCommentFormAndRelatedPosts() throws Exception {
        String page;
        try (var in = getClass().getResourceAsStream("blog-page.txt")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        TextExtraction t = x.extract(page);
        assertThat(t.title()).isEqualTo("Bridge repairs to start next month after years of delay");
        assertThat(t.published()).isEqualTo("2023-03-03");
        assertThat(t.author()).isEqualTo("Maria Lopez");
        assertThat(t.outlet()).isEqualTo("Riverside Chronicle");
        assertThat(t.related()).containsExactly("City council approves new budget", "Bus fares to stay the same");
        assertThat(t.text()).startsWith("Repairs to the old river bridge").endsWith("hurt their business.");
        assertThat(t.text().split("\n\n")).hasSize(3);
    }

    @Test
    void datesInListsAfterTheBodyAreNotThePublicationDate() {
        String page = String.join("\n", "Council approves budget after long debate", "", P1, "", P2, "",
                "Most Read", "Storm closes schools", "12 Sep 2025", "Team wins the cup", "13 Sep 2025");
        assertThat(x.extract(page).published()).isNull();
    }

    @Test
    void datesInsideSentencesAreNotDatelines() {
        String page = "Headline about the budget vote\n\nThe council met on August 21, 2024 and voted on "
                + "the budget, which had been delayed for weeks by disputes.\n\n" + P2;
        assertThat(x.extract(page).published()).isNull();
    }

    @Test
    void dateHeaderLineIsThePublicationDate() {
        TextExtraction t = x.extract("date 2021-02-03\n" + P1);
        assertThat(t.published()).isEqualTo("2021-02-03");
        assertThat(t.text()).isEqualTo(P1);
        TextExtraction bad = x.extract("date 2021-02-30\n" + P1);
        assertThat(bad.published()).isNull();
    }

    @Test
    void readMoreLinesBecomeRelatedHeadlines() {
        String page = String.join("\n", P1, "", "READ MORE: Bridges in the city are crumbling, report says", "",
                P2, "", "READ MORE:", "Mayor defends transport spending", "", P3 + " MORE: Council to vote again");
        TextExtraction t = x.extract(page);
        assertThat(t.related()).containsExactly("Bridges in the city are crumbling, report says",
                "Mayor defends transport spending", "Council to vote again");
        assertThat(t.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void aNoBreakSpaceAfterAReadMoreCueIsNotPartOfTheHeadline() {
        String page = String.join("\n", P1, "", "READ MORE:\u00A0Bridges in the city are crumbling", "", P2, "",
                P3 + " MORE: Council to vote again\u00A0");
        assertThat(x.extract(page).related()).containsExactly("Bridges in the city are crumbling",
                "Council to vote again");
    }

    @Test
    void lowerCaseMoreInsideASentenceStays() {
        String p = "Prices rose again, and economists expected more: a further increase of two points "
                + "before the end of the year.";
        assertThat(x.extract(p + "\n\n" + P1).text()).startsWith(p);
    }

    @Test
    void listsInsideTheBodyStayButAListUnderAMarkerGoes() {
        String page = String.join("\n", P1, "", "Opposition reaction", "", P2, "", "Budget vote in pictures",
                "Five things to know about the plan", "Why the bridges matter", "", P3);
        TextExtraction t = x.extract(page);
        assertThat(t.text()).contains("Opposition reaction", "Budget vote in pictures", "Why the bridges matter");
        String marked = String.join("\n", P1, "", P2, "", "Related stories", "Budget vote in pictures",
                "Five things to know about the plan", "Why the bridges matter", "", P3);
        assertThat(x.extract(marked).text()).doesNotContain("Five things to know", "Budget vote in pictures");
    }

    @Test
    void tablesCodeAndShortParagraphsOfABodyStay() {
        String body = String.join("\n", P1, "", "Results", "Team         W  L  Pts", "Riverside    5  1  15",
                "Hilltop      4  2  12", "", "Really.", "", P2, "", "The script they used:", "",
                "for (int i = 0; i < n; i++) {", "    total += fares[i];", "}", "", P3, "", "Fares by zone",
                "Zone A: 2.10", "Zone B: 2.60", "Zone C: 3.20");
        TextExtraction t = x.extract(body);
        assertThat(t.text()).contains("Results", "Riverside    5  1  15", "Really.", "The script they used:",
                "total += fares[i];", "Fares by zone", "Zone C: 3.20");
        assertThat(t.removed()).isEmpty();
    }

    @Test
    void aCleanTextMayOpenWithATableUnderItsHeading() {
        String text = String.join("\n\n", "CUP RESULTS", "Riverside d. Hilltop 3-1", "Riverside 1 2 — 3",
                "Hilltop 0 1 — 1", P1, P2);
        assertThat(x.extract(text).text()).isEqualTo(text);
        // A section name over one headline is a page's menu, not a table's heading.
        assertThat(x.extract(String.join("\n\n", "World", "3 killed as bus leaves the road", P1, P2)).text())
                .doesNotContain("World");
    }

    @Test
    void aFirstLineThatReadsAsAHeadlineIsTheTitleOfACleanText() {
        TextExtraction t = x.extract("Bridge repairs to start next month\n\n" + P1 + "\n\n" + P2);
        assertThat(t.title()).isEqualTo("Bridge repairs to start next month");
        assertThat(t.text()).startsWith("Bridge repairs to start next month\n\n" + P1);
        assertThat(x.extract(P1 + "\n\n" + P2).title()).isNull();
    }

    @Test
    void aTimestampOrAWidgetLabelAboveTheHeadlineIsNoPartOfTheText() {
        for (String top : List.of("Published: Sunday, 6/28/2015 - Updated: 3 months ago", "text size")) {
            TextExtraction t = x.extract(String.join("\n\n", top, "Council approves budget after long debate", P1, P2));
            assertThat(t.title()).as(top).isEqualTo("Council approves budget after long debate");
            assertThat(t.text()).as(top).isEqualTo(P1 + "\n\n" + P2);
        }
    }

    @Test
    void aClosingInfoBoxStaysWithItsAddresses() {
        String text = String.join("\n\n", P1, P2, "Tickets", "www.example-theatre.org", "Adults: 40.00", "Box office",
                "02-751-1500");
        assertThat(x.extract(text).text()).isEqualTo(text);
    }

    @Test
    void aCopyrightNoticeStaysInACleanTextAndLeavesAPage() {
        String notice = "© 2019 Example Press. All Rights Reserved.";
        String clean = P1 + "\n\n" + P2 + "\n\n" + notice;
        assertThat(x.extract(clean).text()).isEqualTo(clean);
        assertThat(x.extract(clean).removed()).isEmpty();
        TextExtraction page = x.extract(String.join("\n\n", P1, P2, "Share", "Privacy Policy", notice));
        assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(page.removed()).containsExactly("Share", "Privacy Policy", notice);
    }

    @Test
    void aBoxUnderAListMarkerStaysInACleanTextAndLeavesAPage() {
        String box = String.join("\n", "Don't Miss", "Garden Hose Reel", "Holds fifty metres of hose",
                "Folds flat for storage", "$39.00", "Buy Now");
        String clean = String.join("\n\n", P1, box, P2, P3);
        assertThat(x.extract(clean).text()).contains("Holds fifty metres of hose", "$39.00", P3);
        TextExtraction page = x.extract(String.join("\n\n", "• Home", "• World", "• Sport", clean));
        assertThat(page.text()).doesNotContain("Holds fifty metres", "$39.00").contains(P1, P2, P3);
    }

    @Test
    void randomCleanTextsKeepEveryWord() {
        // Paragraphs, subheadings, list items and table rows, none of them page furniture.
        String[] pool = {P1, P2, P3, "Opposition reaction", "What the plan says:", "Zone A: 2.10 a day",
                "• The council will borrow two million dollars", "• Fares stay the same", "Riverside 5 1 15",
                "Why it matters", "Really.", "Next steps for the bridges", "(see the full list below)",
                "June 9 – Riverside Hall, 8 p.m.", "Q: When will work start?", "A: In the spring."};
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> lines = new ArrayList<>(List.of(pool[rnd.nextInt(3)]));
            for (int i = rnd.nextInt(25); i > 0; i--) {
                lines.add(rnd.nextInt(4) == 0 ? "" : pool[rnd.nextInt(pool.length)]);
            }
            lines.add(pool[rnd.nextInt(3)]);
            String text = String.join("\n", lines);
            String kept = x.extract(text).text();
            assertThat(words(kept)).as(text).isEqualTo(words(text));
        }
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void aListOfNamesBetweenParagraphsDoesNotCutTheTextShort() {
        String text = String.join("\n", P1, "", "Alice Brown", "Bob Green", "Carol White", "Dan Black", "Eve Stone",
                "Frank Hill", "Gina Lake", "", P3);
        assertThat(x.extract(text).text()).contains("Alice Brown", "Gina Lake", P3);
        // On a page (a widget or a list marker somewhere) such a run is still a menu between two texts.
        String page = String.join("\n", P1, "", "Alice Brown", "Bob Green", "Carol White", "Dan Black", "Eve Stone",
                "Frank Hill", "Gina Lake", "", P3, "", "Share", "Leave a Reply");
        assertThat(x.extract(page).text()).doesNotContain("Alice Brown");
    }

    @Test
    void aCleanTextMayOpenWithATableUnderAHeadingAndAHeaderRow() {
        String text = String.join("\n\n", "Standings", "Team W L Pts", "Riverside 5 1 15", "Hilltop 4 2 12", P1, P2);
        assertThat(x.extract(text).text()).isEqualTo(text);
    }

    @Test
    void aNumberedListKeepsItsNumbers() {
        String list = String.join("\n", "1. Repair the old river bridge", "2. Keep bus fares the same",
                "3) Borrow two million dollars");
        TextExtraction t = x.extract(String.join("\n\n", P1, list, P2));
        assertThat(t.text()).contains("1. Repair the old river bridge", "2. Keep bus fares the same",
                "3) Borrow two million dollars");
        assertThat(x.extract(String.join("\n\n", P1, "• Repair the bridge", P2)).text()).contains("• Repair the bridge");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String page = String.join("\n",
                "The city council approved the new budget on Monday after a long",
                "debate about the cost of public transport and the repair of old",
                "bridges across the river, which engineers said were unsafe.", "",
                "Opposition members said the plan would raise taxes for small",
                "businesses, while the mayor insisted that spending had been cut",
                "in every single department of the city administration this year.");
        TextExtraction t = x.extract(page);
        assertThat(t.text().split("\n\n")).hasSize(2);
        assertThat(t.text()).startsWith("The city council approved the new budget on Monday after a long debate");
    }

    @Test
    void proseBulletsStayMenuBulletsGo() {
        String page = String.join("\n", "  • News", "  • Sport", "  • Opinion", "", P1, "",
                "• The council will borrow two million dollars to repair the old bridges next year.",
                "• Bus fares will stay the same until the end of the current financial year.", "", P2);
        String text = x.extract(page).text();
        assertThat(text).contains("• The council will borrow").contains("• Bus fares").doesNotContain("Sport");
    }

    @Test
    void emptyAndProselessInputs() {
        assertThat(x.extract("").text()).isEmpty();
        assertThat(x.extract(null).text()).isEmpty();
        TextExtraction t = x.extract("Roses are red\nViolets are blue");
        assertThat(t.text()).contains("Roses are red");
    }

    @Test
    void randomPagesNeverThrowAndKeepOnlyInputText() {
        String[] pool = {P1, P2, P3, "• Home", "Share", "Most Read", "Related News", "BREAKING",
                "Headline of another story", "12 Sep 2025", "READ MORE: Another headline", "",
                "", "Comments are closed.", "A picture of the council. (AP Photo/John Doe)", "x", "By Someone",
                "More:", "Leave a Reply", "date 2020-01-01", "    ", "\u00A0", "• • LIVE"};
        Random rnd = new Random(42);
        for (int round = 0; round < 500; round++) {
            List<String> lines = new ArrayList<>();
            int n = rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                lines.add(pool[rnd.nextInt(pool.length)]);
            }
            String page = String.join(rnd.nextBoolean() ? "\n" : "\r\n", lines);
            TextExtraction t = x.extract(page);
            assertThat(t.removedChars()).isNotNegative();
            for (String para : t.text().split("\n\n")) {
                String p = (para.startsWith("• ") ? para.substring(2) : para).replaceAll("\\s+", " ");
                assertThat(page.replaceAll("\\s+", " ")).contains(p);
            }
        }
    }
}
