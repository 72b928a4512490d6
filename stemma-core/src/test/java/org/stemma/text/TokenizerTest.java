package org.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void tokensCarryOffsetsIntoTheOriginalText() {
        String text = "Mali’s “air force” chief — said it.";
        Tokens t = Tokenizer.tokenize(text);
        assertThat(t.size()).isEqualTo(6);
        assertThat(t.term(0)).isEqualTo("mali's");
        assertThat(text.substring(t.start(0), t.end(0))).isEqualTo("Mali’s");
        assertThat(t.term(1)).isEqualTo("air");
        assertThat(text.substring(t.start(5), t.end(5))).isEqualTo("it");
    }

    @Test
    void anApostropheOfEitherGlyphOrTheModifierLetterStaysInsideAWord() {
        Tokens a = Tokenizer.tokenize("Mali's Mali’s Maliʼs Sanders’ aide");
        assertThat(a.size()).isEqualTo(5);
        assertThat(a.term(0)).isEqualTo("mali's");
        assertThat(a.hash(1)).isEqualTo(a.hash(0));
        assertThat(a.hash(2)).as("ʼ is a letter, folded to '").isEqualTo(a.hash(0));
        assertThat(a.term(3)).as("no letter after the apostrophe").isEqualTo("sanders");
    }

    @Test
    void equalTermsHashEquallyAcrossCaseAndCompatibilityForms() {
        Tokens a = Tokenizer.tokenize("ＭＡＬＩ ﬁnal");
        Tokens b = Tokenizer.tokenize("mali final");
        assertThat(a.hashes()).containsExactly(b.hashes());
    }

    @Test
    void knownAnswerHash() {
        // Pinned so that stored fingerprints stay valid across releases.
        assertThat(Tokenizer.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(Tokenizer.tokenize("Mali").hash(0)).isEqualTo(Tokenizer.fnv1a64("mali"));
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoTokens() {
        assertThat(Tokenizer.tokenize("").size()).isZero();
        assertThat(Tokenizer.tokenize(" — “” …").size()).isZero();
    }

    @Test
    void wordDiffShowsSubstitutions() {
        var d = WordDiff.diff("But today we can happily state", "Today we can proudly affirm");
        assertThat(d).extracting(DiffSegment::op).containsExactly(
                DiffSegment.Op.DELETE, DiffSegment.Op.EQUAL, DiffSegment.Op.INSERT, DiffSegment.Op.DELETE);
    }

    @Test
    void wordsOfOtherScriptsAreWholeRunsOfLettersAndMarksFoldedToLowerCase() {
        String uk = "Перші виплати — у КИЄВІ.";
        Tokens t = Tokenizer.tokenize(uk);
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.term(0)).isEqualTo("перші");
        assertThat(uk.substring(t.start(3), t.end(3))).isEqualTo("КИЄВІ");
        assertThat(t.hash(3)).isEqualTo(Tokenizer.tokenize("києві").hash(0));

        String fa = "کمک مالی، ۲۰ میلیون";
        Tokens f = Tokenizer.tokenize(fa);
        assertThat(f.size()).isEqualTo(4);
        assertThat(fa.substring(f.start(1), f.end(1))).isEqualTo("مالی"); // the comma is no part of it
        assertThat(f.term(2)).isEqualTo("۲۰"); // digits of any script are word chars

        // Devanagari vowel signs are combining marks: they stay inside their word.
        Tokens hi = Tokenizer.tokenize("भारत सरकार ने कहा");
        assertThat(hi.size()).isEqualTo(4);
        assertThat(hi.term(1)).isEqualTo("सरकार");

        Tokens el = Tokenizer.tokenize("ΑΘΗΝΑ, Αθηνα");
        assertThat(el.hash(0)).isEqualTo(el.hash(1));
    }

    static List<String> words(String text) {
        Tokens t = Tokenizer.tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(text.substring(t.start(i), t.end(i)));
        }
        return out;
    }

    @Test
    void eachChineseCharacterIsAWordWithItsOwnOffsets() {
        String zh = "中国政府宣布，2024年援助增加。";
        assertThat(words(zh)).containsExactly("中", "国", "政", "府", "宣", "布", "2024", "年", "援", "助", "增", "加");
        Tokens t = Tokenizer.tokenize(zh);
        assertThat(t.start(1)).isEqualTo(1);
        assertThat(t.end(1)).isEqualTo(2);
        assertThat(t.term(6)).isEqualTo("2024");
        // A character outside the Basic Multilingual Plane is one token of two UTF-16 units.
        assertThat(words("𠀋中")).containsExactly("𠀋", "中");
    }

    @Test
    void japaneseKanaAndKanjiAreSplitPerCharacterAndLatinAndDigitsStayWhole() {
        String ja = "東京でiPhone 15を買った。コーヒー２杯";
        assertThat(words(ja)).containsExactly("東", "京", "で", "iPhone", "15", "を", "買", "っ", "た",
                "コ", "ー", "ヒ", "ー", "２", "杯");
        Tokens t = Tokenizer.tokenize(ja);
        assertThat(t.term(3)).isEqualTo("iphone");
        assertThat(t.term(13)).isEqualTo("2"); // full-width digit folded by NFKC
        // A decomposed voiced mark stays with its kana; half-width kana fold to full-width.
        assertThat(words("カ\u3099")).containsExactly("カ\u3099");
        assertThat(Tokenizer.tokenize("ｶﾞ").hash(0)).isEqualTo(Tokenizer.tokenize("ガ").hash(0));
    }

    @Test
    void koreanWordsAreSpaceSeparatedAndStayWhole() {
        assertThat(words("정부는 20일 지원을 발표했다.")).containsExactly("정부는", "20일", "지원을", "발표했다");
    }

    @Test
    void zeroWidthJoinersInsideAWordDoNotSplitIt() {
        String fa = "پرداخت\u200Cها انجام شد";
        assertThat(words(fa)).containsExactly("پرداخت\u200Cها", "انجام", "شد");
        assertThat(words("क्\u200Dष")).containsExactly("क्\u200Dष");
        // At a word's edge a joiner is no part of it.
        assertThat(words("\u200Cها \u200C")).containsExactly("ها");
    }

    @Test
    void tokensAreOrderedInsideTheTextAndCoverEveryLetterAndDigit() {
        String[] pieces = {"Mali", "’s", " ", "中国", "政府", "ひらがな", "カタカナー", "한국어", "پرداخت", "\u200C",
            "ها", "भारत", "Ελλάδα", "2024", "２杯", "—", "“", "”", ", ", ". ", "\n", "'", "\u0301", "𠀋", "ｶﾞ"};
        Random r = new Random(21);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            Tokens t = Tokenizer.tokenize(text);
            int prevEnd = 0;
            boolean[] covered = new boolean[text.length()];
            for (int i = 0; i < t.size(); i++) {
                assertThat(t.start(i)).as(text).isGreaterThanOrEqualTo(prevEnd).isLessThan(t.end(i));
                assertThat(t.end(i)).as(text).isLessThanOrEqualTo(text.length());
                assertThat(t.hash(i)).as(text).isEqualTo(Tokenizer.fnv1a64(t.term(i)));
                for (int c = t.start(i); c < t.end(i); c++) {
                    covered[c] = true;
                }
                prevEnd = t.end(i);
            }
            for (int c = 0; c < text.length(); c = text.offsetByCodePoints(c, 1)) {
                if (Character.isLetterOrDigit(text.codePointAt(c))) {
                    assertThat(covered[c]).as(text + " @" + c).isTrue();
                }
            }
            // Joining two texts' tokens equals tokenising the joined text.
            Tokens joined = Tokenizer.joinLines(t, Tokenizer.tokenize(text));
            assertThat(joined.hashes()).containsExactly(Tokenizer.tokenize(text + "\n" + text).hashes());
        }
    }
}
