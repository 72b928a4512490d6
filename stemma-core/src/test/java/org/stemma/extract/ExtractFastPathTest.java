package org.stemma.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The plain-text cleaner's fast paths (ASCII without the Character tables, function words read
 * from a char buffer into a table) give the answers of the plain forms they replaced, kept here
 * as references: every char alone, and random texts mixing scripts, spaces, punctuation and the
 * function words of every language.
 */
class ExtractFastPathTest {

    /** Characters the random texts draw from: ASCII (controls too), spaces, quotes, dashes, other scripts. */
    private static final String POOL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + " \t\n\u000B\f\r\u001C\u001F.,:;!?-()\"'@[]{}_`~|>"
            + "\u00A0\u2007\u202F\u200B\u2003\u2028\u2029\uFEFF\u0085"
            + "‘’‚‛′ʼ“”„‟″«»‐‑‒–—―−…"
            + "àéèçñöüßÀÉÑÖÜİıŁłŞşĞğ"
            + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЁЖЗИЙ ієїґІЄЇҐ"
            + "αβγδΑΒΓΣσς"
            + "ابتثجحپچژگکیٹڈڑںے"
            + "אבגדהवकखगकाथไกขあいうアイウ漢字中文한국";

    @Test
    void phraseAndCountWordsMatchThePlainFormsOnEveryChar() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            String mid = "Ab" + (char) c + "cD " + (char) c;
            assertThat(TextUnit.phrase(one)).isEqualTo(plainPhrase(one));
            assertThat(TextUnit.phrase(mid)).isEqualTo(plainPhrase(mid));
            assertThat(TextUnit.countWords(mid)).isEqualTo(plainCountWords(mid));
            assertThat(TextUnit.countWords(one)).isEqualTo(plainCountWords(one));
        }
    }

    @Test
    void phraseAndCountWordsMatchThePlainFormsOnRandomTexts() {
        Random r = new Random(21);
        for (int k = 0; k < 20_000; k++) {
            String s = randomChars(r, r.nextInt(60));
            assertThat(TextUnit.phrase(s)).as(s).isEqualTo(plainPhrase(s));
            assertThat(TextUnit.countWords(s)).as(s).isEqualTo(plainCountWords(s));
        }
    }

    @Test
    void functionWordsMatchThePlainFormOnRandomTexts() {
        Random r = new Random(8);
        String[] functionWords = LanguageGuesser.WORD_LANGS.keySet().toArray(new String[0]);
        Arrays.sort(functionWords);
        int named = 0;
        for (int k = 0; k < 5_000; k++) {
            StringBuilder b = new StringBuilder();
            int words = r.nextInt(80);
            for (int w = 0; w < words; w++) {
                String word = r.nextInt(3) == 0 ? randomChars(r, 1 + r.nextInt(9))
                        : functionWords[r.nextInt(functionWords.length)];
                b.append(r.nextInt(4) == 0 ? word.toUpperCase() : word).append(r.nextInt(8) == 0 ? ", " : " ");
            }
            String text = b.toString();
            for (boolean cyrillic : new boolean[] {false, true}) {
                String expected = plainFunctionWords(text, cyrillic);
                assertThat(LanguageGuesser.byFunctionWords(text, cyrillic, null)).as(text).isEqualTo(expected);
                named += expected == null ? 0 : 1;
            }
        }
        assertThat(named).as("texts the plain form names a language for").isGreaterThan(500);
    }

    private static String randomChars(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(POOL.charAt(r.nextInt(POOL.length())));
        }
        return b.toString();
    }

    /** {@link TextUnit#phrase} as it was written before its ASCII path. */
    private static String plainPhrase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = org.stemma.text.Normalizer.foldPunctuation(s.charAt(i));
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        int end = b.length();
        while (end > 0 && (":.!?…|>»-–—".indexOf(b.charAt(end - 1)) >= 0 || b.charAt(end - 1) == ' ')) {
            end--;
        }
        return b.substring(0, end);
    }

    /** {@link TextUnit#countWords} as it was written before its ASCII path. */
    private static int plainCountWords(String s) {
        int words = 0;
        boolean in = false;
        boolean hasAlnum = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (in && hasAlnum) {
                    words++;
                }
                in = false;
                hasAlnum = false;
            } else {
                in = true;
                hasAlnum |= Character.isLetterOrDigit(c);
            }
        }
        return in && hasAlnum ? words + 1 : words;
    }

    /** {@code LanguageGuesser.byFunctionWords} as it was written before its table: a string and a map look-up per word. */
    private static String plainFunctionWords(String text, boolean cyrillic) {
        Map<String, Integer> score = new HashMap<>();
        int words = 0;
        StringBuilder cur = new StringBuilder(16);
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                cur.append(Character.toLowerCase(c));
                continue;
            }
            if (cur.length() == 0) {
                continue;
            }
            String w = cur.toString();
            cur.setLength(0);
            words++;
            for (String l : LanguageGuesser.WORD_LANGS.getOrDefault(w, new String[0])) {
                score.merge(l, 1, Integer::sum);
            }
        }
        String best = null;
        int bestScore = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getKey().matches("ru|uk|bg") != cyrillic) {
                continue;
            }
            if (e.getValue() > bestScore) {
                second = bestScore;
                bestScore = e.getValue();
                best = e.getKey();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        boolean clear = best != null && bestScore >= 3 && bestScore >= words * 0.08 && bestScore >= second * 1.2;
        return words < LanguageGuesser.MIN_WORDS || !clear ? null : best;
    }
}
