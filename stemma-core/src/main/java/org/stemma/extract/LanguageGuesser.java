package org.stemma.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one language guesser of Stemma (plain text, HTML pages without a declared language, JSON
 * records): the writing system first (Cyrillic, Arabic, Greek, Hebrew, Devanagari, Thai, Hangul,
 * kana, Han); inside the Arabic script the letters only Persian (پ چ ژ گ ک ی) or Urdu (ٹ ڈ ڑ ں ے)
 * write; inside Cyrillic the letters only Ukrainian (і ї є ґ) or Russian (ы э ё) write; then, for
 * Latin and Cyrillic text the letters do not settle, the most frequent function words of each
 * candidate language. Returns null rather than guess when the text has fewer than
 * {@value #MIN_WORDS} words, the evidence is weak or ambiguous, or the text is in a Cyrillic
 * language it does not cover (letters of Kazakh, Belarusian, Serbian, Macedonian...).
 * Covers en, fr, de, es, it, pt, nl, sv, da, no, pl, cs, tr, id, ro, ru, uk, bg, ar, fa, ur, el,
 * he, hi, th, ko, ja, zh.
 */
public final class LanguageGuesser {

    static final int MIN_WORDS = 8;

    private static final Map<String, String[]> STOPWORDS = new HashMap<>();
    /** Each function word's languages (package-private for the test of the table built from it). */
    static final Map<String, String[]> WORD_LANGS = new HashMap<>();
    /** Length of the longest function word: a longer word is counted but never looked up. */
    private static final int LONGEST_WORD;
    /** The languages scored by function words; a word's languages are indices into this. */
    private static final String[] LANGUAGES;
    /**
     * The function words in an open-addressing table (slot from the word's {@link String#hashCode}),
     * so a word read into a char buffer is looked up without a string per word: the guesser reads
     * every word of every article. Most words read are not function words: with about 300 words in
     * 4,096 slots (not 1,024) such a miss meets an empty slot at once more often.
     */
    private static final int TABLE_MASK = 4095;
    private static final char[][] TABLE_WORDS = new char[TABLE_MASK + 1][];
    private static final int[][] TABLE_LANGS = new int[TABLE_MASK + 1][];

    static {
        STOPWORDS.put("en", "the of and to in is that for it was on with as by at from his her they have has been were which this are be not or an but their said".split(" "));
        STOPWORDS.put("fr", "le la les des et est une un du dans que qui pour pas sur au avec il elle sont ont ce par plus mais aux été cette".split(" "));
        STOPWORDS.put("de", "der die das und ist nicht ein eine zu den mit von sich des auf für im dem auch es als wird wurde sie bei nach aus".split(" "));
        STOPWORDS.put("es", "el la los las de que y en un una es por con para del se no al lo como más pero sus fue ha su está".split(" "));
        STOPWORDS.put("it", "il lo la gli le di che e è un una per non con del della dei si sono ha nel alla anche come più ma".split(" "));
        STOPWORDS.put("pt", "o a os as de que e do da em um uma para com não se por no na dos das foi ao mais ele pelo pela".split(" "));
        STOPWORDS.put("nl", "de het een en van is dat op te in zijn niet met voor die aan er ook als bij om werd door maar".split(" "));
        STOPWORDS.put("sv", "och att det som en är på för med av till den inte har om ett jag var de men så från".split(" "));
        STOPWORDS.put("da", "og at det som en er på for med af til den ikke har om et var de men så fra der".split(" "));
        STOPWORDS.put("no", "og at det som en er på for med av til den ikke har om et var de men så fra ble".split(" "));
        STOPWORDS.put("pl", "i w na z że nie się do to jest jak o po przez od co za ale tak być dla jego".split(" "));
        STOPWORDS.put("cs", "a v na se že je to s z do o by jako ale pro po jsou byl které jeho není".split(" "));
        STOPWORDS.put("tr", "ve bir bu da de için ile olarak daha çok gibi olan ama kadar sonra ancak değil her".split(" "));
        STOPWORDS.put("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah oleh karena".split(" "));
        STOPWORDS.put("ro", "și în de la cu nu pe că o un este pentru din care mai sunt fost au ca".split(" "));
        STOPWORDS.put("ru", "и в не на что с по как это он она к из за от для то же его было но так".split(" "));
        STOPWORDS.put("uk", "і в не на що з по як це він вона до від для та його було але також є".split(" "));
        STOPWORDS.put("bg", "и в на да се не за от че е с по са като това той тя беше но".split(" "));
        for (Map.Entry<String, String[]> e : STOPWORDS.entrySet()) {
            for (String w : e.getValue()) {
                WORD_LANGS.merge(w, new String[] {e.getKey()}, LanguageGuesser::concat);
            }
        }
        LONGEST_WORD = WORD_LANGS.keySet().stream().mapToInt(String::length).max().orElse(0);
        LANGUAGES = STOPWORDS.keySet().toArray(new String[0]);
        List<String> order = List.of(LANGUAGES);
        for (Map.Entry<String, String[]> e : WORD_LANGS.entrySet()) {
            int slot = slot(e.getKey().toCharArray(), e.getKey().length(), e.getKey().hashCode());
            TABLE_WORDS[slot] = e.getKey().toCharArray();
            TABLE_LANGS[slot] = Arrays.stream(e.getValue()).mapToInt(order::indexOf).toArray();
        }
    }

    /** The table slot holding {@code word[0, len)} (hash {@code h}), or the empty slot where it would go. */
    private static int slot(char[] word, int len, int h) {
        int s = (h ^ (h >>> 16)) & TABLE_MASK;
        while (TABLE_WORDS[s] != null && !Arrays.equals(TABLE_WORDS[s], 0, TABLE_WORDS[s].length, word, 0, len)) {
            s = (s + 1) & TABLE_MASK;
        }
        return s;
    }

    private LanguageGuesser() {
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** ISO 639-1 code of the text's language, or null when the evidence is too thin. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int latin = 0, cyrillic = 0, arabic = 0, greek = 0, hebrew = 0, devanagari = 0, thai = 0,
                hangul = 0, kana = 0, han = 0, letters = 0, persian = 0, urdu = 0, ukrainian = 0,
                russian = 0, otherCyrillic = 0;
        // A few thousand characters settle both the script and the function words.
        int limit = Math.min(text.length(), 6_000);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    letters++;
                    latin++;
                }
                continue;
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case LATIN -> latin++;
                case CYRILLIC -> {
                    cyrillic++;
                    int lower = Character.toLowerCase(cp);
                    if (lower == 'і' || lower == 'ї' || lower == 'є' || lower == 'ґ') ukrainian++;
                    if (lower == 'ы' || lower == 'э' || lower == 'ё') russian++;
                    if ("әғқңөұүһўјљњђћџѓќѕ".indexOf(lower) >= 0) otherCyrillic++;
                }
                case ARABIC -> {
                    arabic++;
                    if (cp == 'پ' || cp == 'چ' || cp == 'ژ' || cp == 'گ' || cp == 'ی' || cp == 'ک') persian++;
                    if (cp == 'ٹ' || cp == 'ڈ' || cp == 'ڑ' || cp == 'ں' || cp == 'ے') urdu++;
                }
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                case DEVANAGARI -> devanagari++;
                case THAI -> thai++;
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                default -> { }
            }
        }
        if (letters < 20) {
            return null;
        }
        double half = letters / 2.0;
        if (kana > letters * 0.1) return "ja";
        if (hangul > half) return "ko";
        if (han > half) return "zh";
        if (arabic > half) return urdu > arabic * 0.005 ? "ur" : persian > arabic * 0.02 ? "fa" : "ar";
        if (greek > half) return "el";
        if (hebrew > half) return "he";
        if (devanagari > half) return "hi";
        if (thai > half) return "th";
        if (cyrillic > half) {
            if (otherCyrillic > cyrillic * 0.005) {
                return null;
            }
            // і/ї/є/ґ are Ukrainian letters Russian lacks, ы/э/ё the other way round.
            String byLetters = ukrainian >= 3 && ukrainian > 4 * russian ? "uk"
                    : russian >= 3 && russian > 4 * ukrainian ? "ru" : null;
            return byFunctionWords(text.substring(0, limit), true, byLetters);
        }
        if (latin > half) {
            return byFunctionWords(text.substring(0, limit), false, null);
        }
        return null;
    }

    /** @param byLetters the answer the script's letters already give, once there are enough words */
    static String byFunctionWords(String text, boolean cyrillic, String byLetters) {
        int[] score = new int[LANGUAGES.length];
        int words = 0;
        // A word is read lower-cased into a buffer with its hash; only a word no longer than the
        // longest function word is looked up.
        char[] cur = new char[LONGEST_WORD];
        int len = 0;
        int h = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            // ASCII letters without the Character tables (same answers)
            boolean letter = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
            if (letter) {
                if (len < cur.length) {
                    char lower = c < 0x80 ? (char) (c | 0x20) : Character.toLowerCase(c);
                    cur[len] = lower;
                    h = 31 * h + lower;
                }
                len++;
                continue;
            }
            if (len == 0) {
                continue;
            }
            words++;
            int[] langs = len <= cur.length ? TABLE_LANGS[slot(cur, len, h)] : null;
            len = 0;
            h = 0;
            if (langs == null) {
                continue;
            }
            for (int l : langs) {
                score[l]++;
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        if (byLetters != null) {
            return byLetters;
        }
        // The best and second scores do not depend on the order the languages are read in, and
        // a tie for the best returns null below: the answer is the same in any order.
        String best = null;
        int bestScore = 0;
        int second = 0;
        for (int l = 0; l < LANGUAGES.length; l++) {
            String lang = LANGUAGES[l];
            boolean cyr = lang.equals("ru") || lang.equals("uk") || lang.equals("bg");
            if (cyr != cyrillic || score[l] == 0) {
                continue;
            }
            int v = score[l];
            if (v > bestScore) {
                second = bestScore;
                bestScore = v;
                best = lang;
            } else if (v > second) {
                second = v;
            }
        }
        // Enough function words overall, and a clear winner over the runner-up.
        if (best == null || bestScore < 3 || bestScore < words * 0.08 || bestScore < second * 1.2) {
            return null;
        }
        return best;
    }
}
