package org.stemma.extract;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month names and abbreviations of the languages Stemma guesses, as the JDK's locale data
 * (Unicode CLDR, Unicode licence) writes them: full and short, in running text ("22 августа",
 * "22. August") and standing alone ("август"), with and without accents ("août", "aout"). A
 * name two languages give to different months is left out as ambiguous. Calendars other than
 * the Gregorian (the Solar Hijri of Persian pages, for one) are not read.
 */
final class MonthNames {

    /** Languages with Gregorian month names; en-GB adds "Sept". */
    private static final String[] LANGUAGES = {"en", "en-GB", "fr", "de", "es", "it", "pt", "nl", "sv",
        "da", "nb", "pl", "cs", "tr", "id", "ro", "ru", "uk", "bg", "el", "ar"};
    private static final TextStyle[] STYLES = {TextStyle.FULL, TextStyle.FULL_STANDALONE,
        TextStyle.SHORT, TextStyle.SHORT_STANDALONE};

    private static final Map<String, Integer> MONTHS = build();

    private MonthNames() {
    }

    /** The month (1–12) a word names, case and accents aside, or 0. */
    static int month(String word) {
        Integer m = MONTHS.get(key(word));
        return m == null ? 0 : m;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> months = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month month : Month.values()) {
                for (TextStyle style : STYLES) {
                    String name = month.getDisplayName(style, locale);
                    // The JDK falls back to the number when it has no name.
                    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
                        continue;
                    }
                    String k = key(name);
                    Integer before = months.putIfAbsent(k, month.getValue());
                    if (before != null && before != month.getValue()) {
                        ambiguous.add(k);
                    }
                }
            }
        }
        months.keySet().removeAll(ambiguous);
        return Map.copyOf(months);
    }

    /** Lower case, accents and a final dot removed, Turkish dotless i as i. */
    static String key(String word) {
        String w = word.strip();
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        String folded = Normalizer.normalize(w.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c == 'ı' ? 'i' : c);
            }
        }
        return b.toString();
    }
}
