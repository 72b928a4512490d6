package org.stemma.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The guesser's table of function words answers as the map it is built from. */
class FunctionWordsTest {

    private static String[] langs(String word) {
        int hash = 0;
        for (int i = 0; i < word.length(); i++) {
            hash = 31 * hash + word.charAt(i);
        }
        return word.length() > LanguageGuesser.FunctionWords.MAX_LENGTH ? null
                : LanguageGuesser.FunctionWords.langs(word.toCharArray(), word.length(), hash);
    }

    @Test
    void everyFunctionWordHasTheLanguagesOfTheMap() {
        for (Map.Entry<String, String[]> e : LanguageGuesser.WORD_LANGS.entrySet()) {
            assertThat(langs(e.getKey())).as(e.getKey()).isSameAs(e.getValue());
        }
    }

    @Test
    void otherWordsHaveNoneAsInTheMap() {
        Random r = new Random(21);
        String letters = "abcdefghijklmnopqrstuvwxyzäöüéèàçñłżśćęąšžčřışğиваетсяіїєґыэё";
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(n % 2 == 0 ? 3 : 12);
            for (int i = 0; i < len; i++) {
                b.append(letters.charAt(r.nextInt(letters.length())));
            }
            String w = b.toString();
            String[] expected = LanguageGuesser.WORD_LANGS.get(w);
            assertThat(langs(w)).as(w).isSameAs(expected);
            found += expected != null ? 1 : 0;
        }
        assertThat(found).as("random short words that are function words").isPositive();
    }
}
