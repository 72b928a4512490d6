package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.texts(text, Sentences.split(text));
    }

    @Test
    void aBlockEndsInTerminalPunctuationPastClosersAndSpaces() {
        assertThat(Sentences.endsInTerminal("He left.")).isTrue();
        assertThat(Sentences.endsInTerminal("“He left.”) ")).isTrue();
        assertThat(Sentences.endsInTerminal("Why?\u00A0")).as("no-break space").isTrue();
        assertThat(Sentences.endsInTerminal("Wait…")).isTrue();
        assertThat(Sentences.endsInTerminal("لماذا؟")).as("Arabic question mark").isTrue();
        assertThat(Sentences.endsInTerminal("他走了。")).as("ideographic full stop").isTrue();
        assertThat(Sentences.endsInTerminal("READ MORE:")).isFalse();
        assertThat(Sentences.endsInTerminal("“He left”")).isFalse();
        assertThat(Sentences.endsInTerminal(" ”) ")).isFalse();
        assertThat(Sentences.endsInTerminal("")).isFalse();
    }

    @Test
    void splitsOnTerminalPunctuationBeforeACapital() {
        assertThat(split("Mali retook the north. Russia sent weapons! Why? Nobody knows."))
                .containsExactly("Mali retook the north.", "Russia sent weapons!", "Why?",
                        "Nobody knows.");
    }

    @Test
    void titlesInitialsAndNumbersDoNotEndSentences() {
        assertThat(split("Brig. Gen. Alou Boi Diarra spoke to Mr. Smith on Sept. 3. "
                + "John F. Kennedy paid $3.5 million for No. 5 in 2012. It sold."))
                .containsExactly("Brig. Gen. Alou Boi Diarra spoke to Mr. Smith on Sept. 3.",
                        "John F. Kennedy paid $3.5 million for No. 5 in 2012.", "It sold.");
    }

    @Test
    void dottedAcronymsEndASentenceOnlyBeforeACommonStarter() {
        assertThat(split("He flew to the U.S. State Department. He met the U.S. The talks failed."))
                .containsExactly("He flew to the U.S. State Department.", "He met the U.S.",
                        "The talks failed.");
        assertThat(split("Acme Inc. Chief Bob spoke. Shares of Acme Inc. fell. The end."))
                .containsExactly("Acme Inc. Chief Bob spoke.", "Shares of Acme Inc. fell.",
                        "The end.");
    }

    @Test
    void sentencesRunTogetherInScrapedTextAreSplit() {
        assertThat(split("said HPD interim chief Martha Montalvo.More units arrived at 911.Nicolas "
                + "wrapped the vest…Police came."))
                .containsExactly("said HPD interim chief Martha Montalvo.", "More units arrived at 911.",
                        "Nicolas wrapped the vest…", "Police came.");
        assertThat(split("He was shot in the thigh.\"I saw a guy,\" she said.I'm fine.I.B.M. came."))
                .containsExactly("He was shot in the thigh.", "\"I saw a guy,\" she said.", "I'm fine.I.B.M. came.");
        assertThat(split("His men are OK.\"Anytime you have this,\" he said. It ran on ASP.Net and VB.Net."))
                .containsExactly("His men are OK.", "\"Anytime you have this,\" he said.",
                        "It ran on ASP.Net and VB.Net.");
        assertThat(split("It was a WakeMed.The doctor said so in 2016.It was bad."))
                .containsExactly("It was a WakeMed.", "The doctor said so in 2016.", "It was bad.");
        assertThat(split("It was at 5 p.m.The police came from L.A.They met the U.S.Army at 6 a.m.Thursday."))
                .containsExactly("It was at 5 p.m.", "The police came from L.A.",
                        "They met the U.S.Army at 6 a.m.Thursday.");
    }

    @Test
    void anAcronymBeforeTheStopEndsASentenceBeforeAStarterOrALongerWord() {
        assertThat(split("He fled in a white SUV.Several people were hurt at UTMB.Detectives say she is OK.The man ran."))
                .containsExactly("He fled in a white SUV.", "Several people were hurt at UTMB.",
                        "Detectives say she is OK.", "The man ran.");
        assertThat(split("It ran on ASP.Net and VB.Net in a SUV.Six men and PanARMENIAN.Net said so."))
                .as("a short word after an acronym, a mixed-case word").hasSize(1);
        assertThat(split("The U.S.Army met the N.Korea team at WWW.Example.Com today."))
                .as("initials and a dotted name").hasSize(1);
    }

    @Test
    void stopsAreTheLastMarksOfTheTerminalRunsThatEndSentences() {
        String text = "chief Martha Montalvo.More units, the U.S.Army and 2.5 at Amazon.com in St.Louis today. "
                + "Really?! \"Yes.\" Mr. Smith came from the U.S. The end... and more.\nA line.";
        int[] stops = Sentences.stops(text);
        assertThat(stops).containsExactly(text.indexOf(".More"), text.indexOf("today.") + 5, text.indexOf("!"),
                text.indexOf(".\" Mr"), text.indexOf(". The"), text.indexOf(".\nA"), text.length() - 1);
    }

    @Test
    void aNoBreakSpaceAfterAFullStopIsWhiteSpace() {
        assertThat(split("It ended under the Rule of Law.\u00A0 I have faced attacks.\u00A0\u00A0Then more."))
                .containsExactly("It ended under the Rule of Law.", "I have faced attacks.", "Then more.");
    }

    @Test
    void aQuoteBetweenRunTogetherSentencesGoesWithTheSentenceItBelongsTo() {
        assertThat(split("\"We ran,\" he said.\"It was over.\"Police came. He left.“Go,” she said."))
                .containsExactly("\"We ran,\" he said.", "\"It was over.\"", "Police came.",
                        "He left.", "“Go,” she said.");
    }

    @Test
    void dotsBetweenWordsThatAreNotSentenceEndsStay() {
        for (String text : List.of("He bought it on Amazon.com and ran Node.js on ASP.NET today.",
                "The U.S.Army and Ph.D students met in St.Louis with Mr.Smith and J.Smith.",
                "See www.SwataraPolice.org or http://example.com/News.Html or john.Smith@example.org now.",
                "Open index.html and Report.Final.pdf at 3.5 p.m. or v2.Beta on 1.The list.",
                "It fell 3.5.The VB.Net and PanARMENIAN.Net said so. An e.g.Foo here.")) {
            assertThat(split(text)).as(text).hasSize(text.startsWith("It fell") ? 2 : 1);
        }
    }

    @Test
    void quotesStayWithTheirSentence() {
        assertThat(split("“Today we can state it,” he said. “Thanks to Russia, we won.” "
                + "\"Is it over?\" he asked. She said: \"No.\" Then left."))
                .containsExactly("“Today we can state it,” he said.",
                        "“Thanks to Russia, we won.”", "\"Is it over?\" he asked.",
                        "She said: \"No.\"", "Then left.");
    }

    @Test
    void paragraphBreaksAndHeadingsEndSentencesButWrappedLinesDoNot() {
        String text = "READ MORE:\nSahel states call for UN action\n\nSince 2012 the country\n"
                + "has been engulfed in an insurgency\nwhich spread.\nThe violence grew";
        assertThat(split(text)).containsExactly("READ MORE:", "Sahel states call for UN action",
                "Since 2012 the country\nhas been engulfed in an insurgency\nwhich spread.",
                "The violence grew");
    }

    @Test
    void spansAreTrimmedOffsetsIntoTheText() {
        String text = "  Op-ed\r\n\r\n  Mali’s chief spoke.   He left.  \n\n…\n";
        List<Span> spans = Sentences.split(text);
        assertThat(spans).hasSize(3);
        assertThat(spans.get(0).of(text)).isEqualTo("Op-ed");
        assertThat(spans.get(1)).isEqualTo(new Span(text.indexOf("Mali"), text.indexOf("   He")));
        assertThat(spans.get(2).of(text)).isEqualTo("He left.");
    }

    @Test
    void emptyPunctuationOnlyAndNonLatinTexts() {
        assertThat(Sentences.split("")).isEmpty();
        assertThat(Sentences.split(" … — \n\n ” ")).isEmpty();
        assertThat(split("Мали вернула север. Россия помогла.")).hasSize(2);
        assertThat(split("قال الجنرال إن مالي استعادت أراضيها. وأضاف أن روسيا ساعدت."))
                .hasSize(2);
    }

    @Test
    void veryLongRunsAreCutAtWhiteSpace() {
        String text = "word ".repeat(2000);
        List<Span> spans = Sentences.split(text);
        assertThat(spans.size()).isGreaterThan(6);
        for (Span s : spans) {
            assertThat(s.length()).isLessThanOrEqualTo(Sentences.MAX_CHARS);
            assertThat(s.of(text)).startsWith("word").endsWith("word");
        }
    }

    @Test
    void randomTextGivesOrderedNonOverlappingTrimmedSpans() {
        Random rnd = new Random(42);
        String alphabet = "aB .!?\n\"“”'Gen.U.S. 3.5…";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(200);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int prevEnd = 0;
            for (Span s : Sentences.split(text)) {
                assertThat(s.start()).isGreaterThanOrEqualTo(prevEnd);
                assertThat(s.length()).isPositive();
                assertThat(Character.isWhitespace(text.charAt(s.start()))).isFalse();
                assertThat(Character.isWhitespace(text.charAt(s.end() - 1))).isFalse();
                prevEnd = s.end();
            }
        }
    }

    @Test
    void seedArticleSplitsIntoItsSentences() throws IOException {
        String text = Files.readString(
                Path.of("../examples/sahel-2024/001_81e780dcf140521f.txt"));
        List<String> s = split(text);
        assertThat(s).contains("Op-ed", "READ MORE:",
                "“But today we can happily state the fact that the armed forces of Mali and our "
                        + "state hold these territories and control almost the entire territory "
                        + "of our country,” the air force commander was cited as saying.");
        assertThat(s).anySatisfy(x -> assertThat(x).startsWith("“Thanks to cooperation with "
                + "Russia").endsWith("essential in our current situation."));
    }

    @Test
    void marksFindsTheNextMarkAsALoopOverEveryCharacterWould() {
        // Sentences finds line breaks and terminal marks by String.indexOf, remembering each
        // mark's next place; asked in increasing order it must agree with a plain scan.
        String alphabet = "ab .!?\u2026\u061F\u3002\n\r\u00E9\u4E2D";
        Random r = new Random(11);
        int checked = 0;
        for (int t = 0; t < 2000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int c = r.nextInt(80); c > 0; c--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            char[] marks = r.nextBoolean() ? Sentences.TERMINALS : Sentences.LINE_BREAKS;
            Sentences.Marks found = new Sentences.Marks(text, marks);
            for (int i = 0; i <= text.length(); i += 1 + r.nextInt(4)) {
                int to = i + r.nextInt(text.length() - i + 1);
                int expected = i;
                while (expected < to && String.valueOf(marks).indexOf(text.charAt(expected)) < 0) {
                    expected++;
                }
                assertThat(found.next(i, to)).as("%s from %d to %d", text, i, to).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    /**
     * The sentences around some offsets are those of the whole split that hold an offset, with
     * others of their paragraphs only (a sub-list of the whole split, in order), on random texts
     * of words, marks, abbreviations, wraps and blank lines.
     */
    @Test
    void splitAroundGivesTheWholeSplitsSentencesOfTheParagraphsItIsAskedFor() {
        String[] pieces = {"The", "man", "said", "Mr.", "U.S.", "it", "3.5", ".", "!", "?", " ", " ", " ",
            "\n", "\n\n", "\r\n", "\"", "word", "Gen.", "and", "\u00E9t\u00E9", "No.", "7", "e.g."};
        Random r = new Random(17);
        int asked = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int c = r.nextInt(120); c > 0; c--) {
                sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            }
            String text = sb.toString();
            List<Span> whole = Sentences.split(text);
            int[] offsets = r.ints(r.nextInt(4), 0, Math.max(1, text.length())).sorted().toArray();
            List<Span> around = Sentences.splitAround(text, offsets);
            int k = 0;
            for (Span s : around) { // a sub-list, in order
                while (k < whole.size() && !whole.get(k).equals(s)) {
                    k++;
                }
                assertThat(k).as("%s around %s", text, java.util.Arrays.toString(offsets)).isLessThan(whole.size());
                k++;
            }
            for (Span s : whole) {
                for (int o : offsets) {
                    if (o >= s.start() && o < s.end()) {
                        assertThat(around).as("%s around %d", text, o).contains(s);
                        asked++;
                    }
                }
            }
            int[] every = java.util.stream.IntStream.range(0, text.length()).toArray();
            assertThat(Sentences.splitAround(text, every)).isEqualTo(whole);
        }
        assertThat(asked).isGreaterThan(1000);
    }
}
