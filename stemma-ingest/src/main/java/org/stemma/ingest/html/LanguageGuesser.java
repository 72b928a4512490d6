package org.stemma.ingest.html;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a text's language when the page does not declare one: by script for non-Latin
 * alphabets, by counting common function words for Latin-script languages. Returns an ISO 639-1
 * code or null when the evidence is thin.
 */
final class LanguageGuesser {

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
        "en", Set.of("the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "he", "on"),
        "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "qui", "pas", "au"),
        "de", Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "zu", "den", "mit", "sich", "auf", "im"),
        "es", Set.of("el", "los", "que", "y", "del", "las", "por", "una", "con", "para", "es", "se", "su"),
        "it", Set.of("il", "di", "che", "e", "per", "un", "non", "della", "sono", "con", "gli", "nel", "alla"),
        "pt", Set.of("o", "os", "que", "e", "do", "da", "em", "não", "um", "uma", "para", "com", "dos"),
        "nl", Set.of("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "zijn", "met", "voor", "ook"));

    private LanguageGuesser() {
    }

    static String guess(String text) {
        int limit = Math.min(text.length(), 20_000);
        int latin = 0;
        int[] scripts = new int[8];
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            switch (s) {
                case LATIN -> latin++;
                case CYRILLIC -> scripts[0]++;
                case ARABIC -> scripts[1]++;
                case HAN -> scripts[2]++;
                case HIRAGANA, KATAKANA -> scripts[3]++;
                case HANGUL -> scripts[4]++;
                case GREEK -> scripts[5]++;
                case HEBREW -> scripts[6]++;
                case DEVANAGARI -> scripts[7]++;
                default -> { }
            }
        }
        String[] codes = {"ru", "ar", "zh", "ja", "ko", "el", "he", "hi"};
        int bestScript = -1;
        for (int k = 0; k < scripts.length; k++) {
            if (scripts[k] > latin && (bestScript < 0 || scripts[k] > scripts[bestScript])) {
                bestScript = k;
            }
        }
        if (bestScript >= 0) {
            // Japanese text mixes kana with Han; a little kana is decisive.
            if (bestScript == 2 && scripts[3] > scripts[2] / 10) {
                return "ja";
            }
            return codes[bestScript];
        }
        if (latin == 0) {
            return null;
        }
        String[] words = text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
            int count = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    count++;
                }
            }
            if (count > bestCount) {
                second = bestCount;
                bestCount = count;
                best = e.getKey();
            } else if (count > second) {
                second = count;
            }
        }
        return bestCount >= 3 && bestCount >= 1.5 * second ? best : null;
    }
}
